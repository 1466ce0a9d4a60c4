#include "editing/pageeditsession.h"
#include "store/pagerepository.h"
#include "store/sqlaccess.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
    m_site = TestSupport::freshDemoSite(m_dir, TestSupport::currentStore());
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

QTEST_GUILESS_MAIN(TestPageEditSession)
#include "tst_pageeditsession.moc"
