#include "demo/syntheticsite.h"
#include "publish/bundlezip.h"
#include "publish/imagederivatives.h"
#include "publish/sitecheck.h"
#include "publish/siteexporter.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <gumbo.h>

using namespace TestSupport;

class TestSiteExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishesWhatIsPublished_data();
    void publishesWhatIsPublished();
    void draftsNeverLeak();
    void everyRelativeLinkResolves();
    void hreflangIsReciprocalAndLangMatches();
    void xDefaultIsTheSourceLanguage_data();
    void xDefaultIsTheSourceLanguage();
    void sameSiteSameBytes();
    void futureDatesAndUnpublishedParentsWait();
    void imagesAreWrittenOnceWithTheirSize_data();
    void imagesAreWrittenOnceWithTheirSize();
    void linksToUnpublishedPagesKeepTheirText();
    void exportUpdatesOnlyWhatChanged();
    void aReexportMakesNoImageAgain();
    void aLeadImageOpensTheArticleAndShowsInItsCards();
    void zipBundlesAreIdenticalAndComplete();
    void zipIntoAMissingFolderFailsCleanly();
    void everyHtmlFileIsWellFormedHtml5();
    void goldenPages_data();
    void goldenPages();
    void atomFeedsListNewsNewestFirst();
    void sitemapListsEveryTranslationWithAlternates();
    void addressesNeedABaseUrl_data();
    void addressesNeedABaseUrl();
    void newsArticlesCarryJsonLd();
    void breadcrumbsLeadHome();
    void newsListsArePaginatedNewestFirst();
    void untranslatedPagesFollowTheSetting_data();
    void untranslatedPagesFollowTheSetting();
    void hostileSlugsStayInside_data();
    void hostileSlugsStayInside();
    void languagesCanBeLimited();
    void reExportRendersOnlyWhatChanged();
    void theSearchIndexFollowsThePages();
    void cancelLeavesThePreviousBundle();
    void symbolicLinksInTheFolderAreNotFollowed();
    void largeSitesPublishEveryBody();
    void aManifestChangedByHandIsReadAgain_data();
    void aManifestChangedByHandIsReadAgain();
    void manifestNamesEveryFileAsJson_data();
    void manifestNamesEveryFileAsJson();
    void georgianIsSetInTheWebFont();
    void theThemeSpeaksTheSiteWords();
    void theCheckRunsWhileRendering();

private:
    void setSettings(const std::function<void(SiteSettings &)> &change);
    qint64 addNews(const QString &slug, const QString &title, const QDateTime &date);
    QMap<QString, QByteArray> build(const ExportOptions &options = {}) const;
    qint64 id(const QString &path) const { return PageRepository(*m_site).resolve(path).value(); }
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestSiteExporter::init()
{
    m_site = TestSupport::freshDemoSite(m_dir);
}

void TestSiteExporter::cleanup()
{
    m_site.reset();
}

QMap<QString, QByteArray> TestSiteExporter::build(const ExportOptions &options) const
{
    const auto files = SiteExporter(*m_site, options).build();
    if (!files)
        qFatal("%s", qPrintable(files.error()));
    return *files;
}

void TestSiteExporter::publishesWhatIsPublished_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("present");
    QTest::newRow("root chooser") << "index.html" << true;
    QTest::newRow("english home") << "en/index.html" << true;
    QTest::newRow("georgian home") << "ka/index.html" << true;
    QTest::newRow("stylesheet") << "assets/style.css" << true;
    QTest::newRow("manifest") << "manifest.json" << true;
    QTest::newRow("404") << "404.html" << true;
    QTest::newRow("robots.txt") << "robots.txt" << true;
    QTest::newRow("seminar en") << "en/news/online-seminar-on-trafficking/index.html" << true;
    QTest::newRow("seminar ka") << "ka/news/online-seminar-on-trafficking/index.html" << true;
    QTest::newRow("nested page") << "en/who-we-are/about/index.html" << true;
    QTest::newRow("untranslated stays out of ka") << "ka/who-we-are/iom-global/index.html" << false;
    QTest::newRow("untranslated is in en") << "en/who-we-are/iom-global/index.html" << true;
    QTest::newRow("draft") << "en/news/reintegration-grants-2021/index.html" << false;
    QTest::newRow("in review") << "en/take-action/index.html" << false;
}

void TestSiteExporter::publishesWhatIsPublished()
{
    QFETCH(QString, file);
    QFETCH(bool, present);
    QCOMPARE(build().contains(file), present);
}

void TestSiteExporter::draftsNeverLeak()
{
    const auto files = build();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const char *hidden :
            { "Reintegration grants", "reintegration-grants-2021", "Take Action", "take-action" })
            QVERIFY2(
                !it.value().contains(hidden), qPrintable(it.key() + u' ' + QLatin1String(hidden)));
    }
}

