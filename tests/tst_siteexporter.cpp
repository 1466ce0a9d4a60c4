#include "publish/bundlezip.h"
#include "publish/siteexporter.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    void imagesAreWrittenOnceWithTheirSize();
    void linksToUnpublishedPagesKeepTheirText();
    void exportUpdatesOnlyWhatChanged();
    void zipBundlesAreIdenticalAndComplete();
    void zipIntoAMissingFolderFailsCleanly();

private:
    QMap<QString, QByteArray> build() const;
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

QMap<QString, QByteArray> TestSiteExporter::build() const
{
    const auto files = SiteExporter(*m_site).build();
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
    QCOMPARE(build(), build());
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

void TestSiteExporter::imagesAreWrittenOnceWithTheirSize()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const qint64 media = MediaRepository(*m_site).add(png, QStringLiteral("seminar.png")).value();
    PageRepository pages(*m_site);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        Translation text
            = pages.translation(id(QStringLiteral("news/online-seminar-on-trafficking")), language)
                  .value()
                  .value();
        text.bodyHtml += QStringLiteral("\n<figure><img src=\"media:%1\" alt=\"%2\"></figure>")
                             .arg(media)
                             .arg(language == QLatin1String("en") ? QStringLiteral("Participants")
                                                                  : u"მონაწილეები"_qs);
        QVERIFY(pages.saveTranslation(text).ok());
    }
    const auto files = build();
    const QStringList mediaFiles = QStringList(files.keys()).filter(QStringLiteral("media/"));
    QCOMPARE(mediaFiles.size(), 1);
    QCOMPARE(files.value(mediaFiles.first()), png);
    const QString en = QString::fromUtf8(
        files.value(QStringLiteral("en/news/online-seminar-on-trafficking/index.html")));
    QVERIFY2(en.contains(QStringLiteral(
                 "<img src=\"../../../%1\" alt=\"Participants\" width=\"64\" height=\"48\">")
                             .arg(mediaFiles.first())),
        qPrintable(en));
    QVERIFY(QString::fromUtf8(
        files.value(QStringLiteral("ka/news/online-seminar-on-trafficking/index.html")))
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

void TestSiteExporter::exportUpdatesOnlyWhatChanged()
{
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

QTEST_MAIN(TestSiteExporter)
#include "tst_siteexporter.moc"
