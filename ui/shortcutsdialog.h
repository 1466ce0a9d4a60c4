#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help › Keyboard Shortcuts…: every command that has a shortcut, menu by menu, read from the
// actions themselves when the dialog opens (so the list is never out of date), with the keys
// as the platform writes them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // `others`: commands with a shortcut that are in no menu (listed under "Other").
    explicit ShortcutsDialog(
        const QMenuBar *menus, const QList<QAction *> &others, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};
