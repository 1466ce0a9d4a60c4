#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestSiteRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void newSiteIsEnglishWithGeorgian();
    void settingsRoundTrip();
    void refusesASourceLanguageTheSiteDoesNotHave();

private:
    QTemporaryDir m_dir;
};

void TestSiteRepository::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestSiteRepository::newSiteIsEnglishWithGeorgian()
{
    auto site
        = SiteDatabase::open(TestSupport::freshSiteLocation(m_dir, TestSupport::currentStore()),
            SiteDatabase::Mode::Create);
    QVERIFY(site.ok());
    const auto settings = SiteRepository(**site).settings();
    QVERIFY2(settings.ok(), qPrintable(settings.error()));
    QCOMPARE(settings->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(settings->languages, (QStringList { "en", "ka" }));
    QCOMPARE(settings->baseUrl, QString());
}

void TestSiteRepository::settingsRoundTrip()
{
    const QString path = TestSupport::freshSiteLocation(m_dir, TestSupport::currentStore());
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
        QVERIFY(site.ok());
        SiteRepository repository(**site);
        SiteSettings settings = *repository.settings();
        settings.baseUrl = QStringLiteral("https://georgia.example.org/");
        settings.siteTitles[QStringLiteral("en")] = QStringLiteral("Mission in Georgia");
        settings.siteTitles[QStringLiteral("ka")] = u"მისია საქართველოში"_qs;
        QVERIFY(repository.save(settings).ok());
    }
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
    QVERIFY(site.ok());
    const auto settings = SiteRepository(**site).settings();
    QCOMPARE(settings->baseUrl, QStringLiteral("https://georgia.example.org/"));
    QCOMPARE(settings->siteTitles.value(QStringLiteral("ka")), u"მისია საქართველოში"_qs);
    QCOMPARE(settings->languages, (QStringList { "en", "ka" }));
}

void TestSiteRepository::refusesASourceLanguageTheSiteDoesNotHave()
{
    auto site
        = SiteDatabase::open(TestSupport::freshSiteLocation(m_dir, TestSupport::currentStore()),
            SiteDatabase::Mode::Create);
    QVERIFY(site.ok());
    SiteRepository repository(**site);
    SiteSettings settings = *repository.settings();
    settings.sourceLanguage = QStringLiteral("fr");
    const Status status = repository.save(settings);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("fr is not one of the site's languages")),
        qPrintable(status.error()));
    QCOMPARE(repository.settings()->sourceLanguage, QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "tst_siterepository.moc"