void TestSiteExporter::everyRelativeLinkResolves()
{
    const auto files = build();
    static const QRegularExpression reference(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
    int checked = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        // The 404 page is served at any address, so it links from the root.
        if (!it.key().endsWith(QLatin1String(".html")) || it.key() == QLatin1String("404.html"))
            continue;
        const QString folder = QFileInfo(it.key()).path();
        auto matches = reference.globalMatch(QString::fromUtf8(it.value()));
        while (matches.hasNext()) {
            const QString target = matches.next().captured(1);
            if (target.startsWith(QLatin1String("http"))
                || target.startsWith(QLatin1String("mailto:")) || target.startsWith(u'#'))
                continue;
            QVERIFY2(!target.startsWith(u'/'), qPrintable(it.key() + u' ' + target));
            const QString resolved = QDir::cleanPath(folder + u'/' + target.section(u'#', 0, 0));
            QVERIFY2(
                files.contains(resolved), qPrintable(it.key() + QStringLiteral(" → ") + target));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestSiteExporter::hreflangIsReciprocalAndLangMatches()
{
    const auto files = build();
    static const QRegularExpression alternate(
        QStringLiteral("<link rel=\"alternate\" hreflang=\"([a-z]+)\" href=\"([^\"]+)\">"));
    int pairs = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString language = it.key().section(u'/', 0, 0);
        if (!it.key().endsWith(QLatin1String("/index.html"))
            || (language != QLatin1String("en") && language != QLatin1String("ka")))
            continue;
        QVERIFY(it.value().contains(QStringLiteral("<html lang=\"%1\">").arg(language).toUtf8()));
        auto matches = alternate.globalMatch(QString::fromUtf8(it.value()));
        while (matches.hasNext()) {
            const auto match = matches.next();
            const QString target
                = QDir::cleanPath(QFileInfo(it.key()).path() + u'/' + match.captured(2));
            QCOMPARE(target.section(u'/', 0, 0), match.captured(1));
            QVERIFY2(files.contains(target), qPrintable(target));
            // The other page points back.
            const QString back = QString::fromUtf8(files.value(target));
            bool pointsBack = false;
            auto backs = alternate.globalMatch(back);
            while (backs.hasNext()) {
                const auto b = backs.next();
                if (QDir::cleanPath(QFileInfo(target).path() + u'/' + b.captured(2)) == it.key())
                    pointsBack = true;
            }
            QVERIFY2(pointsBack,
                qPrintable(target + QStringLiteral(" does not point back to ") + it.key()));
            ++pairs;
        }
    }
    QVERIFY(pairs >= 20);
}

void TestSiteExporter::xDefaultIsTheSourceLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("xDefault"); // empty: none
    QTest::newRow("georgian page") << "ka/news/online-seminar-on-trafficking/index.html"
                                   << "../../../en/news/online-seminar-on-trafficking/index.html";
    QTest::newRow("english page") << "en/who-we-are/about/index.html"
                                  << "../../../en/who-we-are/about/index.html";
    QTest::newRow("home") << "ka/index.html"
                          << "../en/index.html";
}

void TestSiteExporter::xDefaultIsTheSourceLanguage()
{
    QFETCH(QString, file);
    QFETCH(QString, xDefault);
    const QString html = QString::fromUtf8(build().value(file));
    QVERIFY(!html.isEmpty());
    QCOMPARE(html.count(QStringLiteral("hreflang=\"x-default\"")), 1);
    QVERIFY2(
        html.contains(QStringLiteral("<link rel=\"alternate\" hreflang=\"x-default\" href=\"%1\">")
                          .arg(xDefault)),
        qPrintable(html.left(1200)));
}

void TestSiteExporter::sameSiteSameBytes()
{
    // The site search's index too: Pagefind's output depends only on the pages.
    const auto files = build();
    QVERIFY(files.contains(QStringLiteral("pagefind/pagefind.js")));
    QVERIFY(std::count_if(files.keyBegin(), files.keyEnd(), [](const QString &file) {
        return file.startsWith(QLatin1String("pagefind/"));
    }) > 10);
    QCOMPARE(build(), files);
}

void TestSiteExporter::futureDatesAndUnpublishedParentsWait()
{
    PageRepository pages(*m_site);
    Page seminar = pages.page(id(QStringLiteral("news/online-seminar-on-trafficking"))).value();
    seminar.publishAt = QDateTime::currentDateTimeUtc().addDays(7);
    QVERIFY(pages.updatePage(seminar).ok());
    Page section = pages.page(id(QStringLiteral("who-we-are"))).value();
    section.status = PageStatus::Review;
    QVERIFY(pages.updatePage(section).ok());
    const auto files = build();
    QVERIFY(!files.contains(QStringLiteral("en/news/online-seminar-on-trafficking/index.html")));
    QVERIFY(!files.contains(QStringLiteral("en/who-we-are/about/index.html"))); // parent in review
    // Once the date has come, it is there.
    SiteExporter later(*m_site);
    later.setNow(QDateTime::currentDateTimeUtc().addDays(8));
    QVERIFY(later.build()->contains(
        QStringLiteral("en/news/online-seminar-on-trafficking/index.html")));
}

void TestSiteExporter::imagesAreWrittenOnceWithTheirSize_data()
{
    QTest::addColumn<bool>("originals");
    QTest::newRow("copies only") << false;
    QTest::newRow("with the originals") << true;
}

void TestSiteExporter::imagesAreWrittenOnceWithTheirSize()
{
    QFETCH(bool, originals);
    // A photo 1000 px wide (copies at 480, 960 and its own width) and a small image, in both
    // languages' bodies: each written once per copy, as WebP and PNG, the original only when asked.
    const QByteArray wide = pngBytes(1000, 500, Qt::darkRed);
    const QByteArray small = pngBytes(64, 48, Qt::darkBlue);
    MediaRepository repository(*m_site);
    const qint64 photo = repository.add(wide, QStringLiteral("seminar.png")).value();
    const qint64 icon = repository.add(small, QStringLiteral("icon.png")).value();
    PageRepository pages(*m_site);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        Translation text
            = pages.translation(id(QStringLiteral("who-we-are/about")), language).value().value();
        text.bodyHtml += QStringLiteral("\n<figure><img src=\"media:%1\" alt=\"%2\"></figure>"
                                        "<figure><img src=\"media:%3\" alt=\"\"></figure>")
                             .arg(photo)
                             .arg(language == QLatin1String("en") ? QStringLiteral("Participants")
                                                                  : u"მონაწილეები"_qs)
                             .arg(icon);
        QVERIFY(pages.saveTranslation(text).ok());
    }
    ExportOptions options;
    options.withOriginals = originals;
    const auto files = build(options);
    const QString p = MediaRepository(*m_site).item(photo)->sha256.left(16);
    const QString i = MediaRepository(*m_site).item(icon)->sha256.left(16);
    QStringList expected { u"media/%1-480.webp"_qs.arg(p), u"media/%1-480.png"_qs.arg(p),
        u"media/%1-960.webp"_qs.arg(p), u"media/%1-960.png"_qs.arg(p),
        u"media/%1-1000.webp"_qs.arg(p), u"media/%1-1000.png"_qs.arg(p),
        u"media/%1-64.webp"_qs.arg(i), u"media/%1-64.png"_qs.arg(i) };
    if (originals)
        expected << u"media/%1.png"_qs.arg(p) << u"media/%1.png"_qs.arg(i);
    expected.sort();
    // (The demo's photos have copies of their own.)
    QStringList written = QStringList(files.keys()).filter(QStringLiteral("media/"));
    written.removeIf([&](const QString &file) {
        return !file.startsWith(u"media/" + p) && !file.startsWith(u"media/" + i);
    });
    QCOMPARE(written, expected);
    QCOMPARE(files.value(u"media/%1.png"_qs.arg(p)), originals ? wide : QByteArray());
    QCOMPARE(QImage::fromData(files.value(u"media/%1-480.webp"_qs.arg(p))).size(), QSize(480, 240));
    QCOMPARE(QImage::fromData(files.value(u"media/%1-64.png"_qs.arg(i))).size(), QSize(64, 48));
    const QString en
        = QString::fromUtf8(files.value(QStringLiteral("en/who-we-are/about/index.html")));
    const QString sizes = u"sizes=\"(min-width: 46rem) 43.5rem, calc(100vw - 2.5rem)\""_qs;
    // The first image loads at once, the others when they come near.
    const QString first
        = u"<figure><picture><source type=\"image/webp\" srcset=\"../../../media/%1-480.webp "
          "480w, ../../../media/%1-960.webp 960w, ../../../media/%1-1000.webp 1000w\" %2><img "
          "src=\"../../../media/%1-960.png\" srcset=\"../../../media/%1-480.png 480w, "
          "../../../media/%1-960.png 960w, ../../../media/%1-1000.png 1000w\" %2 "
          "alt=\"Participants\" width=\"1000\" height=\"500\" decoding=\"async\"></picture>"
          "</figure>"_qs.arg(p, sizes);
    QVERIFY2(en.contains(first), qPrintable(en));
    QVERIFY2(en.contains(u"<img src=\"../../../media/%1-64.png\" srcset=\"../../../media/"
                         "%1-64.png 64w\" %2 alt=\"\" width=\"64\" height=\"48\" "
                         "loading=\"lazy\" decoding=\"async\">"_qs.arg(i, sizes)),
        qPrintable(en));
    QVERIFY(QString::fromUtf8(files.value(QStringLiteral("ka/who-we-are/about/index.html")))
                .contains(u"alt=\"მონაწილეები\""_qs));
}

void TestSiteExporter::linksToUnpublishedPagesKeepTheirText()
{
    PageRepository pages(*m_site);
    Translation text = pages.translation(id(QStringLiteral("2030-agenda")), QStringLiteral("en"))
                           .value()
                           .value();
    text.bodyHtml = QStringLiteral(
        "<p>See <a href=\"page:%1\">the grants</a> and <a href=\"page:%2\">about</a>.</p>")
                        .arg(id(QStringLiteral("news/reintegration-grants-2021")))
                        .arg(id(QStringLiteral("who-we-are/about")));
    QVERIFY(pages.saveTranslation(text).ok());
    const QString html
        = QString::fromUtf8(build().value(QStringLiteral("en/2030-agenda/index.html")));
    QVERIFY2(html.contains(
                 QStringLiteral("<p>See the grants and <a "
                                "href=\"../../en/who-we-are/about/index.html\">about</a>.</p>")),
        qPrintable(html));
}

