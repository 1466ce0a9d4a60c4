#pragma once

// The PostgreSQL cluster CTest starts for the tests that run on a team store
// (tests/postgres/cluster.sh, the `postgres` fixture in tests/CMakeLists.txt).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace PostgresTestSupport {

// The socket folder of the test cluster; empty outside CTest (the test then fails, saying so).
inline QString host()
{
    return qEnvironmentVariable("NEWSDESK_TEST_POSTGRES_HOST");
}

// A connection to `database` on the test cluster, or on the cluster whose socket is in `socket`.
inline QSqlDatabase connect(const QString &database, const QString &socket = host())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
        QStringLiteral("test-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    db.setHostName(socket);
    db.setUserName(QStringLiteral("newsdesk"));
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("cannot connect to the test cluster in %s: %s", qPrintable(socket),
            qPrintable(db.lastError().text()));
    return db;
}

// The URI of database `name` on the test cluster (or another one's socket), as a user gives a
// team site.
inline QString uri(const QString &name, const QString &socket = host())
{
    return QStringLiteral("postgresql://newsdesk@/%1?host=%2")
        .arg(name, QString::fromLatin1(QUrl::toPercentEncoding(socket)));
}

// The role of the test cluster that must give a password (SCRAM over the socket), a member of
// `newsdesk` (tests/postgres/cluster.sh).
inline QString passwordUser()
{
    return QStringLiteral("newsdesk_password");
}

inline QString password()
{
    return QStringLiteral("tbilisi 2020");
}

// Drops a connection made by connect() or freshDatabase().
inline void disconnect(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// A new, empty database `name` on the test cluster (one left by an earlier run is dropped
// first), connected; not open on failure, with the reason as a warning.
inline QSqlDatabase freshDatabase(const QString &name)
{
    {
        QSqlDatabase maintenance = connect(QStringLiteral("postgres"));
        if (!maintenance.isOpen())
            return maintenance;
        QSqlQuery query(maintenance);
        for (const QString &sql : { QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)"),
                 QStringLiteral("CREATE DATABASE %1") }) {
            if (!query.exec(sql.arg(name)))
                qWarning("%s: %s", qPrintable(sql.arg(name)), qPrintable(query.lastError().text()));
        }
        disconnect(maintenance);
    }
    return connect(name);
}

// The URI of a new, empty database `name` on the test cluster (as freshDatabase()), for a team
// site to be made in; empty on failure, with the reason as a warning.
inline QString freshDatabaseUri(const QString &name)
{
    if (host().isEmpty()) {
        qWarning("NEWSDESK_TEST_POSTGRES_HOST is not set: run through ctest, which starts the "
                 "cluster");
        return {};
    }
    QSqlDatabase db = freshDatabase(name);
    const bool made = db.isOpen();
    disconnect(db);
    return made ? uri(name) : QString();
}

#ifdef NEWSDESK_SOURCE_DIR
// A cluster of a test's own (tests/postgres/cluster.sh), for tests that stop the server as a
// power cut would and start it again (the other tests share the fixture's cluster): started
// by the constructor, removed by the destructor.
class OwnCluster
{
public:
    OwnCluster()
        : m_dir(QDir::tempPath() + QStringLiteral("/nd-pg-XXXXXX")) // a socket path is short
    {
        // The server runs as `postgres` when the tests run as root: it must reach its folder.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                | QFile::ExeOther);
        m_started = run(QStringLiteral("start"));
    }
    ~OwnCluster() { run(QStringLiteral("stop")); }
    OwnCluster(const OwnCluster &) = delete;
    OwnCluster &operator=(const OwnCluster &) = delete;

    bool isStarted() const { return m_started; }
    QString socket() const { return m_dir.filePath(QStringLiteral("pg")); }
    // A team site's address in the cluster's own database `postgres` (empty of tables).
    QString siteUri() const { return uri(QStringLiteral("postgres"), socket()); }
    // `crash` (stop as a power cut would, start again), `halt` (stop so), `resume`.
    bool run(const QString &action) const
    {
        return QProcess::execute(QStringLiteral(NEWSDESK_SOURCE_DIR "/tests/postgres/cluster.sh"),
                   { action, socket() })
            == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_started = false;
};
#endif

} // namespace PostgresTestSupport
