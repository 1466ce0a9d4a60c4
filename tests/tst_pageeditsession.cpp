#include "content/pagetree.h"
#include "demo/demosite.h"
#include "editing/movepagecommand.h"
#include "editing/pageeditsession.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/sqlaccess.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ThreeWayMerge::Choice)

class TestPageEditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void loadsThePageInTheLanguage();
    void savesTextAndPageFields();
    void slugFollowsTheTitleOfADraft_data();
    void slugFollowsTheTitleOfADraft();
    void aTakenSlugDoesNotCostTheText();
    void startsAMissingTranslation();
    void unchangedSaveWritesNothing();
    // Two windows on one site (two sessions, two connections, two people).
    void disjointParagraphsMerge();
    void theSameParagraphConflicts();
    void aResolutionIsSavedAndKeepsBothInHistory_data();
    void aResolutionIsSavedAndKeepsBothInHistory();
    void titleAgainstBodyMerges();
    void statusAgainstTextMerges();
    void statusOnBothSidesConflicts();
    void aStaleWriteIsRefusedByTheStore();
    void restoredEditsGoThroughTheCheck();
    void aMoveOfAPageMovedMeanwhileIsRefused();
    void aDeleteOfAPageChangedMeanwhileIsRefused_data();
    void aDeleteOfAPageChangedMeanwhileIsRefused();

private:
    // A second window on the same site, as Nino.
    std::unique_ptr<SiteDatabase> secondWindow();
    // The name Nino's saves are recorded with: hers in a file; on a team site the person
    // connected (the server's, which no client can claim otherwise: the test cluster's user).
    QString ninoName() const
    {
        return TestSupport::currentStore() == TestSupport::Store::File ? QStringLiteral("Nino")
                                                                       : m_site->author();
    }
    QStringList revisionTitles(qint64 page, const QString &language);
    QString m_location;
    qint64 id(const QString &path) { return PageRepository(*m_site).resolve(path).value(); }
    int revisions();
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestPageEditSession::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestPageEditSession::init()
{
    m_location = TestSupport::freshSiteLocation(m_dir, TestSupport::currentStore());
    auto site = DemoSite::createSite(m_location);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    m_site = std::move(site).value();
    m_site->setAuthor(QStringLiteral("Ana"));
}

std::unique_ptr<SiteDatabase> TestPageEditSession::secondWindow()
{
    auto site = SiteDatabase::open(m_location, SiteDatabase::Mode::Open);
    if (!site)
        qFatal("%s", qPrintable(site.error()));
    (*site)->setAuthor(QStringLiteral("Nino"));
    return std::move(site).value();
}

QStringList TestPageEditSession::revisionTitles(qint64 page, const QString &language)
{
    QStringList titles;
    for (const auto &revision : RevisionRepository(*m_site).list(page, language).value())
        titles << revision.title;
    return titles;
}

void TestPageEditSession::cleanup()
{
    m_site.reset();
}

