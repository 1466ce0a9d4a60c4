// SiteSession: one open site as the window and the command line use it.
#include "session/sitepresence.h"
#include "session/sitesession.h"
#include "store/backups.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class TestSiteSession : public QObject
{
    Q_OBJECT

private slots:
    void opensForEditingOrReadOnly_data();
    void opensForEditingOrReadOnly();
    void aFailedOpenKeepsTheSiteOpen_data();
    void aFailedOpenKeepsTheSiteOpen();
    void editsAreSavedBeforeTheSiteChanges();
    void aCommandRunsOnTheSavedEdits();
    void anotherConnectionsCommitIsNoticed_data() { addStoreRows(); } // a file, a team site
    void anotherConnectionsCommitIsNoticed();
    void ownWritesAreNotChangesElsewhere_data() { addStoreRows(); }
    void ownWritesAreNotChangesElsewhere();
    void aFileIsWatchedATeamSiteListenedTo_data() { addStoreRows(); }
    void aFileIsWatchedATeamSiteListenedTo();
    void aTeamSiteIsToldOfACommitWithinASecond();
    void aTeamSiteListensAgainAfterAReconnect();
    void othersSeeWhoIsWhere_data() { addStoreRows(); }
    void othersSeeWhoIsWhere();
    void aLeaseThatRanOutIsNotShown_data() { addStoreRows(); }
    void aLeaseThatRanOutIsNotShown();
    void restorePutsTheBackupInPlace();
    void aBackupThatCannotBeRestoredLeavesTheSiteOpen();
    void theBackgroundCheckFindsDamage();
    void theBackgroundCheckMakesTodaysBackup();
    void theAuthorIsRecorded();

private:
    QTemporaryDir m_dir;
};

void TestSiteSession::opensForEditingOrReadOnly_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("editing") << false;
    QTest::newRow("read-only") << true;
}

void TestSiteSession::opensForEditingOrReadOnly()
{
    QFETCH(bool, readOnly);
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QSignalSpy opened(&session, &SiteSession::opened);
    const Status status = session.open(
        path, readOnly ? SiteSession::Access::ReadOnly : SiteSession::Access::Editing);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(session.path(), path);
    QCOMPARE(session.isReadOnly(), readOnly);
    QCOMPARE(session.database()->isReadOnly(), readOnly);
    // The demo site's settings were read with it.
    QCOMPARE(session.settings().languages, (QStringList { u"en"_qs, u"ka"_qs }));
    QVERIFY(session.takeListing().size() >= 10); // the demo site's tree, read once
    QVERIFY(session.takeListing().isEmpty());
    const Status written = PageRepository(*session.database()).markUpToDate(1, u"ka"_qs);
    QCOMPARE(written.ok(), !readOnly);
}

void TestSiteSession::aFailedOpenKeepsTheSiteOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("missing file") << u"missing"_qs << int(ErrorKind::NotFound);
    QTest::newRow("damaged header") << u"damaged"_qs << int(ErrorKind::Damaged);
    QTest::newRow("newer Newsdesk") << u"newer"_qs << int(ErrorKind::NewerVersion);
    // The header is sound, the pages cannot be listed: not a site to show.
    QTest::newRow("damaged pages") << u"pages"_qs << int(ErrorKind::Damaged);
}

void TestSiteSession::aFailedOpenKeepsTheSiteOpen()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const QString good = freshSitePath(m_dir);
    QVERIFY(createClosedSite(good, true));
    const QString bad = m_dir.filePath(name + u".newsdesk"_qs);
    SiteDatabase::removeFiles(bad);
    if (name == u"damaged"_qs)
        QVERIFY(createClosedSite(bad, true) && damageSite(bad, Damage::Header));
    if (name == u"newer"_qs)
        QVERIFY(createClosedSite(bad, false) && markAsNewer(bad));
    if (name == u"pages"_qs)
        QVERIFY(createClosedSite(bad, true) && damageTable(bad, u"page"_qs));

    SiteSession session;
    QVERIFY(session.open(good));
    QSignalSpy closing(&session, &SiteSession::aboutToClose);
    const Status failed = session.open(bad);
    QVERIFY(!failed);
    QCOMPARE(int(failed.kind()), kind);
    QVERIFY2(failed.error().contains(bad), qPrintable(failed.error()));
    QCOMPARE(closing.count(), 0);
    QVERIFY(!session.takeListing().isEmpty()); // still the good site's tree
    QCOMPARE(session.path(), good);
    QVERIFY(PageRepository(*session.database()).listing().ok());
}

