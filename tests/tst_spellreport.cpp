#include "spelling/spellreport.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/sitedictionaryrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The spelling report of a whole site against the real dictionaries: each misspelled word
// once per language with how often and on which pages, the site's own words left out.
class TestSpellReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void countsEachWordOncePerLanguage();
    void siteWordsAreNotMisspelled();
    void aMissingDictionaryIsAProblemNotAFailure();

private:
    qint64 addPage(qint64 parent, const QString &slug, PageStatus status);
    void save(qint64 id, const QString &language, const QString &title, const QString &body);
    QList<SpellReport::Entry> report(SpellChecker &checker, QStringList *problems = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_about = 0, m_team = 0, m_contact = 0;
};

void TestSpellReport::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestSpellReport::init()
{
    m_site = TestSupport::freshSite(m_dir, TestSupport::currentStore()); // English and Georgian
    m_about = addPage(0, u"about"_s, PageStatus::Draft); // drafts are checked too
    m_team = addPage(m_about, u"team"_s, PageStatus::Published);
    m_contact = addPage(0, u"contact"_s, PageStatus::Published);
    QVERIFY(m_about && m_team && m_contact);
    save(m_about, u"en"_s, u"About us"_s, u"<p>We wrks with migrnts.</p>\n<p>It wrks.</p>"_s);
    save(m_team, u"en"_s, u"Our teamm"_s, u"<p>The team wrks. Beridze leads it.</p>"_s);
    save(m_contact, u"en"_s, u"Contact"_s, u"<p>Write to us.</p>"_s);
    save(m_about, u"ka"_s, u"ჩვენ შესახებ"_s, u"<p>ტექსტიი და ტექსტიი.</p>"_s);
    // The same word in Mtavruli (capitals) is the same word; an English word in a Georgian
    // text is English and is not reported for Georgian.
    save(m_team, u"ka"_s, u"გუნდი"_s, u"<p>ᲢᲔᲥᲡᲢᲘᲘ wrks.</p>"_s);
}

void TestSpellReport::cleanup()
{
    m_site.reset();
}

qint64 TestSpellReport::addPage(qint64 parent, const QString &slug, PageStatus status)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.slug = slug;
    page.status = status;
    const auto id = PageRepository(*m_site).createPage(page);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

void TestSpellReport::save(
    qint64 id, const QString &language, const QString &title, const QString &body)
{
    TestSupport::saveText(*m_site, id, language, title, body);
}

QList<SpellReport::Entry> TestSpellReport::report(SpellChecker &checker, QStringList *problems)
{
    const auto entries = SpellReport::run(*m_site, checker, { u"en"_s, u"ka"_s }, problems);
    if (!entries) {
        qWarning("%s", qPrintable(entries.error()));
        return {};
    }
    return *entries;
}

namespace {

// "en wrks 3 en/about en/about/team"
QStringList describe(const QList<SpellReport::Entry> &entries)
{
    QStringList lines;
    for (const SpellReport::Entry &entry : entries) {
        if (entry.paths.size() != entry.pages.size())
            lines.append(u"paths and pages differ"_s);
        lines.append(
            QStringList { entry.language, entry.word, QString::number(entry.count) }.join(u' ')
            + u' ' + entry.paths.join(u' '));
    }
    return lines;
}

} // namespace

void TestSpellReport::countsEachWordOncePerLanguage()
{
    SpellChecker checker;
    QStringList problems;
    const QList<SpellReport::Entry> entries = report(checker, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // By language, then most frequent first, then by word; pages in tree order, once each.
    QCOMPARE(describe(entries),
        (QStringList { u"en wrks 3 en/about en/about/team"_s, u"en Beridze 1 en/about/team"_s,
            u"en migrnts 1 en/about"_s, u"en teamm 1 en/about/team"_s,
            u"ka ტექსტიი 3 ka/about ka/about/team"_s }));
    QCOMPARE(entries.first().pages, (QList<qint64> { m_about, m_team }));
}

void TestSpellReport::siteWordsAreNotMisspelled()
{
    QVERIFY(SiteDictionaryRepository(*m_site).add(u"Beridze"_s, u"en"_s).ok());
    QVERIFY(SiteDictionaryRepository(*m_site).add(u"ტექსტიი"_s, u"ka"_s).ok());
    SpellChecker checker;
    QCOMPARE(describe(report(checker)),
        (QStringList { u"en wrks 3 en/about en/about/team"_s, u"en migrnts 1 en/about"_s,
            u"en teamm 1 en/about/team"_s }));
}

void TestSpellReport::aMissingDictionaryIsAProblemNotAFailure()
{
    SpellChecker checker(u"en_XX"_s); // no such English dictionary
    QStringList problems;
    const QList<SpellReport::Entry> entries = report(checker, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"en_XX.aff"_s), qPrintable(problems.first()));
    QCOMPARE(describe(entries), QStringList { u"ka ტექსტიი 3 ka/about ka/about/team"_s });
}

QTEST_GUILESS_MAIN(TestSpellReport)
#include "tst_spellreport.moc"
