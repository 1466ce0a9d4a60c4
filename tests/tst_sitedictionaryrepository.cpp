// The site dictionary in a real site file: words added by one user are there for the next one
// who opens the file, once each, in their language.
#include "spelling/spellchecker.h"
#include "store/sitedictionaryrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSiteDictionaryRepository : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreKeptInTheSiteFile();
    void badWordsAreRefused_data();
    void badWordsAreRefused();
    void theCheckerGetsTheSitesWords();

private:
    using Words = QStringList; // "language:word"
    static Words words(SiteDictionaryRepository &dictionary);
    QTemporaryDir m_dir;
};

QStringList TestSiteDictionaryRepository::words(SiteDictionaryRepository &dictionary)
{
    QStringList list;
    const auto all = dictionary.words();
    if (!all)
        return { all.error() };
    for (const SiteDictionaryRepository::Word &word : *all)
        list.append(word.language + u':' + word.word);
    return list;
}

void TestSiteDictionaryRepository::wordsAreKeptInTheSiteFile()
{
    const QString path = m_dir.filePath(u"kept.newsdesk"_s);
    QVERIFY(createClosedSite(path, true));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY2(site.ok(), qPrintable(site.error()));
        SiteDictionaryRepository dictionary(**site);
        QCOMPARE(words(dictionary), Words {});
        QVERIFY(dictionary.add(u"Beridze"_s, u"en"_s, u"Nino"_s).ok());
        QVERIFY(dictionary.add(u"  Beridze "_s, u"en"_s).ok()); // there already: once
        QVERIFY(
            dictionary.add(u"ᲑᲔᲠᲘᲫᲔ"_s, u"ka"_s).ok()); // Mtavruli, kept as Mkhedruli
        QVERIFY(dictionary.add(u"Gelashvili"_s, u"en"_s).ok());
    }
    // Another connection, as the next user opening the file.
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    SiteDictionaryRepository dictionary(**site);
    QCOMPARE(words(dictionary), (Words { u"en:Beridze"_s, u"en:Gelashvili"_s, u"ka:ბერიძე"_s }));
    QVERIFY(dictionary.remove(u"Gelashvili"_s, u"en"_s).ok());
    QCOMPARE(words(dictionary), (Words { u"en:Beridze"_s, u"ka:ბერიძე"_s }));
}

void TestSiteDictionaryRepository::badWordsAreRefused_data()
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

void TestSiteDictionaryRepository::badWordsAreRefused()
{
    QFETCH(QString, word);
    QFETCH(QString, language);
    auto site = freshDemoSite(m_dir);
    SiteDictionaryRepository dictionary(*site);
    const Status added = dictionary.add(word, language);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"cannot be added to the site's dictionary"_s),
        qPrintable(added.error()));
    QVERIFY2(added.error().startsWith(site->path()), qPrintable(added.error()));
    QCOMPARE(words(dictionary), Words {});
}

void TestSiteDictionaryRepository::theCheckerGetsTheSitesWords()
{
    auto site = freshDemoSite(m_dir);
    SiteDictionaryRepository dictionary(*site);
    QVERIFY(dictionary.add(u"Beridze"_s, u"en"_s).ok());
    QVERIFY(dictionary.add(u"ბერიძე"_s, u"ka"_s).ok());
    SpellChecker checker;
    checker.setSiteWords(u"en"_s, { u"Gelashvili"_s }); // another site's, before
    QVERIFY(dictionary.loadInto(checker, { u"en"_s, u"ka"_s }).ok());
    QVERIFY(checker.isCorrect(u"Beridze"_s, u"en"_s));
    QVERIFY(checker.isCorrect(u"ბერიძე"_s, u"ka"_s));
    QVERIFY(!checker.isCorrect(u"Gelashvili"_s, u"en"_s));
}

QTEST_GUILESS_MAIN(TestSiteDictionaryRepository)
#include "tst_sitedictionaryrepository.moc"
