#include "editing/offlineedits.h"
#include "editing/pageeditsession.h"
#include "store/offlinejournal.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Text typed on a team site while its server was away is kept on this computer and sent when
// the server is back, through the same conflict check as any save: merged with what colleagues
// saved meanwhile, or a conflict to resolve; never saved over their work, never lost. A site
// file keeps no journal.
class TestOfflineEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyATeamSiteKeepsAJournal_data();
    void onlyATeamSiteKeepsAJournal();
    void aKeptTextIsSentLater_data();
    void aKeptTextIsSentLater();
    void theSameParagraphChangedMeanwhileIsAConflict();
    void theTextOpenWithNewerTypingIsLeftToTheEditor();
    void aTextWhosePageWentStaysAndIsNamed();

private:
    void makeSite(Store store);
    // Types `body` into page `page`'s English text in a session that is then closed without a
    // save going through (Newsdesk quit while the server was away); the journal keeps it.
    void typeAndKeep(OfflineEdits &edits, qint64 page, const QString &body);
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    qint64 m_page = 0;
};

void TestOfflineEdits::init()
{
    QDir(OfflineJournal::folder()).removeRecursively();
}

void TestOfflineEdits::makeSite(Store store)
{
    m_site = freshSite(m_dir, store);
    m_page = addPage(*m_site, {}, u"en"_s, u"Seminar"_s,
        u"<p>First paragraph.</p><p>Second paragraph.</p><p>Third paragraph.</p>"_s);
    QVERIFY(m_page != 0);
}

void TestOfflineEdits::cleanup()
{
    m_site.reset();
}

void TestOfflineEdits::typeAndKeep(OfflineEdits &edits, qint64 page, const QString &body)
{
    PageEditSession session(*m_site);
    QVERIFY(session.open(page, u"en"_s).ok());
    session.setBodyHtml(body);
    QVERIFY(session.isModified());
    const Status kept = edits.keep(session);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
}

void TestOfflineEdits::onlyATeamSiteKeepsAJournal_data()
{
    addStoreRows();
}

void TestOfflineEdits::onlyATeamSiteKeepsAJournal()
{
    QFETCH(bool, server);
    makeSite(server ? Store::Server : Store::File);
    const bool teamSite = server;
    OfflineEdits edits(m_site->path(), m_site->dialect() == SiteDatabase::Dialect::Postgres);
    QCOMPARE(edits.applies(), teamSite);
    typeAndKeep(edits, m_page, u"<p>Typed.</p>"_s);
    QCOMPARE(edits.hasWaiting(), teamSite);
    QCOMPARE(OfflineJournal::hasEntries(m_site->path()), teamSite);
    QVERIFY(OfflineEdits::isOffline(failure(ErrorKind::Io, u"cannot reach the server"_s)));
    QVERIFY(!OfflineEdits::isOffline(failure(ErrorKind::Conflict, u"changed by Nino"_s)));
    QVERIFY(!OfflineEdits::isOffline(Status()));
}

void TestOfflineEdits::aKeptTextIsSentLater_data()
{
    QTest::addColumn<QString>("colleague"); // what a colleague saved meanwhile (empty: nothing)
    QTest::addColumn<QString>("expected");
    const QString mine = u"<p>First paragraph, typed offline.</p>"_s;
    QTest::newRow("nobody else changed it")
        << QString()
        << u"<p>First paragraph, typed offline.</p><p>Second paragraph.</p>"
           "<p>Third paragraph.</p>"_s;
    QTest::newRow("a colleague changed another paragraph")
        << u"<p>First paragraph.</p><p>Second paragraph.</p><p>Third, by Nino.</p>"_s
        << u"<p>First paragraph, typed offline.</p>\n<p>Second paragraph.</p>\n"
           "<p>Third, by Nino.</p>"_s; // merged: canonical, a block a line
}

