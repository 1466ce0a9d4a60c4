#include "content/pagetree.h"
#include "postgrestestsupport.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "store/sqliteheader.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace TestSupport;

class TestSiteDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newSiteHasItsPragmas();
    void createRefusesAnExistingFile();
    void createRefusesAMissingFolder();
    void serverAddressesAreAnsweredInOneLine_data();
    void serverAddressesAreAnsweredInOneLine();
    void aTeamSiteIsMadeInAnEmptyDatabase();
    void anOlderTeamSiteIsUpgradedKeepingItsPages();
    void databasesThatAreNoSiteAreRefused_data();
    void databasesThatAreNoSiteAreRefused();
    void aReadOnlyTeamSiteIsNeverWritten();
    void acknowledgedSavesSurviveAServerCrash();
    void badFilesAreRefusedAndLeftUntouched_data();
    void badFilesAreRefusedAndLeftUntouched();
    void readOnlyFileOpensForReading();
    void readOnlyOpenDoesNotUpgrade();
    void integrityCanBeCheckedApart();
    void transactionRollsBackOnFailure();
    void nestedTransactionRollsBackOnlyItsPart();
    void acknowledgedSavesSurviveKills();
    void writersInSeveralProcessesWait();
    void aLostWriteAheadLogIsReported();
    void anotherProcessNeverTakesTheLogOfAnOpenSite();

private:
    static QVariant pragma(SiteDatabase &db, const QString &name);
    QString makeDemo(const QString &name);
    QTemporaryDir m_dir;
};

QVariant TestSiteDatabase::pragma(SiteDatabase &db, const QString &name)
{
    QSqlQuery query = SqlAccess::query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

QString TestSiteDatabase::makeDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!createClosedSite(path, true))
        return {};
    return path;
}

void TestSiteDatabase::newSiteHasItsPragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("pragmas.newsdesk"));
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    SiteDatabase &db = **site;
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toLongLong(),
        qint64(SiteDatabase::ApplicationId));
    QCOMPARE(
        pragma(db, QStringLiteral("user_version")).toInt(), SiteDatabase::supportedSchemaVersion());
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), SiteDatabase::BusyTimeoutMs);
    QVERIFY(!db.isReadOnly());

    // The Newsdesk mark is in the main file itself, not only in the write-ahead log.
    const auto header = SqliteHeader::read(path);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->applicationId, SiteDatabase::ApplicationId);
}

