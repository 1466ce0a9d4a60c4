// PresenceRepository: who has which page text open, as leases in the site (schema 11), on a
// site file and on a team site.
#include "store/backups.h"
#include "store/presencerepository.h"
#include "store/sitecopy.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using Presence = PresenceRepository::Presence;

class TestPresenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addStoreRows(); } // every test on a site file and a team site
    void aLeaseIsSeenByOthersNotByItself();
    void theLatestTextHeldIsTheOneShown();
    void aReleasedLeaseIsGone();
    void aLeaseThatRanOutIsNotShownAndGoes_data();
    void aLeaseThatRanOutIsNotShownAndGoes();
    void aDeletedPageTakesItsLeasesAlong();
    void copiesAndBackupsLeaveLeasesOut();

private:
    // The site of the running test, closed, and two connections to it (two windows).
    struct TwoWindows
    {
        QString location;
        std::unique_ptr<SiteDatabase> first;
        std::unique_ptr<SiteDatabase> second;
    };
    TwoWindows twoWindows();
    qint64 rows(SiteDatabase &site);

    QTemporaryDir m_dir;
};

TestPresenceRepository::TwoWindows TestPresenceRepository::twoWindows()
{
    TwoWindows windows;
    windows.location = freshSiteLocation(m_dir, currentStore());
    if (!createClosedSite(windows.location, true))
        qFatal("cannot create the site");
    for (auto *window : { &windows.first, &windows.second }) {
        auto site = SiteDatabase::open(windows.location, SiteDatabase::Mode::Open);
        if (!site)
            qFatal("%s", qPrintable(site.error()));
        *window = std::move(site).value();
    }
    windows.first->setAuthor(u"Nino Beridze"_qs);
    windows.second->setAuthor(u"Giorgi"_qs);
    return windows;
}

