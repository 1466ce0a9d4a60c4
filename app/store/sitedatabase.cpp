#include "sitedatabase.h"

#include "backups.h"
#include "core/accountname.h"
#include "migrator.h"
#include "postgreserrorkind.h"
#include "searchrepository.h"
#include "sitelocation.h"
#include "sqliteerrorkind.h"
#include "sqliteheader.h"
#include "translationbasisrepository.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace {

// Read-only means nobody may write: also for root, whom access(2) lets write anything.
bool markedReadOnly(const QFileInfo &info)
{
    // Not WriteUser: Qt reports it for root whatever the mode bits say.
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !(info.permissions() & writeBits) || !info.isWritable();
}

} // namespace

void SiteDatabase::removeFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

QString SiteDatabase::nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("newsdesk-site-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString SiteDatabase::defaultMigrationsFolder(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral(":/migrations/postgresql")
                                        : QStringLiteral(":/migrations/sqlite");
}

int SiteDatabase::supportedSchemaVersion()
{
    const auto migrations = Migrator::load(defaultMigrationsFolder());
    return migrations ? migrations->last().version : 0;
}

SiteDatabase::SiteDatabase(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_author(AccountName::current())
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{ }

SiteDatabase::~SiteDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SiteDatabase>> SiteDatabase::open(
    const QString &path, Mode mode, const QString &migrationsFolder, Check check)
{
    if (SiteLocation::isServer(path)) {
        const auto location = SiteLocation::parse(path);
        if (!location)
            return location.failure();
        return openServer(*location, mode, migrationsFolder);
    }
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return failure(ErrorKind::NotFound,
            tr("%1: the folder %2 does not exist")
                .arg(path, QDir::toNativeSeparators(folder.path())));

    const QString migrations
        = migrationsFolder.isEmpty() ? defaultMigrationsFolder() : migrationsFolder;
    const auto available = Migrator::load(migrations);
    if (!available)
        return available.failure();
    const int supported = available->last().version;

    if (mode == Mode::Create) {
        if (info.exists())
            return failure(tr("%1: cannot create the site: the file already exists").arg(path));
    } else {
        if (!info.exists())
            return failure(ErrorKind::NotFound, tr("%1: no such site file").arg(path));
        if (info.isDir())
            return failure(tr("%1: is a folder, not a site file").arg(path));
        const auto header = SqliteHeader::read(path);
        if (!header)
            return header.failure();
        if (header->applicationId != ApplicationId)
            return failure(tr("%1: not a Newsdesk site: it is an SQLite database of another "
                              "application")
                               .arg(path));
        // Only a newer site is refused here: SQLite's own answer to an older one comes later.
        if (auto s = checkSchema(path, int(header->userVersion), supported, false); !s)
            return s.failure();
        if (mode == Mode::Open && markedReadOnly(info))
            return failure(ErrorKind::ReadOnly,
                tr("%1: the file is read-only; Newsdesk needs to write to it (check "
                   "its permissions)")
                    .arg(path));
    }
    if (mode != Mode::ReadOnly && !QFileInfo(folder.path()).isWritable())
        return failure(ErrorKind::ReadOnly,
            tr("%1: cannot write in the folder %2, where Newsdesk keeps the site's "
               "journal")
                .arg(path, QDir::toNativeSeparators(folder.path())));

    // While any connection has a site open, its write-ahead log (SITE-wal) exists beside the
    // shared-memory index (SITE-shm); a clean close removes both. An index without its log
    // means the log was lost after a crash, with whatever it held that was not in the file yet.
    const bool logLost = mode != Mode::Create && QFileInfo::exists(path + QStringLiteral("-shm"))
        && !QFileInfo::exists(path + QStringLiteral("-wal"));
    std::unique_ptr<SiteDatabase> site(
        new SiteDatabase(path, nextConnectionName(), mode == Mode::ReadOnly));
    if (logLost)
        site->m_openWarning = tr("%1: the site's write-ahead log (%2-wal) is missing: what was "
                                 "saved just before Newsdesk last stopped may be lost; the "
                                 "backups (File › Restore from Backup…) hold earlier states")
                                  .arg(path, QFileInfo(path).fileName());
    const Status status = site->initialise(mode, *available, check);
    if (!status) {
        site.reset();
        if (mode == Mode::Create)
            removeFiles(path); // nothing half-created stays behind
        return status.failure();
    }
    return site;
}

Status SiteDatabase::initialise(
    Mode mode, const QList<Migrator::Migration> &migrations, Check check)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const ErrorKind kind = kindOf(m_db.lastError()); // busy, read-only; else the file
        return failure(kind == ErrorKind::Invalid ? ErrorKind::Io : kind,
            tr("%1: cannot open the site: %2").arg(m_path, m_db.lastError().text()));
    }

    if (auto s = exec(QStringLiteral("PRAGMA foreign_keys = ON"), tr("enable foreign keys")); !s)
        return s;
    if (auto s = exec(QStringLiteral("PRAGMA synchronous = FULL"), tr("set synchronous mode")); !s)
        return s;
    // A page cache of 32 MB instead of SQLite's 2 MB: the search index's lists of a common word
    // span megabytes, and read from the file again for each keystroke they cost three times as
    // long as from memory (bench_textsearch). Memory is taken only as pages are read.
    if (auto s = exec(QStringLiteral("PRAGMA cache_size = -32768"), tr("set the cache size")); !s)
        return s;

    if (mode == Mode::Create) {
        // Written while still in rollback-journal mode, so the main file carries the Newsdesk
        // mark on disk before anything else happens.
        if (auto s = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                tr("mark the file as a Newsdesk site"));
            !s)
            return s;
    } else {
        if (check == Check::Integrity) {
            if (auto s = quickCheck(); !s)
                return s;
        }
    }

    if (!m_readOnly) {
        QSqlQuery wal(m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next()
            || wal.value(0).toString() != QLatin1String("wal"))
            return failure(kindOf(wal.lastError()),
                tr("%1: cannot switch the site to write-ahead logging: %2")
                    .arg(m_path, wal.lastError().text()));
    }

    // The header can lag behind the write-ahead log; SQLite's answer is the truth.
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return failure(kindOf(version.lastError()),
            tr("%1: cannot read the schema version: %2").arg(m_path, version.lastError().text()));
    m_schemaVersion = version.value(0).toInt();
    version.finish();

    const int supported = migrations.last().version;
    if (auto s = checkSchema(m_path, m_schemaVersion, supported, m_readOnly); !s)
        return s;
    if (m_schemaVersion < supported) {
        // A checked copy first: an upgrade that goes wrong leaves a way back.
        if (m_schemaVersion > 0) {
            if (auto s = Backups::beforeUpgrade(m_db.connectionName(), m_path, supported); !s)
                return failure(s.kind(),
                    tr("%1: not upgraded, because the backup before it failed: %2")
                        .arg(m_path, s.error()));
        }
        // The completion works on this object's connection, which is the one migrated.
        const auto complete = [this](QSqlDatabase &, int version) -> Status {
            if (version == 5)
                return TranslationBasisRepository(*this).backfill();
            if (version == 15)
                return SearchRepository(*this).refillWords();
            return version == 14 ? SearchRepository(*this).indexAll() : Status();
        };
        if (auto s = Migrator::apply(m_db, m_schemaVersion, migrations, m_path, complete); !s)
            return s;
        m_schemaVersion = supported;
    }
    return {};
}

