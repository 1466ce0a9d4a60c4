#include "body/articlebody.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/translationbasisrepository.h"
#include "testsupport.h"
#include "translation/segments.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The status of a translation, derived from what it was made from: the store records the
// source segments when a translation is made, and a later change of the source shows as
// outdated with exactly what changed.
class TestTranslationBasisRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();

    void statusFollowsSourceEdits_data();
    void statusFollowsSourceEdits();
    void markAsUpToDateRecordsTheCurrentSource();
    void savingAnOutdatedTranslationKeepsItOutdated();
    void untranslatedSegmentsMakeATranslationInProgress_data();
    void untranslatedSegmentsMakeATranslationInProgress();
    void missingAndSourceStates();
    void listingCarriesTheStates();

private:
    Translation text(const QString &language) const;
    void save(
        const QString &language, const QString &title, const QString &summary, const QString &body);
    QStringList changes() const; // of the Georgian text, "changed p: old → new"

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_db;
    std::unique_ptr<PageRepository> m_pages;
    qint64 m_id = 0;
};

namespace {

const QString SourceTitle = QStringLiteral("Who we are");
const QString SourceSummary = QStringLiteral("The UN migration agency in Georgia.");
const QString SourceBody = QStringLiteral(
    "<h2>Our work</h2>\n"
    "<p>We help <strong>migrants</strong> return home.</p>\n"
    "<ul>\n<li>Border management</li>\n<li>Counter-trafficking</li>\n</ul>\n"
    "<figure><img src=\"media:1\" alt=\"A border post\"><figcaption>Sarpi, 2020</figcaption>"
    "</figure>\n"
    "<p>Contact us.</p>\n");
const QString GeorgianBody = u"<h2>ჩვენი საქმიანობა</h2>\n"
                             "<p>ვეხმარებით <strong>მიგრანტებს</strong> სახლში დაბრუნებაში.</p>\n"
                             "<ul>\n<li>საზღვრის მართვა</li>\n<li>ტრეფიკინგთან ბრძოლა</li>\n</ul>\n"
                             "<figure><img src=\"media:1\" alt=\"სასაზღვრო პუნქტი\">"
                             "<figcaption>სარფი, 2020</figcaption></figure>\n"
                             "<p>დაგვიკავშირდით.</p>\n"_s;

QString replaced(QString text, const QString &before, const QString &after)
{
    Q_ASSERT(text.contains(before));
    return text.replace(before, after);
}

} // namespace

void TestTranslationBasisRepository::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestTranslationBasisRepository::init()
{
    m_pages.reset();
    m_db.reset();
    m_db = TestSupport::freshSite(m_dir, TestSupport::currentStore());
    m_pages = std::make_unique<PageRepository>(*m_db);
    PageRepository::NewPage page;
    page.slug = QStringLiteral("who-we-are");
    const auto id = m_pages->createPage(page);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_id = *id;
    save(QStringLiteral("en"), SourceTitle, SourceSummary, SourceBody);
    save(QStringLiteral("ka"), u"ვინ ვართ"_s, u"გაეროს მიგრაციის სააგენტო საქართველოში."_s,
        GeorgianBody);
}

Translation TestTranslationBasisRepository::text(const QString &language) const
{
    const auto found = m_pages->translation(m_id, language);
    if (!found || !found->has_value())
        return {};
    return **found;
}