void TestOfflineEdits::aKeptTextIsSentLater()
{
    QFETCH(QString, colleague);
    QFETCH(QString, expected);
    makeSite(Store::Server);
    {
        OfflineEdits edits(m_site->path(), true);
        typeAndKeep(edits, m_page,
            u"<p>First paragraph, typed offline.</p><p>Second paragraph.</p>"
            "<p>Third paragraph.</p>"_s);
    } // Newsdesk quits with the journal kept
    if (!colleague.isEmpty())
        saveText(*m_site, m_page, u"en"_s, u"Seminar"_s, colleague);

    OfflineEdits edits(m_site->path(), true); // the next start
    QVERIFY(edits.hasWaiting());
    const OfflineEdits::Sending sending = edits.send(*m_site);
    QVERIFY2(sending.problems.isEmpty(), qPrintable(sending.problems.join(u'\n')));
    QCOMPARE(OfflineEdits::names(sending.sent), u"“Seminar” (en)"_s);
    QVERIFY(sending.conflicts.isEmpty());
    QVERIFY(!sending.offline);
    QVERIFY(!edits.hasWaiting());
    const auto stored = PageRepository(*m_site).translation(m_page, u"en"_s);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->bodyHtml, expected);
}

void TestOfflineEdits::theSameParagraphChangedMeanwhileIsAConflict()
{
    makeSite(Store::Server);
    const QString theirs
        = u"<p>First, by Nino.</p><p>Second paragraph.</p><p>Third paragraph.</p>"_s;
    {
        OfflineEdits edits(m_site->path(), true);
        typeAndKeep(edits, m_page,
            u"<p>First, typed offline.</p><p>Second paragraph.</p><p>Third paragraph.</p>"_s);
    }
    saveText(*m_site, m_page, u"en"_s, u"Seminar"_s, theirs);

    OfflineEdits edits(m_site->path(), true);
    const OfflineEdits::Sending sending = edits.send(*m_site);
    QVERIFY(sending.sent.isEmpty());
    QCOMPARE(sending.conflicts.size(), 1);
    QCOMPARE(sending.conflicts.first().pageId, m_page);
    // Nothing saved over Nino's text, and the offline text still waits, for the editor to
    // show side by side.
    const auto stored = PageRepository(*m_site).translation(m_page, u"en"_s);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->bodyHtml, theirs);
    QVERIFY(edits.hasWaiting());
    PageEditSession session(*m_site);
    QSignalSpy conflicted(&session, &PageEditSession::conflicted);
    QVERIFY(session.open(m_page, u"en"_s).ok());
    OfflineEdits::bringInto(session, sending.conflicts.first());
    QCOMPARE(session.save().kind(), ErrorKind::Conflict);
    QCOMPARE(conflicted.size(), 1);
    QVERIFY(session.fields().bodyHtml.contains(u"typed offline"_s));
}

void TestOfflineEdits::theTextOpenWithNewerTypingIsLeftToTheEditor()
{
    makeSite(Store::Server);
    const qint64 other = addPage(*m_site, {}, u"en"_s, u"Workshop"_s, u"<p>Old.</p>"_s);
    OfflineEdits edits(m_site->path(), true);
    typeAndKeep(edits, m_page, u"<p>Seminar, typed offline.</p>"_s);
    typeAndKeep(edits, other, u"<p>Workshop, typed offline.</p>"_s);

    const OfflineEdits::Sending sending = edits.send(*m_site, m_page, u"en"_s);
    QCOMPARE(OfflineEdits::names(sending.sent), u"“Workshop” (en)"_s);
    const auto waiting = edits.waiting();
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().pageId, m_page);
    const auto stored = PageRepository(*m_site).translation(other, u"en"_s);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->bodyHtml, u"<p>Workshop, typed offline.</p>"_s);
}

void TestOfflineEdits::aTextWhosePageWentStaysAndIsNamed()
{
    makeSite(Store::Server);
    OfflineEdits edits(m_site->path(), true);
    typeAndKeep(edits, m_page, u"<p>Typed offline.</p>"_s);
    // A colleague deleted the page for good meanwhile.
    QVERIFY(PageRepository(*m_site).deletePage(m_page).ok());

    const OfflineEdits::Sending sending = edits.send(*m_site);
    QVERIFY(sending.sent.isEmpty());
    QCOMPARE(sending.problems.size(), 1);
    QVERIFY2(sending.problems.first().startsWith(
                 u"“Seminar” (en), kept on this computer, was not sent: "_s),
        qPrintable(sending.problems.first()));
    QVERIFY(edits.hasWaiting()); // nothing typed is dropped without the user
}

QTEST_GUILESS_MAIN(TestOfflineEdits)
#include "tst_offlineedits.moc"
