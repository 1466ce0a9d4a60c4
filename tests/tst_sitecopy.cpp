#include "postgrestestsupport.h"
#include "publish/siteexporter.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/sitecopy.h"
#include "store/sitedictionaryrepository.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// A whole site copied between a file and a server (tests/postgres/cluster.sh's cluster), every
// table, checked; refused or left out entirely when it cannot be done.
class TestSiteCopy : public QObject
{
    Q_OBJECT

private slots:
    void copiesEveryRowAndReadsBackTheSame_data();
    void copiesEveryRowAndReadsBackTheSame();
    void refusesADestinationThatHoldsSomething_data();
    void refusesADestinationThatHoldsSomething();
    void aFailedCopyLeavesNothing_data();
    void aFailedCopyLeavesNothing();
    void aDifferenceNamesItsTable();
    void exportOfATeamSiteIsByteIdenticalToItsCopy();

private:
    // A file in the temporary folder, or a new empty database of the test cluster.
    QString place(bool server, const QString &name);
    // The demo site with something in every table (see enrich()).
    std::unique_ptr<SiteDatabase> makeSource(const QString &where);
    QTemporaryDir m_dir;
};

namespace {

Translation textOf(
    qint64 page, const QString &language, const QString &title, const QString &body = {})
{
    Translation text;
    text.pageId = page;
    text.language = language;
    text.title = title;
    text.bodyHtml = body;
    return text;
}

qint64 resolve(SiteDatabase &site, const QString &path)
{
    const auto id = PageRepository(site).resolve(path);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

// A picture whose bytes run over every value (a blob must come back to the byte).
QByteArray picture()
{
    QImage image(16, 16, QImage::Format_RGB32);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x)
            image.setPixel(x, y, qRgb(x * 16 + y, 255 - x * 16, y * 16));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0);
    return png;
}

// Something in every table besides the demo's pages and texts: revisions of a changed text
// (Georgian, quotes, a backslash, an emoji), a page moved under one made 120 pages later (its
// parent's id is the larger), a subtree in the trash, a picture with alt texts, a translation's
// basis, the site's own words and changed settings.
Status enrich(SiteDatabase &site)
{
    PageRepository pages(site);
    const qint64 about = resolve(site, u"who-we-are"_s);
    auto text = pages.translation(about, u"en"_s);
    if (!text || !*text)
        return failure(u"no English text of who-we-are"_s);
    Translation changed = **text;
    changed.bodyHtml += u"<p>Tbilisi — თბილისი, \"quoted\", back\\slash, 'single' 😀</p>"_s;
    if (auto s = pages.saveTranslation(changed); !s)
        return s;
    changed.title = u"Who We Are — ჩვენ შესახებ"_s;
    if (auto s = pages.saveTranslation(changed, SaveReason::Autosave); !s)
        return s;

    // More pages than one batch of the copy's inserts between the moved page and its parent.
    PageRepository::NewPage archive;
    archive.slug = u"archive"_s;
    const auto archiveId = pages.addPage(archive, textOf(0, u"en"_s, u"Archive"_s));
    if (!archiveId)
        return archiveId.failure();
    for (int i = 0; i < 120; ++i) {
        PageRepository::NewPage old;
        old.parentId = *archiveId;
        old.slug = u"old-%1"_s.arg(i);
        if (auto added = pages.addPage(old, textOf(0, u"en"_s, u"Old %1"_s.arg(i))); !added)
            return added.failure();
    }
    PageRepository::NewPage newer;
    newer.slug = u"newer"_s;
    const auto newerId = pages.addPage(newer, textOf(0, u"en"_s, u"Newer"_s));
    if (!newerId)
        return newerId.failure();
    if (auto s = pages.movePage(resolve(site, u"our-work/cross-cutting-global"_s), *newerId, 0); !s)
        return s;

    PageRepository::NewPage doomed;
    doomed.slug = u"doomed"_s;
    const auto doomedId = pages.addPage(doomed, textOf(0, u"en"_s, u"Doomed"_s));
    if (!doomedId)
        return doomedId.failure();
    PageRepository::NewPage child;
    child.parentId = *doomedId;
    child.slug = u"child"_s;
    if (auto c = pages.addPage(child, textOf(0, u"en"_s, u"Child"_s)); !c)
        return c.failure();
    if (auto t = TrashRepository(site).moveToTrash(*doomedId); !t)
        return t.failure();

    MediaRepository media(site);
    const auto photo = media.add(picture(), u"photo.png"_s);
    if (!photo)
        return photo.failure();
    if (auto s = media.setAlt(*photo, u"en"_s, u"Participants of the seminar"_s); !s)
        return s;
    if (auto s = media.setAlt(*photo, u"ka"_s, u"სემინარის მონაწილეები"_s); !s)
        return s;

    // A Georgian text of a page, then brought up to date: its basis is recorded.
    if (auto s
        = pages.saveTranslation(textOf(about, u"ka"_s, u"ჩვენ შესახებ"_s, u"<p>ტექსტი</p>"_s));
        !s)
        return s;
    if (auto s = pages.markUpToDate(about, u"ka"_s); !s)
        return s;

    SiteDictionaryRepository words(site);
    if (auto s = words.add(u"Newsdesk"_s, u"en"_s, u"nino"_s); !s)
        return s;
    if (auto s = words.add(u"საქართველოში"_s, u"ka"_s); !s)
        return s;

    SiteRepository settings(site);
    auto current = settings.settings();
    if (!current)
        return current.failure();
    SiteSettings changedSettings = *current;
    changedSettings.baseUrl = u"https://georgia.example.org/"_s;
    changedSettings.newsPerPage = 7;
    return settings.save(changedSettings);
}

