#include "core/timestamps.h"
#include "store/backups.h"
#include "store/migrator.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/sitedictionaryrepository.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "store/translationbasisrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void splitStatements_data();
    void splitStatements();
    void builtInMigrationsAreNumberedWithoutGaps();
    void refusesBadNumbering_data();
    void refusesBadNumbering();
    void migratesAnEmptySite();
    void upgradesASchemaOneSiteKeepingItsContent();
    void twoUpgradesInOneSecondKeepBothBackups();
    void aFailingMigrationLeavesTheSiteAsItWas();

private:
    // Runs raw SQL on a file outside SiteDatabase, as an older Newsdesk or another tool would.
    static bool runRaw(const QString &path, const QStringList &statements);
    static QVariant scalar(SiteDatabase &db, const QString &sql);
    QTemporaryDir m_dir;
};

bool TestMigrator::runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QVariant TestMigrator::scalar(SiteDatabase &db, const QString &sql)
{
    QSqlQuery query = SqlAccess::query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two") << "CREATE TABLE a (x);\nCREATE TABLE b (y);"
                         << QStringList { "CREATE TABLE a (x)", "CREATE TABLE b (y)" };
    QTest::newRow("no final semicolon")
        << "SELECT 1;\nSELECT 2" << QStringList { "SELECT 1", "SELECT 2" };
    QTest::newRow("semicolon in a string")
        << "INSERT INTO t VALUES ('a; b');SELECT 1;"
        << QStringList { "INSERT INTO t VALUES ('a; b')", "SELECT 1" };
    QTest::newRow("doubled quote in a string")
        << "INSERT INTO t VALUES ('it''s; fine');"
        << QStringList { "INSERT INTO t VALUES ('it''s; fine')" };
    QTest::newRow("semicolon in an identifier")
        << "CREATE TABLE \"odd;name\" (x);" << QStringList { "CREATE TABLE \"odd;name\" (x)" };
    QTest::newRow("line comments") << "-- first; not a statement\nSELECT 1; -- trailing; note\n"
                                   << QStringList { "SELECT 1" };
    QTest::newRow("block comment") << "SELECT /* a; b */ 1;" << QStringList { "SELECT   1" };
    QTest::newRow("only comments") << "-- nothing here;\n/* nor; here */\n" << QStringList {};
    QTest::newRow("trigger")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE FROM c;\nEND;"
           "\nSELECT 1;"
        << QStringList { "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  "
                         "DELETE FROM c;\nEND",
               "SELECT 1" };
    QTest::newRow("georgian text") << u"INSERT INTO t VALUES ('სიახლეები;');"_qs
                                   << QStringList { u"INSERT INTO t VALUES ('სიახლეები;')"_qs };
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(sql), statements);
}

void TestMigrator::builtInMigrationsAreNumberedWithoutGaps()
{
    const auto migrations = Migrator::load(SiteDatabase::defaultMigrationsFolder());
    QVERIFY2(migrations.ok(), qPrintable(migrations.error()));
    QVERIFY(migrations->size() >= 2);
    for (qsizetype i = 0; i < migrations->size(); ++i)
        QCOMPARE(migrations->at(i).version, i + 1);
    QCOMPARE(SiteDatabase::supportedSchemaVersion(), int(migrations->size()));
}

void TestMigrator::refusesBadNumbering_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("problem");
    QTest::newRow("gap") << QStringList { "0001_a.sql", "0003_c.sql" } << "expected migration 2";
    QTest::newRow("not from one") << QStringList { "0002_b.sql" } << "expected migration 1";
    QTest::newRow("bad name") << QStringList { "0001_a.sql", "2_b.sql" } << "NNNN_name.sql";
    QTest::newRow("none") << QStringList {} << "no migration files";
}

void TestMigrator::refusesBadNumbering()
{
    QFETCH(QStringList, files);
    QFETCH(QString, problem);
    const QString folder
        = m_dir.filePath(QStringLiteral("numbering-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &file : files)
        QVERIFY(writeFile(folder + u'/' + file, "SELECT 1;"));
    const auto migrations = Migrator::load(folder);
    QVERIFY(!migrations.ok());
    QVERIFY2(migrations.error().contains(problem), qPrintable(migrations.error()));
}

void TestMigrator::migratesAnEmptySite()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.newsdesk"));
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    SiteDatabase &db = **site;
    QCOMPARE(db.schemaVersion(), SiteDatabase::supportedSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), db.schemaVersion());
    for (const char *table :
        { "site", "site_language", "page", "page_translation", "media", "media_alt", "revision" }) {
        QVERIFY2(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = "
                                    "'table' AND name = '%1'")
                         .arg(QLatin1String(table)))
                     .toInt()
                == 1,
            table);
    }
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestMigrator::twoUpgradesInOneSecondKeepBothBackups()
{
    // A site upgraded, put back to schema 14 (as a restored copy would be) and opened again in
    // the same second: the second backup must not be refused for the first one's name.
    const QString path = m_dir.filePath(QStringLiteral("twice.newsdesk"));
    Timestamps::overrideNow(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    const auto clock = qScopeGuard([] { Timestamps::overrideNow({}); });
    const QStringList back = TestSupport::beforeLeadImages()
        + QStringList { QStringLiteral("DROP TABLE search_index"),
              QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5 (title, summary, body)"),
              QStringLiteral("PRAGMA user_version = 14") };
    QVERIFY(SiteDatabase::open(path, SiteDatabase::Mode::Create).ok());
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(runRaw(path, back));
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QCOMPARE((*site)->schemaVersion(), SiteDatabase::supportedSchemaVersion());
        QCOMPARE(Backups::list(path).size(), round);
    }
    for (const Backups::Backup &backup : Backups::list(path)) {
        QCOMPARE(backup.kind, Backups::Kind::BeforeUpgrade);
        QVERIFY(Backups::verify(backup.path).ok());
    }
}