void TestSiteExporter::aLeadImageOpensTheArticleAndShowsInItsCards()
{
    // A news article whose body has a photo gets another as its lead image, with a caption, a
    // credit and a focal point.
    MediaRepository media(*m_site);
    PageRepository pages(*m_site);
    const qint64 lead = media.add(pngBytes(1400, 900, Qt::darkGreen), u"visit.png"_qs).value();
    QVERIFY(media.setAlt(lead, u"en"_qs, u"The minister at the border"_qs).ok());
    QVERIFY(media.setCaption(lead, u"en"_qs, u"Sadakhlo, 10 February"_qs).ok());
    QVERIFY(media.setCredit(lead, u"en"_qs, u"Photo: Nino B."_qs).ok());
    QVERIFY(media.setFocus(lead, 0.2, 0.4).ok());
    const qint64 article = id(u"news/border-officers-document-security"_qs);
    QVERIFY(pages.setLeadImage(article, lead).ok());
    const qint64 inBody = media.add(pngBytes(1000, 500, Qt::darkRed), u"class.png"_qs).value();
    Translation text = pages.translation(article, u"en"_qs).value().value();
    text.bodyHtml.prepend(
        u"<figure><img src=\"media:%1\" alt=\"A class\"></figure>\n"_qs.arg(inBody));
    QVERIFY(pages.saveTranslation(text).ok());
    const auto files = build();
    const QString l = media.item(lead)->sha256.left(16);

    // The article opens with it: first, not lazy, with its caption and credit; og:image and
    // the JSON-LD image are its largest copy, not the body's photo.
    const QString html = QString::fromUtf8(
        files.value(u"en/news/border-officers-document-security/index.html"_qs));
    const qsizetype figure = html.indexOf(u"<figure><picture><source type=\"image/webp\" "
                                          "srcset=\"../../../media/%1-480.webp"_qs.arg(l));
    QVERIFY2(figure > 0, qPrintable(html));
    QCOMPARE(html.indexOf(u"<figure>"_qs), figure);
    const QString opening = html.mid(figure, html.indexOf(u"</figure>"_qs, figure) - figure);
    QVERIFY2(opening.contains(u"alt=\"The minister at the border\" width=\"1400\" "
                              "height=\"900\" decoding=\"async\"></picture><figcaption>"
                              "Sadakhlo, 10 February Photo: Nino B.</figcaption>"_qs),
        qPrintable(opening));
    QVERIFY(html.indexOf(u"loading=\"lazy\""_qs) > figure); // the body's photo waits
    QVERIFY2(html.contains(u"<meta property=\"og:image\" content=\"https://georgia.example.org/"
                           "media/%1-1400.png\">"_qs.arg(l)),
        qPrintable(html));
    QVERIFY(
        html.contains(u"\"image\":[\"https://georgia.example.org/media/%1-1400.png\"]"_qs.arg(l)));

    // Its cards show a 16:9 crop around the focal point, in the news list and on the home page.
    const QString card = u"<li class=\"has-image\"><picture class=\"thumb\"><source "
                         "type=\"image/webp\" srcset=\"%2media/%1-480x270-20-40.webp 480w, "
                         "%2media/%1-960x540-20-40.webp 960w\""_qs;
    QVERIFY2(QString::fromUtf8(files.value(u"en/news/index.html"_qs))
                 .contains(card.arg(l, u"../../"_qs)),
        qPrintable(QString::fromUtf8(files.value(u"en/news/index.html"_qs))));
    QVERIFY(QString::fromUtf8(files.value(u"en/index.html"_qs)).contains(card.arg(l, u"../"_qs)));
    for (const QString &copy :
        { u"480x270-20-40.webp"_qs, u"960x540-20-40.png"_qs, u"1400.png"_qs }) {
        const QImage image = QImage::fromData(files.value(u"media/%1-%2"_qs.arg(l, copy)));
        QVERIFY2(!image.isNull(), qPrintable(copy));
    }
    QCOMPARE(QImage::fromData(files.value(u"media/%1-960x540-20-40.png"_qs.arg(l))).size(),
        QSize(960, 540));

    // Without a lead image the cards have no picture, and no thumbnail is written.
    QVERIFY(pages.setLeadImage(article, 0).ok());
    const auto without = build();
    QVERIFY(!QStringList(without.keys()).join(u' ').contains(l));
    QVERIFY(!QString::fromUtf8(
        without.value(u"en/news/border-officers-document-security/index.html"_qs))
                 .contains(u"Sadakhlo"_qs));
}

void TestSiteExporter::aReexportMakesNoImageAgain()
{
    qputenv("NEWSDESK_PAGEFIND", "/nonexistent");
    const auto restore = qScopeGuard([] { qunsetenv("NEWSDESK_PAGEFIND"); });
    // An image cache of its own, empty: the first export makes every copy.
    QTemporaryDir cache;
    const QByteArray cacheHome = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    const auto restoreCache = qScopeGuard([&] { qputenv("XDG_CACHE_HOME", cacheHome); });
    const qint64 photo
        = MediaRepository(*m_site).add(pngBytes(1200, 800, Qt::darkGreen), u"a.png"_qs).value();
    PageRepository pages(*m_site);
    Translation text = pages.translation(id(QStringLiteral("2030-agenda")), QStringLiteral("en"))
                           .value()
                           .value();
    text.bodyHtml += u"<figure><img src=\"media:%1\" alt=\"A field\"></figure>"_qs.arg(photo);
    QVERIFY(pages.saveTranslation(text).ok());
    const QString out = m_dir.filePath(u"bundle-%1"_qs.arg(QTest::currentTestFunction()));
    SiteExporter exporter(*m_site);
    int before = ImageDerivatives::encoded();
    QVERIFY(exporter.exportTo(out).ok());
    // Every copy in the bundle made once: this photo's six (480, 960, 1200 × WebP, PNG) and
    // those of the demo's photos.
    const QStringList copies = QDir(out + u"/media"_qs).entryList(QDir::Files);
    QCOMPARE(copies.filter(MediaRepository(*m_site).item(photo)->sha256.left(16)).size(), 6);
    QCOMPARE(ImageDerivatives::encoded() - before, copies.size());
    // Again into the same folder, and into a new one (from the image cache): none made.
    before = ImageDerivatives::encoded();
    const auto again = exporter.exportTo(out);
    QCOMPARE(again->added + again->changed + again->removed, 0);
    QVERIFY(exporter.exportTo(out + u"-new"_qs).ok());
    QVERIFY(QFile::exists(out
        + u"-new/media/%1-1200.webp"_qs.arg(
            MediaRepository(*m_site).item(photo)->sha256.left(16))));
    QCOMPARE(ImageDerivatives::encoded() - before, 0);
}

