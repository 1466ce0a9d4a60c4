#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"
#include "translation/translationstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The translation dashboard's rows on a site with one page in each state: what is left to
// translate is counted in words of the source, and an outdated page names what changed.
class TestTranslationStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void everyPageHasItsState();
    void wordsToTranslate();
    void totalsAndSummary();
    void summaryUsesTheLocalesNumbers();
    void changesOfAnOutdatedPage();
    void jsonForScripts();
    void onlyTheLanguagesAskedFor();

private:
    qint64 addPage(qint64 parent, const QString &slug, const QString &title, const QString &body);
    void save(qint64 id, const QString &language, const QString &title, const QString &body);
    QList<TranslationStatus::Row> rows(const QStringList &languages = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_upToDate = 0, m_inProgress = 0, m_missing = 0, m_outdated = 0, m_georgianOnly = 0;
};

void TestTranslationStatus::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestTranslationStatus::init()
{
    m_site = TestSupport::freshSite(
        m_dir, TestSupport::currentStore()); // English (the source) and Georgian
    // About: translated whole (2 + 5 words).
    m_upToDate = addPage(0, u"about"_s, u"About us"_s, u"<p>We help migrants return home.</p>"_s);
    save(m_upToDate, u"ka"_s, u"ჩვენ შესახებ"_s,
        u"<p>ვეხმარებით მიგრანტებს სახლში დაბრუნებაში.</p>"_s);
    // Team, below About: the second paragraph is still English (2 + 2 + 2 words, 2 open).
    m_inProgress = addPage(
        m_upToDate, u"team"_s, u"Our team"_s, u"<p>Five people.</p>\n<p>Two offices.</p>"_s);
    save(m_inProgress, u"ka"_s, u"ჩვენი გუნდი"_s, u"<p>ხუთი ადამიანი.</p>\n<p>Two offices.</p>"_s);
    // Contact: never translated (1 + 3 words).
    m_missing = addPage(0, u"contact"_s, u"Contact"_s, u"<p>Write to us.</p>"_s);
    // History: translated, then the source changed one paragraph and gained another.
    m_outdated = addPage(0, u"history"_s, u"History"_s, u"<p>Founded in 1951.</p>"_s);
    save(m_outdated, u"ka"_s, u"ისტორია"_s, u"<p>დაარსდა 1951 წელს.</p>"_s);
    save(m_outdated, u"en"_s, u"History"_s,
        u"<p>Founded in 1951 in Brussels.</p>\n<p>Georgia joined in 1993.</p>"_s);
    // A page with only a Georgian text has nothing to translate.
    PageRepository::NewPage page;
    page.slug = u"georgian-only"_s;
    m_georgianOnly = TestSupport::addPage(*m_site, page, u"ka"_s, u"მხოლოდ ქართულად"_s);
    QVERIFY(m_upToDate && m_inProgress && m_missing && m_outdated && m_georgianOnly);
}

void TestTranslationStatus::cleanup()
{
    m_site.reset();
}

qint64 TestTranslationStatus::addPage(
    qint64 parent, const QString &slug, const QString &title, const QString &body)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.slug = slug;
    return TestSupport::addPage(*m_site, page, u"en"_s, title, body);
}

void TestTranslationStatus::save(
    qint64 id, const QString &language, const QString &title, const QString &body)
{
    TestSupport::saveText(*m_site, id, language, title, body);
}

QList<TranslationStatus::Row> TestTranslationStatus::rows(const QStringList &languages)
{
    auto rows = TranslationStatus::collect(*m_site, languages);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error()));
        return {};
    }
    return *rows;
}

void TestTranslationStatus::everyPageHasItsState()
{
    const QList<TranslationStatus::Row> all = rows();
    // Georgian only (English is the source), in tree order, without the Georgian-only page.
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).pageId, m_upToDate);
    QCOMPARE(all.at(1).pageId, m_inProgress);
    QCOMPARE(all.at(2).pageId, m_missing);
    QCOMPARE(all.at(3).pageId, m_outdated);
    const QList<TranslationState> states { TranslationState::UpToDate, TranslationState::InProgress,
        TranslationState::Missing, TranslationState::Outdated };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(all.at(i).state, states.at(i));
        QCOMPARE(all.at(i).language, u"ka"_s);
        QCOMPARE(all.at(i).kind, PageKind::Page);
        QCOMPARE(all.at(i).pageStatus, PageStatus::Draft);
        QVERIFY(all.at(i).sourceChanged.isValid());
        QCOMPARE(all.at(i).translationChanged.isValid(), states.at(i) != TranslationState::Missing);
    }
    QCOMPARE(all.at(1).path, u"about/team"_s);
    QCOMPARE(all.at(1).title, u"Our team"_s); // the source's title
    QCOMPARE(all.at(3).changes, 2);
    QCOMPARE(all.at(0).changes, 0);
}

void TestTranslationStatus::wordsToTranslate()
{
    const QList<TranslationStatus::Row> all = rows();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).sourceWords, 7);
    QCOMPARE(all.at(0).wordsToTranslate, 0);
    QCOMPARE(all.at(1).sourceWords, 6);
    QCOMPARE(all.at(1).wordsToTranslate, 2); // "Two offices."
    QCOMPARE(all.at(2).sourceWords, 4);
    QCOMPARE(all.at(2).wordsToTranslate, 4); // all of it
    // History: 1 + 5 + 4 words now; to translate: the changed and the added paragraph.
    QCOMPARE(all.at(3).sourceWords, 10);
    QCOMPARE(all.at(3).wordsToTranslate, 9);
}