void TestMigrator::upgradesASchemaOneSiteKeepingItsContent()
{
    const QString path = m_dir.filePath(QStringLiteral("schema1.newsdesk"));
    QStringList statements = Migrator::splitStatements(
        QString::fromUtf8(readFile(QString::fromUtf8(NEWSDESK_TEST_DATA "/site-schema1.sql"))));
    QVERIFY(statements.size() > 5);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(SiteDatabase::ApplicationId)
               << QStringLiteral("PRAGMA user_version = 1");
    QVERIFY(runRaw(path, statements));

    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    SiteDatabase &db = **site;
    QCOMPARE(db.schemaVersion(), SiteDatabase::supportedSchemaVersion());

    // A checked copy of the file as it was came first.
    const auto backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, Backups::Kind::BeforeUpgrade);
    QVERIFY(QFileInfo(backups.first().path)
                .fileName()
                .startsWith(QStringLiteral("before-schema-%1-").arg(db.schemaVersion())));
    QVERIFY(Backups::verify(backups.first().path).ok());
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"copy"_qs);
        copy.setDatabaseName(backups.first().path);
        QVERIFY(copy.open());
        QSqlQuery version(copy);
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"copy"_qs);

    const auto settings = SiteRepository(db).settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->baseUrl, QStringLiteral("https://example.org/georgia"));
    QCOMPARE(settings->siteTitles.value(QStringLiteral("ka")), u"ძველი საიტი"_qs);

    PageRepository pages(db);
    const auto id = pages.resolve(QStringLiteral("news/border-day"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(*id, 2);
    const auto page = pages.page(*id);
    QCOMPARE(page->publishAt, QDateTime(QDate(2019, 5, 28), QTime(9, 30), Qt::UTC));
    // Schema 8: a published page was published (since its date); a draft without one, never.
    QCOMPARE(page->firstPublishedAt, page->publishAt);
    QVERIFY(!pages.page(3)->wasEverPublished());
    const auto georgian = pages.translation(*id, QStringLiteral("ka"));
    QVERIFY(georgian.ok() && georgian->has_value());
    QCOMPARE((*georgian)->title, u"საზღვრის დღე"_qs);
    QCOMPARE((*georgian)->bodyHtml, u"<p>მესაზღვრეები; ოჯახები.</p>"_qs);
    QCOMPARE(pages.listing()->size(), 3);

    // Schema 5: a translation made before Newsdesk tracked them counts as made from the source
    // as it was at the upgrade (up to date), so that a later source change shows as outdated.
    const auto english = pages.translation(*id, QStringLiteral("en"));
    QVERIFY(english.ok() && english->has_value());
    QVERIFY(!(*english)->contentFingerprint.isEmpty());
    QCOMPARE((*georgian)->sourceFingerprint, (*english)->contentFingerprint);
    const auto basis = TranslationBasisRepository(db).read(*id, QStringLiteral("ka"));
    QVERIFY2(basis.ok(), qPrintable(basis.error()));
    QVERIFY(!basis->records.isEmpty());
    QCOMPARE(basis->records.first().text, (*english)->title);
    QCOMPARE(pages.listing(*id)->states.value(QStringLiteral("ka")), TranslationState::UpToDate);
    Translation changedSource = **english;
    changedSource.bodyHtml += QStringLiteral("<p>One more paragraph.</p>");
    QVERIFY(pages.saveTranslation(changedSource).ok());
    QCOMPARE(pages.listing(*id)->states.value(QStringLiteral("ka")), TranslationState::Outdated);

    // The new tables work on the upgraded file.
    Translation text = **georgian;
    text.title = u"საზღვრის დღე 2019"_qs;
    QVERIFY(pages.saveTranslation(text).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM revision")).toInt(), 2);
    QVERIFY(SiteDictionaryRepository(db).add(u"Beridze"_qs, u"en"_qs).ok());
    QCOMPARE(SiteDictionaryRepository(db).words()->size(), 1);
}

void TestMigrator::aFailingMigrationLeavesTheSiteAsItWas()
{
    const QString folder = m_dir.filePath(QStringLiteral("broken-migrations"));
    QVERIFY(makeSchemaOneFolder(folder));
    const QString path = m_dir.filePath(QStringLiteral("broken.newsdesk"));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create, folder);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QCOMPARE((*site)->schemaVersion(), 1);
    }
    QVERIFY(writeFile(folder + QStringLiteral("/0002_broken.sql"),
        "CREATE TABLE half_done (x);\nALTER TABLE page ADD COLUMN x;\n"
        "INSERT INTO no_such_table VALUES (1);\n"));

    const auto broken = SiteDatabase::open(path, SiteDatabase::Mode::Open, folder);
    QVERIFY(!broken.ok());
    QVERIFY2(
        broken.error().contains(QStringLiteral("0002_broken.sql")), qPrintable(broken.error()));
    QVERIFY2(broken.error().startsWith(path), qPrintable(broken.error()));

    QFile::remove(folder + QStringLiteral("/0002_broken.sql"));
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open, folder);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE((*site)->schemaVersion(), 1);
    QCOMPARE(scalar(**site,
                 QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = "
                                "'half_done'"))
                 .toInt(),
        0);
    QSqlQuery columns = SqlAccess::query(**site);
    QVERIFY(columns.exec(QStringLiteral("SELECT x FROM page")) == false);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
