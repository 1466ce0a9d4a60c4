#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "&Translate Side by Side…" → "Translate Side by Side…"; "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QLatin1String(", "));
}

// The menu's commands with a shortcut, submenus' included, each once.
void collect(const QMenu *menu, QList<QAction *> &found, QSet<const QAction *> &seen)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu(), found, seen);
        } else if (!action->isSeparator() && !action->shortcut().isEmpty()
            && !seen.contains(action)) {
            seen.insert(action);
            found.append(action);
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(
    const QMenuBar *menus, const QList<QAction *> &others, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    QSet<const QAction *> seen;
    const auto addGroup = [this](const QString &name, const QList<QAction *> &actions) {
        if (actions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_list, { name });
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const QAction *action : actions) {
            auto *item
                = new QTreeWidgetItem(group, { plainText(action->text()), keysText(action) });
            item->setData(1, Qt::AccessibleTextRole, keysText(action));
        }
        group->setExpanded(true);
    };
    if (menus) {
        const auto top = menus->actions();
        for (const QAction *entry : top) {
            if (!entry->menu())
                continue;
            QList<QAction *> found;
            collect(entry->menu(), found, seen);
            addGroup(plainText(entry->text()), found);
        }
    }
    QList<QAction *> rest;
    for (QAction *action : others) {
        if (!seen.contains(action) && !action->shortcut().isEmpty() && !action->text().isEmpty()) {
            seen.insert(action);
            rest.append(action);
        }
    }
    addGroup(tr("Other"), rest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 600);
}
