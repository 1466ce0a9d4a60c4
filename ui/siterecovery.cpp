#include "siterecovery.h"

#include "backupsdialog.h"
#include "errorbox.h"
#include "session/sitesession.h"
#include "store/backups.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

SiteRecovery::SiteRecovery(SiteSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

bool SiteRecovery::recover(const QString &path, const QString &error)
{
    if (Backups::list(path).isEmpty())
        return false;
    QMessageBox question(
        QMessageBox::Critical, tr("Cannot open the site"), error, QMessageBox::Cancel, m_window);
    question.setInformativeText(
        tr("There are backups of this site. Put one in its place? The file as it is now is "
           "kept as a backup too."));
    QPushButton *choose = question.addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    QPushButton *readOnly = question.addButton(tr("Open Read-Only"), QMessageBox::ActionRole);
    question.exec();
    if (question.clickedButton() == readOnly)
        return m_session.open(path, SiteSession::Access::ReadOnly).ok();
    if (question.clickedButton() != choose)
        return false;
    BackupsDialog dialog(path, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    return restore(path, dialog.selectedBackup());
}

void SiteRecovery::reportDamage(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The site file is damaged"), message,
        QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = Backups::list(m_session.path()).isEmpty()
        ? nullptr
        : box->addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    box->setInformativeText(restore
            ? tr("Newsdesk can put a good backup in place; the damaged file is kept as a backup "
                 "too.")
            : tr("There is no backup of this site yet. Copy the file somewhere safe before "
                 "working on."));
    if (restore) {
        connect(restore, &QPushButton::clicked, this,
            [this] { QTimer::singleShot(0, this, &SiteRecovery::restoreFromBackup); });
    }
    if (!m_session.isReadOnly()) {
        QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::ActionRole);
        connect(readOnly, &QPushButton::clicked, this, [this] {
            const QString path = m_session.path();
            QTimer::singleShot(0, this, [this, path] {
                if (auto s = m_session.open(path, SiteSession::Access::ReadOnly); !s)
                    showError(m_window, tr("Cannot open the site"), s.error());
            });
        });
    }
    box->open();
}

void SiteRecovery::restoreFromBackup()
{
    if (!m_session.isOpen())
        return;
    const QString path = m_session.path();
    BackupsDialog dialog(path, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedBackup().isEmpty())
        restore(path, dialog.selectedBackup());
}

bool SiteRecovery::restore(const QString &path, const QString &backup)
{
    const bool wasOpen = m_session.path() == path;
    if (const Status restored = m_session.restore(path, backup); !restored) {
        // The site that was open and is not now could not be opened again.
        const bool closed = wasOpen && m_session.path() != path;
        showError(m_window, closed ? tr("Cannot open the site") : tr("Cannot Restore the Backup"),
            restored.error());
        return false;
    }
    emit statusMessage(tr("Restored the backup %1").arg(QFileInfo(backup).fileName()), 10000);
    return true;
}
