// The pre-publish check: each kind of problem planted in the demo site is found, with the
// right severity, page and language; the demo as shipped has no errors.
#include "publish/sitecheck.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

class TestSiteCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void theDemoHasNoErrors();
    void findsWhatWasPlanted_data();
    void findsWhatWasPlanted();
    void jsonListsEveryFinding();

private:
    qint64 id(const QString &path) const { return PageRepository(*m_site).resolve(path).value(); }
    void setBody(const QString &path, const QString &language, const QString &body);
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestSiteCheck::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestSiteCheck::init()
{
    m_site = freshDemoSite(m_dir, currentStore());
}

void TestSiteCheck::cleanup()
{
    m_site.reset();
}

void TestSiteCheck::setBody(const QString &path, const QString &language, const QString &body)
{
    PageRepository pages(*m_site);
    Translation text = pages.translation(id(path), language).value().value();
    text.bodyHtml = body;
    QVERIFY(pages.saveTranslation(text).ok());
}

void TestSiteCheck::theDemoHasNoErrors()
{
    const auto findings = SiteCheck::run(*m_site, {});
    QVERIFY2(findings.ok(), qPrintable(findings.error()));
    QCOMPARE(SiteCheck::count(*findings, SiteCheck::Severity::Error), 0);
    // The warnings: three English pages without a Georgian text, and the Georgian "Data and
    // Resources", whose English source was revised after it was translated.
    QCOMPARE(SiteCheck::count(*findings, SiteCheck::Severity::Warning), 4);
    QStringList codes;
    for (const SiteCheck::Finding &finding : *findings) {
        codes.append(finding.code);
        QCOMPARE(finding.language, QStringLiteral("ka"));
        if (finding.code == QLatin1String("outdated-translation"))
            QCOMPARE(finding.path, QStringLiteral("ka/data-and-resources/"));
    }
    QCOMPARE(codes.count(QStringLiteral("missing-translation")), 3);
    QCOMPARE(codes.count(QStringLiteral("outdated-translation")), 1);
}

void TestSiteCheck::findsWhatWasPlanted_data()
{
    QTest::addColumn<QString>("plant");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("path");
    QTest::newRow("link to a page that does not exist")
        << "broken-link"
        << "broken-link" << true << "ka/who-we-are/about/";
    QTest::newRow("link to a draft") << "draft-link"
                                     << "link-to-unpublished" << false << "en/who-we-are/about/";
    QTest::newRow("image not in the site") << "missing-image"
                                           << "missing-image" << true << "en/who-we-are/about/";
    QTest::newRow("image without alt text") << "no-alt"
                                            << "missing-alt" << false << "ka/who-we-are/about/";
    QTest::newRow("page heavier than a megabyte with its image")
        << "heavy"
        << "page-too-heavy" << false << "en/who-we-are/about/";
    QTest::newRow("lead image narrower than 1200 px")
        << "narrow-lead"
        << "narrow-lead-image" << false << "en/who-we-are/about/";
    QTest::newRow("lead image without a Georgian alt text")
        << "lead-without-alt"
        << "missing-alt" << false << "ka/who-we-are/about/";
    QTest::newRow("empty title") << "empty-title"
                                 << "empty-title" << true << "ka/who-we-are/about/";
    QTest::newRow("slug that cannot be a folder") << "unsafe-slug"
                                                  << "unsafe-slug" << true << "";
    QTest::newRow("no base URL") << "no-base-url"
                                 << "no-base-url" << false << "";
    QTest::newRow("source changed after the translation")
        << "source-changed"
        << "outdated-translation" << false << "ka/who-we-are/about/";
    QTest::newRow("translation still in English")
        << "english-in-georgian"
        << "translation-in-progress" << false << "ka/who-we-are/about/";
}