Status SiteDatabase::checkSchema(const QString &site, int version, int supported, bool readOnly)
{
    // The numbers go in with the site in one arg(): a server's address holds "%2F".
    if (version > supported)
        return failure(ErrorKind::NewerVersion,
            tr("%1: the site was written by a newer Newsdesk (schema %2; this version "
               "reads up to %3); it was left untouched")
                .arg(site, QString::number(version), QString::number(supported)));
    if (version < supported && readOnly)
        return failure(ErrorKind::ReadOnly,
            tr("%1: the site needs upgrading from schema %2 to %3, which "
               "a read-only open cannot do; open it for editing once")
                .arg(site, QString::number(version), QString::number(supported)));
    return {};
}

Status SiteDatabase::quickCheck()
{
    if (m_dialect == Dialect::Postgres)
        return {}; // the server keeps its own data sound
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(10)"))) {
        // A site another process holds (or a failing disk) is not a damaged one.
        if (const ErrorKind kind = kindOf(check.lastError());
            kind == ErrorKind::Busy || kind == ErrorKind::Io)
            return sqlFailure(tr("check the site file"), check.lastError());
        return failure(ErrorKind::Damaged,
            tr("%1: the site file is damaged: %2").arg(m_path, check.lastError().databaseText()));
    }
    if (check.next() && check.value(0).toString() != QLatin1String("ok")) {
        // SQLite lists problems over several lines ("*** in database main ***\nPage 14: …");
        // the user gets the first one on one line.
        QString first;
        do {
            const QStringList lines = check.value(0).toString().split(u'\n');
            for (const QString &line : lines) {
                if (first.isEmpty() && !line.startsWith(QLatin1String("***")))
                    first = line.trimmed();
            }
        } while (first.isEmpty() && check.next());
        return failure(
            ErrorKind::Damaged, tr("%1: the site file is damaged: %2").arg(m_path, first));
    }
    return {};
}

