#include "sitelocation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

const QStringList &SiteLocation::knownOptions()
{
    static const QStringList options { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name") };
    return options;
}

const QStringList &SiteLocation::sslModes()
{
    static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full") };
    return modes;
}

bool SiteLocation::isServer(const QString &site)
{
    return site.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || site.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<SiteLocation> SiteLocation::parse(const QString &site)
{
    SiteLocation location;
    if (!isServer(site)) {
        location.path = site;
        return location;
    }
    location.kind = Kind::Postgres;
    // QUrl takes neither a socket folder as the host (%2Fvar%2Frun%2Fpostgresql) nor a list
    // of hosts: they are looked at before it reads the rest.
    const qsizetype start = site.indexOf(QLatin1String("://")) + 3;
    qsizetype end = start;
    while (end < site.size() && site[end] != u'/' && site[end] != u'?')
        ++end;
    const qsizetype hostStart = std::max(start, site.lastIndexOf(u'@', end - 1) + 1);
    QString hostPart = site.mid(hostStart, end - hostStart);
    QString socketFolder;
    if (hostPart.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
        const qsizetype colon = hostPart.lastIndexOf(u':');
        socketFolder = QUrl::fromPercentEncoding(hostPart.left(colon < 0 ? -1 : colon).toUtf8());
        hostPart = colon < 0 ? QString() : hostPart.mid(colon);
    }
    const QString rest = site.left(hostStart) + hostPart + site.mid(end);
    const QUrl url(rest, QUrl::StrictMode);
    // The message names the URI without its password.
    QString shown = site;
    if (url.isValid() && !url.password().isEmpty())
        shown = url.toString(QUrl::RemovePassword);
    const auto invalid = [&](const QString &problem) {
        return failure(ErrorKind::Invalid, tr("%1: %2").arg(shown, problem));
    };
    if (hostPart.contains(u','))
        return invalid(tr("names several servers; give one"));
    if (!url.isValid())
        return invalid(tr("not a valid server address (%1)").arg(url.errorString()));
    location.host = socketFolder.isEmpty() ? url.host(QUrl::FullyDecoded) : socketFolder;
    location.port = url.port(0);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            location.host = value;
        else if (key == u"port") {
            bool number = false;
            location.port = value.toInt(&number);
            if (!number || location.port <= 0 || location.port > 65535)
                return invalid(tr("the port “%1” is not a port number").arg(value));
        } else if (key == u"dbname")
            location.database = value;
        else if (key == u"user")
            location.user = value;
        else if (key == u"password")
            location.password = value;
        else if (knownOptions().contains(key))
            location.options.insert(key, value);
        else
            return invalid(tr("Newsdesk does not pass on the parameter “%1”").arg(key));
    }
    if (location.host.contains(u','))
        return invalid(tr("names several servers; give one"));
    // A database's name may hold a '/' written as %2F; a second level of path is no name.
    if (location.database.isEmpty() || url.path(QUrl::FullyEncoded).mid(1).contains(u'/'))
        return invalid(tr("names no database (postgresql://server/database)"));
    if (const QString mode = location.options.value(QStringLiteral("sslmode"));
        !mode.isEmpty() && !sslModes().contains(mode))
        return invalid(tr("the sslmode “%1” is none of %2").arg(mode, sslModes().join(u", ")));
    return location;
}

Result<SiteLocation> SiteLocation::forServer(const QString &server, int port,
    const QString &database, const QString &user, const QString &sslMode)
{
    SiteLocation location;
    location.kind = Kind::Postgres;
    location.host = server.trimmed();
    location.database = database.trimmed();
    location.user = user.trimmed();
    location.port = port == 5432 ? 0 : port;
    if (location.database.isEmpty())
        return failure(ErrorKind::Invalid, tr("Database: give the name of the site's database"));
    if (port < 0 || port > 65535)
        return failure(
            ErrorKind::Invalid, tr("Port: %1 is not a port number").arg(QString::number(port)));
    const bool socket = location.host.isEmpty() || location.host.startsWith(u'/');
    if (!socket) {
        // An IPv6 address may come in brackets, as in a URI.
        if (location.host.startsWith(u'[') && location.host.endsWith(u']'))
            location.host = location.host.mid(1, location.host.size() - 2);
        QUrl check;
        check.setHost(location.host, QUrl::StrictMode);
        static const QString forbidden = QStringLiteral(" /@?#,[]");
        const bool badCharacter = std::any_of(location.host.cbegin(), location.host.cend(),
            [](QChar c) { return forbidden.contains(c) || c.isSpace(); });
        if (badCharacter || !check.isValid() || check.host().isEmpty())
            return failure(ErrorKind::Invalid,
                tr("Server: “%1” is neither a host name nor a socket folder (starting with /)")
                    .arg(server.trimmed()));
        const QString mode = sslMode.trimmed();
        if (!mode.isEmpty() && !sslModes().contains(mode))
            return failure(ErrorKind::Invalid,
                tr("TLS: the sslmode “%1” is none of %2").arg(mode, sslModes().join(u", ")));
        // prefer is libpq's own default: left out, the same site has one address.
        if (!mode.isEmpty() && mode != u"prefer")
            location.options.insert(QStringLiteral("sslmode"), mode);
    }
    return location;
}

QString SiteLocation::normalised(const QString &site)
{
    if (!isServer(site))
        return QFileInfo(site).absoluteFilePath();
    const auto location = parse(site);
    return location ? location->display() : site;
}

QString SiteLocation::storageName(const QString &site)
{
    // A team site by its database's name and its address without the password.
    QString name;
    QString identity;
    if (const auto location = parse(site); location && location->kind == Kind::Postgres) {
        name = location->database;
        identity = location->display();
    } else {
        const QFileInfo file(site);
        name = file.completeBaseName();
        identity = file.absoluteFilePath();
    }
    const QByteArray hash
        = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return name + u'-' + QString::fromLatin1(hash);
}

QString SiteLocation::display() const
{
    if (kind == Kind::File)
        return path;
    const auto encoded
        = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    // A socket folder goes in the query (a path cannot be a URI's host).
    const bool socket = host.startsWith(u'/');
    if (!socket)
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    // A port without a host does not make a URI: a socket's goes in the query too.
    if (port > 0 && !socket)
        uri += u':' + QString::number(port);
    uri += u'/' + encoded(database);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + encoded(host));
    if (port > 0 && socket)
        query.append(QStringLiteral("port=") + QString::number(port));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.append(it.key() + u'=' + encoded(it.value()));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString SiteLocation::name() const
{
    if (kind == Kind::File)
        return QFileInfo(path).fileName();
    return tr("%1 on %2").arg(database, host.isEmpty() ? tr("this computer") : host);
}

QString SiteLocation::server() const
{
    if (kind == Kind::File)
        return {};
    if (host.isEmpty() || host.startsWith(u'/'))
        return host.isEmpty() ? tr("the local server") : host;
    return QStringLiteral("%1:%2").arg(host).arg(port > 0 ? port : 5432);
}
