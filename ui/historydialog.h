#pragma once

#include "core/result.h"
#include "store/revisionrepository.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;
class QTreeWidget;
class SiteDatabase;

// Page › History: the revisions of the page's text in the current language, newest first,
// with when, why and by whom they were saved and their size; the selected one compared with
// the current text; Restore makes it the current text again (as a new revision).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(
        SiteDatabase &site, qint64 pageId, const QString &language, QWidget *parent = nullptr);

    Status refresh();
    QTreeWidget *list() const { return m_list; }
    QString comparison() const; // the comparison's text, as shown
    Status restoreSelected();

signals:
    void restored(qint64 pageId, const QString &language);

private:
    void compare();

    SiteDatabase &m_site;
    qint64 m_pageId;
    QString m_language;
    QList<RevisionRepository::Revision> m_revisions;
    QTreeWidget *m_list;
    QTextBrowser *m_comparison;
    QPushButton *m_restore;
};