// What the repositories read from a site, ids included.
QStringList contentsOf(SiteDatabase &site)
{
    QStringList lines;
    PageRepository pages(site);
    RevisionRepository revisions(site);
    const auto listing = pages.listing();
    if (!listing)
        return { listing.error() };
    for (const PageListing &entry : *listing) {
        const Page &page = entry.page;
        lines << u"page %1 under %2 at %3: %4 %5 %6 %7"_s.arg(QString::number(page.id),
            QString::number(page.parentId), QString::number(page.position), page.slug,
            pageStatusName(page.status), page.publishAt.toString(Qt::ISODate),
            QStringList(entry.titles.values()).join(u'|'));
        for (const QString &language : { u"en"_s, u"ka"_s }) {
            const auto text = pages.translation(page.id, language);
            if (text && *text)
                lines << u"  %1: %2 | %3 | %4 | %5"_s.arg(language, (*text)->title,
                    (*text)->summary, (*text)->bodyHtml, (*text)->sourceFingerprint);
            const auto history = revisions.list(page.id, language);
            for (const auto &revision : history.value())
                lines << u"  revision %1 %2: %3 %4 %5 %6"_s.arg(QString::number(revision.id),
                    language, revision.title, revision.savedAt.toString(Qt::ISODate),
                    revision.author, QString::number(revision.words));
        }
    }
    for (const auto &item : TrashRepository(site).items().value())
        lines << u"trash %1: page %2 under %3, %4 pages, %5"_s.arg(QString::number(item.id),
            QString::number(item.pageId), QString::number(item.parentId),
            QString::number(item.pageCount), item.title);
    const auto media = MediaRepository(site).all().value();
    QList<qint64> ids = media.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const MediaItem &item = media.value(id);
        lines << u"media %1 %2 %3 alts %4"_s.arg(QString::number(id), item.fileName,
            QString::fromLatin1(QCryptographicHash::hash(
                MediaRepository(site).bytes(id).value(), QCryptographicHash::Sha256)
                                    .toHex()),
            QStringList(item.alts.values()).join(u'|'));
    }
    for (const auto &word : SiteDictionaryRepository(site).words().value())
        lines << u"word %1 %2"_s.arg(word.language, word.word);
    const auto settings = SiteRepository(site).settings().value();
    lines << u"settings %1 %2 %3"_s.arg(
        settings.baseUrl, QString::number(settings.newsPerPage), settings.languages.join(u','));
    return lines;
}