void TestSiteDatabase::createRefusesAnExistingFile()
{
    const QString path = makeDemo(QStringLiteral("existing.newsdesk"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    const auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    QVERIFY(!site.ok());
    QCOMPARE(
        site.error(), path + QStringLiteral(": cannot create the site: the file already exists"));
    QCOMPARE(fileHash(path), before);
}

void TestSiteDatabase::createRefusesAMissingFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/site.newsdesk"));
    const auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    QVERIFY(!site.ok());
    QVERIFY2(site.error().startsWith(path + u':'), qPrintable(site.error()));
    QVERIFY2(site.error().contains(QStringLiteral("does not exist")), qPrintable(site.error()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
}

void TestSiteDatabase::serverAddressesAreAnsweredInOneLine_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("message"); // how it starts
    QTest::addColumn<int>("kind");
    QTest::newRow("no server there")
        << u"postgresql://nino:pw@/office?host=/nonexistent-newsdesk"_qs
        << u"postgresql://nino@/office?host=%2Fnonexistent-newsdesk: cannot reach the site's "
           "server /nonexistent-newsdesk: "_qs
        << int(ErrorKind::Io);
    QTest::newRow("bad address") << u"postgresql://db.example.org"_qs
                                 << u"postgresql://db.example.org: names no database "
                                    "(postgresql://server/database)"_qs
                                 << int(ErrorKind::Invalid);
}

void TestSiteDatabase::serverAddressesAreAnsweredInOneLine()
{
    QFETCH(QString, site);
    QFETCH(QString, message);
    QFETCH(int, kind);
    for (const auto mode :
        { SiteDatabase::Mode::Create, SiteDatabase::Mode::Open, SiteDatabase::Mode::ReadOnly }) {
        const auto opened = SiteDatabase::open(site, mode);
        QVERIFY(!opened);
        QCOMPARE(int(opened.kind()), kind);
        QVERIFY2(opened.error().startsWith(message), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(u'\n'), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(u":pw@"_qs), qPrintable(opened.error()));
    }
}

void TestSiteDatabase::aTeamSiteIsMadeInAnEmptyDatabase()
{
    const QString uri = PostgresTestSupport::freshDatabaseUri(u"tst_sitedatabase_made"_qs);
    QVERIFY(!uri.isEmpty());
    {
        auto site = SiteDatabase::open(uri, SiteDatabase::Mode::Create);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QCOMPARE((*site)->dialect(), SiteDatabase::Dialect::Postgres);
        QCOMPARE((*site)->schemaVersion(), SiteDatabase::supportedSchemaVersion());
        QCOMPARE((*site)->path(), uri);
    }
    auto site = SiteDatabase::open(uri, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    const auto settings = SiteRepository(**site).settings();
    QVERIFY2(settings.ok(), qPrintable(settings.error()));
    QCOMPARE(settings->languages, (QStringList { u"en"_qs, u"ka"_qs }));
    SiteSettings changed = *settings;
    changed.siteTitles[u"ka"_qs] = u"ოფისი"_qs;
    QVERIFY(SiteRepository(**site).save(changed));
    QCOMPARE(SiteRepository(**site).settings()->siteTitles.value(u"ka"_qs), u"ოფისი"_qs);
    // A second site in the same database is refused; the first stays as it was.
    const auto again = SiteDatabase::open(uri, SiteDatabase::Mode::Create);
    QVERIFY(!again);
    QCOMPARE(again.error(),
        uri + u": cannot create the site: the database already holds a Newsdesk site"_qs);
    QCOMPARE(SiteRepository(**site).settings()->siteTitles.value(u"ka"_qs), u"ოფისი"_qs);
}

void TestSiteDatabase::anOlderTeamSiteIsUpgradedKeepingItsPages()
{
    // A site made by a Newsdesk that knew only the baseline (schema 9), with a page in it.
    const QString folder = m_dir.filePath(u"postgresql-baseline-only"_qs);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(
        u":/migrations/postgresql/0009_baseline.sql"_qs, folder + u"/0009_baseline.sql"_qs));
    const QString uri = PostgresTestSupport::freshDatabaseUri(u"tst_sitedatabase_upgraded"_qs);
    QVERIFY(!uri.isEmpty());
    qint64 page = 0;
    {
        auto site = SiteDatabase::open(uri, SiteDatabase::Mode::Create, folder);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QCOMPARE((*site)->schemaVersion(), 9);
        // Written as that Newsdesk wrote it (today's repositories write today's columns).
        QSqlQuery query = SqlAccess::query(**site);
        QVERIFY(query.exec(u"INSERT INTO page (parent_id, position, kind, slug, created_at, "
                           "updated_at) VALUES (NULL, 0, 'page', 'older-page', "
                           "'2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z') RETURNING id"_qs)
            && query.next());
        page = query.value(0).toLongLong();
        QVERIFY(query.exec(u"INSERT INTO page_translation (page_id, language, title, body_html, "
                           "updated_at) VALUES (%1, 'en', 'Older page', '<p>Kept.</p>', "
                           "'2026-01-05T09:00:00Z')"_qs.arg(page)));
    }
    // A read-only open does not upgrade it, and says why.
    const auto readOnly = SiteDatabase::open(uri, SiteDatabase::Mode::ReadOnly);
    QVERIFY(!readOnly.ok());
    QVERIFY2(readOnly.error().contains(u"needs upgrading from schema 9"_qs),
        qPrintable(readOnly.error()));
    // Today's Newsdesk upgrades it on opening, in one transaction, and the page is there.
    auto site = SiteDatabase::open(uri, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE((*site)->schemaVersion(), SiteDatabase::supportedSchemaVersion());
    QSqlQuery version = SqlAccess::query(**site);
    QVERIFY(version.exec(u"SELECT version FROM schema_version"_qs) && version.next());
    QCOMPARE(version.value(0).toInt(), SiteDatabase::supportedSchemaVersion());
    PageRepository pages(**site);
    const auto text = pages.translation(page, u"en"_qs);
    QVERIFY(text.ok() && text->has_value());
    QCOMPARE((*text)->bodyHtml, u"<p>Kept.</p>"_qs);
    // And it is written to as a new site is.
    saveText(**site, page, u"en"_qs, u"Older page"_qs, u"<p>Changed after the upgrade.</p>"_qs);
    QCOMPARE(pages.translation(page, u"en"_qs)->value().bodyHtml,
        u"<p>Changed after the upgrade.</p>"_qs);
}

void TestSiteDatabase::databasesThatAreNoSiteAreRefused_data()
{
    QTest::addColumn<QString>("setUp"); // SQL run in the database first; empty: none
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message"); // after "<uri>: "
    QTest::newRow("another application's, create")
        << u"CREATE TABLE customer (id INTEGER PRIMARY KEY)"_qs << int(SiteDatabase::Mode::Create)
        << int(ErrorKind::Invalid)
        << u"cannot create the site: the database is not empty (tables: 1); a team site needs a "
           "database of its own"_qs;
    QTest::newRow("another application's, open")
        << u"CREATE TABLE customer (id INTEGER PRIMARY KEY)"_qs << int(SiteDatabase::Mode::Open)
        << int(ErrorKind::Invalid)
        << u"not a Newsdesk site: the database holds none (newsdesk init makes one)"_qs;
    QTest::newRow("empty, read-only")
        << QString() << int(SiteDatabase::Mode::ReadOnly) << int(ErrorKind::Invalid)
        << u"not a Newsdesk site: the database holds none "
           "(newsdesk init makes one)"_qs;
    QTest::newRow("newer Newsdesk") << u"site:UPDATE newsdesk.schema_version SET version = 99"_qs
                                    << int(SiteDatabase::Mode::Open) << int(ErrorKind::NewerVersion)
                                    << u"the site was written by a newer Newsdesk (schema 99; "
                                       "this version reads up to %1); it was left untouched"_qs;
}

void TestSiteDatabase::databasesThatAreNoSiteAreRefused()
{
    QFETCH(QString, setUp);
    QFETCH(int, mode);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QString name = u"tst_sitedatabase_refused"_qs;
    QSqlDatabase db = PostgresTestSupport::freshDatabase(name);
    QVERIFY(db.isOpen());
    const QString uri = PostgresTestSupport::uri(name);
    if (setUp.startsWith(u"site:"_qs)) {
        QVERIFY(SiteDatabase::open(uri, SiteDatabase::Mode::Create).ok());
        setUp = setUp.mid(5);
    }
    if (!setUp.isEmpty())
        QVERIFY2(QSqlQuery(db).exec(setUp), qPrintable(setUp));
    PostgresTestSupport::disconnect(db);
    const auto opened = SiteDatabase::open(uri, SiteDatabase::Mode(mode));
    QVERIFY(!opened);
    QCOMPARE(int(opened.kind()), kind);
    QCOMPARE(opened.error(),
        uri + u": "_qs
            + (message.contains(u"%1"_qs) ? message.arg(SiteDatabase::supportedSchemaVersion())
                                          : message));
}

void TestSiteDatabase::aReadOnlyTeamSiteIsNeverWritten()
{
    const QString uri = PostgresTestSupport::freshDatabaseUri(u"tst_sitedatabase_readonly"_qs);
    QVERIFY(!uri.isEmpty());
    QVERIFY(SiteDatabase::open(uri, SiteDatabase::Mode::Create).ok());
    auto site = SiteDatabase::open(uri, SiteDatabase::Mode::ReadOnly);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    SiteSettings settings = SiteRepository(**site).settings().value();
    settings.baseUrl = u"https://example.org/"_qs;
    const Status saved = SiteRepository(**site).save(settings);
    QVERIFY(!saved);
    QCOMPARE(saved.kind(), ErrorKind::ReadOnly);
    QVERIFY2(saved.error().startsWith(uri + u": cannot "_qs), qPrintable(saved.error()));
    QCOMPARE(SiteRepository(**site).settings()->baseUrl, QString());
}

void TestSiteDatabase::acknowledgedSavesSurviveAServerCrash()
{
    // A cluster of the test's own, since it is stopped as a power cut would stop it and started
    // again while a stream of saves goes on (the other tests share the fixture's cluster).
    PostgresTestSupport::OwnCluster cluster;
    QVERIFY(cluster.isStarted());
    const QString socket = cluster.socket();
    const QString uri = cluster.siteUri();
    auto opened = SiteDatabase::open(uri, SiteDatabase::Mode::Create);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    SiteDatabase &site = **opened;
    const auto backend = [&] {
        QSqlQuery query = SqlAccess::query(site);
        return query.exec(u"SELECT pg_backend_pid()"_qs) && query.next() ? query.value(0).toInt()
                                                                         : 0;
    };
    const int backendBefore = backend();

    // Each save adds a page with its text, in one transaction.
    QStringList acknowledged;
    QStringList failures;
    const auto save = [&](int n) {
        PageRepository::NewPage page;
        page.slug = u"save-%1"_qs.arg(n);
        Translation text;
        text.language = u"en"_qs;
        text.title = u"Save %1"_qs.arg(n);
        const auto id = PageRepository(site).addPage(page, text);
        if (id)
            acknowledged.append(page.slug);
        else
            failures.append(id.error());
    };
    int n = 0;
    while (n < 20)
        save(n++);
    std::atomic<bool> crashed = false;
    std::thread crash([&] {
        cluster.run(u"crash"_qs);
        crashed = true;
    });
    while (!crashed)
        save(n++);
    crash.join();
    for (const int end = n + 20; n < end;)
        save(n++); // after the restart, saving goes on as before
    // Saving before the crash and after the restart went on as ever.
    for (const int i : { 0, 19, n - 20, n - 1 })
        QVERIFY2(acknowledged.contains(u"save-%1"_qs.arg(i)), qPrintable(failures.join(u'\n')));
    // The crash ended this connection's session; the site reconnected on its own.
    QVERIFY(backend() != backendBefore);
    for (const QString &failure : failures) // what was refused was said in one line
        QVERIFY2(
            failure.startsWith(uri + u": "_qs) && !failure.contains(u'\n'), qPrintable(failure));

    // A server that stays away: a save is refused in one line naming it, and the next save
    // after it is back goes through.
    QVERIFY(cluster.run(u"halt"_qs));
    const auto refused = PageRepository(site).createPage({});
    QVERIFY(!refused);
    QCOMPARE(refused.kind(), ErrorKind::Io);
    QVERIFY2(refused.error().startsWith(uri + u": cannot reach the site's server "_qs + socket)
            && !refused.error().contains(u'\n'),
        qPrintable(refused.error()));
    // Reading while it is away says the same (a window's tree, a report).
    const auto listing = PageRepository(site).listing();
    QVERIFY(!listing);
    QVERIFY2(listing.error().startsWith(uri + u": cannot reach the site's server "_qs),
        qPrintable(listing.error()));
    QVERIFY(cluster.run(u"resume"_qs));
    save(n);
    QCOMPARE(acknowledged.last(), u"save-%1"_qs.arg(n));

    // Every acknowledged save is there, and no page without its text (nothing half-written).
    opened = SiteDatabase::open(uri, SiteDatabase::Mode::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery query = SqlAccess::query(**opened);
    QVERIFY(query.exec(u"SELECT p.slug, t.title FROM page p LEFT JOIN page_translation t "
                       "ON t.page_id = p.id AND t.language = 'en' ORDER BY p.id"_qs));
    QSet<QString> stored;
    while (query.next()) {
        const QString slug = query.value(0).toString();
        QCOMPARE(query.value(1).toString(), u"Save "_qs + slug.mid(5));
        stored.insert(slug);
    }
    for (const QString &slug : std::as_const(acknowledged))
        QVERIFY2(stored.contains(slug), qPrintable(slug + u" was acknowledged but is gone"_qs));
    qInfo("%lld saves acknowledged, %lld refused while the server was away",
        qint64(acknowledged.size()), qint64(failures.size()));
}

void TestSiteDatabase::badFilesAreRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("problem");

    const auto open = int(SiteDatabase::Mode::Open);
    const auto readOnly = int(SiteDatabase::Mode::ReadOnly);

    const QString text = m_dir.filePath(QStringLiteral("notes.newsdesk"));
    writeFile(text, "Meeting notes\nNothing to see here.\n");
    QTest::newRow("text file") << text << open << "not an SQLite database";
    QTest::newRow("text file, read-only open") << text << readOnly << "not an SQLite database";

    const QString empty = m_dir.filePath(QStringLiteral("empty.newsdesk"));
    writeFile(empty, {});
    QTest::newRow("empty file") << empty << open << "the file is empty";

    const QString foreign = m_dir.filePath(QStringLiteral("foreign.newsdesk"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO songs VALUES ('Suliko')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    QTest::newRow("another application's database")
        << foreign << open << "SQLite database of another application";

    const QString newer = makeDemo(QStringLiteral("newer.newsdesk"));
    {
        auto site = SiteDatabase::open(newer, SiteDatabase::Mode::Open);
        SqlAccess::query(**site).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    QTest::newRow("newer schema") << newer << open
                                  << "written by a newer Newsdesk (schema 99; this version reads "
                                     "up to "
            + QString::number(SiteDatabase::supportedSchemaVersion());
    QTest::newRow("newer schema, read-only open") << newer << readOnly << "newer Newsdesk";

    const QString truncated = makeDemo(QStringLiteral("truncated.newsdesk"));
    const QByteArray whole = readFile(truncated);
    writeFile(truncated, whole.left(whole.size() / 2 / 4096 * 4096));
    QTest::newRow("truncated") << truncated << open << "truncated";

    // Every page after the header page overwritten with noise.
    const QString garbled = makeDemo(QStringLiteral("garbled.newsdesk"));
    QByteArray noisy = readFile(garbled);
    QRandomGenerator noise(20201125);
    for (qsizetype i = 4096; i < noisy.size(); ++i)
        noisy[i] = char(noise.bounded(256));
    writeFile(garbled, noisy);
    QTest::newRow("garbage-filled pages") << garbled << open << "damaged";

    // The header's page size (bytes 16–17) made impossible: SQLite would guess; we refuse.
    const QString header = makeDemo(QStringLiteral("header.newsdesk"));
    QByteArray headerBytes = readFile(header);
    headerBytes[16] = char(0x12);
    headerBytes[17] = char(0x34);
    writeFile(header, headerBytes);
    QTest::newRow("wrong header") << header << open << "header is invalid";

    const QString random = m_dir.filePath(QStringLiteral("random.newsdesk"));
    QByteArray bytes(64 * 1024, '\0');
    for (char &byte : bytes)
        byte = char(noise.bounded(256));
    writeFile(random, bytes);
    QTest::newRow("random bytes") << random << open << "not an SQLite database";

    const QString readOnlyFile = makeDemo(QStringLiteral("readonly.newsdesk"));
    QFile::setPermissions(readOnlyFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QTest::newRow("read-only file") << readOnlyFile << open << "the file is read-only";

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("missing.newsdesk")) << open
                                  << "no such site file";
    QTest::newRow("missing folder")
        << m_dir.filePath(QStringLiteral("gone/site.newsdesk")) << open << "does not exist";
    QDir(m_dir.path()).mkdir(QStringLiteral("folder.newsdesk"));
    QTest::newRow("a folder") << m_dir.filePath(QStringLiteral("folder.newsdesk")) << open
                              << "is a folder";
}

void TestSiteDatabase::badFilesAreRefusedAndLeftUntouched()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(QString, problem);

    const QByteArray before = fileHash(path);
    const bool existed = QFileInfo::exists(path);
    const auto site = SiteDatabase::open(path, SiteDatabase::Mode(mode));
    QVERIFY(!site.ok());
    QVERIFY2(site.error().startsWith(path + u':'), qPrintable(site.error()));
    QVERIFY2(site.error().contains(problem), qPrintable(site.error()));
    QVERIFY2(!site.error().contains(u'\n'), qPrintable(site.error()));
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestSiteDatabase::readOnlyFileOpensForReading()
{
    const QString path = makeDemo(QStringLiteral("shared-readonly.newsdesk"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileHash(path);
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QVERIFY((*site)->isReadOnly());
        PageRepository pages(**site);
        const auto listing = pages.listing();
        QVERIFY(listing.ok());
        QVERIFY(!listing->isEmpty());
        // Writing is refused by SQLite itself.
        Translation text;
        text.pageId = listing->first().page.id;
        text.language = QStringLiteral("en");
        text.title = QStringLiteral("Changed");
        QVERIFY(!pages.saveTranslation(text).ok());
    }
    QCOMPARE(fileHash(path), before);
}

void TestSiteDatabase::readOnlyOpenDoesNotUpgrade()
{
    const QString folder = m_dir.filePath(QStringLiteral("schema1-only"));
    QVERIFY(makeSchemaOneFolder(folder));
    const QString path = m_dir.filePath(QStringLiteral("old.newsdesk"));
    QVERIFY(SiteDatabase::open(path, SiteDatabase::Mode::Create, folder).ok());
    const QByteArray before = fileHash(path);
    const auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
    QVERIFY(!site.ok());
    QVERIFY2(site.error().contains(QStringLiteral("needs upgrading from schema 1")),
        qPrintable(site.error()));
    QCOMPARE(fileHash(path), before);
}

void TestSiteDatabase::integrityCanBeCheckedApart()
{
    const QString healthy = makeDemo(QStringLiteral("healthy.newsdesk"));
    QVERIFY(SiteDatabase::checkIntegrity(healthy).ok());
    // The last page of the file garbled: a header-only open succeeds, the check does not.
    const QString damaged = makeDemo(QStringLiteral("damaged-tail.newsdesk"));
    QByteArray bytes = readFile(damaged);
    for (qsizetype i = bytes.size() - 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    QVERIFY(writeFile(damaged, bytes));
    QVERIFY(
        SiteDatabase::open(damaged, SiteDatabase::Mode::Open, {}, SiteDatabase::Check::HeaderOnly)
            .ok());
    const Status check = SiteDatabase::checkIntegrity(damaged);
    QVERIFY(!check.ok());
    QVERIFY2(check.error().startsWith(damaged + QStringLiteral(": the site file is damaged: ")),
        qPrintable(check.error()));
    QVERIFY(!SiteDatabase::open(damaged, SiteDatabase::Mode::Open).ok()); // the full open refuses
}

void TestSiteDatabase::transactionRollsBackOnFailure()
{
    auto site = SiteDatabase::open(
        m_dir.filePath(QStringLiteral("tx.newsdesk")), SiteDatabase::Mode::Create);
    QVERIFY(site.ok());
    SiteDatabase &db = **site;
    PageRepository pages(db);
    const Status status = db.transaction([&]() -> Status {
        PageRepository::NewPage page;
        page.slug = QStringLiteral("first");
        if (auto id = pages.createPage(page); !id)
            return failure(id.error());
        return failure(QStringLiteral("stop"));
    });
    QCOMPARE(status.error(), QStringLiteral("stop"));
    QCOMPARE(pages.listing()->size(), 0);
}

void TestSiteDatabase::nestedTransactionRollsBackOnlyItsPart()
{
    auto site = SiteDatabase::open(
        m_dir.filePath(QStringLiteral("nested.newsdesk")), SiteDatabase::Mode::Create);
    QVERIFY(site.ok());
    SiteDatabase &db = **site;
    PageRepository pages(db);
    const Status status = db.transaction([&]() -> Status {
        PageRepository::NewPage page;
        page.slug = QStringLiteral("kept");
        if (auto id = pages.createPage(page); !id)
            return failure(id.error());
        const Status inner = db.transaction([&]() -> Status {
            PageRepository::NewPage other;
            other.slug = QStringLiteral("dropped");
            if (auto id = pages.createPage(other); !id)
                return failure(id.error());
            return failure(QStringLiteral("inner failure"));
        });
        return inner ? failure(QStringLiteral("inner should fail")) : Status();
    });
    QVERIFY2(status.ok(), qPrintable(status.error()));
    const auto listing = pages.listing();
    QCOMPARE(listing->size(), 1);
    QCOMPARE(listing->first().page.slug, QStringLiteral("kept"));
}

// Crash safety: `newsdesk put` is killed (SIGKILL) at random moments while it writes, 200
// times. After each kill the site passes SQLite's integrity check and holds the last title a
// put acknowledged (it prints the page's id only after the commit), or a later one that
// committed just before the kill.
void TestSiteDatabase::acknowledgedSavesSurviveKills()
{
    const QString path = makeDemo(QStringLiteral("killed.newsdesk"));
    const auto put = [&](int n) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(NEWSDESK_BINARY),
            { QStringLiteral("put"), path, QStringLiteral("who-we-are/about"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--title"),
                QStringLiteral("Kill test %1").arg(n), QStringLiteral("--summary"),
                QString(QStringLiteral("Summary %1. ").arg(n)).repeated(40) });
        return process;
    };
    // How long a put takes here, to spread the kills over its whole run.
    QElapsedTimer timer;
    timer.start();
    QProcess *calibration = put(0);
    QVERIFY(calibration->waitForFinished(30000));
    QCOMPARE(calibration->exitCode(), 0);
    const qint64 runMicroseconds = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);
    delete calibration;

    QRandomGenerator random(20261201);
    int lastAcknowledged = 0, acknowledged = 0, killedBeforeTheEnd = 0;
    for (int n = 1; n <= 200; ++n) {
        QProcess *process = put(n);
        QVERIFY(process->waitForStarted(10000));
        // Not a synchronisation: a random moment within the process's run to kill it at.
        QThread::usleep(random.bounded(quint64(runMicroseconds * 3 / 2)));
        process->kill(); // SIGKILL
        QVERIFY(process->waitForFinished(10000));
        const bool done = process->readAllStandardOutput().trimmed() == "2";
        delete process;
        if (done) {
            lastAcknowledged = n;
            ++acknowledged;
        } else {
            ++killedBeforeTheEnd;
        }

        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QSqlQuery check = SqlAccess::query(**site);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const auto text = PageRepository(**site).translation(2, QStringLiteral("en"));
        QVERIFY(text.ok() && text->has_value());
        const int stored = (*text)->title.section(u' ', 2).toInt();
        QVERIFY2(stored >= lastAcknowledged,
            qPrintable(QStringLiteral("after kill %1: the site holds title %2, but put %3 was "
                                      "acknowledged")
                           .arg(n)
                           .arg(stored)
                           .arg(lastAcknowledged)));
    }
    qInfo("%d puts killed before they acknowledged, %d acknowledged before the kill (a put "
          "takes about %lld ms here)",
        killedBeforeTheEnd, acknowledged, runMicroseconds / 1000);
    // The kills fell on both sides of the commit.
    QVERIFY(killedBeforeTheEnd > 20);
    QVERIFY(acknowledged > 20);
}

// Eight `newsdesk put` processes at once on one site: each waits for the others (busy
// timeout) instead of failing with "database is locked", and every one's save is kept.
void TestSiteDatabase::writersInSeveralProcessesWait()
{
    const QString path = makeDemo(QStringLiteral("crowded.newsdesk"));
    const QStringList pages { QStringLiteral("who-we-are"), QStringLiteral("who-we-are/about"),
        QStringLiteral("our-work"), QStringLiteral("data-and-resources"),
        QStringLiteral("take-action"), QStringLiteral("2030-agenda"), QStringLiteral("news"),
        QStringLiteral("who-we-are/iom-global") };
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QString &page : pages) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(NEWSDESK_BINARY),
            { QStringLiteral("put"), path, page, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--title"), QStringLiteral("Crowded %1").arg(page) });
        writers.push_back(std::move(process));
    }
    for (const auto &writer : writers) {
        QVERIFY(writer->waitForFinished(60000));
        QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
    }
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
    QVERIFY(site.ok());
    PageRepository repository(**site);
    for (const QString &page : pages) {
        const auto text
            = repository.translation(repository.resolve(page).value(), QStringLiteral("en"));
        QCOMPARE(text->value().title, QStringLiteral("Crowded %1").arg(page));
    }
}

// A crash, then the site copied without its SITE-wal: what the log held is gone, and the
// user is told so (the file itself is consistent and opens).
void TestSiteDatabase::aLostWriteAheadLogIsReported()
{
    const QString path = makeDemo(QStringLiteral("running.newsdesk"));
    const QString copy = m_dir.filePath(QStringLiteral("copied.newsdesk"));
    {
        auto running = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY(running.ok());
        PageRepository pages(**running);
        Translation text = pages.translation(1, QStringLiteral("en")).value().value();
        text.title = QStringLiteral("Only in the log");
        QVERIFY(pages.saveTranslation(text).ok());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        // What a careless copy of a crashed site looks like: the file and its index only.
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-shm"), copy + QStringLiteral("-shm")));
        QVERIFY((*running)->openWarning().isEmpty());
    }
    auto site = SiteDatabase::open(copy, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QVERIFY2((*site)->openWarning().startsWith(copy
                 + QStringLiteral(": the site's write-ahead log (copied.newsdesk-wal) is missing")),
        qPrintable((*site)->openWarning()));
    QSqlQuery check = SqlAccess::query(**site);
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(PageRepository(**site).translation(1, QStringLiteral("en")).value().value().title,
        QStringLiteral("Who We Are"));
}

// The window has the site open (its saves in the write-ahead log) and opens it once more (the
// background integrity check, an export's second reader: each reads the file's header first);
// then `newsdesk put` writes to it from another process. That process must still see this one
// using the site: had reading the header dropped this process's locks, it would check the log
// in and delete it on exit, and every later save of the window would go into a deleted file.
void TestSiteDatabase::anotherProcessNeverTakesTheLogOfAnOpenSite()
{
    const QString path = makeDemo(QStringLiteral("shared.newsdesk"));
    {
        auto window = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY2(window.ok(), qPrintable(window.error()));
        PageRepository pages(**window);
        Translation text = pages.translation(1, QStringLiteral("en")).value().value();
        text.title = QStringLiteral("Saved before");
        QVERIFY(pages.saveTranslation(text).ok());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        {
            auto second = SiteDatabase::open(
                path, SiteDatabase::Mode::ReadOnly, {}, SiteDatabase::Check::HeaderOnly);
            QVERIFY2(second.ok(), qPrintable(second.error()));
        }
        QVERIFY(SqliteHeader::read(path).ok());

        QProcess put;
        put.start(QStringLiteral(NEWSDESK_BINARY),
            { QStringLiteral("put"), path, QStringLiteral("take-action"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--summary"),
                QStringLiteral("From outside") });
        QVERIFY(put.waitForFinished(60000));
        QVERIFY2(put.exitCode() == 0, put.readAllStandardError().constData());
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
            "the other process deleted the write-ahead log of a site open here");

        text = pages.translation(1, QStringLiteral("en")).value().value();
        text.title = QStringLiteral("Saved after");
        QVERIFY(pages.saveTranslation(text).ok());
    }
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    PageRepository pages(**site);
    QCOMPARE(pages.translation(1, QStringLiteral("en")).value().value().title,
        QStringLiteral("Saved after"));
    QCOMPARE(
        pages
            .translation(pages.resolve(QStringLiteral("take-action")).value(), QStringLiteral("en"))
            .value()
            .value()
            .summary,
        QStringLiteral("From outside"));
}

QTEST_GUILESS_MAIN(TestSiteDatabase)
#include "tst_sitedatabase.moc"