int TestPageEditSession::revisions()
{
    QSqlQuery query = SqlAccess::query(*m_site);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM revision")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

void TestPageEditSession::loadsThePageInTheLanguage()
{
    PageEditSession session(*m_site);
    QVERIFY(
        session.open(id(QStringLiteral("news/online-seminar-on-trafficking")), QStringLiteral("ka"))
            .ok());
    QVERIFY(session.hasText());
    QVERIFY(session.fields().title.startsWith(u"ონლაინ სემინარი"_qs));
    QCOMPARE(session.fields().slug, QStringLiteral("online-seminar-on-trafficking"));
    QCOMPARE(session.fields().status, PageStatus::Published);
    QCOMPARE(session.fields().publishAt.date(), QDate(2020, 11, 25));
    QCOMPARE(session.kind(), PageKind::News);
    QVERIFY(!session.isModified());
}

void TestPageEditSession::savesTextAndPageFields()
{
    const qint64 page = id(QStringLiteral("take-action"));
    PageEditSession session(*m_site);
    QSignalSpy modified(&session, &PageEditSession::modifiedChanged);
    QVERIFY(session.open(page, QStringLiteral("en")).ok());
    session.setSummary(QStringLiteral("Three ways to help."));
    session.setBodyHtml(QStringLiteral("<p>Volunteer.</p>"));
    session.setStatus(PageStatus::Published);
    session.setPublishAt(QDateTime(QDate(2021, 1, 5), QTime(8, 0), Qt::UTC));
    QVERIFY(session.isModified());
    QCOMPARE(modified.size(), 1);
    const Status saved = session.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(!session.isModified());

    PageRepository pages(*m_site);
    QCOMPARE(pages.page(page)->status, PageStatus::Published);
    QCOMPARE(pages.page(page)->publishAt.date(), QDate(2021, 1, 5));
    const auto text = pages.translation(page, QStringLiteral("en")).value();
    QCOMPARE(text->summary, QStringLiteral("Three ways to help."));
    QCOMPARE(text->bodyHtml, QStringLiteral("<p>Volunteer.</p>"));
    QCOMPARE(text->title, QStringLiteral("Take Action")); // untouched
}

void TestPageEditSession::slugFollowsTheTitleOfADraft_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("publishedBefore"); // published once, then set back to draft
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    const QString derived = QStringLiteral("reintegration-grants-open-for-returning-migrants");
    QTest::newRow("draft follows its English title")
        << "news/reintegration-grants-2021"
        << "en" << false << "Grants for returning migrants"
        << "grants-for-returning-migrants";
    QTest::newRow("published keeps its URL") << "news/online-seminar-on-trafficking"
                                             << "en" << false << "Seminar on trafficking"
                                             << "online-seminar-on-trafficking";
    QTest::newRow("a Georgian title never moves it")
        << "news/reintegration-grants-2021"
        << "ka" << false << u"რეინტეგრაციის გრანტები მიგრანტებისთვის"_qs << derived;
    QTest::newRow("once published, a draft again keeps its URL")
        << "news/reintegration-grants-2021"
        << "en" << true << "Grants for returning migrants" << derived;
}

void TestPageEditSession::slugFollowsTheTitleOfADraft()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(bool, publishedBefore);
    QFETCH(QString, title);
    QFETCH(QString, slug);
    PageRepository pages(*m_site);
    const qint64 page = id(path);
    // The demo's draft has a hand-made slug; make it one that was derived from its title.
    if (pages.page(page)->status == PageStatus::Draft) {
        Page derived = pages.page(page).value();
        derived.slug = QStringLiteral("reintegration-grants-open-for-returning-migrants");
        QVERIFY(pages.updatePage(derived).ok());
        QVERIFY(!pages.page(page)->wasEverPublished());
    }
    if (publishedBefore) {
        Page published = pages.page(page).value();
        published.status = PageStatus::Published;
        QVERIFY(pages.updatePage(published).ok());
        published.status = PageStatus::Draft;
        QVERIFY(pages.updatePage(published).ok());
        QVERIFY(pages.page(page)->wasEverPublished());
    }
    PageEditSession session(*m_site);
    QVERIFY(session.open(page, language).ok());
    session.setTitle(title);
    QCOMPARE(session.fields().slug, slug);
    QVERIFY(session.save().ok());
    QCOMPARE(pages.page(page)->slug, slug);
    QCOMPARE(pages.translation(page, language).value()->title, title);

    // Once the slug is edited by hand it stays.
    session.setSlug(QStringLiteral("chosen"));
    session.setTitle(title + QStringLiteral(" again"));
    QCOMPARE(session.fields().slug, QStringLiteral("chosen"));
}

void TestPageEditSession::aTakenSlugDoesNotCostTheText()
{
    const qint64 page = id(QStringLiteral("who-we-are/iom-global"));
    PageEditSession session(*m_site);
    QVERIFY(session.open(page, QStringLiteral("en")).ok());
    session.setTitle(QStringLiteral("IOM worldwide"));
    session.setSlug(QStringLiteral("about")); // a sibling has it
    const Status saved = session.save();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().startsWith(QStringLiteral("The text was saved, but not the slug:")),
        qPrintable(saved.error()));
    QVERIFY(saved.error().contains(QStringLiteral("'about' is already used")));
    PageRepository pages(*m_site);
    QCOMPARE(pages.translation(page, QStringLiteral("en")).value()->title,
        QStringLiteral("IOM worldwide"));
    QCOMPARE(pages.page(page)->slug, QStringLiteral("iom-global"));
    QCOMPARE(session.fields().slug, QStringLiteral("iom-global"));
    QVERIFY(!session.isModified());
}