void TestSiteExporter::exportUpdatesOnlyWhatChanged()
{
    // The search index changes with any searchable page: theSearchIndexFollowsThePages.
    qputenv("NEWSDESK_PAGEFIND", "/nonexistent");
    const auto restore = qScopeGuard([] { qunsetenv("NEWSDESK_PAGEFIND"); });
    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    SiteExporter exporter(*m_site);
    const auto first = exporter.exportTo(out);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const int total = int(build().size());
    QCOMPARE(first->added, total);
    QVERIFY(writeFile(QDir(out).filePath(QStringLiteral("keep-me.txt")), "not ours"));

    const auto again = exporter.exportTo(out);
    QCOMPARE(again->added + again->changed + again->removed, 0);
    QCOMPARE(again->unchanged, total);

    // One page changes: its file and the manifest.
    PageRepository pages(*m_site);
    Translation text = pages.translation(id(QStringLiteral("2030-agenda")), QStringLiteral("en"))
                           .value()
                           .value();
    text.bodyHtml = QStringLiteral("<p>Changed.</p>");
    QVERIFY(pages.saveTranslation(text).ok());
    const auto changed = exporter.exportTo(out);
    QCOMPARE(changed->changed, 2);
    QCOMPARE(changed->added + changed->removed, 0);

    // A page unpublished: its file goes, files that listed it change; others' files stay.
    Page agenda = pages.page(id(QStringLiteral("2030-agenda"))).value();
    agenda.status = PageStatus::Draft;
    QVERIFY(pages.updatePage(agenda).ok());
    const auto removed = exporter.exportTo(out);
    QCOMPARE(removed->removed, 2); // en and ka
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("en/2030-agenda/index.html"))));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("keep-me.txt"))));
}

void TestSiteExporter::zipBundlesAreIdenticalAndComplete()
{
    const auto files = build();
    const QString first = m_dir.filePath(QStringLiteral("first.zip"));
    const QString second = m_dir.filePath(QStringLiteral("second.zip"));
    QVERIFY(BundleZip::write(files, first).ok());
    QVERIFY(BundleZip::write(build(), second).ok());
    QCOMPARE(fileHash(first), fileHash(second));
    const auto read = BundleZip::read(first);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(*read, files);
    QVERIFY(!QFile::exists(first + QStringLiteral(".part")));
}

void TestSiteExporter::zipIntoAMissingFolderFailsCleanly()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/site.zip"));
    const Status written = BundleZip::write(build(), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(path + u':'), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
}

void TestSiteExporter::setSettings(const std::function<void(SiteSettings &)> &change)
{
    SiteRepository repository(*m_site);
    SiteSettings settings = repository.settings().value();
    change(settings);
    QVERIFY(repository.save(settings).ok());
}

qint64 TestSiteExporter::addNews(const QString &slug, const QString &title, const QDateTime &date)
{
    PageRepository::NewPage page;
    page.parentId = id(QStringLiteral("news"));
    page.kind = PageKind::News;
    page.slug = slug;
    page.status = PageStatus::Published;
    page.publishAt = date;
    Translation text;
    text.language = QStringLiteral("en");
    text.title = title;
    text.bodyHtml = QStringLiteral("<p>%1</p>").arg(title);
    return PageRepository(*m_site).addPage(page, text).value();
}

void TestSiteExporter::everyHtmlFileIsWellFormedHtml5()
{
    // gumbo implements the HTML5 parsing algorithm and records every parse error it meets.
    const auto files = build();
    int checked = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".html")))
            continue;
        GumboOutput *output = gumbo_parse_with_options(
            &kGumboDefaultOptions, it.value().constData(), size_t(it.value().size()));
        const unsigned errors = output->errors.length;
        const bool hasDoctype = output->document->v.document.has_doctype;
        gumbo_destroy_output(&kGumboDefaultOptions, output);
        QVERIFY2(errors == 0,
            qPrintable(QStringLiteral("%1: %2 parse errors").arg(it.key()).arg(errors)));
        QVERIFY2(hasDoctype, qPrintable(it.key()));
        // No script but the JSON-LD block and, on a search page, the theme's own search
        // script; no event attributes, no javascript: URLs.
        QString html = QString::fromUtf8(it.value());
        if (it.key().endsWith(QLatin1String("/search/index.html")))
            QCOMPARE(html.count(QLatin1String("<script")), 1);
        html.remove(
            QStringLiteral("<script type=\"module\" src=\"../../assets/search.js\"></script>"));
        QVERIFY(!html.contains(
            QRegularExpression(QStringLiteral("<script(?! type=\"application/ld\\+json\")"))));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\son[a-z]+="))));
        QVERIFY(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
        ++checked;
    }
    QCOMPARE(checked, 25); // 12 English pages, 9 Georgian, a search page each, the root, the 404
}

void TestSiteExporter::goldenPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("golden");
    QTest::newRow("english page") << "en/who-we-are/about/index.html"
                                  << "en-about.html";
    QTest::newRow("georgian news article") << "ka/news/online-seminar-on-trafficking/index.html"
                                           << "ka-seminar.html";
    QTest::newRow("georgian news section") << "ka/news/index.html"
                                           << "ka-news.html";
}

void TestSiteExporter::goldenPages()
{
    // Reviewed by hand; a change to the theme or the exporter shows here first. The time a
    // text was last saved (the demo's creation) is the one value that varies.
    QFETCH(QString, file);
    QFETCH(QString, golden);
    QString page = QString::fromUtf8(build().value(file));
    page.replace(QRegularExpression(QStringLiteral("\"dateModified\":\"[^\"]+\"")),
        QStringLiteral("\"dateModified\":\"SAVED\""));
    const QString expected
        = QString::fromUtf8(readFile(QStringLiteral(NEWSDESK_TEST_DATA "/golden/") + golden));
    QVERIFY2(!expected.isEmpty(), qPrintable(golden));
    QCOMPARE(page, expected);
}

void TestSiteExporter::atomFeedsListNewsNewestFirst()
{
    const auto files = build();
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        QXmlStreamReader xml(files.value(language + QStringLiteral("/feed.xml")));
        QStringList ids;
        QList<QDateTime> published;
        QStringList links;
        bool sawFeed = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("feed")) {
                sawFeed = true;
                QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2005/Atom"));
                QCOMPARE(xml.attributes().value(QLatin1String("xml:lang")), language);
            } else if (xml.name() == QLatin1String("entry")) {
                ids.append(QString());
            } else if (xml.name() == QLatin1String("id") && !ids.isEmpty()) {
                ids.last() = xml.readElementText();
            } else if (xml.name() == QLatin1String("published")) {
                published.append(QDateTime::fromString(xml.readElementText(), Qt::ISODate));
            } else if (xml.name() == QLatin1String("link") && !ids.isEmpty()) {
                links.append(xml.attributes().value(QLatin1String("href")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawFeed);
        // en: three published news (the draft is not among them); ka: two translated.
        QCOMPARE(ids.size(), language == QLatin1String("en") ? 3 : 2);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (int i = 1; i < published.size(); ++i)
            QVERIFY(published[i - 1] >= published[i]);
        for (const QString &link : std::as_const(links)) {
            QVERIFY2(link.startsWith(QStringLiteral("https://georgia.example.org/") + language),
                qPrintable(link));
            QVERIFY(!link.contains(QLatin1String("reintegration-grants-2021"))); // the draft
        }
    }
}

void TestSiteExporter::sitemapListsEveryTranslationWithAlternates()
{
    const auto files = build();
    QXmlStreamReader xml(files.value(QStringLiteral("sitemap.xml")));
    QMap<QString, QMap<QString, QString>> alternates; // loc → hreflang → href
    QString loc;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("urlset"))
            QCOMPARE(
                xml.namespaceUri(), QLatin1String("http://www.sitemaps.org/schemas/sitemap/0.9"));
        if (xml.name() == QLatin1String("loc")) {
            loc = xml.readElementText();
            alternates[loc];
        }
        if (xml.name() == QLatin1String("link")) {
            QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/1999/xhtml"));
            alternates[loc].insert(xml.attributes().value(QLatin1String("hreflang")).toString(),
                xml.attributes().value(QLatin1String("href")).toString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(alternates.size(), 21); // every page in every language it has a text in
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        QVERIFY(it.key().startsWith(QLatin1String("https://georgia.example.org/")));
        QVERIFY(!it.key().contains(QLatin1String("reintegration-grants-2021")));
        // Each lists itself, and each alternate lists the same set back.
        QVERIFY2(it->values().contains(it.key()), qPrintable(it.key()));
        for (auto other = it->cbegin(); other != it->cend(); ++other)
            QCOMPARE(alternates.value(*other), *it);
    }
    QVERIFY(files.value(QStringLiteral("robots.txt"))
                .contains("Sitemap: https://georgia.example.org/sitemap.xml\n"));
}

