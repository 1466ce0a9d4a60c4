#include "backupsdialog.h"

#include "content/dates.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BackupsDialog::BackupsDialog(const QString &sitePath, QWidget *parent)
    : QDialog(parent)
    , m_sitePath(sitePath)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Made"), tr("Why"), tr("Size") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *note = new QLabel(tr("Restoring replaces the site with the backup; the site as it is "
                               "now is kept as a backup first."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this] { m_restore->setEnabled(m_list->currentItem() != nullptr); });
    resize(560, 400);
    refresh();
}

void BackupsDialog::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const auto &backup : Backups::list(m_sitePath)) {
        QString why;
        switch (backup.kind) {
        case Backups::Kind::Daily:
            why = tr("daily");
            break;
        case Backups::Kind::BeforeUpgrade:
            why = tr("before an upgrade of the file");
            break;
        case Backups::Kind::BeforeRestore:
            why = tr("before a restore");
            break;
        }
        auto *item = new QTreeWidgetItem(m_list,
            { backup.kind == Backups::Kind::Daily
                    ? Dates::shortDate(backup.made.date(), locale)
                    : Dates::shortDateTime(backup.made.toLocalTime(), locale),
                why, locale.formattedDataSize(backup.size) });
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_where->setText(m_list->topLevelItemCount() == 0
            ? tr("No backups yet. Newsdesk makes one each day it opens the site, and one before "
                 "it upgrades the file; they are kept in %1.")
                  .arg(QDir::toNativeSeparators(Backups::folderFor(m_sitePath)))
            : tr("Backups are kept in %1.")
                  .arg(QDir::toNativeSeparators(Backups::folderFor(m_sitePath))));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

QString BackupsDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}