void TestPageEditSession::startsAMissingTranslation()
{
    const qint64 page = id(QStringLiteral("take-action"));
    PageEditSession session(*m_site);
    QVERIFY(session.open(page, QStringLiteral("ka")).ok());
    QVERIFY(!session.hasText());
    session.setTitle(u"იმოქმედეთ"_qs);
    QCOMPARE(session.fields().slug, QStringLiteral("take-action")); // not a draft: URL kept
    QVERIFY(session.save().ok());
    QVERIFY(session.hasText());
    QCOMPARE(PageRepository(*m_site).translation(page, QStringLiteral("ka")).value()->title,
        u"იმოქმედეთ"_qs);
}

void TestPageEditSession::unchangedSaveWritesNothing()
{
    PageEditSession session(*m_site);
    QVERIFY(session.open(id(QStringLiteral("news")), QStringLiteral("en")).ok());
    const int before = revisions();
    QSignalSpy saved(&session, &PageEditSession::saved);
    QVERIFY(session.save().ok());
    session.setTitle(QStringLiteral("News")); // the same title
    QVERIFY(session.save().ok());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(revisions(), before);
}

namespace {

const QString Body = QStringLiteral("<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>");

QString replaced(QString body, const QString &from, const QString &to)
{
    return body.replace(from, to);
}

} // namespace

void TestPageEditSession::disjointParagraphsMerge()
{
    const qint64 page = id(QStringLiteral("take-action"));
    {
        PageEditSession setup(*m_site);
        QVERIFY(setup.open(page, QStringLiteral("en")).ok());
        setup.setBodyHtml(Body);
        QVERIFY(setup.save().ok());
    }
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    theirs.setBodyHtml(replaced(Body, QStringLiteral("Three."), QStringLiteral("Three, by Nino.")));
    QVERIFY(theirs.save().ok());

    QSignalSpy merged(&mine, &PageEditSession::merged);
    QSignalSpy conflicted(&mine, &PageEditSession::conflicted);
    mine.setBodyHtml(replaced(Body, QStringLiteral("One."), QStringLiteral("One, by Ana.")));
    const Status saved = mine.save(SaveReason::Autosave);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(conflicted.count(), 0);
    QCOMPARE(merged.count(), 1);
    const QString both = QStringLiteral("<p>One, by Ana.</p>\n<p>Two.</p>\n<p>Three, by Nino.</p>");
    QCOMPARE(merged.first().at(0).value<PageEditSession::Fields>().bodyHtml, both);
    QVERIFY2(merged.first().at(1).toString().contains(ninoName()),
        qPrintable(merged.first().at(1).toString()));
    QCOMPARE(mine.fields().bodyHtml, both);
    QVERIFY(!mine.isModified());
    QCOMPARE(
        PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().bodyHtml, both);
    // Nothing discarded: Ana's unmerged text is a revision of its own.
    QList<QString> bodies;
    for (const auto &revision :
        RevisionRepository(*m_site).list(page, QStringLiteral("en")).value())
        bodies << revision.bodyHtml;
    QCOMPARE(bodies.mid(0, 3),
        (QList<QString> { both,
            replaced(Body, QStringLiteral("One."), QStringLiteral("One, by Ana.")),
            replaced(Body, QStringLiteral("Three."), QStringLiteral("Three, by Nino.")) }));
    QCOMPARE(mine.storedVersion(),
        PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().version);
}

void TestPageEditSession::theSameParagraphConflicts()
{
    const qint64 page = id(QStringLiteral("take-action"));
    {
        PageEditSession setup(*m_site);
        QVERIFY(setup.open(page, QStringLiteral("en")).ok());
        setup.setBodyHtml(Body);
        QVERIFY(setup.save().ok());
    }
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    const QString ninos = replaced(Body, QStringLiteral("Two."), QStringLiteral("Two, Nino's."));
    theirs.setBodyHtml(ninos);
    QVERIFY(theirs.save().ok());

    QSignalSpy merged(&mine, &PageEditSession::merged);
    QSignalSpy conflicted(&mine, &PageEditSession::conflicted);
    const QString anas = replaced(Body, QStringLiteral("Two."), QStringLiteral("Two, Ana's."));
    mine.setBodyHtml(anas);
    const Status saved = mine.save();
    QCOMPARE(saved.kind(), ErrorKind::Conflict);
    QVERIFY2(saved.error().contains(ninoName()), qPrintable(saved.error()));
    QCOMPARE(merged.count(), 0);
    QCOMPARE(conflicted.count(), 1);
    const auto conflict = conflicted.first().at(0).value<PageEditSession::Conflict>();
    QCOMPARE(conflict.conflictCount(), 1);
    QCOMPARE(conflict.theirAuthor, ninoName());
    QVERIFY(conflict.theirTime.isValid());
    // Not saved over Nino's text; Ana's stays in the session, and in the history.
    QCOMPARE(
        PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().bodyHtml, ninos);
    QVERIFY(mine.isModified());
    QCOMPARE(mine.fields().bodyHtml, anas);
    QCOMPARE(RevisionRepository(*m_site).list(page, QStringLiteral("en"))->first().bodyHtml, anas);
    // Saving again asks again, without a second copy of the same text in the history.
    const int before = revisions();
    QCOMPARE(mine.save().kind(), ErrorKind::Conflict);
    QCOMPARE(conflicted.count(), 2);
    QCOMPARE(revisions(), before);
}