void TestSiteExporter::addressesNeedABaseUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("with a base URL") << "https://iom.example.ge/georgia"
                                     << "https://iom.example.ge/georgia/en/who-we-are/about/";
    QTest::newRow("without") << ""
                             << "";
}

void TestSiteExporter::addressesNeedABaseUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, canonical);
    setSettings([&](SiteSettings &settings) { settings.baseUrl = baseUrl; });
    const auto files = build();
    const QString page
        = QString::fromUtf8(files.value(QStringLiteral("en/who-we-are/about/index.html")));
    if (canonical.isEmpty()) {
        QVERIFY(!page.contains(QLatin1String("rel=\"canonical\"")));
        QVERIFY(!page.contains(QLatin1String("og:url")));
        QVERIFY(!files.contains(QStringLiteral("sitemap.xml")));
        QCOMPARE(
            files.value(QStringLiteral("robots.txt")), QByteArray("User-agent: *\nAllow: /\n"));
        // Feeds still work: relative links, stable urn:uuid ids.
        const QByteArray feed = files.value(QStringLiteral("en/feed.xml"));
        QVERIFY(feed.contains("<id>urn:uuid:"));
        QVERIFY(feed.contains("href=\"news/online-seminar-on-trafficking/index.html\""));
    } else {
        QVERIFY2(
            page.contains(QStringLiteral("<link rel=\"canonical\" href=\"%1\">").arg(canonical)),
            qPrintable(page));
        QVERIFY(page.contains(
            QStringLiteral("<meta property=\"og:url\" content=\"%1\">").arg(canonical)));
        QVERIFY(files.contains(QStringLiteral("sitemap.xml")));
    }
}

void TestSiteExporter::newsArticlesCarryJsonLd()
{
    const QString page = QString::fromUtf8(
        build().value(QStringLiteral("en/news/online-seminar-on-trafficking/index.html")));
    static const QRegularExpression script(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*)</script>"));
    const auto match = script.match(page);
    QVERIFY(match.hasMatch());
    const QJsonObject article = QJsonDocument::fromJson(match.captured(1).toUtf8()).object();
    QCOMPARE(article.value(QLatin1String("@type")).toString(), QStringLiteral("NewsArticle"));
    QCOMPARE(article.value(QLatin1String("headline")).toString(),
        PageRepository(*m_site)
            .translation(
                id(QStringLiteral("news/online-seminar-on-trafficking")), QStringLiteral("en"))
            .value()
            ->title);
    QCOMPARE(article.value(QLatin1String("datePublished")).toString(),
        QStringLiteral("2020-11-25T10:00:00Z"));
    QCOMPARE(article.value(QLatin1String("inLanguage")).toString(), QStringLiteral("en"));
    QVERIFY(page.contains(QLatin1String("<meta property=\"og:type\" content=\"article\">")));
    // A title that tries to close the script stays inside it.
    PageRepository pages(*m_site);
    Translation text = pages
                           .translation(id(QStringLiteral("news/online-seminar-on-trafficking")),
                               QStringLiteral("en"))
                           .value()
                           .value();
    text.title = QStringLiteral("</script><script>alert(1)</script>");
    QVERIFY(pages.saveTranslation(text).ok());
    const QString hostile = QString::fromUtf8(
        build().value(QStringLiteral("en/news/online-seminar-on-trafficking/index.html")));
    QCOMPARE(hostile.count(QLatin1String("</script>")), 1);
    QVERIFY(hostile.contains(QLatin1String("\\u003c/script\\u003e")));
}

void TestSiteExporter::breadcrumbsLeadHome()
{
    const QString page
        = QString::fromUtf8(build().value(QStringLiteral("ka/who-we-are/about/index.html")));
    static const QRegularExpression crumbs(
        QStringLiteral("<ol>(.*?)</ol>"), QRegularExpression::DotMatchesEverythingOption);
    const QString list = crumbs.match(page).captured(1);
    QVERIFY(list.contains(QStringLiteral("<a href=\"../../../ka/index.html\">მთავარი</a>")));
    QVERIFY(list.contains(
        QStringLiteral("<a href=\"../../../ka/who-we-are/index.html\">ვინ ვართ ჩვენ</a>")));
    QVERIFY(list.contains(QStringLiteral("<span aria-current=\"page\">ჩვენ შესახებ</span>")));
    QVERIFY(list.indexOf(QStringLiteral("მთავარი")) < list.indexOf(QStringLiteral("ვინ ვართ")));
}

void TestSiteExporter::newsListsArePaginatedNewestFirst()
{
    setSettings([](SiteSettings &settings) { settings.newsPerPage = 2; });
    const QDateTime base(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i)
        addNews(
            QStringLiteral("later-%1").arg(i), QStringLiteral("Later %1").arg(i), base.addDays(i));
    const auto files = build();
    // Six English news: three pages of two.
    QVERIFY(files.contains(QStringLiteral("en/news/index-2.html")));
    QVERIFY(files.contains(QStringLiteral("en/news/index-3.html")));
    QVERIFY(!files.contains(QStringLiteral("en/news/index-4.html")));
    const QString first = QString::fromUtf8(files.value(QStringLiteral("en/news/index.html")));
    QVERIFY(first.indexOf(QLatin1String("Later 2")) < first.indexOf(QLatin1String("Later 1")));
    QVERIFY(!first.contains(QLatin1String("Later 0")));
    QVERIFY(
        first.contains(QLatin1String("<link rel=\"next\" href=\"../../en/news/index-2.html\">")));
    QVERIFY(first.contains(QLatin1String("Page 1 of 3")));
    const QString second = QString::fromUtf8(files.value(QStringLiteral("en/news/index-2.html")));
    QVERIFY(second.contains(QLatin1String("Later 0")));
    QVERIFY(second.contains(QLatin1String("rel=\"prev\" href=\"../../en/news/index.html\"")));
    QVERIFY(second.contains(QLatin1String("rel=\"next\" href=\"../../en/news/index-3.html\"")));
    // Georgian has only its two translated news: one page.
    QVERIFY(!files.contains(QStringLiteral("ka/news/index-2.html")));
}

void TestSiteExporter::untranslatedPagesFollowTheSetting_data()
{
    QTest::addColumn<bool>("fallback");
    QTest::newRow("omit (default)") << false;
    QTest::newRow("fall back to the source text") << true;
}

