#pragma once

#include "store/backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// File › Restore from Backup: the site's backups, newest first, with when and why they were
// made and their size. Choosing one and Restore asks the window to put it in place.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(const QString &sitePath, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    QString selectedBackup() const; // its path; empty when none

private:
    QString m_sitePath;
    QTreeWidget *m_list;
    QLabel *m_where;
    QPushButton *m_restore;
};