void TestPageEditSession::aResolutionIsSavedAndKeepsBothInHistory_data()
{
    QTest::addColumn<ThreeWayMerge::Choice>("choice");
    QTest::addColumn<QString>("second");
    QTest::newRow("keep mine") << ThreeWayMerge::Choice::Mine << "<p>Two, Ana's.</p>\n";
    QTest::newRow("keep theirs") << ThreeWayMerge::Choice::Theirs << "<p>Two, Nino's.</p>\n";
    QTest::newRow("keep both") << ThreeWayMerge::Choice::Both
                               << "<p>Two, Ana's.</p>\n<p>Two, Nino's.</p>\n";
}

void TestPageEditSession::aResolutionIsSavedAndKeepsBothInHistory()
{
    QFETCH(ThreeWayMerge::Choice, choice);
    QFETCH(QString, second);
    const qint64 page = id(QStringLiteral("take-action"));
    {
        PageEditSession setup(*m_site);
        QVERIFY(setup.open(page, QStringLiteral("en")).ok());
        setup.setBodyHtml(Body);
        QVERIFY(setup.save().ok());
    }
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    const QString ninos = replaced(Body, QStringLiteral("Two."), QStringLiteral("Two, Nino's."));
    theirs.setBodyHtml(ninos);
    QVERIFY(theirs.save().ok());
    QSignalSpy conflicted(&mine, &PageEditSession::conflicted);
    const QString anas = replaced(Body, QStringLiteral("Two."), QStringLiteral("Two, Ana's."))
                             .replace(QStringLiteral("One."), QStringLiteral("One!"));
    mine.setBodyHtml(anas);
    QCOMPARE(mine.save().kind(), ErrorKind::Conflict);
    auto conflict = conflicted.first().at(0).value<PageEditSession::Conflict>();
    for (auto &part : conflict.body) {
        if (part.conflict)
            part.choice = choice;
    }
    const Status resolved = mine.resolve(conflict);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    const QString expected
        = QStringLiteral("<p>One!</p>\n") + second + QStringLiteral("<p>Three.</p>");
    QCOMPARE(PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().bodyHtml,
        expected);
    QCOMPARE(mine.fields().bodyHtml, expected);
    QVERIFY(!mine.isModified());
    QList<QString> bodies;
    for (const auto &revision :
        RevisionRepository(*m_site).list(page, QStringLiteral("en")).value())
        bodies << revision.bodyHtml;
    QCOMPARE(bodies.mid(0, 3), (QList<QString> { expected, anas, ninos }));
}

void TestPageEditSession::titleAgainstBodyMerges()
{
    const qint64 page = id(QStringLiteral("take-action"));
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    theirs.setTitle(QStringLiteral("Get involved"));
    QVERIFY(theirs.save().ok());
    mine.setBodyHtml(QStringLiteral("<p>Volunteer with us.</p>\n"));
    QSignalSpy merged(&mine, &PageEditSession::merged);
    QVERIFY(mine.save().ok());
    QCOMPARE(merged.count(), 1);
    const auto stored = PageRepository(*m_site).translation(page, QStringLiteral("en"))->value();
    QCOMPARE(stored.title, QStringLiteral("Get involved"));
    QCOMPARE(stored.bodyHtml, QStringLiteral("<p>Volunteer with us.</p>\n"));
    QCOMPARE(mine.fields().title, QStringLiteral("Get involved"));
}