void TestSiteExporter::untranslatedPagesFollowTheSetting()
{
    QFETCH(bool, fallback);
    if (fallback)
        setSettings([](SiteSettings &settings) {
            settings.untranslated = SiteSettings::Untranslated::Fallback;
        });
    const auto files = build();
    const QString file = QStringLiteral("ka/who-we-are/iom-global/index.html");
    QCOMPARE(files.contains(file), fallback);
    const QString parent
        = QString::fromUtf8(files.value(QStringLiteral("ka/who-we-are/index.html")));
    QCOMPARE(parent.contains(QLatin1String("iom-global")), fallback);
    const QString english
        = QString::fromUtf8(files.value(QStringLiteral("en/who-we-are/iom-global/index.html")));
    // No hreflang ever points to a fallback copy.
    QVERIFY(!english.contains(
        QLatin1String("hreflang=\"ka\" href=\"../../../ka/who-we-are/iom-global")));
    QVERIFY(!files.value(QStringLiteral("sitemap.xml")).contains("ka/who-we-are/iom-global"));
    if (!fallback)
        return;
    const QString page = QString::fromUtf8(files.value(file));
    QVERIFY(page.contains(QLatin1String("<html lang=\"ka\">")));
    QVERIFY(page.contains(
        QStringLiteral("<p class=\"notice\" role=\"note\">ეს გვერდი ჯერ არ არის თარგმნილი.")));
    QVERIFY(page.contains(QLatin1String("<div lang=\"en\">")));
    QVERIFY(!page.contains(QLatin1String("hreflang=\"x-default\"")));
    QVERIFY(page.contains(
        QLatin1String("<link rel=\"canonical\" "
                      "href=\"https://georgia.example.org/en/who-we-are/iom-global/\">")));
    // The parent's list marks the English title as English.
    QVERIFY(parent.contains(QLatin1String("iom-global/index.html\" lang=\"en\">")));
}

void TestSiteExporter::hostileSlugsStayInside_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("parent folders") << "../../etc";
    QTest::newRow("absolute") << "/tmp/evil";
    QTest::newRow("windows device name") << "con";
    QTest::newRow("dot") << ".";
    QTest::newRow("very long") << QString(300, u'a');
    QTest::newRow("unicode") << "ქართული";
    QTest::newRow("backslash") << "a\\..\\b";
    QTest::newRow("upper case") << "About";
}

void TestSiteExporter::hostileSlugsStayInside()
{
    QFETCH(QString, slug);
    // The store refuses such slugs; a hand-edited or foreign file may still hold them.
    const qint64 about = id(QStringLiteral("who-we-are/about"));
    QSqlQuery query = SqlAccess::query(*m_site);
    query.prepare(QStringLiteral("UPDATE page SET slug = :slug WHERE id = :id"));
    query.bindValue(QStringLiteral(":slug"), slug);
    query.bindValue(QStringLiteral(":id"), about);
    QVERIFY(query.exec());

    const QString out = m_dir.filePath(QStringLiteral("hostile/bundle"));
    QDir(m_dir.filePath(QStringLiteral("hostile"))).removeRecursively();
    const auto report = SiteExporter(*m_site).exportTo(out);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    // Nothing was written beside the bundle, and the page is left out of it.
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("hostile")))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("bundle") });
    QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).canonicalFilePath();
        QVERIFY2(path.startsWith(QFileInfo(out).canonicalFilePath() + u'/'), qPrintable(path));
        QVERIFY(!path.contains(QLatin1String("about")));
        ++files;
    }
    QCOMPARE(files, report->files);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/evil/index.html")));
}

void TestSiteExporter::languagesCanBeLimited()
{
    SiteExporter::Options options;
    options.languages = { QStringLiteral("ka") };
    const auto files = SiteExporter(*m_site, options).build();
    QVERIFY(files.ok());
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        QVERIFY2(!it.key().startsWith(QLatin1String("en/")), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("hreflang=\"en\""), qPrintable(it.key()));
    }
    QVERIFY(files->value(QStringLiteral("index.html")).contains("url=ka/index.html"));
    QVERIFY(files->contains(QStringLiteral("ka/news/online-seminar-on-trafficking/index.html")));
}

void TestSiteExporter::theSearchIndexFollowsThePages()
{
    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    QDir(out).removeRecursively();
    const auto index = [](const QMap<QString, QByteArray> &files) {
        QMap<QString, QByteArray> found;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("pagefind/")))
                found.insert(it.key(), it.value());
        }
        return found;
    };
    const auto folderIndex = [&] {
        QMap<QString, QByteArray> found;
        QDirIterator it(
            out + QStringLiteral("/pagefind"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            found.insert(QDir(out).relativeFilePath(path), readFile(path));
        }
        return found;
    };
    SiteExporter exporter(*m_site);
    QVERIFY(exporter.exportTo(out).value().searchIndexed);
    const auto first = folderIndex();
    QVERIFY(first.contains(QStringLiteral("pagefind/pagefind.js")));
    QCOMPARE(first, index(build())); // a folder's index is a .zip's

    // Nothing changed: the index is kept as it is.
    const auto again = exporter.exportTo(out).value();
    QCOMPARE(again.added + again.changed + again.removed, 0);
    QVERIFY(again.searchIndexed);
    QCOMPARE(folderIndex(), first);

    // A draft's text changes: no searchable page did, the index stays.
    PageRepository pages(*m_site);
    Translation draft = pages.translation(id(QStringLiteral("take-action")), QStringLiteral("en"))
                            .value()
                            .value();
    draft.bodyHtml = QStringLiteral("<p>Still a draft.</p>");
    QVERIFY(pages.saveTranslation(draft).ok());
    exporter.exportTo(out).value();
    QCOMPARE(folderIndex(), first);

    // A published page's text changes: the index is made again, as a fresh export makes it.
    Translation about
        = pages.translation(id(QStringLiteral("who-we-are/about")), QStringLiteral("ka"))
              .value()
              .value();
    about.bodyHtml += QStringLiteral("<p>ახალი აბზაცი.</p>");
    QVERIFY(pages.saveTranslation(about).ok());
    const auto changed = exporter.exportTo(out).value();
    QCOMPARE(changed.rendered, 1);
    QVERIFY(changed.added + changed.changed > 2); // the page, the manifest, the index
    const auto remade = folderIndex();
    QVERIFY(remade != first);
    QCOMPARE(remade, index(build()));
}

void TestSiteExporter::reExportRendersOnlyWhatChanged()
{
    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    QDir(out).removeRecursively();
    SiteExporter exporter(*m_site);
    QCOMPARE(exporter.exportTo(out).value().rendered, 24); // 22 pages, 2 search pages
    QCOMPARE(exporter.exportTo(out).value().rendered, 0);

    // A body change: that page alone.
    PageRepository pages(*m_site);
    const qint64 about = id(QStringLiteral("who-we-are/about"));
    Translation text = pages.translation(about, QStringLiteral("ka")).value().value();
    text.bodyHtml += QStringLiteral("<p>ახალი აბზაცი.</p>");
    QVERIFY(pages.saveTranslation(text).ok());
    auto report = exporter.exportTo(out).value();
    QCOMPARE(report.rendered, 1);
    QVERIFY(
        readFile(out + QStringLiteral("/ka/who-we-are/about/index.html")).contains("ახალი აბზაცი"));

    // A file changed by hand is rendered and written again.
    QVERIFY(writeFile(out + QStringLiteral("/en/who-we-are/about/index.html"), "edited"));
    report = exporter.exportTo(out).value();
    QCOMPARE(report.rendered, 1);
    QCOMPARE(report.changed, 1);

    // A title appears in menus, lists and breadcrumbs: everything is rendered again.
    text.title = QStringLiteral("ჩვენ შესახებ (განახლებული)");
    QVERIFY(pages.saveTranslation(text).ok());
    report = exporter.exportTo(out).value();
    QCOMPARE(report.rendered, 24);
    QVERIFY(readFile(out + QStringLiteral("/ka/who-we-are/index.html")).contains("(განახლებული)"));
    // The result is what a full build gives.
    const auto full = build();
    for (auto it = full.cbegin(); it != full.cend(); ++it)
        QVERIFY2(readFile(out + u'/' + it.key()) == it.value(), qPrintable(it.key()));
}