void TestSiteSession::editsAreSavedBeforeTheSiteChanges()
{
    const QString first = freshSitePath(m_dir);
    QVERIFY(createClosedSite(first, true));
    const QString second = m_dir.filePath(u"second.newsdesk"_qs);
    SiteDatabase::removeFiles(second);
    QVERIFY(createClosedSite(second, false));

    SiteSession session;
    QStringList events;
    session.setEditsSaver([&] {
        // The site is still open while its edits are saved.
        events.append(u"save "_qs + session.path());
        return Status();
    });
    connect(&session, &SiteSession::aboutToClose, this,
        [&] { events.append(u"close "_qs + session.path()); });
    connect(
        &session, &SiteSession::opened, this, [&] { events.append(u"open "_qs + session.path()); });
    QVERIFY(session.open(first));
    QVERIFY(session.open(second));
    QCOMPARE(events,
        (QStringList { u"open "_qs + first, u"save "_qs + first, u"close "_qs + first,
            u"open "_qs + second }));
}

void TestSiteSession::aCommandRunsOnTheSavedEdits()
{
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QVERIFY(session.open(path));
    QStringList events;
    session.setEditsSaver([&] {
        events.append(u"save"_qs);
        return Status();
    });
    const auto command = session.command([&] { events.append(u"work"_qs); });
    QVERIFY(events.isEmpty()); // made, not run
    command();
    QCOMPARE(events, (QStringList { u"save"_qs, u"work"_qs }));
}

void TestSiteSession::anotherConnectionsCommitIsNoticed()
{
    QFETCH(bool, server);
    const QString path = freshSiteLocation(m_dir, server ? Store::Server : Store::File);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QVERIFY(session.open(path));
    QSignalSpy changed(&session, &SiteSession::changedElsewhere);
    QVERIFY(!session.lookForChanges());

    // Another window or process: a connection of its own.
    auto other = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    QVERIFY(other.ok());
    SiteSettings settings = SiteRepository(**other).settings().value();
    settings.siteTitles[u"en"_qs] = u"Renamed elsewhere"_qs;
    QVERIFY(SiteRepository(**other).save(settings));

    QVERIFY(session.lookForChanges());
    QCOMPARE(changed.count(), 1);
    // The settings as the other connection left them.
    QCOMPARE(session.settings().siteTitles.value(u"en"_qs), u"Renamed elsewhere"_qs);
    QVERIFY(!session.lookForChanges()); // once per commit
    QCOMPARE(changed.count(), 1);
    // The watch does the same on its own.
    settings.siteTitles[u"en"_qs] = u"Renamed again"_qs;
    QVERIFY(SiteRepository(**other).save(settings));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, SiteSession::WatchIntervalMs * 4);
}

void TestSiteSession::ownWritesAreNotChangesElsewhere()
{
    QFETCH(bool, server);
    const QString path = freshSiteLocation(m_dir, server ? Store::Server : Store::File);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QVERIFY(session.open(path));
    QSignalSpy changed(&session, &SiteSession::changedElsewhere);
    QVERIFY(PageRepository(*session.database()).markUpToDate(1, u"ka"_qs));
    QVERIFY(!session.lookForChanges());
    QCOMPARE(changed.count(), 0);
}

void TestSiteSession::aFileIsWatchedATeamSiteListenedTo()
{
    // A file is looked at every WatchIntervalMs; a team site's server announces commits, so no
    // timer looks for changes there.
    QFETCH(bool, server);
    const QString path = freshSiteLocation(m_dir, server ? Store::Server : Store::File);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QVERIFY(session.open(path));
    QCOMPARE(session.isPolling(), !server);
    const auto *watch = session.findChild<QTimer *>(u"Site watch"_qs);
    QVERIFY(watch);
    QCOMPARE(watch->isActive(), !server);
}

