#include "browsersupport.h"
#include "publish/bundlezip.h"
#include "publish/searchindex.h"
#include "publish/siteexporter.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

// The exported site's search end to end: a small site is exported with its Pagefind index,
// served over HTTP on 127.0.0.1 under a sub-path, and each language's search page is loaded in
// headless Chromium with a query in its address (?q=…), as a visitor's link to a search would;
// the results the page shows are read from its DOM.
class TestSiteSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWhatIsPublishedInTheLanguage_data();
    void findsWhatIsPublishedInTheLanguage();
    void searchPagesSpeakTheirLanguage();
    void markupInTextStaysText();
    void folderAndZipCarryTheSameIndex();
    void withoutPagefindTheExportSaysSoAndThePageToo();
    void aPageAtTheSearchAddressIsReported();

private:
    struct Search
    {
        QString state; // the form's data-state: "done", "unavailable"
        QString status;
        QStringList hrefs;
    };
    Search search(const QString &folder, const QString &language, const QString &query);

    QTemporaryDir m_dir;
    QString m_bundle;
};

namespace {

qint64 addPublished(SiteDatabase &site, const QString &slug, const QString &title,
    const QString &body, PageStatus status = PageStatus::Published)
{
    PageRepository::NewPage page;
    page.slug = slug;
    page.status = status;
    return TestSupport::addPage(site, page, QStringLiteral("en"), title, body);
}

} // namespace

void TestSiteSearch::initTestCase()
{
    QVERIFY2(!SearchIndex::binary().isEmpty(),
        "no Pagefind: run packaging/fetch-data.sh build/data (packaging/dev.sh does)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty(),
        "no chromium: apt-get install chromium (packaging/dev.sh does)");
    QVERIFY(m_dir.isValid());

    // English and Georgian; a page without a Georgian text is shown there with the English
    // text (the harder case: it is in the Georgian part of the bundle, yet not Georgian).
    auto site = TestSupport::freshSite(m_dir);
    SiteRepository settings(*site);
    SiteSettings values = settings.settings().value();
    values.untranslated = SiteSettings::Untranslated::Fallback;
    QVERIFY(settings.save(values).ok());

    const qint64 visit
        = addPublished(*site, QStringLiteral("visit"), QStringLiteral("A visit to Batumi"),
            QStringLiteral("<p>The delegation travelled across Georgia and met officials in "
                           "Batumi.</p>"));
    TestSupport::saveText(*site, visit, QStringLiteral("ka"), QStringLiteral("ვიზიტი"),
        QStringLiteral("<p>დელეგაცია საქართველოში ჩავიდა და ბათუმში შეხვდა "
                       "მოხელეებს.</p>"));
    const qint64 seminars
        = addPublished(*site, QStringLiteral("seminars"), QStringLiteral("Online seminars"),
            QStringLiteral("<p>Two online seminars on border management were held for "
                           "officers.</p>"));
    TestSupport::saveText(*site, seminars, QStringLiteral("ka"), QStringLiteral("სემინარები"),
        QStringLiteral("<p>საქართველოს მთავრობამ ადამიანით ვაჭრობის წინააღმდეგ ორი "
                       "სემინარი ჩაატარა.</p>"));
    const qint64 draft
        = addPublished(*site, QStringLiteral("draft"), QStringLiteral("Zanzibarite plans"),
            QStringLiteral("<p>Zanzibarite is secret.</p>"), PageStatus::Draft);
    TestSupport::saveText(*site, draft, QStringLiteral("ka"), QStringLiteral("ზანზიბარი"),
        QStringLiteral("<p>ზანზიბარი საიდუმლოა.</p>"));
    addPublished(*site, QStringLiteral("english-only"), QStringLiteral("Quokka report"),
        QStringLiteral("<p>A quokka report, in English only.</p>"));

    // Text that looks like markup (the stored body escapes it) stays text in the results.
    addPublished(*site, QStringLiteral("markup"), QStringLiteral("Markup in text"),
        QStringLiteral("<p>Wombatmarkup &lt;img src=x onerror=\"document.title='pwned'\"&gt; "
                       "&lt;script&gt;document.title='pwned'&lt;/script&gt;</p>"));

    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    const auto report = SiteExporter(*site).exportTo(m_bundle);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    QVERIFY(report->searchIndexed);
    const auto zipped = SiteExporter(*site).exportZip(m_dir.filePath(QStringLiteral("b.zip")));
    QVERIFY2(zipped.ok(), qPrintable(zipped.ok() ? QString() : zipped.error()));
    QVERIFY(zipped->searchIndexed);
    QVERIFY(QFile::exists(m_bundle + QStringLiteral("/ka/english-only/index.html")));
}

