#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Where a site is, as a user writes it wherever Newsdesk takes a SITE: a site file
// (`office.newsdesk`), or a team site on a PostgreSQL server as a connection URI in libpq's
// form: postgresql://[user[:password]@][host][:port][/database][?host=/socket/folder&sslmode=…]
// (`postgres://` too; a host that starts with '/' is the folder of a Unix socket).
struct SiteLocation
{
    Q_DECLARE_TR_FUNCTIONS(SiteLocation)

public:
    enum class Kind
    {
        File,
        Postgres,
    };

    // The libpq parameters a URI may set besides host, port, database, user and password.
    static const QStringList &knownOptions();

    // Whether `site` is written as a server URI (then parse() reads it as one).
    static bool isServer(const QString &site);
    // A file path as it is; a URI into its parts. Invalid: a URI that does not parse, names
    // several hosts, has no database, or sets a parameter Newsdesk does not pass on.
    static Result<SiteLocation> parse(const QString &site);

    // libpq's sslmode values, most trusting first: disable, allow, prefer (libpq's default),
    // require, verify-ca, verify-full.
    static const QStringList &sslModes();
    // A team site from what File › Open Team Site… asks for: `server` a host name or address,
    // or the folder of a Unix socket (starts with '/'; empty: libpq's default folder); `port`
    // 0 or 5432 for the default; `user` empty for the account's name; `sslMode` for a host
    // only (empty: libpq's default, prefer). Invalid, with one line naming the field: no
    // database, a server that is neither a host nor a folder, an unknown sslmode.
    static Result<SiteLocation> forServer(const QString &server, int port, const QString &database,
        const QString &user, const QString &sslMode = {});
    // The site as it is remembered (recent sites, settings): a file's absolute path, a server's
    // URI without its password (display()); `site` as it is when it does not parse.
    static QString normalised(const QString &site);

    // A name for what Newsdesk keeps on this computer about a site (its backups, its offline
    // journal): "<file's base name or database>-<8 hex digits of a hash of normalised()>", the
    // same for every way of writing the same site.
    static QString storageName(const QString &site);

    // The URI again without the password (for messages, the recent list and settings):
    // "postgresql://nino@db.example.org:5432/office?sslmode=verify-full". A file's path.
    QString display() const;
    // What a person calls the site: a file's name ("office.newsdesk"), a team site's database
    // on its server ("office on db.example.org", "office on /var/run/postgresql").
    QString name() const;
    // "db.example.org:5432", or the socket folder: the server a message says it cannot reach.
    QString server() const;

    Kind kind = Kind::File;
    QString path; // a file's
    QString host; // empty: libpq's default socket folder
    int port = 0; // 0: the default, 5432
    QString database;
    QString user; // empty: the operating system account's name
    QString password; // better in ~/.pgpass or the keyring than in a URI
    QMap<QString, QString> options; // sslmode, sslrootcert, connect_timeout, application_name
};
