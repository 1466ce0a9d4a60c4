#include "trashdialog.h"

#include "content/dates.h"
#include "store/peoplerepository.h"
#include "store/trashrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

TrashDialog::TrashDialog(SiteDatabase &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Deleted pages wait here with their subpages until you empty the trash."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Deleted pages"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Page"), tr("Pages"), tr("Deleted"), tr("By") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::DestructiveRole);
    // Enter restores; emptying is never what a stray Enter does (and it always asks).
    m_restore->setDefault(true);
    m_empty->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto report = [this](const Status &status) {
        if (!status)
            QMessageBox::warning(this, tr("Trash"), status.error());
    };
    connect(m_restore, &QPushButton::clicked, this, [this, report] { report(restoreSelected()); });
    // A double click restores too; Enter in the list reaches the default button (Restore) by
    // itself, so it is not taken here as well (that restored two entries).
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this, report] { report(restoreSelected()); });
    connect(m_empty, &QPushButton::clicked, this, [this, report] { report(emptyTrash()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this] { m_restore->setEnabled(m_mayRestore && m_list->currentItem() != nullptr); });
    resize(560, 380);
}

Status TrashDialog::refresh()
{
    const auto items = TrashRepository(m_site).items();
    if (!items)
        return items.failure();
    m_list->clear();
    const QLocale locale;
    for (const auto &item : *items) {
        auto *row = new QTreeWidgetItem(m_list,
            { item.title.isEmpty() ? tr("(untitled page %1)").arg(item.pageId) : item.title,
                locale.toString(item.pageCount),
                Dates::shortDateTime(item.deletedAt.toLocalTime(), locale), item.deletedBy });
        row->setData(0, Qt::UserRole, item.id);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // What the person's role allows (a team site): restoring makes pages, emptying is a
    // publisher's; the reason is the button's tooltip.
    const auto permissions = PeopleRepository(m_site).permissions();
    const Permissions may = permissions ? *permissions : Permissions(Permissions::Role::Nobody);
    m_mayRestore = may.mayChangePages();
    m_restore->setToolTip(may.whyNotChangePages());
    m_empty->setToolTip(may.whyNotManageSite());
    m_restore->setEnabled(m_mayRestore && m_list->currentItem() != nullptr);
    m_empty->setEnabled(may.mayManageSite() && m_list->topLevelItemCount() > 0);
    return {};
}

void TrashDialog::select(qint64 trashId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == trashId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

Status TrashDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_restore->isEnabled())
        return {};
    const auto page = TrashRepository(m_site).restore(item->data(0, Qt::UserRole).toLongLong());
    if (!page)
        return page.failure();
    emit restored(*page);
    return refresh();
}

Status TrashDialog::emptyTrash(bool confirmed)
{
    const int count = m_list->topLevelItemCount();
    if (count == 0)
        return {};
    if (!confirmed
        && QMessageBox::question(this, tr("Empty Trash"),
               tr("Delete the %n page(s) in the trash for good? This cannot be undone.", nullptr,
                   count),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return {};
    const auto removed = TrashRepository(m_site).empty();
    if (!removed)
        return removed.failure();
    emit emptied();
    return refresh();
}