TestSiteSearch::Search TestSiteSearch::search(
    const QString &folder, const QString &language, const QString &query)
{
    BrowserSupport::BundleServer server(folder);
    if (!server.start())
        qFatal("cannot listen on 127.0.0.1: %s", qPrintable(server.errorString()));
    QUrl url = server.url(language + QStringLiteral("/search/"));
    QUrlQuery asked;
    asked.addQueryItem(QStringLiteral("q"), query);
    url.setQuery(asked);
    QString errors;
    const QString dom = BrowserSupport::dumpDom(url, &errors);

    Search result;
    static const QRegularExpression state(
        QStringLiteral("<form class=\"site-search\"[^>]* data-state=\"([a-z]+)\""));
    result.state = state.match(dom).captured(1);
    static const QRegularExpression status(
        QStringLiteral("<p class=\"search-status\"[^>]*>([^<]*)</p>"));
    result.status = status.match(dom).captured(1);
    static const QRegularExpression list(
        QStringLiteral("<ol class=\"search-results\"[^>]*>(.*?)</ol>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression href(QStringLiteral("<h2><a href=\"([^\"]+)\""));
    auto links = href.globalMatch(list.match(dom).captured(1));
    while (links.hasNext())
        result.hrefs.append(links.next().captured(1));
    result.hrefs.sort();
    if (result.state.isEmpty())
        qWarning("%s", qPrintable(dom.right(2000) + errors.right(2000)));
    return result;
}

void TestSiteSearch::findsWhatIsPublishedInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("found");
    const QString visit = BrowserSupport::SubPath + QStringLiteral("%1/visit/");
    const QString seminars = BrowserSupport::SubPath + QStringLiteral("%1/seminars/");
    // Georgian: the query word's case forms (-ში, -ს) and, without the nominative vowel, the
    // forms that drop it (ბათუმი → ბათუმში, ვაჭრობა → ვაჭრობის); Mtavruli finds Mkhedruli.
    QTest::newRow("ka: -ში and -ს forms")
        << "ka"
        << "საქართველო" << QStringList { seminars.arg("ka"), visit.arg("ka") };
    QTest::newRow("ka: -ი dropped") << "ka"
                                    << "ბათუმი" << QStringList { visit.arg("ka") };
    QTest::newRow("ka: -ა dropped") << "ka"
                                    << "ვაჭრობა" << QStringList { seminars.arg("ka") };
    QTest::newRow("ka: two words") << "ka"
                                   << "საქართველო მთავრობა" << QStringList { seminars.arg("ka") };
    QTest::newRow("ka: Mtavruli") << "ka"
                                  << "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ"
                                  << QStringList { seminars.arg("ka"), visit.arg("ka") };
    QTest::newRow("ka: a draft is never found") << "ka"
                                                << "ზანზიბარი" << QStringList {};
    QTest::newRow("ka: nor a page Georgian shows in English") << "ka"
                                                              << "quokka" << QStringList {};
    QTest::newRow("ka: nor English pages") << "ka"
                                           << "seminars" << QStringList {};
    // English: any case, simple plurals (Pagefind's English stemmer).
    QTest::newRow("en: plural") << "en"
                                << "seminar" << QStringList { seminars.arg("en") };
    QTest::newRow("en: capitals") << "en"
                                  << "BATUMI" << QStringList { visit.arg("en") };
    QTest::newRow("en: a draft is never found") << "en"
                                                << "zanzibarite" << QStringList {};
    QTest::newRow("en: the English-only page")
        << "en"
        << "quokka" << QStringList { BrowserSupport::SubPath + QStringLiteral("en/english-only/") };
    QTest::newRow("en: nor Georgian pages") << "en"
                                            << "საქართველო" << QStringList {};
}

void TestSiteSearch::findsWhatIsPublishedInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, query);
    QFETCH(QStringList, found);
    const Search result = search(m_bundle, language, query);
    QCOMPARE(result.state, QStringLiteral("done"));
    QCOMPARE(result.hrefs, found);
    if (found.isEmpty())
        QVERIFY2(result.status.contains(query), qPrintable(result.status));
}

void TestSiteSearch::searchPagesSpeakTheirLanguage()
{
    const QString ka = QString::fromUtf8(TestSupport::readFile(m_bundle + "/ka/search/index.html"));
    QVERIFY(ka.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"ka\">")));
    QVERIFY(ka.contains(QStringLiteral("<h1>ძიება</h1>")));
    QVERIFY(ka.contains(QStringLiteral("<meta name=\"robots\" content=\"noindex\">")));
    // Its switcher goes to the English search page.
    QVERIFY(ka.contains(QStringLiteral("<a href=\"../../en/search/index.html\" lang=\"en\"")));
    // Every page of a language links to its search page from the header.
    const QString page
        = QString::fromUtf8(TestSupport::readFile(m_bundle + "/ka/visit/index.html"));
    QVERIFY(page.contains(
        QStringLiteral("<a class=\"search-link\" href=\"../../ka/search/index.html\">ძიება</a>")));
    const QString home = QString::fromUtf8(TestSupport::readFile(m_bundle + "/en/index.html"));
    QVERIFY(home.contains(
        QStringLiteral("<a class=\"search-link\" href=\"../en/search/index.html\">Search</a>")));

    // A Georgian page that finds nothing says so in Georgian.
    const Search nothing = search(m_bundle, QStringLiteral("ka"), QStringLiteral("ზანზიბარი"));
    QCOMPARE(nothing.status, QStringLiteral("მოთხოვნაზე „ზანზიბარი“ ვერაფერი მოიძებნა."));
    const Search two = search(m_bundle, QStringLiteral("ka"), QStringLiteral("საქართველო"));
    QCOMPARE(two.status, QStringLiteral("მოიძებნა 2 გვერდი."));
}

