// SiteDatabase for a team site on a PostgreSQL server: connecting, and the site's schema
// `newsdesk` with its version. A site file's side is sitedatabase.cpp.
#include "migrator.h"
#include "postgreserrorkind.h"
#include "searchrepository.h"
#include "serverpasswords.h"
#include "sitedatabase.h"
#include "sitelocation.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <span>

namespace {

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

// Why a connection was not made, as a message's end: libpq's first line without what the
// message says already ("connection to server on socket "…" failed: ", "FATAL:  "), and
// whether the server answered (it was reached, and refused).
struct ConnectionProblem
{
    QString text;
    bool answered = false;
};

ConnectionProblem connectionProblem(const QString &message)
{
    static const QRegularExpression where(QStringLiteral(
        R"(^connection to server (on socket "[^"]*"|at "[^"]*"( \([^)]*\))?, port \d+) failed: )"));
    static const QRegularExpression severity(QStringLiteral(R"(^(FATAL|ERROR):\s+)"));
    ConnectionProblem problem;
    problem.text = firstLine(message);
    problem.text.remove(where);
    problem.answered = problem.text.contains(severity);
    problem.text.remove(severity);
    return problem;
}

} // namespace

Result<std::unique_ptr<SiteDatabase>> SiteDatabase::openServer(
    const SiteLocation &location, Mode mode, const QString &migrationsFolder)
{
    const auto available = Migrator::load(
        migrationsFolder.isEmpty() ? defaultMigrationsFolder(Dialect::Postgres) : migrationsFolder);
    if (!available)
        return available.failure();
    std::unique_ptr<SiteDatabase> site(
        new SiteDatabase(location.display(), nextConnectionName(), mode == Mode::ReadOnly));
    site->m_dialect = Dialect::Postgres;
    if (const Status status = site->initialiseServer(location, mode, *available); !status)
        return status.failure();
    return site;
}

Status SiteDatabase::initialiseServer(
    const SiteLocation &location, Mode mode, const QList<Migrator::Migration> &migrations)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return failure(ErrorKind::Invalid,
            tr("%1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)")
                .arg(m_path));
    m_db.setHostName(location.host);
    if (location.port > 0)
        m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    // A password in the URI, else one given earlier in this run (ServerPasswords), else
    // libpq's own ~/.pgpass: never one that Newsdesk wrote to disk.
    const QString password
        = location.password.isEmpty() ? ServerPasswords::recall(m_path) : location.password;
    m_db.setPassword(password);
    QStringList options;
    QMap<QString, QString> parameters = location.options;
    parameters.insert(QStringLiteral("connect_timeout"),
        parameters.value(QStringLiteral("connect_timeout"), QStringLiteral("10")));
    parameters.insert(QStringLiteral("application_name"),
        parameters.value(QStringLiteral("application_name"), QStringLiteral("Newsdesk")));
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        options.append(it.key() + u'=' + it.value());
    m_db.setConnectOptions(options.join(u';'));
    m_server = location.server();
    if (!m_db.open())
        return serverUnreachable();
    // The site's other connections (an export, a report) find the password the URI gave.
    if (!location.password.isEmpty())
        ServerPasswords::remember(m_path, location.password);

    if (auto s = prepareServerSession(); !s)
        return s;

    QSqlQuery state(m_db);
    if (!state.exec(QStringLiteral(
            "SELECT to_regclass('newsdesk.schema_version') IS NOT NULL, (SELECT count(*) FROM "
            "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', "
            "'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
            "n.nspname NOT LIKE 'pg_toast%')"))
        || !state.next())
        return sqlFailure(tr("look into the database"), state.lastError());
    const bool isSite = state.value(0).toBool();
    const qint64 tables = state.value(1).toLongLong();
    state.finish();

    const int supported = migrations.last().version;
    // The search index, filled from the texts the site already holds: once, by the last step
    // that shapes it (14 made it, 16 added the leads' words).
    const auto indexTexts = [this, supported](QSqlDatabase &, int version) -> Status {
        return version >= 14 && version == std::min(supported, 16)
            ? SearchRepository(*this).indexAll()
            : Status();
    };
    if (mode == Mode::Create) {
        if (isSite)
            return failure(ErrorKind::Invalid,
                tr("%1: cannot create the site: the database already holds a Newsdesk site")
                    .arg(m_path));
        if (tables > 0)
            return failure(ErrorKind::Invalid,
                tr("%1: cannot create the site: the database is not empty (tables: %2); a team "
                   "site needs a database of its own")
                    .arg(m_path, QString::number(tables)));
        if (auto s = Migrator::applyServer(m_db, 0, migrations, m_path, indexTexts); !s)
            return s;
        m_schemaVersion = supported;
        return readServerAuthor();
    }
    if (!isSite)
        return failure(ErrorKind::Invalid,
            tr("%1: not a Newsdesk site: the database holds none (newsdesk init makes one)")
                .arg(m_path));
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("SELECT version FROM schema_version")) || !version.next())
        return sqlFailure(tr("read the schema version"), version.lastError());
    m_schemaVersion = version.value(0).toInt();
    version.finish();
    if (auto s = checkSchema(m_path, m_schemaVersion, supported, m_readOnly); !s)
        return s;
    if (m_schemaVersion < supported) {
        if (auto s = Migrator::applyServer(m_db, m_schemaVersion, migrations, m_path, indexTexts);
            !s)
            return s;
        m_schemaVersion = supported;
    }
    return readServerAuthor();
}