void TestTranslationStatus::totalsAndSummary()
{
    const QList<TranslationStatus::Totals> totals = TranslationStatus::totals(rows());
    QCOMPARE(totals.size(), 1);
    const TranslationStatus::Totals &ka = totals.first();
    QCOMPARE(ka.language, u"ka"_s);
    QCOMPARE(ka.pages, 4);
    QCOMPARE(ka.upToDate, 1);
    QCOMPARE(ka.inProgress, 1);
    QCOMPARE(ka.outdated, 1);
    QCOMPARE(ka.missing, 1);
    QCOMPARE(ka.wordsToTranslate, 0 + 2 + 4 + 9);
    QCOMPARE(TranslationStatus::summary(ka, QLocale(QLocale::English, QLocale::UnitedKingdom)),
        u"Georgian: 1 of 4 pages up to date, 1 in progress, 1 outdated, 1 missing; 15 words to "
        "translate"_s);
}

void TestTranslationStatus::summaryUsesTheLocalesNumbers()
{
    const TranslationStatus::Totals totals { u"ka"_s, 1200, 1042, 3, 5, 150, 3120 };
    QCOMPARE(TranslationStatus::summary(totals, QLocale(QLocale::English, QLocale::UnitedKingdom)),
        u"Georgian: 1,042 of 1,200 pages up to date, 3 in progress, 5 outdated, 150 missing; "
        "3,120 words to translate"_s);
    const QLocale georgian(QLocale::Georgian, QLocale::Georgia);
    QVERIFY(TranslationStatus::summary(totals, georgian)
                .contains(georgian.toString(3120) + u" words"_s));
}

void TestTranslationStatus::changesOfAnOutdatedPage()
{
    const auto changes = TranslationStatus::changes(*m_site, m_outdated, u"ka"_s);
    QVERIFY2(changes.ok(), qPrintable(changes.error()));
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(0).type, SegmentChange::Type::Changed);
    QCOMPARE(changes->at(0).oldText, u"Founded in 1951."_s);
    QCOMPARE(changes->at(0).newText, u"Founded in 1951 in Brussels."_s);
    QCOMPARE(changes->at(1).type, SegmentChange::Type::Added);
    QCOMPARE(changes->at(1).newText, u"Georgia joined in 1993."_s);
    // Nothing for pages that are not outdated, nor for the source itself.
    for (const qint64 id : { m_upToDate, m_inProgress, m_missing }) {
        const auto none = TranslationStatus::changes(*m_site, id, u"ka"_s);
        QVERIFY2(none.ok(), qPrintable(none.error()));
        QVERIFY(none->isEmpty());
    }
    const auto source = TranslationStatus::changes(*m_site, m_outdated, u"en"_s);
    QVERIFY(source.ok() && source->isEmpty());

    // Marked up to date after the translator's work, it has no changes and no open words.
    save(m_outdated, u"ka"_s, u"ისტორია"_s,
        u"<p>დაარსდა 1951 წელს ბრიუსელში.</p>\n<p>საქართველო შეუერთდა 1993 წელს.</p>"_s);
    QVERIFY(PageRepository(*m_site).markUpToDate(m_outdated, u"ka"_s).ok());
    const auto after = TranslationStatus::changes(*m_site, m_outdated, u"ka"_s);
    QVERIFY(after.ok() && after->isEmpty());
    const QList<TranslationStatus::Row> all = rows();
    QCOMPARE(all.at(3).state, TranslationState::UpToDate);
    QCOMPARE(all.at(3).wordsToTranslate, 0);
}

void TestTranslationStatus::jsonForScripts()
{
    const QJsonObject json = QJsonDocument::fromJson(TranslationStatus::toJson(rows())).object();
    const QJsonArray pages = json.value(u"pages"_s).toArray();
    QCOMPARE(pages.size(), 4);
    const QStringList states { u"up-to-date"_s, u"in-progress"_s, u"missing"_s, u"outdated"_s };
    for (int i = 0; i < 4; ++i) {
        const QJsonObject page = pages.at(i).toObject();
        QCOMPARE(page.value(u"state"_s).toString(), states.at(i));
        QCOMPARE(page.value(u"language"_s).toString(), u"ka"_s);
        // Only an outdated page counts changes; only a page with a text has its date.
        QCOMPARE(page.contains(u"changes"_s), i == 3);
        QCOMPARE(page.contains(u"translationChanged"_s), i != 2);
    }
    QCOMPARE(pages.at(1).toObject().value(u"path"_s).toString(), u"about/team"_s);
    QCOMPARE(pages.at(3).toObject().value(u"changes"_s).toInt(), 2);
    QCOMPARE(pages.at(3).toObject().value(u"wordsToTranslate"_s).toInt(), 9);
    const QJsonArray totals = json.value(u"totals"_s).toArray();
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().toObject().value(u"wordsToTranslate"_s).toInt(), 15);
    QCOMPARE(totals.first().toObject().value(u"missing"_s).toInt(), 1);
}

void TestTranslationStatus::onlyTheLanguagesAskedFor()
{
    QCOMPARE(rows({ u"ka"_s }).size(), 4);
    // The source asked for itself: every page with a source text, each the source.
    const QList<TranslationStatus::Row> english = rows({ u"en"_s });
    QCOMPARE(english.size(), 4);
    for (const TranslationStatus::Row &row : english)
        QCOMPARE(row.state, TranslationState::Source);
    QCOMPARE(TranslationStatus::totals(english).first().upToDate, 4);
}

QTEST_GUILESS_MAIN(TestTranslationStatus)
#include "tst_translationstatus.moc"