void TestSiteSearch::markupInTextStaysText()
{
    BrowserSupport::BundleServer server(m_bundle);
    QVERIFY(server.start());
    QUrl url = server.url(QStringLiteral("en/search/"));
    url.setQuery(QStringLiteral("q=wombatmarkup"));
    const QString dom = BrowserSupport::dumpDom(url);
    static const QRegularExpression list(
        QStringLiteral("<ol class=\"search-results\"[^>]*>(.*?)</ol>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString results = list.match(dom).captured(1);
    QVERIFY2(results.contains(QLatin1String("Markup in text")), qPrintable(dom.right(1500)));
    QVERIFY2(results.contains(QLatin1String("&lt;img")), qPrintable(results));
    QVERIFY(!results.contains(QLatin1String("<img")));
    QVERIFY(!results.contains(QLatin1String("<script")));
    QVERIFY(!dom.contains(QLatin1String("<title>pwned")));
}

void TestSiteSearch::folderAndZipCarryTheSameIndex()
{
    const auto zip = BundleZip::read(m_dir.filePath(QStringLiteral("b.zip")));
    QVERIFY(zip.ok());
    int indexFiles = 0;
    for (auto it = zip->cbegin(); it != zip->cend(); ++it) {
        if (!it.key().startsWith(SearchIndex::Folder))
            continue;
        ++indexFiles;
        QCOMPARE(TestSupport::readFile(m_bundle + u'/' + it.key()), it.value());
    }
    QVERIFY(zip->contains(QStringLiteral("pagefind/pagefind.js")));
    QVERIFY(zip->contains(QStringLiteral("pagefind/LICENSE.txt")));
    QVERIFY(!zip->contains(QStringLiteral("pagefind/pagefind-ui.js"))); // our own interface
    const QStringList onDisk = QDir(m_bundle + QStringLiteral("/pagefind"))
                                   .entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY(indexFiles > onDisk.size()); // and index/, fragment/
}

void TestSiteSearch::withoutPagefindTheExportSaysSoAndThePageToo()
{
    QTemporaryDir dir;
    auto site = TestSupport::freshDemoSite(dir);
    qputenv("NEWSDESK_PAGEFIND", QFile::encodeName(dir.filePath(QStringLiteral("none"))));
    SiteExporter::Options options;
    options.check = true;
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    const auto report = SiteExporter(*site, options).exportTo(bundle);
    qunsetenv("NEWSDESK_PAGEFIND");
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    QVERIFY(!report->searchIndexed);
    QVERIFY(!report->stopped);
    const auto finding = std::find_if(report->findings.cbegin(), report->findings.cend(),
        [](const SiteCheck::Finding &f) { return f.code == QLatin1String("no-search-index"); });
    QVERIFY(finding != report->findings.cend());
    QCOMPARE(finding->severity, SiteCheck::Severity::Warning);
    QVERIFY(!QFile::exists(bundle + QStringLiteral("/pagefind/pagefind.js")));
    QVERIFY(QFile::exists(bundle + QStringLiteral("/ka/search/index.html")));

    const Search result = search(bundle, QStringLiteral("ka"), QStringLiteral("საქართველო"));
    QCOMPARE(result.state, QStringLiteral("unavailable"));
    QCOMPARE(result.status, QStringLiteral("საიტის ამ ასლზე ძიება მიუწვდომელია."));
}

void TestSiteSearch::aPageAtTheSearchAddressIsReported()
{
    QTemporaryDir dir;
    auto site = TestSupport::freshDemoSite(dir);
    PageRepository::NewPage page;
    page.kind = PageKind::Page;
    page.status = PageStatus::Published;
    page.slug = QStringLiteral("search");
    const qint64 id = TestSupport::addPage(*site, page, QStringLiteral("en"),
        QStringLiteral("Search and rescue"), QStringLiteral("<p>A page whose slug is search.</p>"));
    const auto taken = [&] {
        const auto findings = SiteCheck::run(*site, {});
        QStringList languages;
        for (const SiteCheck::Finding &finding : findings.value()) {
            if (finding.code != QLatin1String("search-page-taken"))
                continue;
            if (finding.severity == SiteCheck::Severity::Warning
                && finding.message.contains(finding.language + u"/search/index.html"))
                languages << finding.language;
        }
        languages.sort();
        return languages;
    };
    QCOMPARE(taken(), QStringList { QStringLiteral("en") });
    TestSupport::saveText(*site, id, QStringLiteral("ka"), QStringLiteral("ძებნა და გადარჩენა"),
        QStringLiteral("<p>გვერდი.</p>"));
    QCOMPARE(taken(), (QStringList { QStringLiteral("en"), QStringLiteral("ka") }));
}

QTEST_GUILESS_MAIN(TestSiteSearch)
#include "tst_sitesearch.moc"