Status SiteDatabase::checkIntegrity(const QString &path)
{
    auto site = open(path, Mode::ReadOnly, {}, Check::HeaderOnly);
    if (!site)
        return site.failure();
    return (*site)->quickCheck();
}

Result<QStringList> SiteDatabase::columnsOf(const QString &table) const
{
    QSqlQuery query(m_db);
    if (m_dialect == Dialect::Postgres) {
        query.prepare(QStringLiteral(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "'newsdesk' AND table_name = ? ORDER BY ordinal_position"));
        query.addBindValue(table);
    } else {
        // The table's name is the store's own, never input.
        query.prepare(
            QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    }
    if (auto s = exec(query, tr("read the columns of %1").arg(table)); !s)
        return s.failure();
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

Result<qint64> SiteDatabase::dataVersion()
{
    QSqlQuery query(m_db);
    // A server counts each session's writing statements (client_change, kept by triggers).
    const QString sql = m_dialect == Dialect::Postgres
        ? QStringLiteral("SELECT CAST(COALESCE(sum(changes), 0) AS BIGINT) FROM client_change "
                         "WHERE backend <> pg_backend_pid()")
        : QStringLiteral("PRAGMA data_version");
    if (m_dialect == Dialect::Postgres && !m_db.isOpen() && !reconnectAfterLoss())
        return serverUnreachable();
    if (query.exec(sql) && query.next())
        return query.value(0).toLongLong();
    const Failure failed = sqlFailure(tr("look for changes"), query.lastError());
    // A window polls this every second or two: after a server restart, it reconnects here.
    if (query.finish(); reconnectAfterLoss() && query.exec(sql) && query.next())
        return query.value(0).toLongLong();
    return m_serverAway ? serverUnreachable() : failed;
}

Status SiteDatabase::transaction(const std::function<Status()> &work)
{
    // A server that went away while the site sat idle: back again, or said so in one line.
    if (m_transactionDepth == 0 && m_dialect == Dialect::Postgres && !m_db.isOpen()
        && !reconnectAfterLoss())
        return serverUnreachable();
    for (;;) {
        bool committing = false;
        const Status result = runTransaction(work, committing);
        if (result || committing)
            return result;
        if (!reconnectAfterLoss())
            return m_serverAway ? serverUnreachable() : result;
    }
}

Status SiteDatabase::runTransaction(const std::function<Status()> &work, bool &committing)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("newsdesk_%1").arg(m_transactionDepth);
    // A file's writers queue at BEGIN IMMEDIATE; a server's wait for the rows they change.
    const QString begin = m_dialect == Dialect::Postgres ? QStringLiteral("BEGIN")
                                                         : QStringLiteral("BEGIN IMMEDIATE");
    if (auto s = exec(outermost ? begin : QStringLiteral("SAVEPOINT ") + savepoint,
            tr("start a transaction"));
        !s)
        return s;

    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;

    if (result) {
        committing = true;
        result = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint,
            tr("commit"));
        if (result)
            return result;
    }
    if (!m_db.isOpen()) {
        // A server's session lost: it rolled back.
    } else if (outermost) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

Status SiteDatabase::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return {};
    return sqlFailure(what, query.lastError());
}

Status SiteDatabase::exec(const QString &sql, const QString &what) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return {};
    return sqlFailure(what, query.lastError());
}

ErrorKind SiteDatabase::kindOf(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? sqliteErrorKind(code) : ErrorKind::Invalid;
}

Failure SiteDatabase::sqlFailure(const QString &what, const QSqlError &error) const
{
    // A server that went away and has not come back yet (reconnectAfterLoss): said as such.
    if (m_dialect == Dialect::Postgres && !m_db.isOpen())
        return serverUnreachable();
    return failure(
        m_dialect == Dialect::Postgres ? postgresErrorKind(error.nativeErrorCode()) : kindOf(error),
        errorMessage(what, error));
}

QString SiteDatabase::errorMessage(const QString &what, const QSqlError &error) const
{
    if (m_dialect == Dialect::Postgres && !m_db.isOpen())
        return serverUnreachable().message;
    if (m_dialect == Dialect::Postgres)
        return tr("%1: cannot %2: %3")
            .arg(m_path, what, error.databaseText().section(u'\n', 0, 0).trimmed());
    // SQLITE_CORRUPT and SQLITE_NOTADB: say what it means for the user's file.
    if (kindOf(error) == ErrorKind::Damaged)
        return tr("%1: the site file is damaged (cannot %2: %3)")
            .arg(m_path, what, error.databaseText());
    return tr("%1: cannot %2: %3").arg(m_path, what, error.text());
}
