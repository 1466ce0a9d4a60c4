#include "body/articlebody.h"
#include "content/pagetree.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDemoSite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasTheOfficeSiteStructure_data();
    void hasTheOfficeSiteStructure();
    void hasDatedNewsWithOneDraft();
    void translatesSomePagesIntoRealGeorgian();
    void aBrokenSourceAddsNothing();
    void bodiesAreCanonical();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestDemoSite::initTestCase()
{
    auto site = DemoSite::createSite(m_dir.filePath(QStringLiteral("demo.newsdesk")));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    m_site = std::move(site).value();
}

void TestDemoSite::hasTheOfficeSiteStructure_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::newRow("who we are") << "who-we-are"
                                << "Who We Are";
    QTest::newRow("about") << "who-we-are/about"
                           << "About";
    QTest::newRow("iom global") << "who-we-are/iom-global"
                                << "IOM Global";
    QTest::newRow("our work") << "our-work"
                              << "Our Work";
    QTest::newRow("cross-cutting") << "our-work/cross-cutting-global"
                                   << "Cross-cutting (Global)";
    QTest::newRow("data") << "data-and-resources"
                          << "Data and Resources";
    QTest::newRow("take action") << "take-action"
                                 << "Take Action";
    QTest::newRow("2030 agenda") << "2030-agenda"
                                 << "2030 Agenda";
    QTest::newRow("news") << "news"
                          << "News";
}

void TestDemoSite::hasTheOfficeSiteStructure()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    PageRepository pages(*m_site);
    const auto id = pages.resolve(path);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto text = pages.translation(*id, QStringLiteral("en"));
    QVERIFY(text.ok() && text->has_value());
    QCOMPARE((*text)->title, title);
    QVERIFY(!(*text)->bodyHtml.isEmpty());
}

void TestDemoSite::hasDatedNewsWithOneDraft()
{
    PageRepository pages(*m_site);
    const PageTree tree(pages.listing().value());
    const qint64 news = pages.resolve(QStringLiteral("news")).value();
    int articles = 0;
    int drafts = 0;
    for (qint64 id : tree.children(news)) {
        const Page &page = tree.find(id)->page;
        QCOMPARE(page.kind, PageKind::News);
        QVERIFY(page.publishAt.isValid());
        ++articles;
        drafts += page.status == PageStatus::Draft;
    }
    QVERIFY(articles >= 3);
    QCOMPARE(drafts, 1);

    const qint64 seminar
        = pages.resolve(QStringLiteral("news/online-seminar-on-trafficking")).value();
    QCOMPARE(pages.page(seminar)->publishAt.date(), QDate(2020, 11, 25));
    const auto text = pages.translation(seminar, QStringLiteral("en")).value();
    QVERIFY(text->title.contains(QStringLiteral("psycho-social assistance")));
    QVERIFY(text->bodyHtml.contains(QStringLiteral("38")));
    QVERIFY(text->bodyHtml.contains(QStringLiteral("Ministry of Justice")));
}

void TestDemoSite::translatesSomePagesIntoRealGeorgian()
{
    PageRepository pages(*m_site);
    const auto listing = pages.listing().value();
    int translated = 0;
    for (const PageListing &page : listing) {
        if (!page.titles.contains(QStringLiteral("ka")))
            continue;
        ++translated;
        const auto text = pages.translation(page.page.id, QStringLiteral("ka")).value();
        for (const QString &field : { text->title, text->bodyHtml }) {
            const bool georgian = std::any_of(field.cbegin(), field.cend(),
                [](QChar c) { return c.unicode() >= 0x10D0 && c.unicode() <= 0x10FF; });
            QVERIFY2(georgian, qPrintable(field));
        }
    }
    QVERIFY(translated >= 3);
    QVERIFY(translated < listing.size());
    QCOMPARE(SiteRepository(*m_site).settings()->siteTitles.value(QStringLiteral("ka")),
        u"IOM საქართველო"_qs);
}

void TestDemoSite::aBrokenSourceAddsNothing()
{
    const QString source = m_dir.filePath(QStringLiteral("broken.json"));
    // The second page repeats the first one's slug: the whole demo must be refused.
    QVERIFY(writeFile(source, R"({"pages": [
        {"slug": "one", "kind": "page", "status": "draft", "texts": {"en": {"title": "One"}}},
        {"slug": "one", "kind": "page", "status": "draft", "texts": {"en": {"title": "Two"}}}]})"));
    auto site = SiteDatabase::open(
        m_dir.filePath(QStringLiteral("partial.newsdesk")), SiteDatabase::Mode::Create);
    QVERIFY(site.ok());
    const Status status = DemoSite::populate(**site, source);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("'one' is already used")),
        qPrintable(status.error()));
    QCOMPARE(PageRepository(**site).listing()->size(), 0);

    QVERIFY(writeFile(source, "{ not json"));
    const Status invalid = DemoSite::populate(**site, source);
    QVERIFY2(
        invalid.error().startsWith(source + QStringLiteral(": the demo content is not valid JSON")),
        qPrintable(invalid.error()));
}

void TestDemoSite::bodiesAreCanonical()
{
    // The demo file is written in the canonical body format, so what it stores is canonical.
    PageRepository pages(*m_site);
    int bodies = 0;
    for (const PageListing &page : pages.listing().value()) {
        for (const QString &language : page.titles.keys()) {
            const QString body = pages.translation(page.page.id, language).value()->bodyHtml;
            QCOMPARE(ArticleBody::sanitize(body).value(), body);
            ++bodies;
        }
    }
    QVERIFY(bodies >= 20);
}

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demosite.moc"