void TestSiteExporter::cancelLeavesThePreviousBundle()
{
    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    QDir(out).removeRecursively();
    QVERIFY(SiteExporter(*m_site).exportTo(out).ok());
    const QByteArray manifest = readFile(out + QStringLiteral("/manifest.json"));
    const QByteArray about = readFile(out + QStringLiteral("/en/who-we-are/about/index.html"));

    // Everything changes (a new site title), then the export is cancelled while rendering.
    setSettings([](SiteSettings &settings) {
        settings.siteTitles[QStringLiteral("en")] = QStringLiteral("Renamed");
    });
    std::atomic_bool cancel { false };
    SiteExporter::Options options;
    options.cancel = &cancel;
    options.threads = 1;
    int calls = 0;
    options.progress = [&](SiteExporter::Phase phase, int, int) {
        QCOMPARE(phase, SiteExporter::Phase::Rendering);
        ++calls;
        cancel = true;
    };
    // Enough pages that rendering reports progress before it ends.
    for (int i = 0; i < 80; ++i)
        addNews(QStringLiteral("n-%1").arg(i), QStringLiteral("News %1").arg(i),
            QDateTime(QDate(2022, 1, 1), QTime(9, 0), Qt::UTC).addDays(i));
    const auto cancelled = SiteExporter(*m_site, options).exportTo(out);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("Export cancelled"));
    QCOMPARE(calls, 1);
    QCOMPARE(readFile(out + QStringLiteral("/manifest.json")), manifest);
    QCOMPARE(readFile(out + QStringLiteral("/en/who-we-are/about/index.html")), about);
    QVERIFY(!QFile::exists(out + QStringLiteral("/en/news/n-0/index.html")));
}

// Past 200 texts a language's bodies are read in one pass, half of them on a second
// connection: every article still shows its own body, in both languages, in a folder and in
// a zip alike.
void TestSiteExporter::largeSitesPublishEveryBody()
{
    QTemporaryDir dir;
    auto site = SiteDatabase::open(
        dir.filePath(QStringLiteral("large.newsdesk")), SiteDatabase::Mode::Create)
                    .value();
    const int perLanguage = 260;
    const qint64 first = SyntheticSite::populate(*site, { perLanguage, 30, 2 }).value();
    const QString out = dir.filePath(QStringLiteral("bundle"));
    // Progress while writing comes on this thread, rising, whichever thread wrote the files.
    SiteExporter::Options options;
    QList<int> written;
    int total = 0;
    options.progress = [&](SiteExporter::Phase phase, int done, int all) {
        QCOMPARE(QThread::currentThread(), thread());
        if (phase == SiteExporter::Phase::Writing) {
            written.append(done);
            total = all;
        }
    };
    const auto report = SiteExporter(*site, options).exportTo(out);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, total + 1); // and the manifest, written last
    QVERIFY(std::is_sorted(written.cbegin(), written.cend()));
    QCOMPARE(written.last(), total);
    const auto zipped = SiteExporter(*site).exportZip(dir.filePath(QStringLiteral("b.zip")));
    QVERIFY2(zipped.ok(), qPrintable(zipped.error()));
    const auto files = BundleZip::read(dir.filePath(QStringLiteral("b.zip"))).value();

    PageRepository pages(*site);
    int checked = 0;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        const auto texts = pages.translations(language).value();
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (it.key() < first)
                continue; // a section
            const QString file
                = language + u'/' + pages.path(it.key()).value() + QStringLiteral("/index.html");
            // The body's first paragraph, as the exporter writes it.
            const QString body = it->bodyHtml;
            const qsizetype start = body.indexOf(QLatin1String("<p>"));
            const QByteArray paragraph
                = body.mid(start, body.indexOf(QLatin1String("</p>"), start) - start).toUtf8();
            QVERIFY(!paragraph.isEmpty());
            const QByteArray html = readFile(out + u'/' + file);
            QVERIFY2(html.contains(paragraph), qPrintable(file));
            QCOMPARE(files.value(file), html);
            ++checked;
        }
    }
    QCOMPARE(checked, 2 * perLanguage);
}

// A link in the bundle's folder where a page goes is replaced by the page; the file it pointed
// to, outside the bundle, is not written.
void TestSiteExporter::symbolicLinksInTheFolderAreNotFollowed()
{
    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    QDir(out).removeRecursively();
    QVERIFY(QDir().mkpath(out + QStringLiteral("/en")));
    const QString outside = m_dir.filePath(QStringLiteral("outside.txt"));
    QVERIFY(writeFile(outside, "not the bundle's"));
    QVERIFY(QFile::link(outside, out + QStringLiteral("/en/index.html")));

    const auto report = SiteExporter(*m_site).exportTo(out);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(readFile(outside), QByteArray("not the bundle's"));
    const QFileInfo page(out + QStringLiteral("/en/index.html"));
    QVERIFY(!page.isSymLink());
    QCOMPARE(readFile(page.filePath()), build().value(QStringLiteral("en/index.html")));
}

void TestSiteExporter::aManifestChangedByHandIsReadAgain_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("deleted") << "delete";
    QTest::newRow("lists a file an earlier export wrote") << "add";
    QTest::newRow("rewritten with other white space") << "reformat";
}

// The exporter remembers the manifest it wrote; one changed since is read again, so that the
// files it lists and the new bundle does not hold are still removed.
void TestSiteExporter::aManifestChangedByHandIsReadAgain()
{
    QFETCH(QString, change);
    const QString out = m_dir.filePath(QStringLiteral("bundle-%1-%2")
                                           .arg(QTest::currentTestFunction())
                                           .arg(QTest::currentDataTag()));
    QDir(out).removeRecursively();
    QVERIFY(SiteExporter(*m_site).exportTo(out).ok());
    const QString manifestPath = out + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
    const QString stray = QStringLiteral("en/old-page/index.html");
    if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(manifestPath));
    } else {
        if (change == QLatin1String("add")) {
            QVERIFY(QDir(out).mkpath(QStringLiteral("en/old-page")));
            QVERIFY(writeFile(out + u'/' + stray, "from an earlier export"));
            QJsonArray files = manifest.value(QLatin1String("files")).toArray();
            files.append(QJsonObject { { QStringLiteral("path"), stray },
                { QStringLiteral("sha256"), QString::fromLatin1(fileHash(out + u'/' + stray)) },
                { QStringLiteral("size"), 22 } });
            manifest.insert(QStringLiteral("files"), files);
        }
        QVERIFY(writeFile(manifestPath, QJsonDocument(manifest).toJson(QJsonDocument::Compact)));
    }

    const auto again = SiteExporter(*m_site).exportTo(out);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->removed, change == QLatin1String("add") ? 1 : 0);
    QVERIFY(!QFile::exists(out + u'/' + stray));
    QVERIFY(QFile::exists(out + QStringLiteral("/en/index.html")));
    QCOMPARE(readFile(manifestPath), build().value(QStringLiteral("manifest.json")));
}

void TestSiteExporter::manifestNamesEveryFileAsJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << "logo small.svg";
    QTest::newRow("quote") << "say \"hello\".txt";
    QTest::newRow("tab") << "tab\there.txt";
    QTest::newRow("georgian") << "ლოგო.svg";
    QTest::newRow("emoji") << "flag-🇬🇪.txt";
}

