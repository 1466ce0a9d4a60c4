#include "publish/publishplan.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "store/sqlaccess.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What a bundle holds, decided on a small site made for each test: which pages are published,
// in which languages, in which order and under which file names.

namespace {

const QDateTime Now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestPublishPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void statusesAndDatesDecide_data();
    void statusesAndDatesDecide();
    void unsafeSlugsAreLeftOutAndListed_data();
    void unsafeSlugsAreLeftOutAndListed();
    void safeSegments_data();
    void safeSegments();
    void untranslatedPagesFallBackOrAreOmitted_data();
    void untranslatedPagesFallBackOrAreOmitted();
    void aLanguageWithNothingIsNotPublished();
    void limitedLanguagesStillFallBackToTheSource();
    void newsIsNewestFirstWithTiesById();
    void filesAndPaths();
    void structureFingerprintFollowsWhatPagesShow_data();
    void structureFingerprintFollowsWhatPagesShow();

private:
    void setSettings(SiteSettings::Untranslated untranslated,
        const QString &englishTitle = QStringLiteral("IOM Georgia"));
    // A page under `parent` with an English text titled after its slug; 0 when it failed.
    qint64 add(qint64 parent, const QString &slug, PageStatus status = PageStatus::Published,
        const QDateTime &publishAt = {}, PageKind kind = PageKind::Page);
    void addText(qint64 id, const QString &language, const QString &title);
    PublishPlan plan(const QDateTime &now = Now, const QStringList &languages = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestPublishPlan::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestPublishPlan::init()
{
    m_site = TestSupport::freshSite(m_dir, TestSupport::currentStore());
    setSettings(SiteSettings::Untranslated::Omit);
}

void TestPublishPlan::cleanup()
{
    m_site.reset();
}

void TestPublishPlan::setSettings(
    SiteSettings::Untranslated untranslated, const QString &englishTitle)
{
    SiteRepository repository(*m_site);
    auto settings = repository.settings();
    QVERIFY2(settings.ok(), qPrintable(settings.error()));
    settings->sourceLanguage = QStringLiteral("en");
    settings->languages = { QStringLiteral("en"), QStringLiteral("ka") };
    settings->siteTitles = { { QStringLiteral("en"), englishTitle },
        { QStringLiteral("ka"), QStringLiteral("IOM საქართველო") } };
    settings->untranslated = untranslated;
    const Status saved = repository.save(*settings);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

qint64 TestPublishPlan::add(qint64 parent, const QString &slug, PageStatus status,
    const QDateTime &publishAt, PageKind kind)
{
    PageRepository::NewPage page;
    page.parentId = parent;
    page.kind = kind;
    page.slug = slug;
    page.status = status;
    page.publishAt = publishAt;
    return TestSupport::addPage(
        *m_site, page, QStringLiteral("en"), slug, QStringLiteral("<p>%1</p>").arg(slug));
}

void TestPublishPlan::addText(qint64 id, const QString &language, const QString &title)
{
    TestSupport::saveText(*m_site, id, language, title, QStringLiteral("<p>%1</p>").arg(title));
}

PublishPlan TestPublishPlan::plan(const QDateTime &now, const QStringList &languages)
{
    PublishPlan::Options options;
    options.now = now;
    options.languages = languages;
    auto plan = PublishPlan::load(*m_site, options);
    if (!plan)
        qFatal("%s", qPrintable(plan.error()));
    return std::move(plan).value();
}

void TestPublishPlan::statusesAndDatesDecide_data()
{
    QTest::addColumn<PageStatus>("parentStatus");
    QTest::addColumn<QDateTime>("parentDate");
    QTest::addColumn<PageStatus>("childStatus");
    QTest::addColumn<QDateTime>("childDate");
    QTest::addColumn<bool>("parentPublished");
    QTest::addColumn<bool>("childPublished");
    const auto P = PageStatus::Published;
    const QDateTime none;
    QTest::newRow("both published") << P << none << P << none << true << true;
    QTest::newRow("a draft hides its subpages")
        << PageStatus::Draft << none << P << none << false << false;
    QTest::newRow("in review hides its subpages")
        << PageStatus::Review << none << P << none << false << false;
    QTest::newRow("draft subpage") << P << none << PageStatus::Draft << none << true << false;
    QTest::newRow("subpage in review") << P << none << PageStatus::Review << none << true << false;
    QTest::newRow("a future date waits") << P << none << P << Now.addSecs(1) << true << false;
    QTest::newRow("a date come") << P << none << P << Now.addDays(-1) << true << true;
    QTest::newRow("the date is now") << P << none << P << Now << true << true;
    QTest::newRow("a parent that waits holds back its subpages")
        << P << Now.addDays(1) << P << none << false << false;
}

void TestPublishPlan::statusesAndDatesDecide()
{
    QFETCH(PageStatus, parentStatus);
    QFETCH(QDateTime, parentDate);
    QFETCH(PageStatus, childStatus);
    QFETCH(QDateTime, childDate);
    QFETCH(bool, parentPublished);
    QFETCH(bool, childPublished);
    const qint64 parent = add(0, QStringLiteral("parent"), parentStatus, parentDate);
    const qint64 child = add(parent, QStringLiteral("child"), childStatus, childDate);
    const qint64 grandchild = add(child, QStringLiteral("grandchild"));
    QVERIFY(parent && child && grandchild);

    const PublishPlan now = plan();
    QCOMPARE(now.isPublished(parent), parentPublished);
    QCOMPARE(now.isPublished(child), childPublished);
    QCOMPARE(now.isPublished(grandchild), childPublished); // follows its parent
    QCOMPARE(now.shown(QStringLiteral("en"), child), childPublished);
    QCOMPARE(now.text(QStringLiteral("en"), child) != nullptr, childPublished);
    QList<qint64> expected;
    if (parentPublished)
        expected.append(parent);
    if (childPublished)
        expected += { child, grandchild };
    QCOMPARE(now.pages(QStringLiteral("en")), expected);
    QVERIFY(now.unsafe().isEmpty());

    // A year later every date has come; statuses still decide.
    const PublishPlan later = plan(Now.addYears(1));
    QCOMPARE(later.isPublished(parent), parentStatus == PageStatus::Published);
    QCOMPARE(later.isPublished(child),
        parentStatus == PageStatus::Published && childStatus == PageStatus::Published);
}

void TestPublishPlan::unsafeSlugsAreLeftOutAndListed_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("parent folder") << "..";
    QTest::newRow("path") << "../../etc";
    QTest::newRow("windows device") << "con";
    QTest::newRow("windows port") << "lpt1";
    QTest::newRow("upper case") << "About";
    QTest::newRow("georgian") << "ჩვენ-შესახებ";
}

void TestPublishPlan::unsafeSlugsAreLeftOutAndListed()
{
    QFETCH(QString, slug);
    const qint64 about = add(0, QStringLiteral("about"));
    const qint64 team = add(about, QStringLiteral("team"));
    const qint64 contact = add(0, QStringLiteral("contact"));
    QVERIFY(about && team && contact);
    // The store refuses such slugs; a hand-edited or foreign file may still hold them.
    QSqlQuery query = SqlAccess::query(*m_site);
    query.prepare(QStringLiteral("UPDATE page SET slug = :slug WHERE id = :id"));
    query.bindValue(QStringLiteral(":slug"), slug);
    query.bindValue(QStringLiteral(":id"), about);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    const PublishPlan published = plan();
    QCOMPARE(published.unsafe().size(), 1); // the one slug to fix, not every page below it
    QCOMPARE(published.unsafe().first().id, about);
    QCOMPARE(published.unsafe().first().slug, slug);
    QVERIFY(!published.isPublished(about));
    QVERIFY(!published.isPublished(team));
    QVERIFY(published.isPublished(contact));
    QCOMPARE(published.pages(QStringLiteral("en")), QList<qint64> { contact });
}

void TestPublishPlan::safeSegments_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("safe");
    QTest::newRow("word") << "about" << true;
    QTest::newRow("words") << "who-we-are" << true;
    QTest::newRow("digits") << "2024" << true;
    QTest::newRow("device name inside a word") << "console" << true;
    QTest::newRow("com port with a letter") << "comx" << true;
    QTest::newRow("con") << "con" << false;
    QTest::newRow("prn") << "prn" << false;
    QTest::newRow("aux") << "aux" << false;
    QTest::newRow("nul") << "nul" << false;
    QTest::newRow("com9") << "com9" << false;
    QTest::newRow("lpt0") << "lpt0" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("leading hyphen") << "-a" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPublishPlan::safeSegments()
{
    QFETCH(QString, slug);
    QFETCH(bool, safe);
    QCOMPARE(PublishPlan::isSafeSegment(slug), safe);
}

void TestPublishPlan::untranslatedPagesFallBackOrAreOmitted_data()
{
    QTest::addColumn<SiteSettings::Untranslated>("untranslated");
    QTest::addColumn<bool>("shownInGeorgian");
    QTest::newRow("omit") << SiteSettings::Untranslated::Omit << false;
    QTest::newRow("fall back") << SiteSettings::Untranslated::Fallback << true;
}

void TestPublishPlan::untranslatedPagesFallBackOrAreOmitted()
{
    QFETCH(SiteSettings::Untranslated, untranslated);
    QFETCH(bool, shownInGeorgian);
    setSettings(untranslated);
    const qint64 both = add(0, QStringLiteral("both"));
    const qint64 english = add(both, QStringLiteral("english"));
    QVERIFY(both && english);
    addText(both, QStringLiteral("ka"), QStringLiteral("ორივე"));

    const PublishPlan published = plan();
    const QString en = QStringLiteral("en"), ka = QStringLiteral("ka");
    QCOMPARE(published.languages(), (QStringList { en, ka }));
    // Its own text everywhere it has one.
    QVERIFY(published.shown(ka, both) && published.hasOwnText(ka, both));
    QVERIFY(!published.isFallback(ka, both));
    QCOMPARE(published.text(ka, both)->title, QStringLiteral("ორივე"));
    QCOMPARE(published.text(en, both)->title, QStringLiteral("both"));
    // The English-only page in Georgian: the English text, or nothing.
    QVERIFY(published.shown(en, english) && !published.isFallback(en, english));
    QVERIFY(!published.hasOwnText(ka, english));
    QCOMPARE(published.shown(ka, english), shownInGeorgian);
    QCOMPARE(published.isFallback(ka, english), shownInGeorgian);
    if (shownInGeorgian) {
        QCOMPARE(published.text(ka, english)->title, QStringLiteral("english"));
        QCOMPARE(published.pages(ka), (QList<qint64> { both, english }));
        QCOMPARE(published.children(ka, both), QList<qint64> { english });
    } else {
        QCOMPARE(published.text(ka, english), nullptr);
        QCOMPARE(published.pages(ka), QList<qint64> { both });
        QVERIFY(published.children(ka, both).isEmpty());
    }
    QCOMPARE(published.children(en, both), QList<qint64> { english });
}

void TestPublishPlan::aLanguageWithNothingIsNotPublished()
{
    const qint64 about = add(0, QStringLiteral("about"));
    QVERIFY(about);
    const PublishPlan omitted = plan();
    QCOMPARE(omitted.languages(), QStringList { QStringLiteral("en") });
    QVERIFY(omitted.shown(QStringLiteral("en"), 0)); // the home
    QVERIFY(!omitted.shown(QStringLiteral("ka"), 0));
    QVERIFY(omitted.pages(QStringLiteral("ka")).isEmpty());

    setSettings(SiteSettings::Untranslated::Fallback);
    const PublishPlan fallback = plan();
    QCOMPARE(fallback.languages(), (QStringList { QStringLiteral("en"), QStringLiteral("ka") }));
    QVERIFY(fallback.shown(QStringLiteral("ka"), 0));
}

void TestPublishPlan::limitedLanguagesStillFallBackToTheSource()
{
    setSettings(SiteSettings::Untranslated::Fallback);
    const qint64 about = add(0, QStringLiteral("about"));
    QVERIFY(about);
    const PublishPlan georgian = plan(Now, { QStringLiteral("ka") });
    QCOMPARE(georgian.languages(), QStringList { QStringLiteral("ka") });
    QVERIFY(georgian.isFallback(QStringLiteral("ka"), about));
    QCOMPARE(georgian.text(QStringLiteral("ka"), about)->title, QStringLiteral("about"));
    QVERIFY(georgian.pages(QStringLiteral("en")).isEmpty()); // English itself is not exported
    QVERIFY(!georgian.shown(QStringLiteral("en"), 0));
}

void TestPublishPlan::newsIsNewestFirstWithTiesById()
{
    const qint64 news
        = add(0, QStringLiteral("news"), PageStatus::Published, {}, PageKind::Section);
    const qint64 events
        = add(0, QStringLiteral("events"), PageStatus::Published, {}, PageKind::Section);
    QVERIFY(news && events);
    const auto article = [&](qint64 parent, const QString &slug, const QDateTime &date,
                             PageStatus status = PageStatus::Published) {
        return add(parent, slug, status, date, PageKind::News);
    };
    const QDateTime may = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    const qint64 march = article(news, QStringLiteral("march"), may.addMonths(-2));
    const qint64 mayFirst = article(news, QStringLiteral("may-first"), may);
    const qint64 maySecond = article(events, QStringLiteral("may-second"), may); // same second
    const qint64 undated = article(news, QStringLiteral("undated"), {}); // created: today
    const qint64 draft = article(news, QStringLiteral("draft"), may.addDays(1), PageStatus::Draft);
    const qint64 future = article(events, QStringLiteral("future"), Now.addDays(1));
    QVERIFY(march && mayFirst && maySecond && undated && draft && future);
    QVERIFY(maySecond > mayFirst);

    const PublishPlan published = plan();
    // Created now (after Now, 2025) it is the newest; the same date: the newer id first.
    const QList<qint64> expected { undated, maySecond, mayFirst, march };
    QCOMPARE(published.news(QStringLiteral("en")), expected);
    QCOMPARE(published.newsDate(mayFirst), may);
    QCOMPARE(published.newsDate(maySecond), may);

    QList<qint64> shuffled { march, maySecond, undated, mayFirst };
    published.sortNewestFirst(shuffled);
    QCOMPARE(shuffled, expected);
    shuffled = { mayFirst, march, maySecond };
    published.sortNewestFirst(shuffled);
    QCOMPARE(shuffled, (QList<qint64> { maySecond, mayFirst, march }));

    // When its day comes, the future article is listed by its date, not its creation.
    QCOMPARE(plan(Now.addDays(2)).news(QStringLiteral("en")),
        (QList<qint64> { undated, future, maySecond, mayFirst, march }));
}

void TestPublishPlan::filesAndPaths()
{
    const qint64 who = add(0, QStringLiteral("who-we-are"));
    const qint64 about = add(who, QStringLiteral("about"));
    const qint64 hidden = add(who, QStringLiteral("hidden"), PageStatus::Draft);
    const qint64 child = add(hidden, QStringLiteral("child"));
    QVERIFY(who && about && hidden && child);
    addText(about, QStringLiteral("ka"), QStringLiteral("ჩვენ შესახებ"));
    const PublishPlan published = plan();
    QCOMPARE(published.file(QStringLiteral("en"), 0), QStringLiteral("en/index.html"));
    QCOMPARE(published.file(QStringLiteral("ka"), 0), QStringLiteral("ka/index.html"));
    QCOMPARE(published.path(who), QStringLiteral("who-we-are"));
    QCOMPARE(published.path(about), QStringLiteral("who-we-are/about"));
    // Georgian files use the same slugs (they are romanised once, for every language).
    QCOMPARE(published.file(QStringLiteral("ka"), about),
        QStringLiteral("ka/who-we-are/about/index.html"));
    QCOMPARE(published.file(QStringLiteral("en"), about),
        QStringLiteral("en/who-we-are/about/index.html"));
    // Unpublished pages still have a path (the preview and the check name them).
    QCOMPARE(published.path(child), QStringLiteral("who-we-are/hidden/child"));
}

void TestPublishPlan::structureFingerprintFollowsWhatPagesShow_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("changes");
    QTest::newRow("nothing") << "nothing" << false;
    QTest::newRow("a body") << "body" << false;
    QTest::newRow("a draft's title") << "draft title" << false;
    QTest::newRow("a title") << "title" << true;
    QTest::newRow("a Georgian title") << "georgian title" << true;
    QTest::newRow("a summary") << "summary" << true;
    QTest::newRow("a slug") << "slug" << true;
    QTest::newRow("a news date") << "date" << true;
    QTest::newRow("a site title") << "site title" << true;
    QTest::newRow("the fallback setting") << "fallback" << true;
}

void TestPublishPlan::structureFingerprintFollowsWhatPagesShow()
{
    QFETCH(QString, change);
    QFETCH(bool, changes);
    const qint64 about = add(0, QStringLiteral("about"));
    const qint64 draft = add(0, QStringLiteral("draft"), PageStatus::Draft);
    const qint64 article = add(about, QStringLiteral("article"), PageStatus::Published,
        QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC), PageKind::News);
    QVERIFY(about && draft && article);
    addText(about, QStringLiteral("ka"), QStringLiteral("შესახებ"));
    const QByteArray before = plan().structureFingerprint();
    QCOMPARE(plan().structureFingerprint(), before); // stable