// Every table's rows on a site, through its own connection.
qint64 scalar(SiteDatabase &site, const QString &sql)
{
    QSqlQuery query = SqlAccess::query(site);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s", qPrintable(sql));
        return -1;
    }
    return query.value(0).toLongLong();
}

// Path → bytes of every file under `folder`.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

} // namespace

QString TestSiteCopy::place(bool server, const QString &name)
{
    if (server)
        return PostgresTestSupport::freshDatabaseUri(u"tst_sitecopy_"_s + name);
    const QString path = m_dir.filePath(name + u".newsdesk"_s);
    SiteDatabase::removeFiles(path);
    return path;
}

std::unique_ptr<SiteDatabase> TestSiteCopy::makeSource(const QString &where)
{
    auto site = DemoSite::createSite(where);
    if (!site) {
        qWarning("%s", qPrintable(site.error()));
        return {};
    }
    if (auto s = enrich(**site); !s) {
        qWarning("%s", qPrintable(s.error()));
        return {};
    }
    return std::move(site).value();
}

void TestSiteCopy::copiesEveryRowAndReadsBackTheSame_data()
{
    QTest::addColumn<bool>("fromServer");
    QTest::addColumn<bool>("toServer");
    QTest::newRow("file to server") << false << true;
    QTest::newRow("server to file") << true << false;
    QTest::newRow("server to server") << true << true;
    QTest::newRow("file to file") << false << false;
}

void TestSiteCopy::copiesEveryRowAndReadsBackTheSame()
{
    QFETCH(bool, fromServer);
    QFETCH(bool, toServer);
    const QString from = place(fromServer, u"source"_s);
    const QString to = place(toServer, u"copy"_s);
    QVERIFY(!from.isEmpty() && !to.isEmpty());
    auto source = makeSource(from);
    QVERIFY(source);
    const auto before = SiteCopy::summarise(*source);
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QCOMPARE(before->size(), SiteCopy::tableNames().size());
    for (const SiteCopy::Table &table : *before)
        QVERIFY2(table.rows > 0, qPrintable(table.name + u" is empty in the source"_s));

    const auto report = SiteCopy::copy(from, to);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->tables.size(), before->size());

    auto copy = SiteDatabase::open(to, SiteDatabase::Mode::Open);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QCOMPARE((*copy)->dialect(),
        toServer ? SiteDatabase::Dialect::Postgres : SiteDatabase::Dialect::Sqlite);
    const auto after = SiteCopy::summarise(**copy);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    for (qsizetype i = 0; i < before->size(); ++i) {
        QCOMPARE(after->at(i).name, before->at(i).name);
        QCOMPARE(after->at(i).rows, before->at(i).rows);
        QCOMPARE(after->at(i).checksum, before->at(i).checksum);
        QCOMPARE(report->tables.at(i).checksum, before->at(i).checksum);
    }
    QCOMPARE(contentsOf(**copy), contentsOf(*source));
    // Text versions and the change counter as they were (no trigger counted the copy's rows).
    QCOMPARE(scalar(**copy, u"SELECT change_counter FROM site"_s),
        scalar(*source, u"SELECT change_counter FROM site"_s));

    // The copy goes on as a site: a new page gets an id of its own, a changed text a new
    // version.
    const qint64 largest = scalar(**copy, u"SELECT MAX(id) FROM page"_s);
    PageRepository pages(**copy);
    PageRepository::NewPage fresh;
    fresh.slug = u"after-the-copy"_s;
    const auto id = pages.addPage(fresh, textOf(0, u"en"_s, u"After"_s));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(*id > largest);
    const qint64 counter = scalar(**copy, u"SELECT change_counter FROM site"_s);
    QCOMPARE(scalar(**copy, u"SELECT version FROM page_translation WHERE page_id = %1"_s.arg(*id)),
        counter);
    QVERIFY(counter > scalar(*source, u"SELECT change_counter FROM site"_s));
}