Status SiteDatabase::readServerAuthor()
{
    // The person connected, by the name the site's people give them (from schema 12, which
    // brought the people), else their role's.
    constexpr int PeopleSchema = 12;
    QSqlQuery author(m_db);
    if (!author.exec(m_schemaVersion < PeopleSchema
                ? QStringLiteral("SELECT session_user")
                : QStringLiteral("SELECT COALESCE(NULLIF((SELECT display_name FROM person WHERE "
                                 "name = session_user), ''), session_user)"))
        || !author.next())
        return sqlFailure(tr("read who is connected"), author.lastError());
    m_author = author.value(0).toString();
    return {};
}

const QStringList &SiteDatabase::serverBookkeepingTables()
{
    static const QStringList tables { QStringLiteral("schema_version"),
        QStringLiteral("client_change"), QStringLiteral("person"), QStringLiteral("page_made") };
    return tables;
}

const QStringList &SiteDatabase::presenceTables()
{
    static const QStringList tables { QStringLiteral("presence") };
    return tables;
}

bool SiteDatabase::isSearchIndexTable(const QString &table)
{
    // search_index and the tables FTS5 keeps for it (search_index_data, …) in a file.
    return table == u"search_text" || table.startsWith(u"search_index");
}

namespace {
// A team site's database is its own, and LISTEN/NOTIFY is per database: one fixed channel
// (resources/migrations/postgresql/0011_presence.sql).
const QString ChangeChannel = QStringLiteral("newsdesk_site");
} // namespace

bool SiteDatabase::listenForChanges(QObject *context, std::function<void(Change)> listener)
{
    if (m_dialect != Dialect::Postgres || !context)
        return false;
    if (!m_listenerContext) {
        // Once: the driver stays the same across reconnects (only its subscriptions go).
        QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                const QVariant &payload) {
                if (name != ChangeChannel || source == QSqlDriver::SelfSource || !m_listener)
                    return;
                m_listener(payload.toString().endsWith(QLatin1String(" presence"))
                        ? Change::Presence
                        : Change::Content);
            });
    }
    m_listener = std::move(listener);
    m_listenerContext = context;
    return subscribe();
}

bool SiteDatabase::subscribe()
{
    QSqlDriver *driver = m_db.driver();
    return driver->subscribedToNotifications().contains(ChangeChannel)
        || driver->subscribeToNotification(ChangeChannel);
}

Status SiteDatabase::prepareServerSession()
{
    // The site's tables are in its own schema; writers wait for each other's rows as long as
    // a file's do for the file.
    if (auto s
        = exec(QStringLiteral("SET search_path TO newsdesk"), tr("choose the site's schema"));
        !s)
        return s;
    if (auto s = exec(
            QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs), tr("set the lock timeout"));
        !s)
        return s;
    if (m_readOnly)
        return exec(QStringLiteral("SET default_transaction_read_only = on"),
            tr("open the site read-only"));
    return {};
}

Failure SiteDatabase::serverUnreachable() const
{
    const QSqlError error = m_db.lastError();
    const ErrorKind kind = postgresErrorKind(error.nativeErrorCode());
    const ConnectionProblem problem = connectionProblem(error.databaseText());
    if (problem.text.startsWith(QLatin1String("fe_sendauth: no password supplied")))
        return failure(kind,
            tr("%1: the site's server %2 asks for %3's password (type it, or put it in "
               "~/.pgpass)")
                .arg(m_path, m_server,
                    m_db.userName().isEmpty() ? tr("your account") : m_db.userName()));
    // Reached, and refused: a password, a role or a database that is not right.
    if (problem.answered)
        return failure(kind,
            tr("%1: cannot open the site on its server %2: %3")
                .arg(m_path, m_server, problem.text));
    return failure(
        kind, tr("%1: cannot reach the site's server %2: %3").arg(m_path, m_server, problem.text));
}

Status SiteDatabase::reachServer()
{
    if (m_dialect != Dialect::Postgres || m_transactionDepth > 0 || m_db.isOpen())
        return {};
    if (reconnectAfterLoss())
        return {};
    return serverUnreachable();
}

bool SiteDatabase::reconnectAfterLoss()
{
    if (m_dialect != Dialect::Postgres || m_transactionDepth > 0
        || (m_db.isOpen() && QSqlQuery(m_db).exec(QStringLiteral("SELECT 1"))))
        return false;
    // A server restarting is back within seconds; one that stays away is tried once per call,
    // so that a window saving every few seconds does not freeze for the whole wait each time.
    static constexpr int firstWaitsMs[] = { 0, 250, 500, 1000, 2000 };
    static constexpr int laterWaitsMs[] = { 0 };
    const auto attempt = [this](int waitMs) {
        QThread::msleep(waitMs);
        m_db.close();
        return m_db.open() && prepareServerSession().ok();
    };
    const bool wasAway = m_serverAway;
    m_serverAway = true;
    for (const int waitMs : wasAway ? std::span<const int>(laterWaitsMs) : firstWaitsMs) {
        if (attempt(waitMs)) {
            m_serverAway = false;
            // Closing the connection ended its LISTEN: listen again, and tell the listener
            // (later, not in the middle of whatever statement found the loss) that commits
            // may have gone unheard meanwhile.
            if (m_listenerContext && m_listener && subscribe()) {
                QMetaObject::invokeMethod(
                    m_listenerContext, [listener = m_listener] { listener(Change::Missed); },
                    Qt::QueuedConnection);
            }
            return true;
        }
    }
    return false;
}