    PageRepository pages(*m_site);
    const auto editText
        = [&](qint64 id, const QString &language, const std::function<void(Translation &)> &edit) {
              auto text = pages.translation(id, language);
              QVERIFY2(text.ok() && text->has_value(), qPrintable(text.error()));
              Translation changed = **text;
              edit(changed);
              const Status saved = pages.saveTranslation(changed);
              QVERIFY2(saved.ok(), qPrintable(saved.error()));
          };
    const auto editPage = [&](qint64 id, const std::function<void(Page &)> &edit) {
        auto page = pages.page(id);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        edit(page.value());
        const Status saved = pages.updatePage(page.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    };
    const QString en = QStringLiteral("en");
    if (change == QLatin1String("body"))
        editText(about, en, [](Translation &t) { t.bodyHtml = QStringLiteral("<p>New.</p>"); });
    else if (change == QLatin1String("draft title"))
        editText(draft, en, [](Translation &t) { t.title = QStringLiteral("Renamed"); });
    else if (change == QLatin1String("title"))
        editText(about, en, [](Translation &t) { t.title = QStringLiteral("About us"); });
    else if (change == QLatin1String("georgian title"))
        editText(about, QStringLiteral("ka"), [](Translation &t) { t.title += u'!'; });
    else if (change == QLatin1String("summary"))
        editText(article, en, [](Translation &t) { t.summary = QStringLiteral("In short."); });
    else if (change == QLatin1String("slug"))
        editPage(about, [](Page &p) { p.slug = QStringLiteral("about-us"); });
    else if (change == QLatin1String("date"))
        editPage(article, [](Page &p) { p.publishAt = p.publishAt.addDays(1); });
    else if (change == QLatin1String("site title")) {
        setSettings(SiteSettings::Untranslated::Omit, QStringLiteral("IOM"));
    } else if (change == QLatin1String("fallback"))
        setSettings(SiteSettings::Untranslated::Fallback);
    else
        QCOMPARE(change, QStringLiteral("nothing"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plan().structureFingerprint() != before, changes);
}

QTEST_GUILESS_MAIN(TestPublishPlan)
#include "tst_publishplan.moc"