void TestSiteSession::aTeamSiteIsToldOfACommitWithinASecond()
{
    // Two windows on one team site: a commit in one reaches the other through the server's
    // announcement (LISTEN/NOTIFY), well before a poll would have looked (WatchIntervalMs).
    const QString path = freshSiteLocation(m_dir, Store::Server);
    QVERIFY(createClosedSite(path, true));
    SiteSession first, second;
    QVERIFY(first.open(path));
    QVERIFY(second.open(path));
    QVERIFY(!second.isPolling());
    QSignalSpy firstChanged(&first, &SiteSession::changedElsewhere);
    QSignalSpy secondChanged(&second, &SiteSession::changedElsewhere);

    QElapsedTimer clock;
    clock.start();
    saveText(*first.database(), 1, u"ka"_qs, u"სიახლე"_qs, u"<p>ახალი ტექსტი</p>"_qs);
    QVERIFY(secondChanged.wait(1000));
    qInfo("a commit reached the other window after %lld ms", clock.elapsed());
    QCOMPARE(secondChanged.count(), 1);
    QCOMPARE(
        PageRepository(*second.database()).translation(1, u"ka"_qs)->value().title, u"სიახლე"_qs);

    // A window is not told of its own commits: the second window's commit comes after the
    // first's own announcement on the same connection, and is the only one the first hears.
    SiteSettings settings = SiteRepository(*second.database()).settings().value();
    settings.siteTitles[u"en"_qs] = u"Renamed in the second window"_qs;
    QVERIFY(SiteRepository(*second.database()).save(settings));
    QTRY_COMPARE_WITH_TIMEOUT(firstChanged.count(), 1, 1000);
    QCOMPARE(first.settings().siteTitles.value(u"en"_qs), u"Renamed in the second window"_qs);
    QCOMPARE(secondChanged.count(), 1);
}