// The site's own words are the theme's: a theme folder's labels/ka.json changes them in the
// Georgian pages (and a re-export renders again), the English words stay the default's.
void TestSiteExporter::theThemeSpeaksTheSiteWords()
{
    const QString out = m_dir.filePath(QStringLiteral("bundle-labels"));
    QDir(out).removeRecursively();
    QVERIFY(SiteExporter(*m_site).exportTo(out).ok());
    QVERIFY(readFile(out + QStringLiteral("/ka/index.html")).contains("ბოლო სიახლეები"));

    const QString theme = m_dir.filePath(QStringLiteral("theme-labels"));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/labels")));
    QVERIFY(writeFile(theme + QStringLiteral("/labels/ka.json"),
        QStringLiteral(R"({"latestNews": "უახლესი ამბები", "skip": "მთავარ ტექსტზე"})").toUtf8()));
    setSettings([&](SiteSettings &settings) { settings.theme = theme; });
    const auto report = SiteExporter(*m_site).exportTo(out);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QByteArray home = readFile(out + QStringLiteral("/ka/index.html"));
    QVERIFY(home.contains("უახლესი ამბები"));
    QVERIFY(!home.contains("ბოლო სიახლეები"));
    QVERIFY(home.contains("მთავარ ტექსტზე"));
    QVERIFY(readFile(out + QStringLiteral("/en/index.html")).contains("Latest news"));
}

// Theme assets may have any name; manifest.json still parses and lists each with its hash.
void TestSiteExporter::manifestNamesEveryFileAsJson()
{
    QFETCH(QString, name);
    const QString theme = m_dir.filePath(QStringLiteral("theme-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/assets")));
    const QByteArray bytes = "asset " + name.toUtf8();
    QVERIFY(writeFile(theme + QStringLiteral("/assets/") + name, bytes));
    setSettings([&](SiteSettings &settings) { settings.theme = theme; });
    const QString out = m_dir.filePath(QStringLiteral("bundle-%1-%2")
                                           .arg(QTest::currentTestFunction())
                                           .arg(QTest::currentDataTag()));
    QDir(out).removeRecursively();
    const auto report = SiteExporter(*m_site).exportTo(out);
    QVERIFY2(report.ok(), qPrintable(report.error()));

    QJsonParseError error;
    const QJsonDocument manifest
        = QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList paths;
    for (const QJsonValue &value : manifest.object().value(QLatin1String("files")).toArray()) {
        const QString path = value.toObject().value(QLatin1String("path")).toString();
        paths.append(path);
        QCOMPARE(value.toObject().value(QLatin1String("sha256")).toString().toLatin1(),
            fileHash(out + u'/' + path));
    }
    QVERIFY2(paths.contains(QStringLiteral("assets/") + name), qPrintable(paths.join(u' ')));
    QCOMPARE(readFile(out + QStringLiteral("/assets/") + name), bytes);
    QStringList sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paths, sorted);
}

void TestSiteExporter::georgianIsSetInTheWebFont()
{
    const auto files = build();
    // Fetched by the set-up from npm; a missing font is a failure here, not a skip.
    QVERIFY(files.value(QStringLiteral("assets/fonts/noto-sans-georgian-400.woff2"))
                .startsWith("wOF2"));
    QVERIFY(files.value(QStringLiteral("assets/fonts/noto-sans-georgian-700.woff2"))
                .startsWith("wOF2"));
    QVERIFY(files.value(QStringLiteral("assets/fonts/OFL.txt")).contains("SIL Open Font License"));
    const QByteArray css = files.value(QStringLiteral("assets/style.css"));
    QVERIFY(css.contains("font-family: \"Noto Sans Georgian\""));
    QVERIFY(css.contains("url(fonts/noto-sans-georgian-400.woff2)"));
    QVERIFY(css.contains(":lang(ka) { text-transform: none;"));
    QVERIFY(files.value(QStringLiteral("ka/news/online-seminar-on-trafficking/index.html"))
                .contains("<time datetime=\"2020-11-25\">25 ნოემბერი 2020</time>"));
}

void TestSiteExporter::theCheckRunsWhileRendering()
{
    // A broken link in one page; then another page changes, and only it is rendered again:
    // the findings are still the whole check's, as `newsdesk check` gives them.
    PageRepository pages(*m_site);
    Translation about
        = pages.translation(id(QStringLiteral("who-we-are/about")), QStringLiteral("ka"))
              .value()
              .value();
    about.bodyHtml = QStringLiteral("<p><a href=\"page:9999\">გვერდი</a></p>");
    QVERIFY(pages.saveTranslation(about).ok());
    auto expected = SiteCheck::run(*m_site, {}).value();
    QCOMPARE(SiteCheck::count(expected, SiteCheck::Severity::Error), 1);
    const auto same = [&](const QList<SiteCheck::Finding> &findings) {
        QStringList lines, wanted;
        for (const auto &finding : findings)
            lines.append(SiteCheck::format(finding));
        for (const auto &finding : expected)
            wanted.append(SiteCheck::format(finding));
        return lines == wanted;
    };

    const QString out
        = m_dir.filePath(QStringLiteral("bundle-%1").arg(QTest::currentTestFunction()));
    QDir(out).removeRecursively();
    SiteExporter::Options options;
    options.check = true;
    const auto stopped = SiteExporter(*m_site, options).exportTo(out);
    QVERIFY(stopped.ok());
    QVERIFY(stopped->stopped);
    QVERIFY(same(stopped->findings));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/manifest.json")));
    QVERIFY(SiteExporter(*m_site, options).exportZip(out + QStringLiteral(".zip"))->stopped);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".zip")));

    options.force = true;
    const auto forced = SiteExporter(*m_site, options).exportTo(out);
    QVERIFY(!forced->stopped);
    QVERIFY(same(forced->findings));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/manifest.json")));

    Translation other = pages.translation(id(QStringLiteral("2030-agenda")), QStringLiteral("en"))
                            .value()
                            .value();
    other.bodyHtml = QStringLiteral("<p>Changed.</p>");
    QVERIFY(pages.saveTranslation(other).ok());
    // Now the Georgian 2030-agenda is outdated too: a finding of the site as a whole.
    expected = SiteCheck::run(*m_site, {}).value();
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const SiteCheck::Finding &f) {
        return f.code == QLatin1String("outdated-translation");
    }));
    const auto again = SiteExporter(*m_site, options).exportTo(out);
    QCOMPARE(again->rendered, 1);
    // The broken link is remembered from the last export; the rest is checked anew.
    QVERIFY(same(again->findings));

    // A link to a draft; then the draft goes to the trash, and the link is broken: pages
    // whose texts did not change still get the check's new word on their links.
    const qint64 draft = id(QStringLiteral("news/reintegration-grants-2021"));
    Translation linking
        = pages.translation(id(QStringLiteral("who-we-are/about")), QStringLiteral("en"))
              .value()
              .value();
    linking.bodyHtml = QStringLiteral("<p>See <a href=\"page:%1\">the grants</a>.</p>").arg(draft);
    QVERIFY(pages.saveTranslation(linking).ok());
    expected = SiteCheck::run(*m_site, {}).value();
    QVERIFY(same(SiteExporter(*m_site, options).exportTo(out)->findings));
    QVERIFY(TrashRepository(*m_site).moveToTrash(draft).ok());
    expected = SiteCheck::run(*m_site, {}).value();
    QCOMPARE(SiteCheck::count(expected, SiteCheck::Severity::Error), 2);
    const auto afterTrash = SiteExporter(*m_site, options).exportTo(out);
    QVERIFY(same(afterTrash->findings));
}

QTEST_MAIN(TestSiteExporter)
#include "tst_siteexporter.moc"