void TestSiteCheck::findsWhatWasPlanted()
{
    QFETCH(QString, plant);
    QFETCH(QString, code);
    QFETCH(bool, error);
    QFETCH(QString, path);
    const QString about = QStringLiteral("who-we-are/about");
    if (plant == QLatin1String("broken-link")) {
        setBody(
            about, QStringLiteral("ka"), QStringLiteral("<p><a href=\"page:9999\">გვერდი</a></p>"));
    } else if (plant == QLatin1String("draft-link")) {
        setBody(about, QStringLiteral("en"),
            QStringLiteral("<p><a href=\"page:%1\">grants</a></p>")
                .arg(id(QStringLiteral("news/reintegration-grants-2021"))));
    } else if (plant == QLatin1String("missing-image")) {
        setBody(about, QStringLiteral("en"),
            QStringLiteral("<figure><img src=\"media:4242\" alt=\"x\"></figure>"));
    } else if (plant == QLatin1String("no-alt")) {
        const qint64 media = MediaRepository(*m_site)
                                 .add(pngBytes(8, 8, Qt::red), QStringLiteral("red.png"))
                                 .value();
        QVERIFY(MediaRepository(*m_site)
                    .setAlt(media, QStringLiteral("en"), QStringLiteral("Red"))
                    .ok());
        // English has a default alt text; Georgian has none.
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") })
            setBody(about, language,
                QStringLiteral("<figure><img src=\"media:%1\" alt=\"\"></figure>").arg(media));
    } else if (plant == QLatin1String("heavy")) {
        // A photo of noise, which no format makes small: about 3 MB at its own width.
        QImage noise(1100, 1000, QImage::Format_RGB32);
        quint32 state = 2026;
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                noise.setPixel(x, y, state >> 8);
            }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        noise.save(&buffer, "PNG");
        QVERIFY(png.size() > 1024 * 1024);
        const qint64 media = MediaRepository(*m_site).add(png, u"noise.png"_qs).value();
        setBody(about, QStringLiteral("en"),
            u"<p>Light text.</p><figure><img src=\"media:%1\" alt=\"Noise\"></figure>"_qs.arg(
                media));
    } else if (plant == QLatin1String("narrow-lead")
        || plant == QLatin1String("lead-without-alt")) {
        const bool narrow = plant == QLatin1String("narrow-lead");
        MediaRepository media(*m_site);
        const qint64 lead
            = media.add(pngBytes(narrow ? 800 : 1300, 700, Qt::darkGreen), u"lead.png"_qs).value();
        QVERIFY(media.setAlt(lead, QStringLiteral("en"), QStringLiteral("A field")).ok());
        if (narrow)
            QVERIFY(media.setAlt(lead, QStringLiteral("ka"), QStringLiteral("მინდორი")).ok());
        QVERIFY(PageRepository(*m_site).setLeadImage(id(about), lead).ok());
    } else if (plant == QLatin1String("empty-title")) {
        PageRepository pages(*m_site);
        Translation text = pages.translation(id(about), QStringLiteral("ka")).value().value();
        text.title = QStringLiteral("  ");
        QVERIFY(pages.saveTranslation(text).ok());
    } else if (plant == QLatin1String("unsafe-slug")) {
        QSqlQuery query = SqlAccess::query(*m_site);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE page SET slug = 'lpt1' WHERE id = %1").arg(id(about))));
    } else if (plant == QLatin1String("no-base-url")) {
        SiteRepository repository(*m_site);
        SiteSettings settings = repository.settings().value();
        settings.baseUrl.clear();
        QVERIFY(repository.save(settings).ok());
    } else if (plant == QLatin1String("source-changed")) {
        setBody(about, QStringLiteral("en"), QStringLiteral("<p>All new text.</p>"));
    } else if (plant == QLatin1String("english-in-georgian")) {
        PageRepository pages(*m_site);
        setBody(about, QStringLiteral("ka"),
            pages.translation(id(about), QStringLiteral("en")).value().value().bodyHtml);
    }
    const auto findings = SiteCheck::run(*m_site, {});
    QVERIFY2(findings.ok(), qPrintable(findings.error()));
    QList<SiteCheck::Finding> found;
    for (const SiteCheck::Finding &finding : *findings) {
        // (The demo has findings of its own: count those of the planted page.)
        if (finding.code == code && (path.isEmpty() || finding.path == path))
            found.append(finding);
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity == SiteCheck::Severity::Error, error);
    QCOMPARE(found[0].path, path);
    QCOMPARE(SiteCheck::count(*findings, SiteCheck::Severity::Error), error ? 1 : 0);
    // One line that says where and what.
    const QString line = SiteCheck::format(found[0]);
    QVERIFY2(line.startsWith(error ? QStringLiteral("error: ") : QStringLiteral("warning: ")),
        qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
    if (!path.isEmpty())
        QVERIFY2(line.contains(path), qPrintable(line));
}

void TestSiteCheck::jsonListsEveryFinding()
{
    setBody(QStringLiteral("who-we-are/about"), QStringLiteral("en"),
        QStringLiteral("<p><a href=\"page:9999\">x</a></p>"));
    const auto findings = SiteCheck::run(*m_site, {}).value();
    const QJsonObject json = QJsonDocument::fromJson(SiteCheck::toJson(findings)).object();
    QCOMPARE(json.value(QLatin1String("errors")).toInt(), 1);
    // The demo's four warnings, and the Georgian "about" made outdated.
    QCOMPARE(json.value(QLatin1String("warnings")).toInt(), 5);
    const QJsonArray list = json.value(QLatin1String("findings")).toArray();
    QCOMPARE(list.size(), 6);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    bool sawError = false;
    for (const QJsonValue &value : list) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QLatin1String("code")).toString() == QLatin1String("broken-link")) {
            sawError = true;
            QCOMPARE(finding.value(QLatin1String("page")).toInteger(),
                id(QStringLiteral("who-we-are/about")));
            QCOMPARE(finding.value(QLatin1String("language")).toString(), QStringLiteral("en"));
        }
    }
    QVERIFY(sawError);
}

QTEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
