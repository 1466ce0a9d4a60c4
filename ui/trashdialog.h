#pragma once

#include "core/result.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;
class SiteDatabase;

// Page › Trash: deleted pages with how many subpages went with them and when; Restore puts
// the selected one back where it was, Empty Trash deletes everything in it for good.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(SiteDatabase &site, QWidget *parent = nullptr);

    Status refresh();
    QTreeWidget *list() const { return m_list; }
    // Selects the entry `trashId` (one the search found), if it is still there.
    void select(qint64 trashId);
    // The selected entry back in the tree (also what Restore does).
    Status restoreSelected();
    // Asks first, unless `confirmed`.
    Status emptyTrash(bool confirmed = false);

signals:
    void restored(qint64 pageId);
    void emptied();

private:
    SiteDatabase &m_site;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_empty;
    bool m_mayRestore = true;
};
