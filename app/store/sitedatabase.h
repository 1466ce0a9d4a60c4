#pragma once

#include "core/result.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

struct SiteLocation;

// One open site file (*.newsdesk): an SQLite database in WAL mode with synchronous=FULL, so an
// acknowledged save survives a power cut. Files that are not Newsdesk sites, damaged, from a
// newer Newsdesk or read-only are refused with one line naming the file, before SQLite writes
// anything to them. One object per thread (each has its own connection).
class SiteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SiteDatabase)

public:
    enum class Mode
    {
        Create, // a new file; refuses an existing one
        Open, // an existing file, for reading and writing; upgrades an older schema
        ReadOnly, // an existing file, never written to
    };

    static constexpr quint32 ApplicationId = 0x4E44534B; // "NDSK"
    static constexpr int BusyTimeoutMs = 10000;

    // A site file (SQLite), or a team site on a PostgreSQL server (SiteLocation).
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    static QString defaultMigrationsFolder(Dialect dialect = Dialect::Sqlite);
    // A team site's tables that are bookkeeping, not content, kept by a file in its header: the
    // schema version, and who wrote (client_change, for dataVersion()).
    static const QStringList &serverBookkeepingTables();
    // Tables of who has the site open now (presence leases), in both stores: bookkeeping, not
    // content; copies and backups leave their rows out.
    static const QStringList &presenceTables();
    // The search index (schema 14), derived from the texts: copies leave it out and build it
    // again (SearchRepository), and the two stores keep it in tables of their own kinds.
    static bool isSearchIndexTable(const QString &table);
    static int supportedSchemaVersion();

    enum class Check
    {
        Integrity,
        HeaderOnly
    };

    // `path` is a file's path or a server's URI (SiteLocation). A team site lives in the
    // schema `newsdesk` of a database of its own: Create makes it in an empty database and
    // refuses one that holds anything; a database without a site, or with a newer one, is
    // refused as files are. `migrationsFolder` is for tests; empty means the schema built into
    // Newsdesk. With
    // Check::HeaderOnly the (slow, O(size)) integrity check is left to checkIntegrity(), which
    // the editor runs in the background once its window is up.
    static Result<std::unique_ptr<SiteDatabase>> open(const QString &path, Mode mode,
        const QString &migrationsFolder = {}, Check check = Check::Integrity);
    // PRAGMA quick_check on a connection of its own (any thread): "<file>: the site file is
    // damaged: …" on failure.
    static Status checkIntegrity(const QString &path);
    // Removes a site file with its journal files (-wal, -shm): for a site that failed to be made.
    static void removeFiles(const QString &path);
    ~SiteDatabase();
    SiteDatabase(const SiteDatabase &) = delete;
    SiteDatabase &operator=(const SiteDatabase &) = delete;

    // The file's path, or the server's URI without its password.
    const QString &path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    // Who the revisions saved through this connection are recorded for: the operating system
    // account's name unless the opener says otherwise (the name set in Preferences). On a team
    // site, the person connected (their name among the site's people, else their PostgreSQL
    // role), whatever the opener says: colleagues see who it was.
    const QString &author() const { return m_author; }
    void setAuthor(const QString &author)
    {
        if (m_dialect == Dialect::Sqlite)
            m_author = author;
    }
    bool isReadOnly() const { return m_readOnly; }
    // Something the user should know about the file that did not stop it opening (one line;
    // empty when all is well): its write-ahead log lost after a crash.
    const QString &openWarning() const { return m_openWarning; }
    int schemaVersion() const { return m_schemaVersion; }
    // A number that changes when another connection (window, process, colleague) commits to
    // the site, never for this connection's own writes (a file's PRAGMA data_version; on a
    // server, the other sessions' count of writes in client_change).
    Result<qint64> dataVersion();

    // What another client did, as a team site's server announces it (LISTEN/NOTIFY).
    enum class Change
    {
        Content, // committed a change to the site
        Presence, // took, renewed or gave up a presence lease
        Missed, // the connection was lost and is back: anything may have changed meanwhile
    };
    // A team site: `listener` hears of other clients' commits as the server announces them, on
    // this connection's thread (its event loop), with no polling, until the site closes or
    // `context` goes; after a reconnect the subscription is renewed and Missed said once. Own
    // commits are not announced to it. False for a file (nothing announces; poll
    // dataVersion()) and when the server refused to listen.
    bool listenForChanges(QObject *context, std::function<void(Change)> listener);
    // A team site whose server went away (its connection closed after a failed reconnect):
    // tries once more to connect, so that reads work again. Fine when connected, and for a file.
    Status reachServer();

    // Runs `work` atomically: BEGIN IMMEDIATE at the outermost level (a second writer waits
    // for the busy timeout instead of failing half-way), a SAVEPOINT when nested. A failed
    // `work` leaves the store as it was. On a server, work that a lost connection rolled back
    // runs again once the connection is back (within seconds); a loss while committing is
    // reported, not retried, since the commit may have been kept.
    Status transaction(const std::function<Status()> &work);

    // The columns `table` has now, in order (a file's PRAGMA table_info, a server's catalogue).
    Result<QStringList> columnsOf(const QString &table) const;

    // Runs an already prepared query. On failure: "<file>: cannot <what>: <SQLite's reason>".
    Status exec(QSqlQuery &query, const QString &what) const;
    Status exec(const QString &sql, const QString &what) const;
    // "<file>: cannot <what>: <error>", or that the file is damaged when SQLite says so.
    QString errorMessage(const QString &what, const QSqlError &error) const;
    // That message with the kind SQLite's error code stands for.
    Failure sqlFailure(const QString &what, const QSqlError &error) const;
    // Damaged (SQLITE_CORRUPT, SQLITE_NOTADB), Busy (SQLITE_BUSY, SQLITE_LOCKED), ReadOnly,
    // Io (SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN); Invalid for anything else.
    static ErrorKind kindOf(const QSqlError &error);

private:
    friend class SqlAccess; // the connection, for the store's repositories only

    SiteDatabase(QString path, QString connectionName, bool readOnly);
    static QString nextConnectionName();
    // A site at schema `version` against the `supported` one: a newer site is refused, and an
    // older one when it is open read-only (its upgrade would write). File and server alike.
    static Status checkSchema(const QString &site, int version, int supported, bool readOnly);
    Status initialise(Mode mode, const QList<Migrator::Migration> &migrations, Check check);
    static Result<std::unique_ptr<SiteDatabase>> openServer(
        const SiteLocation &location, Mode mode, const QString &migrationsFolder);
    Status initialiseServer(
        const SiteLocation &location, Mode mode, const QList<Migrator::Migration> &migrations);
    Status quickCheck();
    // A server session's settings (schema, lock timeout, read-only), after each (re)connect.
    Status prepareServerSession();
    // author() for a team site: the person connected.
    Status readServerAuthor();
    // After a failed statement on a server, outside any transaction: whether the connection
    // had been lost and is back again (reconnected within a few seconds), so that the work the
    // loss rolled back can run again. False for a file, or when the connection is fine.
    bool reconnectAfterLoss();
    // "<site>: cannot reach the site's server <host:port>: <libpq's reason>".
    Failure serverUnreachable() const;
    Status runTransaction(const std::function<Status()> &work, bool &committing);
    bool subscribe();

    QString m_path;
    QString m_author;
    QString m_openWarning;
    QString m_connectionName;
    QSqlDatabase m_db;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_server; // a team site's server, as messages name it
    bool m_serverAway = false; // the last reconnect failed
    std::function<void(Change)> m_listener; // listenForChanges()
    QPointer<QObject> m_listenerContext;
};