qint64 TestPresenceRepository::rows(SiteDatabase &site)
{
    QSqlQuery query = SqlAccess::query(site);
    if (!query.exec(u"SELECT count(*) FROM presence"_qs) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestPresenceRepository::aLeaseIsSeenByOthersNotByItself()
{
    auto windows = twoWindows();
    PresenceRepository first(*windows.first), second(*windows.second);
    const Status held = first.hold(u"window-1"_qs, 1, u"ka"_qs, 120);
    QVERIFY2(held, qPrintable(held.error()));

    const auto seen = second.others(u"window-2"_qs);
    QVERIFY2(seen, qPrintable(seen.error()));
    // A file names the author; a team site the server's login (the test cluster's `newsdesk`),
    // which both connections share: the reader's own other window.
    const bool server = currentStore() == Store::Server;
    const Presence expected { u"window-1"_qs, server ? u"newsdesk"_qs : u"Nino Beridze"_qs, 1,
        u"ka"_qs, server };
    QCOMPARE(*seen, QList<Presence> { expected });
    QCOMPARE(first.others(u"window-1"_qs)->size(), 0); // never one's own
}

void TestPresenceRepository::theLatestTextHeldIsTheOneShown()
{
    auto windows = twoWindows();
    PresenceRepository first(*windows.first), second(*windows.second);
    QVERIFY(first.hold(u"window-1"_qs, 1, u"en"_qs, 120));
    QVERIFY(first.hold(u"window-1"_qs, 2, u"ka"_qs, 120)); // another page, another language
    QVERIFY(second.hold(u"window-2"_qs, 2, u"ka"_qs, 120));
    const auto seen = second.others(u"window-2"_qs);
    QVERIFY(seen);
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().pageId, 2);
    QCOMPARE(seen->first().language, u"ka"_qs);
    QCOMPARE(first.others(u"window-1"_qs)->size(), 1);
    QCOMPARE(rows(*windows.first), 2);
}

void TestPresenceRepository::aReleasedLeaseIsGone()
{
    auto windows = twoWindows();
    PresenceRepository first(*windows.first), second(*windows.second);
    QVERIFY(first.hold(u"window-1"_qs, 1, u"ka"_qs, 120));
    QCOMPARE(second.others(u"window-2"_qs)->size(), 1);
    const Status released = first.release(u"window-1"_qs);
    QVERIFY2(released, qPrintable(released.error()));
    QCOMPARE(second.others(u"window-2"_qs)->size(), 0);
    QCOMPARE(rows(*windows.second), 0);
}

void TestPresenceRepository::aLeaseThatRanOutIsNotShownAndGoes_data()
{
    QTest::addColumn<int>("leaseSeconds");
    QTest::addColumn<bool>("shown");
    QTest::newRow("two minutes") << 120 << true;
    QTest::newRow("ran out a second ago") << -1 << false;
    QTest::newRow("ran out an hour ago") << -3600 << false;
}

void TestPresenceRepository::aLeaseThatRanOutIsNotShownAndGoes()
{
    // A window that crashed renews nothing: its lease runs out by the database's clock.
    QFETCH(int, leaseSeconds);
    QFETCH(bool, shown);
    auto windows = twoWindows();
    PresenceRepository first(*windows.first), second(*windows.second);
    QVERIFY(first.hold(u"crashed"_qs, 1, u"ka"_qs, leaseSeconds));
    QCOMPARE(second.others(u"window-2"_qs)->size(), shown ? 1 : 0);
    QCOMPARE(rows(*windows.second), 1); // reading removes nothing
    // The next lease taken clears the ones that ran out.
    QVERIFY(second.hold(u"window-2"_qs, 2, u"en"_qs, 120));
    QCOMPARE(rows(*windows.second), shown ? 2 : 1);
}

void TestPresenceRepository::aDeletedPageTakesItsLeasesAlong()
{
    auto windows = twoWindows();
    PresenceRepository first(*windows.first), second(*windows.second);
    const qint64 page = addPage(*windows.first, {}, u"en"_qs, u"Short-lived"_qs);
    QVERIFY(page != 0);
    QVERIFY(first.hold(u"window-1"_qs, page, u"en"_qs, 120));
    const auto trashed = TrashRepository(*windows.second).moveToTrash(page);
    QVERIFY2(trashed, qPrintable(trashed.error()));
    QCOMPARE(second.others(u"window-2"_qs)->size(), 0);
    QCOMPARE(rows(*windows.second), 0);
}

void TestPresenceRepository::copiesAndBackupsLeaveLeasesOut()
{
    auto windows = twoWindows();
    QVERIFY(PresenceRepository(*windows.first).hold(u"window-1"_qs, 1, u"ka"_qs, 120));
    QCOMPARE(rows(*windows.first), 1);

    // A copy into a new file (a team site's backup is one too).
    const QString copy = m_dir.filePath(u"copy.newsdesk"_qs);
    SiteDatabase::removeFiles(copy);
    const auto copied = SiteCopy::copy(*windows.second, copy);
    QVERIFY2(copied, qPrintable(copied.error()));
    for (const SiteCopy::Table &table : copied->tables)
        QVERIFY(!SiteDatabase::presenceTables().contains(table.name));
    auto copySite = SiteDatabase::open(copy, SiteDatabase::Mode::ReadOnly);
    QVERIFY(copySite);
    QCOMPARE(rows(**copySite), 0);

    // A file's own backup (VACUUM INTO), emptied of leases after it is written.
    const QString backup = m_dir.filePath(u"backup.newsdesk"_qs);
    SiteDatabase::removeFiles(backup);
    const Status written = Backups::write(*windows.second, backup);
    QVERIFY2(written, qPrintable(written.error()));
    auto backupSite = SiteDatabase::open(backup, SiteDatabase::Mode::ReadOnly);
    QVERIFY(backupSite);
    QCOMPARE(rows(**backupSite), 0);
    QCOMPARE(rows(*windows.first), 1); // the site itself keeps its lease
}

QTEST_GUILESS_MAIN(TestPresenceRepository)
#include "tst_presencerepository.moc"
