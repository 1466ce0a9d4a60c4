#include "backups.h"

#include "core/datafolder.h"
#include "core/timestamps.h"
#include "sitecopy.h"
#include "sitedatabase.h"
#include "sitelocation.h"
#include "sqlaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHHmmss"));
}

// A connection of its own to a file, closed and removed when it goes.
class Connection
{
public:
    explicit Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("newsdesk-backup-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    const QString &name() const { return m_name; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

QString Backups::folderFor(const QString &sitePath)
{
    return DataFolder::path() + QStringLiteral("/backups/") + SiteLocation::storageName(sitePath);
}

Status Backups::verify(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return failure(ErrorKind::NotFound, tr("%1: no such backup").arg(path));
    Status status;
    {
        Connection connection(path, true);
        if (!connection.isOpen())
            return failure(ErrorKind::Io,
                tr("%1: the backup cannot be opened: %2").arg(path, connection.error()));
        QSqlQuery check(QSqlDatabase::database(connection.name(), false));
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            status = failure(ErrorKind::Damaged,
                tr("%1: the backup is damaged: %2").arg(path, check.lastError().databaseText()));
        else if (check.value(0).toString() != QLatin1String("ok"))
            status = failure(ErrorKind::Damaged,
                tr("%1: the backup is damaged: %2")
                    .arg(path, check.value(0).toString().section(u'\n', 0, 0)));
        else if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM page")) || !check.next())
            status = failure(tr("%1: not a Newsdesk site").arg(path));
    }
    return status;
}

Status Backups::forgetPresence(const QString &path)
{
    Connection connection(path, false);
    if (!connection.isOpen())
        return failure(ErrorKind::Io, connection.error());
    QSqlQuery query(QSqlDatabase::database(connection.name(), false));
    for (const QString &table : SiteDatabase::presenceTables()) {
        // A backup before an upgrade is of a schema that may not have the table yet.
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            return failure(SiteDatabase::kindOf(query.lastError()), query.lastError().text());
        if (query.value(0).toInt() == 0)
            continue;
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return failure(SiteDatabase::kindOf(query.lastError()), query.lastError().text());
    }
    return {};
}

Status Backups::write(const QString &connectionName, const QString &sitePath, const QString &target)
{
    if (QFileInfo::exists(target))
        return failure(tr("%1: a file of that name exists already").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return failure(ErrorKind::Io,
            tr("%1: cannot create the folder").arg(QFileInfo(target).absolutePath()));
    // VACUUM INTO writes the copy from one read transaction: consistent, and compact.
    QSqlQuery vacuum(QSqlDatabase::database(connectionName, false));
    vacuum.prepare(QStringLiteral("VACUUM INTO :target"));
    vacuum.bindValue(QStringLiteral(":target"), QFileInfo(target).absoluteFilePath());
    if (!vacuum.exec()) {
        QFile::remove(target);
        return failure(SiteDatabase::kindOf(vacuum.lastError()),
            tr("%1: cannot back up to %2: %3")
                .arg(sitePath, target, vacuum.lastError().databaseText()));
    }
    // Who had the site open at the time is not part of it: a restored backup shows nobody.
    if (auto s = forgetPresence(target); !s) {
        QFile::remove(target);
        return failure(
            s.kind(), tr("%1: cannot back up to %2: %3").arg(sitePath, target, s.error()));
    }
    if (auto s = verify(target); !s) {
        QFile::remove(target);
        return failure(s.kind(),
            tr("%1: the backup %2 did not check out: %3").arg(sitePath, target, s.error()));
    }
    return {};
}

Status Backups::beforeUpgrade(const QString &connectionName, const QString &sitePath, int version)
{
    // Two upgrades of a site in one second (one restored from a backup and opened again) keep
    // both copies: the second gets a number.
    const QString name = folderFor(sitePath)
        + QStringLiteral("/before-schema-%1-%2").arg(version).arg(stamp(Timestamps::now()));
    QString target = name + QStringLiteral(".newsdesk");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = name + QStringLiteral("-%1.newsdesk").arg(n);
    return write(connectionName, sitePath, target);
}

Status Backups::write(SiteDatabase &site, const QString &target)
{
    if (site.dialect() == SiteDatabase::Dialect::Sqlite)
        return write(SqlAccess::connection(site).connectionName(), site.path(), target);
    // A team site: copied into a new site file, which is then checked as a file's backup is.
    if (QFileInfo::exists(target))
        return failure(tr("%1: a file of that name exists already").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return failure(ErrorKind::Io,
            tr("%1: cannot create the folder").arg(QFileInfo(target).absolutePath()));
    if (auto copied = SiteCopy::copy(site, target); !copied)
        return failure(copied.kind(),
            tr("%1: cannot back up to %2: %3").arg(site.path(), target, copied.error()));
    if (auto s = verify(target); !s) {
        SiteDatabase::removeFiles(target);
        return failure(s.kind(),
            tr("%1: the backup %2 did not check out: %3").arg(site.path(), target, s.error()));
    }
    return {};
}

QList<Backups::Backup> Backups::list(const QString &sitePath)
{
    static const QRegularExpression name(
        QStringLiteral("^(daily|before-schema-\\d+|before-restore)-(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{"
                       "6}))?(?:-\\d+)?\\.newsdesk$"));
    QList<Backup> backups;
    const QDir folder(folderFor(sitePath));
    for (const QFileInfo &file :
        folder.entryInfoList({ QStringLiteral("*.newsdesk") }, QDir::Files)) {
        const auto match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = file.absoluteFilePath();
        backup.kind = match.captured(1) == u"daily"  ? Kind::Daily
            : match.captured(1) == u"before-restore" ? Kind::BeforeRestore
                                                     : Kind::BeforeUpgrade;
        const QDate date = QDate::fromString(match.captured(2), Qt::ISODate);
        const QTime time = match.captured(3).isEmpty()
            ? QTime(0, 0)
            : QTime::fromString(match.captured(3), QStringLiteral("HHmmss"));
        backup.made = QDateTime(date, time, Qt::UTC);
        backup.size = file.size();
        backups.append(backup);
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return backups;
}

Result<QString> Backups::daily(SiteDatabase &site)
{
    const QDate today = Timestamps::now().date();
    const QString target = folderFor(site.path())
        + QStringLiteral("/daily-%1.newsdesk").arg(today.toString(Qt::ISODate));
    if (QFileInfo::exists(target))
        return QString();
    if (auto s = write(site, target); !s)
        return s.failure();
    int dailies = 0;
    for (const Backup &backup : list(site.path())) {
        if (backup.kind == Kind::Daily && ++dailies > DailyKept)
            QFile::remove(backup.path);
    }
    return target;
}

Status Backups::restore(const QString &sitePath, const QString &backupPath)
{
    if (SiteLocation::isServer(sitePath))
        return failure(tr("%1: a team site is not replaced by a backup while the team works on "
                          "it; copy the backup into an empty database (newsdesk copy %2 "
                          "postgresql://…) and have everyone open that")
                           .arg(sitePath, backupPath));
    if (auto s = verify(backupPath); !s)
        return s;
    const QString folder = folderFor(sitePath);
    const QString now = stamp(Timestamps::now());
    // The site as it is, first: a clean copy if SQLite can still read it, else its bytes as
    // they are (a damaged site is what one restores most often).
    if (QFileInfo::exists(sitePath)) {
        const QString before = folder + QStringLiteral("/before-restore-%1.newsdesk").arg(now);
        QDir().mkpath(folder);
        bool copied = false;
        {
            Connection current(sitePath, true);
            copied = current.isOpen() && write(current.name(), sitePath, before).ok();
        }
        if (!copied && !QFile::copy(sitePath, before))
            return failure(ErrorKind::Io,
                tr("%1: cannot keep the site as it is in %2; nothing was restored")
                    .arg(sitePath, before));
    }
    // A copy beside the site, then one rename: the site file is whole at every moment.
    const QString copy = sitePath + QStringLiteral(".restoring");
    QFile::remove(copy);
    if (!QFile::copy(backupPath, copy))
        return failure(ErrorKind::Io, tr("%1: cannot copy the backup beside the site").arg(copy));
    // A closed site has no write-ahead log left; one that is there belongs to the old file and
    // must not be applied to the restored one.
    QFile::remove(sitePath + QStringLiteral("-wal"));
    QFile::remove(sitePath + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(copy).constData(), QFile::encodeName(sitePath).constData())
        != 0) {
        QFile::remove(copy);
        return failure(ErrorKind::Io, tr("%1: cannot put the backup in place").arg(sitePath));
    }
    int kept = 0;
    for (const Backup &backup : list(sitePath)) {
        if (backup.kind == Kind::BeforeRestore && ++kept > BeforeRestoreKept)
            QFile::remove(backup.path);
    }
    return {};
}