void TestSiteSession::aTeamSiteListensAgainAfterAReconnect()
{
    // The server restarts: the connection that listened is gone. Once it is made again, the
    // window listens again, and reloads once for what it may have missed meanwhile.
    PostgresTestSupport::OwnCluster cluster;
    QVERIFY(cluster.isStarted());
    const QString uri = cluster.siteUri();
    QVERIFY(createClosedSite(uri, true));
    SiteSession session;
    QVERIFY(session.open(uri));
    auto other = SiteDatabase::open(uri, SiteDatabase::Mode::Open);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QSignalSpy changed(&session, &SiteSession::changedElsewhere);

    QVERIFY(cluster.run(u"crash"_qs));
    // The next thing the window does on the site (here its presence renewal) reconnects.
    const Status refreshed = session.presence()->refresh();
    QVERIFY2(refreshed, qPrintable(refreshed.error()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000); // anything may have changed
    saveText(**other, 1, u"en"_qs, u"After the restart"_qs, u"<p>Back.</p>"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
}

void TestSiteSession::othersSeeWhoIsWhere()
{
    // Two windows on one site: what one has open, the other sees (a file's watch or a team
    // site's announcement tells it); closing the page or the window takes it away.
    QFETCH(bool, server);
    const QString path = freshSiteLocation(m_dir, server ? Store::Server : Store::File);
    QVERIFY(createClosedSite(path, true));
    SiteSession watching;
    QVERIFY(watching.open(path));
    QSignalSpy othersChanged(watching.presence(), &SitePresence::othersChanged);
    const int timeout = server ? 1000 : SiteSession::WatchIntervalMs * 4;
    {
        SiteSession editing;
        editing.setAuthor(u"Nino"_qs);
        QVERIFY(editing.open(path));
        const Status held = editing.presence()->hold(1, u"ka"_qs);
        QVERIFY2(held, qPrintable(held.error()));
        QTRY_COMPARE_WITH_TIMEOUT(watching.presence()->others().size(), 1, timeout);
        const PresenceRepository::Presence seen = watching.presence()->others().first();
        QCOMPARE(seen.client, editing.presence()->clientId());
        QCOMPARE(seen.pageId, 1);
        QCOMPARE(seen.language, u"ka"_qs);
        if (!server)
            QCOMPARE(SitePresence::describe(seen), u"Nino is editing the Georgian text"_qs);
        QVERIFY(editing.presence()->others().isEmpty()); // never one's own
        QCOMPARE(watching.presence()->othersOn(1).size(), 1);
        QCOMPARE(watching.presence()->othersOn(2).size(), 0);

        QVERIFY(editing.presence()->hold(0, {})); // the page closed
        QTRY_COMPARE_WITH_TIMEOUT(watching.presence()->others().size(), 0, timeout);
        QVERIFY(editing.presence()->hold(1, u"en"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(watching.presence()->others().size(), 1, timeout);
    } // the window closed
    QTRY_COMPARE_WITH_TIMEOUT(watching.presence()->others().size(), 0, timeout);
    QVERIFY(othersChanged.count() >= 4);
}

void TestSiteSession::aLeaseThatRanOutIsNotShown()
{
    // A window that crashed renews nothing; its lease runs out (here at once) and it is no
    // longer shown at the others' next look.
    QFETCH(bool, server);
    const QString path = freshSiteLocation(m_dir, server ? Store::Server : Store::File);
    QVERIFY(createClosedSite(path, true));
    SiteSession watching, crashed;
    QVERIFY(watching.open(path));
    QVERIFY(crashed.open(path));
    QVERIFY(crashed.presence()->hold(2, u"en"_qs));
    QVERIFY(watching.presence()->refresh());
    QCOMPARE(watching.presence()->others().size(), 1);
    crashed.presence()->setLeaseSeconds(-1);
    QVERIFY(crashed.presence()->hold(2, u"en"_qs)); // as if its last renewal were long ago
    QVERIFY(watching.presence()->refresh());
    QCOMPARE(watching.presence()->others().size(), 0);
}

void TestSiteSession::restorePutsTheBackupInPlace()
{
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    QDir(Backups::folderFor(path)).removeRecursively();
    SiteSession session;
    QVERIFY(session.open(path));
    const auto backup = Backups::daily(*session.database());
    QVERIFY2(backup, qPrintable(backup.error()));
    const qint64 pages = PageRepository(*session.database()).listing()->size();
    QVERIFY(addPage(*session.database(), {}, u"en"_qs, u"Later"_qs) != 0);
    QCOMPARE(PageRepository(*session.database()).listing()->size(), pages + 1);

    QSignalSpy closing(&session, &SiteSession::aboutToClose);
    QSignalSpy opened(&session, &SiteSession::opened);
    const Status restored = session.restore(path, *backup);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(closing.count(), 1); // closed while the file was replaced
    QCOMPARE(opened.count(), 1);
    QCOMPARE(session.path(), path);
    QCOMPARE(PageRepository(*session.database()).listing()->size(), pages);
    QDir(Backups::folderFor(path)).removeRecursively();
}

void TestSiteSession::aBackupThatCannotBeRestoredLeavesTheSiteOpen()
{
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    QVERIFY(session.open(path));
    const QString notABackup = m_dir.filePath(u"not-a-backup.newsdesk"_qs);
    QVERIFY(writeFile(notABackup, QByteArray(8192, 'x')));
    const Status restored = session.restore(path, notABackup);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(notABackup), qPrintable(restored.error()));
    QCOMPARE(session.path(), path); // the site as it was, open again
    QVERIFY(PageRepository(*session.database()).listing().ok());
}

void TestSiteSession::theBackgroundCheckFindsDamage()
{
    // The revisions garbled: the site opens (it reads none), quick_check does not pass.
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    QVERIFY(damageTable(path, u"revision"_qs));
    SiteSession session;
    const Status opened = session.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QSignalSpy damaged(&session, &SiteSession::damaged);
    QSignalSpy notice(&session, &SiteSession::notice);
    session.checkInBackground();
    QVERIFY(damaged.wait(20000));
    QVERIFY2(damaged.first().first().toString().startsWith(path + u": the site file is damaged"_qs),
        qPrintable(damaged.first().first().toString()));
    QCOMPARE(notice.count(), 0);
    QVERIFY(Backups::list(path).isEmpty()); // no backup of a damaged file
}

void TestSiteSession::theBackgroundCheckMakesTodaysBackup()
{
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    QDir(Backups::folderFor(path)).removeRecursively();
    SiteSession session;
    QVERIFY(session.open(path));
    QSignalSpy damaged(&session, &SiteSession::damaged);
    QSignalSpy notice(&session, &SiteSession::notice);
    session.checkInBackground();
    QTRY_COMPARE_WITH_TIMEOUT(Backups::list(path).size(), 1, 20000);
    QCOMPARE(Backups::list(path).first().kind, Backups::Kind::Daily);
    QCOMPARE(damaged.count(), 0);
    QCOMPARE(notice.count(), 0);
    QDir(Backups::folderFor(path)).removeRecursively();
}

void TestSiteSession::theAuthorIsRecorded()
{
    const QString path = freshSitePath(m_dir);
    QVERIFY(createClosedSite(path, true));
    SiteSession session;
    session.setAuthor(u"Nino Beridze"_qs);
    QVERIFY(session.open(path));
    QCOMPARE(session.database()->author(), u"Nino Beridze"_qs);
    session.setAuthor(u"Giorgi"_qs); // Preferences changed the name while the site is open
    QCOMPARE(session.database()->author(), u"Giorgi"_qs);
    auto database = SiteSession::openDatabase(
        path, SiteDatabase::Mode::ReadOnly, SiteDatabase::Check::HeaderOnly, u"Tamar"_qs);
    QVERIFY(database.ok());
    QCOMPARE((*database)->author(), u"Tamar"_qs);
}

QTEST_GUILESS_MAIN(TestSiteSession)
#include "tst_sitesession.moc"