void TestTranslationBasisRepository::save(
    const QString &language, const QString &title, const QString &summary, const QString &body)
{
    Translation translation;
    translation.pageId = m_id;
    translation.language = language;
    translation.title = title;
    translation.summary = summary;
    translation.bodyHtml = body;
    const auto saved = m_pages->saveTranslation(translation);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

QStringList TestTranslationBasisRepository::changes() const
{
    const auto basis = TranslationBasisRepository(*m_db).read(m_id, QStringLiteral("ka"));
    if (!basis)
        return { basis.error() };
    const Translation source = text(QStringLiteral("en"));
    const QList<Segment> now = Segments::of(source);
    QStringList lines;
    for (const SegmentChange &change : Segments::diff(basis->records, now)) {
        switch (change.type) {
        case SegmentChange::Type::Added:
            lines << QStringLiteral("added %1: %2").arg(change.kind, change.newText);
            break;
        case SegmentChange::Type::Removed:
            lines << QStringLiteral("removed %1: %2").arg(change.kind, change.oldText);
            break;
        case SegmentChange::Type::Changed:
            lines << QStringLiteral("changed %1: %2 → %3")
                         .arg(change.kind, change.oldText, change.newText);
            break;
        }
    }
    return lines;
}

void TestTranslationBasisRepository::statusFollowsSourceEdits_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title") << QStringLiteral("About us") << SourceSummary << SourceBody
                           << QStringList { u"changed title: Who we are → About us"_s };
    QTest::newRow("summary") << SourceTitle << QStringLiteral("The UN migration agency.")
                             << SourceBody
                             << QStringList { u"changed summary: The UN migration agency in "
                                              "Georgia. → The UN migration agency."_s };
    QTest::newRow("one paragraph")
        << SourceTitle << SourceSummary << replaced(SourceBody, u"Contact us."_s, u"Write to us."_s)
        << QStringList { u"changed p: Contact us. → Write to us."_s };
    QTest::newRow("a list item")
        << SourceTitle << SourceSummary
        << replaced(SourceBody, u"Border management"_s, u"Integrated border management"_s)
        << QStringList { u"changed li: Border management → Integrated border management"_s };
    QTest::newRow("an alt text")
        << SourceTitle << SourceSummary
        << replaced(SourceBody, u"alt=\"A border post\""_s, u"alt=\"The Sarpi border post\""_s)
        << QStringList { u"changed alt: A border post → The Sarpi border post"_s };
    QTest::newRow("bold added (markup counts)")
        << SourceTitle << SourceSummary
        << replaced(SourceBody, u"<p>Contact us.</p>"_s, u"<p><strong>Contact</strong> us.</p>"_s)
        << QStringList { u"changed p: Contact us. → Contact us."_s };
    QTest::newRow("paragraph added")
        << SourceTitle << SourceSummary
        << replaced(SourceBody, u"<ul>"_s, u"<p>Since 1993.</p>\n<ul>"_s)
        << QStringList { u"added p: Since 1993."_s };
    QTest::newRow("list item removed")
        << SourceTitle << SourceSummary
        << replaced(SourceBody, u"<li>Counter-trafficking</li>\n"_s, QString())
        << QStringList { u"removed li: Counter-trafficking"_s };
    QTest::newRow("blocks reordered")
        << SourceTitle << SourceSummary
        << replaced(replaced(SourceBody, u"<p>Contact us.</p>\n"_s, QString()), u"<h2>"_s,
               u"<p>Contact us.</p>\n<h2>"_s)
        << QStringList { u"added p: Contact us."_s, u"removed p: Contact us."_s };
    QTest::newRow("white space only")
        << u"  Who   we are "_s << u"The UN migration\nagency in Georgia. "_s
        << replaced(SourceBody, u"<p>Contact us.</p>"_s, u"<p>\n  Contact    us.\n</p>"_s)
        << QStringList();
    QTest::newRow("nothing") << SourceTitle << SourceSummary << SourceBody << QStringList();
}

void TestTranslationBasisRepository::statusFollowsSourceEdits()
{
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QString, body);
    QFETCH(QStringList, expected);

    QCOMPARE(m_pages->listing(m_id)->states.value(u"ka"_s), TranslationState::UpToDate);
    save(QStringLiteral("en"), title, summary, body);
    const Translation source = text(QStringLiteral("en"));
    const Translation georgian = text(QStringLiteral("ka"));
    const TranslationState state = translationState(&georgian, &source, false);
    QCOMPARE(state, expected.isEmpty() ? TranslationState::UpToDate : TranslationState::Outdated);
    QCOMPARE(changes(), expected);
}

void TestTranslationBasisRepository::markAsUpToDateRecordsTheCurrentSource()
{
    save(QStringLiteral("en"), u"About us"_s, SourceSummary, SourceBody);
    QCOMPARE(m_pages->listing(m_id)->states.value(u"ka"_s), TranslationState::Outdated);
    const auto marked = m_pages->markUpToDate(m_id, QStringLiteral("ka"));
    QVERIFY2(marked.ok(), qPrintable(marked.error()));
    QCOMPARE(m_pages->listing(m_id)->states.value(u"ka"_s), TranslationState::UpToDate);
    QCOMPARE(changes(), QStringList());
    QCOMPARE(
        TranslationBasisRepository(*m_db).read(m_id, u"ka"_s)->records.first().text, u"About us"_s);
    // A further source change is measured from there.
    save(QStringLiteral("en"), u"About IOM"_s, SourceSummary, SourceBody);
    QCOMPARE(changes(), QStringList { u"changed title: About us → About IOM"_s });

    QVERIFY(!m_pages->markUpToDate(m_id, QStringLiteral("de")).ok());
}

