// SiteLocation: a SITE as a file path or a PostgreSQL URI in libpq's form.
#include "store/sitelocation.h"

#include <QDir>
#include <QTest>

class TestSiteLocation : public QObject
{
    Q_OBJECT

private slots:
    void filesStayPaths_data();
    void filesStayPaths();
    void serverAddressesAreRead_data();
    void serverAddressesAreRead();
    void badServerAddressesAreRefusedInOneLine_data();
    void badServerAddressesAreRefusedInOneLine();
    void teamSiteFieldsMakeItsAddress_data();
    void teamSiteFieldsMakeItsAddress();
    void teamSiteFieldsAreChecked_data();
    void teamSiteFieldsAreChecked();
    void sitesAreRememberedWithoutPasswords_data();
    void sitesAreRememberedWithoutPasswords();
};

void TestSiteLocation::filesStayPaths_data()
{
    QTest::addColumn<QString>("site");
    QTest::newRow("relative") << u"office.newsdesk"_qs;
    QTest::newRow("absolute") << u"/home/nino/Sites/office.newsdesk"_qs;
    QTest::newRow("Georgian name") << u"საიტი.newsdesk"_qs;
    QTest::newRow("a folder named like a scheme") << u"postgresql/office.newsdesk"_qs;
}

void TestSiteLocation::filesStayPaths()
{
    QFETCH(QString, site);
    QVERIFY(!SiteLocation::isServer(site));
    const auto location = SiteLocation::parse(site);
    QVERIFY(location.ok());
    QCOMPARE(location->kind, SiteLocation::Kind::File);
    QCOMPARE(location->path, site);
    QCOMPARE(location->display(), site);
}

void TestSiteLocation::serverAddressesAreRead_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("display"); // never with the password
    QTest::addColumn<QString>("server");

    QTest::newRow("host and database")
        << u"postgresql://db.example.org/office"_qs << u"db.example.org"_qs << 0 << u"office"_qs
        << QString() << QString() << QString() << u"postgresql://db.example.org/office"_qs
        << u"db.example.org:5432"_qs;
    QTest::newRow("user, port, TLS")
        << u"postgresql://nino@db.example.org:5433/office?sslmode=verify-full"_qs
        << u"db.example.org"_qs << 5433 << u"office"_qs << u"nino"_qs << QString()
        << u"verify-full"_qs
        << u"postgresql://nino@db.example.org:5433/office?sslmode=verify-full"_qs
        << u"db.example.org:5433"_qs;
    QTest::newRow("password left out of messages")
        << u"postgres://nino:s%40cret@10.0.0.5/office"_qs << u"10.0.0.5"_qs << 0 << u"office"_qs
        << u"nino"_qs << u"s@cret"_qs << QString() << u"postgresql://nino@10.0.0.5/office"_qs
        << u"10.0.0.5:5432"_qs;
    QTest::newRow("socket folder in the query")
        << u"postgresql:///office?host=/tmp/pg%20sock&user=tamar"_qs << u"/tmp/pg sock"_qs << 0
        << u"office"_qs << u"tamar"_qs << QString() << QString()
        << u"postgresql://tamar@/office?host=%2Ftmp%2Fpg%20sock"_qs << u"/tmp/pg sock"_qs;
    QTest::newRow("socket folder as an encoded host")
        << u"postgresql://%2Fvar%2Frun%2Fpostgresql/office"_qs << u"/var/run/postgresql"_qs << 0
        << u"office"_qs << QString() << QString() << QString()
        << u"postgresql:///office?host=%2Fvar%2Frun%2Fpostgresql"_qs << u"/var/run/postgresql"_qs;
    QTest::newRow("IPv6 and a port in the query")
        << u"postgresql://[::1]/office?port=6543"_qs << u"::1"_qs << 6543 << u"office"_qs
        << QString() << QString() << QString() << u"postgresql://[::1]:6543/office"_qs
        << u"::1:6543"_qs;
    QTest::newRow("Georgian database name")
        << u"postgresql://db/%E1%83%A1%E1%83%90%E1%83%98%E1%83%A2%E1%83%98"_qs << u"db"_qs << 0
        << u"საიტი"_qs << QString() << QString() << QString()
        << u"postgresql://db/%E1%83%A1%E1%83%90%E1%83%98%E1%83%A2%E1%83%98"_qs << u"db:5432"_qs;
}

