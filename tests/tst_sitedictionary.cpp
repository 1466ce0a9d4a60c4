// The site dictionary in a real site file: words added by one user are there for the next one
// who opens the file, once each, in their language, normalised as the checker compares them,
// and the checker gets them.
#include "spelling/sitedictionary.h"
#include "spelling/spellchecker.h"
#include "store/sitedictionaryrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSiteDictionary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void wordsAreKeptInTheSiteFile();
    void badWordsAreRefused_data();
    void badWordsAreRefused();
    void theCheckerGetsTheSitesWords();

private:
    using Words = QStringList; // "language:word"
    static Words words(SiteDatabase &site);
    QTemporaryDir m_dir;
};

QStringList TestSiteDictionary::words(SiteDatabase &site)
{
    QStringList list;
    const auto all = SiteDictionaryRepository(site).words();
    if (!all)
        return { all.error() };
    for (const SiteDictionaryRepository::Word &word : *all)
        list.append(word.language + u':' + word.word);
    return list;
}

void TestSiteDictionary::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestSiteDictionary::wordsAreKeptInTheSiteFile()
{
    const QString path = freshSiteLocation(m_dir, currentStore());
    QVERIFY(createClosedSite(path, true));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        QCOMPARE(words(**site), Words {});
        QVERIFY(SiteDictionary::add(**site, u"Beridze"_s, u"en"_s, u"Nino"_s).ok());
        QVERIFY(SiteDictionary::add(**site, u"  Beridze "_s, u"en"_s, {}).ok()); // once
        // Mtavruli, kept as Mkhedruli
        QVERIFY(SiteDictionary::add(**site, u"ᲑᲔᲠᲘᲫᲔ"_s, u"ka"_s, {}).ok());
        QVERIFY(SiteDictionary::add(**site, u"Gelashvili"_s, u"en"_s, {}).ok());
    }
    // Another connection, as the next user opening the file.
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(words(**site), (Words { u"en:Beridze"_s, u"en:Gelashvili"_s, u"ka:ბერიძე"_s }));
    QVERIFY(SiteDictionary::remove(**site, u"Gelashvili"_s, u"en"_s).ok());
    QCOMPARE(words(**site), (Words { u"en:Beridze"_s, u"ka:ბერიძე"_s }));
}

void TestSiteDictionary::badWordsAreRefused_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("language");
    QTest::newRow("empty") << "   "
                           << "en";
    QTest::newRow("two lines") << "two\nlines"
                               << "en";
    QTest::newRow("no language") << "Beridze"
                                 << "";
}

void TestSiteDictionary::badWordsAreRefused()
{
    QFETCH(QString, word);
    QFETCH(QString, language);
    auto site = freshDemoSite(m_dir, currentStore());
    const Status added = SiteDictionary::add(*site, word, language, {});
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"cannot be added to the site's dictionary"_s),
        qPrintable(added.error()));
    QVERIFY2(added.error().startsWith(site->path()), qPrintable(added.error()));
    QCOMPARE(words(*site), Words {});
}

void TestSiteDictionary::theCheckerGetsTheSitesWords()
{
    auto site = freshDemoSite(m_dir, currentStore());
    QVERIFY(SiteDictionary::add(*site, u"Beridze"_s, u"en"_s, {}).ok());
    QVERIFY(SiteDictionary::add(*site, u"ბერიძე"_s, u"ka"_s, {}).ok());
    SpellChecker checker;
    checker.setSiteWords(u"en"_s, { u"Gelashvili"_s }); // another site's, before
    QVERIFY(SiteDictionary::loadInto(*site, checker, { u"en"_s, u"ka"_s }).ok());
    QVERIFY(checker.isCorrect(u"Beridze"_s, u"en"_s));
    QVERIFY(checker.isCorrect(u"ბერიძე"_s, u"ka"_s));
    QVERIFY(!checker.isCorrect(u"Gelashvili"_s, u"en"_s));
}

QTEST_GUILESS_MAIN(TestSiteDictionary)
#include "tst_sitedictionary.moc"