void TestTranslationBasisRepository::savingAnOutdatedTranslationKeepsItOutdated()
{
    save(QStringLiteral("en"), SourceTitle, SourceSummary,
        replaced(SourceBody, u"Contact us."_s, u"Write to us."_s));
    Translation georgian = text(QStringLiteral("ka"));
    save(QStringLiteral("ka"), georgian.title, georgian.summary,
        replaced(georgian.bodyHtml, u"დაგვიკავშირდით."_s, u"მოგვწერეთ."_s));
    // Editing is not reviewing: only "Mark as up to date" says the translation caught up.
    QCOMPARE(m_pages->listing(m_id)->states.value(u"ka"_s), TranslationState::Outdated);
    QCOMPARE(changes(), QStringList { u"changed p: Contact us. → Write to us."_s });
}

void TestTranslationBasisRepository::untranslatedSegmentsMakeATranslationInProgress_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("openSegments");
    QTest::addColumn<int>("openWords");

    QTest::newRow("all translated") << GeorgianBody << 0 << 0;
    QTest::newRow("one paragraph still English")
        << replaced(GeorgianBody, u"დაგვიკავშირდით."_s, u"Contact us."_s) << 1 << 2;
    QTest::newRow("last paragraph left out")
        << replaced(GeorgianBody, u"<p>დაგვიკავშირდით.</p>\n"_s, QString()) << 1 << 2;
    // ("Counter-trafficking" is one word.)
    QTest::newRow("the last list item left out")
        << replaced(GeorgianBody, u"<li>ტრეფიკინგთან ბრძოლა</li>\n"_s, QString()) << 1 << 1;
    // 5 + 2 + 1 + 3 (alt) + 2 (caption) + 2 words.
    QTest::newRow("only the heading") << u"<h2>ჩვენი საქმიანობა</h2>"_s << 6 << 15;
    QTest::newRow("a number stays a number")
        << replaced(GeorgianBody, u"სარფი, 2020"_s, u"2020"_s) << 0 << 0;
}

void TestTranslationBasisRepository::untranslatedSegmentsMakeATranslationInProgress()
{
    QFETCH(QString, body);
    QFETCH(int, openSegments);
    QFETCH(int, openWords);

    const Translation before = text(QStringLiteral("ka"));
    save(QStringLiteral("ka"), before.title, before.summary, body);
    const Translation georgian = text(QStringLiteral("ka"));
    QCOMPARE(georgian.openSegments, openSegments);
    QCOMPARE(georgian.openWords, openWords);
    QCOMPARE(m_pages->listing(m_id)->states.value(u"ka"_s),
        openSegments > 0 ? TranslationState::InProgress : TranslationState::UpToDate);
}

void TestTranslationBasisRepository::missingAndSourceStates()
{
    const Translation source = text(QStringLiteral("en"));
    QCOMPARE(translationState(nullptr, &source, false), TranslationState::Missing);
    QCOMPARE(translationState(&source, &source, true), TranslationState::Source);
    QCOMPARE(translationStateName(TranslationState::InProgress), u"in-progress"_s);
}

void TestTranslationBasisRepository::listingCarriesTheStates()
{
    PageRepository::NewPage page;
    page.slug = QStringLiteral("english-only");
    Translation english;
    english.language = QStringLiteral("en");
    english.title = QStringLiteral("English only");
    const auto other = m_pages->addPage(page, english);
    QVERIFY2(other.ok(), qPrintable(other.error()));

    const auto listing = m_pages->listing();
    QVERIFY2(listing.ok(), qPrintable(listing.error()));
    QCOMPARE(listing->size(), 2);
    QCOMPARE(listing->at(0).states.value(u"en"_s), TranslationState::Source);
    QCOMPARE(listing->at(0).states.value(u"ka"_s), TranslationState::UpToDate);
    QCOMPARE(listing->at(1).states.value(u"en"_s), TranslationState::Source);
    QVERIFY(!listing->at(1).states.contains(u"ka"_s)); // missing
}

QTEST_GUILESS_MAIN(TestTranslationBasisRepository)
#include "tst_translationbasisrepository.moc"