void TestPageEditSession::statusAgainstTextMerges()
{
    const qint64 page = id(QStringLiteral("take-action"));
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    const PageStatus before = mine.fields().status;
    const PageStatus changed
        = before == PageStatus::Review ? PageStatus::Draft : PageStatus::Review;
    theirs.setStatus(changed);
    QVERIFY(theirs.save().ok());
    mine.setSummary(QStringLiteral("Ana's summary."));
    QSignalSpy merged(&mine, &PageEditSession::merged);
    QVERIFY(mine.save().ok());
    QCOMPARE(merged.count(), 1); // the page moved on: merged, not written over
    QCOMPARE(PageRepository(*m_site).page(page)->status, changed);
    QCOMPARE(mine.fields().status, changed);
    QCOMPARE(PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().summary,
        QStringLiteral("Ana's summary."));
}

void TestPageEditSession::statusOnBothSidesConflicts()
{
    const qint64 page = id(QStringLiteral("take-action"));
    auto other = secondWindow();
    PageEditSession mine(*m_site), theirs(*other);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    QCOMPARE(mine.fields().status, PageStatus::Review);
    theirs.setStatus(PageStatus::Published);
    QVERIFY(theirs.save().ok());
    mine.setStatus(PageStatus::Draft);
    QSignalSpy conflicted(&mine, &PageEditSession::conflicted);
    const Status saved = mine.save();
    QCOMPARE(saved.kind(), ErrorKind::Conflict);
    QCOMPARE(conflicted.count(), 1);
    const auto conflict = conflicted.first().at(0).value<PageEditSession::Conflict>();
    QCOMPARE(conflict.conflictCount(), 1);
    QCOMPARE(PageRepository(*m_site).page(page)->status, PageStatus::Published);
}

void TestPageEditSession::aStaleWriteIsRefusedByTheStore()
{
    const qint64 page = id(QStringLiteral("take-action"));
    PageRepository pages(*m_site);
    Translation text = pages.translation(page, QStringLiteral("en"))->value();
    const qint64 seen = text.version;
    auto other = secondWindow();
    Translation theirs = text;
    theirs.title = QStringLiteral("Nino's title");
    QVERIFY(PageRepository(*other).saveTranslation(theirs).ok());
    text.title = QStringLiteral("Ana's title");
    const Status saved = pages.saveTranslation(text, SaveReason::Save, seen);
    QCOMPARE(saved.kind(), ErrorKind::Conflict);
    QVERIFY2(saved.error().contains(u"changed by %1 at"_qs.arg(ninoName()))
            && saved.error().endsWith(u"; not saved"_qs),
        qPrintable(saved.error()));
    QCOMPARE(pages.translation(page, QStringLiteral("en"))->value().title,
        QStringLiteral("Nino's title"));
    // The page's own fields likewise.
    Page stale = pages.page(page).value();
    Page changed = stale;
    changed.slug = QStringLiteral("get-involved");
    QVERIFY(PageRepository(*other).updatePage(changed, stale.version).ok());
    stale.status = PageStatus::Review;
    QCOMPARE(pages.updatePage(stale, stale.version).kind(), ErrorKind::Conflict);
}

void TestPageEditSession::restoredEditsGoThroughTheCheck()
{
    // What the offline journal does: edits made from an older version, brought back later.
    const qint64 page = id(QStringLiteral("take-action"));
    PageEditSession mine(*m_site);
    QVERIFY(mine.open(page, QStringLiteral("en")).ok());
    const PageEditSession::Fields base = mine.baseFields();
    const qint64 baseVersion = mine.storedVersion();
    auto other = secondWindow();
    PageEditSession theirs(*other);
    QVERIFY(theirs.open(page, QStringLiteral("en")).ok());
    theirs.setTitle(QStringLiteral("Nino's title"));
    QVERIFY(theirs.save().ok());

    PageEditSession later(*m_site);
    QVERIFY(later.open(page, QStringLiteral("en")).ok());
    PageEditSession::Fields edited = base;
    edited.title = QStringLiteral("Ana's title");
    later.restoreEdits(base, baseVersion, edited);
    QVERIFY(later.isModified());
    QSignalSpy conflicted(&later, &PageEditSession::conflicted);
    QCOMPARE(later.save().kind(), ErrorKind::Conflict);
    QCOMPARE(conflicted.count(), 1);
    QCOMPARE(PageRepository(*m_site).translation(page, QStringLiteral("en"))->value().title,
        QStringLiteral("Nino's title"));
}