void TestSiteLocation::serverAddressesAreRead()
{
    QFETCH(QString, site);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, sslmode);
    QFETCH(QString, display);
    QFETCH(QString, server);
    QVERIFY(SiteLocation::isServer(site));
    const auto location = SiteLocation::parse(site);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->kind, SiteLocation::Kind::Postgres);
    QCOMPARE(location->host, host);
    QCOMPARE(location->port, port);
    QCOMPARE(location->database, database);
    QCOMPARE(location->user, user);
    QCOMPARE(location->password, password);
    QCOMPARE(location->options.value(u"sslmode"_qs), sslmode);
    QCOMPARE(location->display(), display);
    QCOMPARE(location->server(), server);
    // What display() writes reads back the same (but for the password).
    const auto again = SiteLocation::parse(location->display());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->host, host);
    QCOMPARE(again->port, port);
    QCOMPARE(again->database, database);
    QCOMPARE(again->user, user);
}

void TestSiteLocation::badServerAddressesAreRefusedInOneLine_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no database") << u"postgresql://db.example.org"_qs << u"names no database"_qs;
    QTest::newRow("several hosts")
        << u"postgresql://db1,db2/office"_qs << u"names several servers"_qs;
    QTest::newRow("bad port") << u"postgresql://db/office?port=http"_qs << u"not a port number"_qs;
    QTest::newRow("unknown parameter")
        << u"postgresql://db/office?options=-c%20x"_qs << u"does not pass on the parameter"_qs;
    QTest::newRow("broken URI") << u"postgresql://db:99999999/office"_qs
                                << u"not a valid server address"_qs;
    QTest::newRow("password never shown")
        << u"postgresql://nino:s3cret@db/office?bogus=1"_qs << u"does not pass on"_qs;
}

void TestSiteLocation::badServerAddressesAreRefusedInOneLine()
{
    QFETCH(QString, site);
    QFETCH(QString, problem);
    const auto location = SiteLocation::parse(site);
    QVERIFY(!location);
    QCOMPARE(location.kind(), ErrorKind::Invalid);
    QVERIFY2(location.error().contains(problem), qPrintable(location.error()));
    QVERIFY2(!location.error().contains(u'\n'), qPrintable(location.error()));
    QVERIFY2(!location.error().contains(u"s3cret"_qs), qPrintable(location.error()));
}

void TestSiteLocation::teamSiteFieldsMakeItsAddress_data()
{
    // What File › Open Team Site… is given, and the URI it makes of it.
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("name");

    QTest::newRow("socket folder, no TLS for it")
        << u"/var/run/postgresql"_qs << 5432 << u"office"_qs << u"nino"_qs << u"require"_qs
        << u"postgresql://nino@/office?host=%2Fvar%2Frun%2Fpostgresql"_qs
        << u"office on /var/run/postgresql"_qs;
    QTest::newRow("socket folder, another port")
        << u"/tmp/pg"_qs << 5433 << u"office"_qs << QString() << QString()
        << u"postgresql:///office?host=%2Ftmp%2Fpg&port=5433"_qs << u"office on /tmp/pg"_qs;
    QTest::newRow("libpq's default socket")
        << QString() << 5432 << u"office"_qs << QString() << u"prefer"_qs
        << u"postgresql:///office"_qs << u"office on this computer"_qs;
    QTest::newRow("host, port, sslmode")
        << u" db.example.org "_qs << 6543 << u"office"_qs << u"nino"_qs << u"verify-full"_qs
        << u"postgresql://nino@db.example.org:6543/office?sslmode=verify-full"_qs
        << u"office on db.example.org"_qs;
    QTest::newRow("prefer is libpq's default")
        << u"db.example.org"_qs << 5432 << u"office"_qs << QString() << u"prefer"_qs
        << u"postgresql://db.example.org/office"_qs << u"office on db.example.org"_qs;
    QTest::newRow("user with special characters")
        << u"10.0.0.5"_qs << 5432 << u"office"_qs << u"nino@iom:ge/1 ნ"_qs << u"require"_qs
        << u"postgresql://nino%40iom%3Age%2F1%20%E1%83%9C@10.0.0.5/office?sslmode=require"_qs
        << u"office on 10.0.0.5"_qs;
    QTest::newRow("database names needing percent-encoding")
        << u"db"_qs << 5432 << u"news desk/ka?#%"_qs << QString() << QString()
        << u"postgresql://db/news%20desk%2Fka%3F%23%25"_qs << u"news desk/ka?#% on db"_qs;
    QTest::newRow("Georgian database name")
        << u"db"_qs << 5432 << u"საიტი"_qs << QString() << QString()
        << u"postgresql://db/%E1%83%A1%E1%83%90%E1%83%98%E1%83%A2%E1%83%98"_qs << u"საიტი on db"_qs;
    QTest::newRow("IPv6 in brackets")
        << u"[::1]"_qs << 5432 << u"office"_qs << QString() << u"disable"_qs
        << u"postgresql://[::1]/office?sslmode=disable"_qs << u"office on ::1"_qs;
}