void TestSiteCopy::refusesADestinationThatHoldsSomething_data()
{
    QTest::addColumn<QString>("holds");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << u"file"_s << u"the file already exists"_s;
    QTest::newRow("a database with a site")
        << u"site"_s << u"the database already holds a Newsdesk site"_s;
    QTest::newRow("a database with a table") << u"table"_s << u"the database is not empty"_s;
}

void TestSiteCopy::refusesADestinationThatHoldsSomething()
{
    QFETCH(QString, holds);
    QFETCH(QString, message);
    const QString from = place(false, u"source"_s);
    QVERIFY(createClosedSite(from, true));
    QString to;
    if (holds == u"file") {
        to = place(false, u"occupied"_s);
        QVERIFY(writeFile(to, "notes, not a site"));
    } else {
        to = place(true, u"occupied"_s);
        QVERIFY(!to.isEmpty());
        if (holds == u"site") {
            QVERIFY(DemoSite::createSite(to).ok());
        } else {
            QSqlDatabase db = PostgresTestSupport::connect(u"tst_sitecopy_occupied"_s);
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (line TEXT)"_s));
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO notes VALUES ('keep me')"_s));
            PostgresTestSupport::disconnect(db);
        }
    }

    const auto report = SiteCopy::copy(from, to);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QVERIFY(!report.error().contains(u'\n'));

    // Left as it was.
    if (holds == u"file") {
        QCOMPARE(readFile(to), QByteArray("notes, not a site"));
    } else if (holds == u"site") {
        auto site = SiteDatabase::open(to, SiteDatabase::Mode::ReadOnly);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QVERIFY(PageRepository(**site).resolve(u"who-we-are"_s).ok());
    } else {
        QSqlDatabase db = PostgresTestSupport::connect(u"tst_sitecopy_occupied"_s);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT line FROM notes"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"keep me"_s);
        QVERIFY(query.exec(u"SELECT to_regnamespace('newsdesk') IS NULL"_s) && query.next());
        QVERIFY(query.value(0).toBool());
        query.finish();
        PostgresTestSupport::disconnect(db);
    }
}

void TestSiteCopy::aFailedCopyLeavesNothing_data()
{
    QTest::addColumn<bool>("toServer");
    QTest::newRow("to a file") << false;
    QTest::newRow("to a server") << true;
}

void TestSiteCopy::aFailedCopyLeavesNothing()
{
    QFETCH(bool, toServer);
    // A source that breaks a rule of the schema (an empty slug, written behind SQLite's back):
    // the destination refuses the page half-way through the copy.
    const QString from = place(false, u"broken"_s);
    QVERIFY(createClosedSite(from, true));
    {
        auto site = SiteDatabase::open(from, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        QSqlQuery query = SqlAccess::query(**site);
        QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
        QVERIFY(query.exec(u"UPDATE page SET slug = '' WHERE id = (SELECT MAX(id) FROM page)"_s));
    }
    const QString to = place(toServer, u"failed"_s);
    QVERIFY(!to.isEmpty());

    const auto report = SiteCopy::copy(from, to);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(to), qPrintable(report.error()));
    QVERIFY2(report.error().contains(u"copy the rows of page"_s), qPrintable(report.error()));
    QVERIFY(!report.error().contains(u'\n'));

    if (toServer) {
        QSqlDatabase db = PostgresTestSupport::connect(u"tst_sitecopy_failed"_s);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                           "c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', "
                           "'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"_s)
            && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        PostgresTestSupport::disconnect(db);
        // Empty again: a copy of a sound site goes in now.
        const QString sound = place(false, u"sound"_s);
        QVERIFY(createClosedSite(sound, true));
        const auto again = SiteCopy::copy(sound, to);
        QVERIFY2(again.ok(), qPrintable(again.error()));
    } else {
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
            QVERIFY2(!QFileInfo::exists(to + suffix), qPrintable(to + suffix));
    }
}