void TestPageEditSession::aMoveOfAPageMovedMeanwhileIsRefused()
{
    const qint64 page = id(QStringLiteral("take-action"));
    const qint64 seen = PageRepository(*m_site).page(page)->version;
    auto other = secondWindow();
    // Nino moves it under "Who We Are" first.
    const qint64 parent = id(QStringLiteral("who-we-are"));
    QVERIFY(PageRepository(*other).movePage(page, parent, 0).ok());
    MovePageCommand command(*m_site, page, 0, 0, nullptr, seen);
    const Status moved = command.execute();
    QCOMPARE(moved.kind(), ErrorKind::Conflict);
    QVERIFY2(moved.error().contains(u"Take Action"_qs) && moved.error().contains(ninoName()),
        qPrintable(moved.error()));
    QCOMPARE(PageRepository(*m_site).page(page)->parentId, parent);
    // With the version as it is now, the move goes through.
    MovePageCommand again(
        *m_site, page, 0, 0, nullptr, PageRepository(*m_site).page(page)->version);
    QVERIFY(again.execute().ok());
    QCOMPARE(PageRepository(*m_site).page(page)->parentId, 0);
}

void TestPageEditSession::aDeleteOfAPageChangedMeanwhileIsRefused_data()
{
    // "who-we-are" has the subpages "about" and "iom-global".
    QTest::addColumn<QString>("path"); // what a colleague changed meanwhile ("": nothing)
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("its text") << "who-we-are"
                              << "text" << false;
    QTest::newRow("its status") << "who-we-are"
                                << "status" << false;
    QTest::newRow("a subpage's text") << "who-we-are/about"
                                      << "text" << false;
    QTest::newRow("a subpage's status") << "who-we-are/iom-global"
                                        << "status" << false;
    QTest::newRow("a subpage made") << "who-we-are"
                                    << "new subpage" << false;
    QTest::newRow("a subpage deleted") << "who-we-are/about"
                                       << "delete" << true;
    QTest::newRow("nothing") << ""
                             << "" << true;
}

void TestPageEditSession::aDeleteOfAPageChangedMeanwhileIsRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, change);
    QFETCH(bool, deleted);
    const qint64 page = id(QStringLiteral("who-we-are"));
    // What the window's tree showed before the question "Move … to the trash?".
    const PageTree tree(PageRepository(*m_site).listing().value());
    const PageRepository::SeenTree seen = PageRepository::seenTree(tree, page);
    QCOMPARE(seen.size(), 3);
    auto other = secondWindow();
    PageRepository theirs(*other);
    const qint64 changed = path.isEmpty() ? 0 : theirs.resolve(path).value();
    if (change == u"text") {
        Translation text = theirs.translation(changed, QStringLiteral("en"))->value();
        text.title = QStringLiteral("Changed by Nino");
        QVERIFY(theirs.saveTranslation(text).ok());
    } else if (change == u"status") {
        Page page = theirs.page(changed).value();
        page.status = PageStatus::Review;
        QVERIFY(theirs.updatePage(page).ok());
    } else if (change == u"new subpage") {
        PageRepository::NewPage under;
        under.parentId = changed;
        QVERIFY(TestSupport::addPage(
                    *other, under, QStringLiteral("en"), QStringLiteral("Staff"), u"<p>New.</p>"_s)
            != 0);
    } else if (change == u"delete") {
        QVERIFY(theirs.deletePage(changed).ok());
    }
    const auto trashed = TrashRepository(*m_site).moveToTrash(page, seen);
    if (deleted) {
        QVERIFY2(trashed.ok(), qPrintable(trashed.error()));
        QCOMPARE(PageRepository(*m_site).page(page).kind(), ErrorKind::NotFound);
        return;
    }
    QCOMPARE(trashed.kind(), ErrorKind::Conflict);
    QVERIFY2(trashed.error().contains(ninoName()), qPrintable(trashed.error()));
    QVERIFY(PageRepository(*m_site).page(page).ok());
    QVERIFY(TrashRepository(*m_site).items()->isEmpty());
}

QTEST_GUILESS_MAIN(TestPageEditSession)
#include "tst_pageeditsession.moc"