void TestSiteLocation::teamSiteFieldsMakeItsAddress()
{
    QFETCH(QString, server);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslmode);
    QFETCH(QString, uri);
    QFETCH(QString, name);
    const auto location = SiteLocation::forServer(server, port, database, user, sslmode);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->display(), uri);
    QCOMPARE(location->name(), name);
    // libpq reads the same site back from the URI.
    const auto again = SiteLocation::parse(uri);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->host, location->host);
    QCOMPARE(again->port, location->port);
    QCOMPARE(again->database, database);
    QCOMPARE(again->user, user.trimmed());
    QCOMPARE(again->options, location->options);
    QCOMPARE(again->display(), uri);
}

void TestSiteLocation::teamSiteFieldsAreChecked_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no database") << u"db.example.org"_qs << u"  "_qs << QString()
                                 << u"Database: give the name"_qs;
    QTest::newRow("a server with a space")
        << u"db example"_qs << u"office"_qs << QString() << u"Server: “db example”"_qs;
    QTest::newRow("a URI as the server")
        << u"postgresql://db"_qs << u"office"_qs << QString() << u"Server: “postgresql://db”"_qs;
    QTest::newRow("two servers") << u"db1,db2"_qs << u"office"_qs << QString() << u"Server:"_qs;
    QTest::newRow("unknown sslmode")
        << u"db"_qs << u"office"_qs << u"always"_qs << u"TLS: the sslmode “always”"_qs;
}

void TestSiteLocation::teamSiteFieldsAreChecked()
{
    QFETCH(QString, server);
    QFETCH(QString, database);
    QFETCH(QString, sslmode);
    QFETCH(QString, problem);
    const auto location = SiteLocation::forServer(server, 5432, database, QString(), sslmode);
    QVERIFY(!location);
    QCOMPARE(location.kind(), ErrorKind::Invalid);
    QVERIFY2(location.error().startsWith(problem), qPrintable(location.error()));
    QVERIFY(!location.error().contains(u'\n'));
}

void TestSiteLocation::sitesAreRememberedWithoutPasswords_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("remembered");
    QTest::newRow("relative file")
        << u"office.newsdesk"_qs << QDir::current().absoluteFilePath(u"office.newsdesk"_qs);
    QTest::newRow("absolute file")
        << u"/home/nino/office.newsdesk"_qs << u"/home/nino/office.newsdesk"_qs;
    QTest::newRow("team site with a password")
        << u"postgresql://nino:s3cret@db.example.org/office?sslmode=require"_qs
        << u"postgresql://nino@db.example.org/office?sslmode=require"_qs;
    QTest::newRow("password in the query") << u"postgres:///office?host=/tmp/pg&password=s3cret"_qs
                                           << u"postgresql:///office?host=%2Ftmp%2Fpg"_qs;
}

void TestSiteLocation::sitesAreRememberedWithoutPasswords()
{
    QFETCH(QString, site);
    QFETCH(QString, remembered);
    QCOMPARE(SiteLocation::normalised(site), remembered);
    QVERIFY(!SiteLocation::normalised(site).contains(u"s3cret"_qs));
}

QTEST_GUILESS_MAIN(TestSiteLocation)
#include "tst_sitelocation.moc"
