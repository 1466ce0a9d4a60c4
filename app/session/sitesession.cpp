#include "sitesession.h"

#include "sitepresence.h"
#include "store/backups.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

SiteSession::SiteSession(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
    , m_presence(new SitePresence(this))
{
    // Another window or process writing the same site file: noticed within a second or two.
    m_watch->setObjectName(QStringLiteral("Site watch"));
    m_watch->setInterval(WatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &SiteSession::lookForChanges);
}

SiteSession::~SiteSession()
{
    m_presence->setSite(nullptr); // the lease goes while the site is still open
}

Result<std::unique_ptr<SiteDatabase>> SiteSession::openDatabase(
    const QString &path, SiteDatabase::Mode mode, SiteDatabase::Check check, const QString &author)
{
    auto site = SiteDatabase::open(path, mode, {}, check);
    if (site && !author.isEmpty())
        (*site)->setAuthor(author);
    return site;
}

void SiteSession::setAuthor(const QString &author)
{
    m_author = author;
    if (m_site && !author.isEmpty())
        m_site->setAuthor(author);
}

Status SiteSession::open(const QString &path, Access access)
{
    // The O(size) integrity check is checkInBackground()'s.
    auto database = openDatabase(path,
        access == Access::ReadOnly ? SiteDatabase::Mode::ReadOnly : SiteDatabase::Mode::Open,
        SiteDatabase::Check::HeaderOnly, m_author);
    if (!database)
        return database.failure();
    auto settings = SiteRepository(**database).settings();
    if (!settings)
        return settings.failure();
    auto listing = PageRepository(**database).listing();
    if (!listing)
        return listing.failure();
    if (m_site) {
        (void)saveEdits(); // what cannot be saved is reported by the saver; the site goes anyway
        close();
    }
    m_site = std::move(database).value();
    m_settings = std::move(settings).value();
    m_listing = std::move(listing).value();
    m_access = access;
    if (auto version = m_site->dataVersion())
        m_dataVersion = *version;
    // A team site's server announces other clients' commits; a file is looked at.
    if (!m_site->listenForChanges(
            this, [this](SiteDatabase::Change change) { hearChange(change); }))
        m_watch->start();
    m_presence->setSite(m_site.get());
    emit opened();
    return {};
}

Status SiteSession::create(const QString &path)
{
    {
        auto created = openDatabase(
            path, SiteDatabase::Mode::Create, SiteDatabase::Check::HeaderOnly, m_author);
        if (!created)
            return created.failure();
    }
    return open(path);
}

Status SiteSession::restore(const QString &path, const QString &backup)
{
    // No connection may stay open while the file is replaced.
    const bool wasOpen = m_site && m_site->path() == path;
    if (wasOpen) {
        (void)saveEdits();
        close();
    }
    const Status restored = Backups::restore(path, backup);
    if (!restored && !wasOpen)
        return restored;
    if (const Status reopened = open(path); !reopened)
        return reopened;
    return restored;
}

void SiteSession::close()
{
    if (!m_site)
        return;
    emit aboutToClose();
    m_watch->stop();
    m_presence->setSite(nullptr);
    m_site.reset();
    m_settings = {};
    m_listing.clear();
    m_access = Access::Editing;
}

Status SiteSession::reloadSettings()
{
    if (!m_site)
        return {};
    auto settings = SiteRepository(*m_site).settings();
    if (!settings)
        return settings.failure();
    m_settings = std::move(settings).value();
    return {};
}

Status SiteSession::saveEdits()
{
    return m_saveEdits ? m_saveEdits() : Status();
}

std::function<void()> SiteSession::command(std::function<void()> work)
{
    return [this, work = std::move(work)] {
        (void)saveEdits();
        work();
    };
}

bool SiteSession::lookForChanges()
{
    // PRAGMA data_version changes when another connection commits, never for our own writes.
    if (!m_site)
        return false;
    const auto version = m_site->dataVersion();
    if (!version || *version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    (void)reloadSettings();
    (void)m_presence->refresh(); // on a file, a lease taken elsewhere is a commit too
    emit changedElsewhere();
    return true;
}

bool SiteSession::isPolling() const
{
    return m_watch->isActive();
}

void SiteSession::hearChange(SiteDatabase::Change change)
{
    if (!m_site)
        return;
    switch (change) {
    case SiteDatabase::Change::Content:
        (void)lookForChanges(); // once per commit, also when lookForChanges() saw it first
        break;
    case SiteDatabase::Change::Presence:
        (void)m_presence->refresh();
        break;
    case SiteDatabase::Change::Missed:
        // The connection was lost: what happened meanwhile was not announced.
        if (auto version = m_site->dataVersion())
            m_dataVersion = *version;
        (void)reloadSettings();
        (void)m_presence->refresh();
        emit changedElsewhere();
        break;
    }
}

void SiteSession::checkInBackground()
{
    // Then, if the file is sound, today's backup (on a connection of its own: VACUUM INTO
    // reads one consistent state while the editor goes on writing).
    struct Outcome
    {
        Status integrity;
        Result<QString> backup = QString();
    };
    const QString path = this->path();
    // A server keeps its data sound (the check passes at once); a team site's daily backup is a
    // site file on this computer, written by SiteCopy.
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (path != this->path())
            return; // another site is open by now
        if (!outcome.integrity) {
            // A check that could not run (the file busy elsewhere) found no damage.
            if (outcome.integrity.kind() == ErrorKind::Damaged)
                emit damaged(outcome.integrity.error());
            else
                emit notice(outcome.integrity.error());
            return;
        }
        if (!outcome.backup)
            emit notice(outcome.backup.error());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        outcome.integrity = SiteDatabase::checkIntegrity(path);
        if (!outcome.integrity)
            return outcome;
        auto site = SiteDatabase::open(
            path, SiteDatabase::Mode::ReadOnly, {}, SiteDatabase::Check::HeaderOnly);
        outcome.backup = site ? Backups::daily(**site) : Result<QString>(site.failure());
        return outcome;
    }));
}