void TestSiteCopy::aDifferenceNamesItsTable()
{
    const QString first = place(false, u"first"_s);
    const QString second = place(false, u"second"_s);
    QVERIFY(createClosedSite(first, true));
    QVERIFY(QFile::copy(first, second));
    auto a = SiteDatabase::open(first, SiteDatabase::Mode::Open);
    auto b = SiteDatabase::open(second, SiteDatabase::Mode::Open);
    QVERIFY(a.ok() && b.ok());
    const auto same = SiteCopy::compare(
        first, SiteCopy::summarise(**a).value(), second, SiteCopy::summarise(**b).value());
    QVERIFY2(same.ok(), qPrintable(same.error()));

    QVERIFY(SiteDictionaryRepository(**b).add(u"Newsdesk"_s, u"en"_s).ok());
    const auto moreRows = SiteCopy::compare(
        first, SiteCopy::summarise(**a).value(), second, SiteCopy::summarise(**b).value());
    QVERIFY(!moreRows.ok());
    QCOMPARE(moreRows.error(),
        u"%1: the table site_word differs from %2's: 1 rows against 0"_s.arg(second, first));

    QVERIFY(SiteDictionaryRepository(**a).add(u"Newsdask"_s, u"en"_s).ok());
    const auto otherContents = SiteCopy::compare(
        first, SiteCopy::summarise(**a).value(), second, SiteCopy::summarise(**b).value());
    QVERIFY(!otherContents.ok());
    QCOMPARE(otherContents.error(),
        u"%1: the table site_word differs from %2's: the same 1 rows, other contents"_s.arg(
            second, first));
}

void TestSiteCopy::exportOfATeamSiteIsByteIdenticalToItsCopy()
{
    const QString team = place(true, u"team"_s);
    QVERIFY(!team.isEmpty());
    auto site = makeSource(team);
    QVERIFY(site);
    // Something published under the moved page, with the picture in its body.
    PageRepository pages(*site);
    const qint64 moved = resolve(*site, u"newer/cross-cutting-global"_s);
    QVERIFY(moved > 0);
    auto page = pages.page(moved).value();
    page.status = PageStatus::Published;
    QVERIFY(pages.updatePage(page).ok());
    auto newer = pages.page(resolve(*site, u"newer"_s)).value();
    newer.status = PageStatus::Published;
    QVERIFY(pages.updatePage(newer).ok());
    const qint64 photo = MediaRepository(*site).all().value().keys().first();
    auto text = pages.translation(moved, u"en"_s).value().value();
    text.bodyHtml += u"<p><img src=\"media:%1\" alt=\"Participants\"></p>"_s.arg(photo);
    QVERIFY(pages.saveTranslation(text).ok());

    const QString file = place(false, u"team-copy"_s);
    const auto report = SiteCopy::copy(*site, file);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    auto copy = SiteDatabase::open(file, SiteDatabase::Mode::ReadOnly);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));

    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QString fromTeam = m_dir.filePath(u"export-team"_s);
    const QString fromFile = m_dir.filePath(u"export-file"_s);
    for (const auto &[db, folder] :
        { std::pair { site.get(), fromTeam }, { copy->get(), fromFile } }) {
        SiteExporter exporter(*db);
        exporter.setNow(now);
        const auto exported = exporter.exportTo(folder);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QVERIFY(exported->files > 20);
    }
    const auto teamFiles = filesUnder(fromTeam);
    const auto fileFiles = filesUnder(fromFile);
    QCOMPARE(teamFiles.keys(), fileFiles.keys());
    QVERIFY(teamFiles.keys().contains(u"en/newer/cross-cutting-global/index.html"_s));
    QVERIFY(std::any_of(teamFiles.keyBegin(), teamFiles.keyEnd(),
        [](const QString &path) { return path.startsWith(u"media/"_s); }));
    for (auto it = teamFiles.cbegin(); it != teamFiles.cend(); ++it)
        QVERIFY2(it.value() == fileFiles.value(it.key()), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestSiteCopy)
#include "tst_sitecopy.moc"
