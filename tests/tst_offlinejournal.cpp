#include "store/offlinejournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The offline journal keeps what was typed on a team site while its server was away, on this
// computer, until it is sent: it must survive Newsdesk quitting, keep the text it was started
// from, and never mix two sites.
class TestOfflineJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aKeptTextSurvivesQuitting_data();
    void aKeptTextSurvivesQuitting();
    void keepingAgainKeepsTheFirstBase();
    void eachSiteHasItsOwnJournal();
    void anEmptyJournalLeavesNoFile();
    void aJournalThatCannotBeMadeIsNamed();

private:
    static bool ok(const Status &status)
    {
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return status.ok();
    }
    static OfflineJournal::Entry entry(qint64 pageId, const QString &language, const QString &body);
    static const inline QString Site = u"postgresql://nino@db.example.org/office"_s;
};

void TestOfflineJournal::init()
{
    QDir(OfflineJournal::folder()).removeRecursively();
}

OfflineJournal::Entry TestOfflineJournal::entry(
    qint64 pageId, const QString &language, const QString &body)
{
    OfflineJournal::Entry entry;
    entry.pageId = pageId;
    entry.language = language;
    entry.baseVersion = 41;
    entry.basePageVersion = 12;
    entry.base.title = u"Online seminar"_s;
    entry.base.slug = u"online-seminar"_s;
    entry.base.bodyHtml = u"<p>Before.</p>"_s;
    entry.edited = entry.base;
    entry.edited.bodyHtml = body;
    entry.keptAt = QDateTime(QDate(2026, 12, 2), QTime(14, 2), Qt::UTC);
    return entry;
}

void TestOfflineJournal::aKeptTextSurvivesQuitting_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QDateTime>("publishAt");
    QTest::addColumn<PageStatus>("status");
    QTest::newRow("English, no date") << u"en"_s << u"Seminar on trafficking"_s
                                      << u"<p>After; with ‘quotes’ and a <b>bold</b> word.</p>"_s
                                      << QDateTime() << PageStatus::Draft;
    QTest::newRow("Georgian, a date, in review")
        << u"ka"_s << u"ონლაინ სემინარი"_s << u"<p>ტრეფიკინგის შესახებ.</p>"_s
        << QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC) << PageStatus::Review;
    QTest::newRow("an empty body")
        << u"ka"_s << u"სათაური"_s << QString() << QDateTime() << PageStatus::Published;
}

void TestOfflineJournal::aKeptTextSurvivesQuitting()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QDateTime, publishAt);
    QFETCH(PageStatus, status);
    OfflineJournal::Entry kept = entry(7, language, body);
    kept.edited.title = title;
    kept.edited.publishAt = publishAt;
    kept.edited.status = status;
    {
        auto journal = OfflineJournal::open(Site);
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        QVERIFY(ok((*journal)->keep(kept)));
    } // Newsdesk quits
    QVERIFY(OfflineJournal::hasEntries(Site));
    auto journal = OfflineJournal::open(Site);
    QVERIFY(journal.ok());
    const auto entries = (*journal)->entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const OfflineJournal::Entry &read = entries->first();
    QCOMPARE(read.pageId, 7);
    QCOMPARE(read.language, language);
    QCOMPARE(read.baseVersion, 41);
    QCOMPARE(read.basePageVersion, 12);
    QVERIFY(read.base == kept.base);
    QCOMPARE(read.edited.title, title);
    QCOMPARE(read.edited.bodyHtml, body);
    QCOMPARE(read.edited.publishAt, publishAt);
    QCOMPARE(read.edited.status, status);
    QCOMPARE(read.keptAt, kept.keptAt);
}

void TestOfflineJournal::keepingAgainKeepsTheFirstBase()
{
    auto journal = OfflineJournal::open(Site);
    QVERIFY(journal.ok());
    QVERIFY(ok((*journal)->keep(entry(7, u"en"_s, u"<p>First try.</p>"_s))));
    OfflineJournal::Entry later = entry(7, u"en"_s, u"<p>Second try.</p>"_s);
    later.baseVersion = 99; // whatever the editor thinks now: the server last had 41
    later.basePageVersion = 98;
    later.base.bodyHtml = u"<p>First try.</p>"_s;
    QVERIFY(ok((*journal)->keep(later)));
    QVERIFY(ok((*journal)->keep(entry(8, u"en"_s, u"<p>Another page.</p>"_s))));
    const auto entries = (*journal)->entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    const OfflineJournal::Entry &seven
        = entries->at(0).pageId == 7 ? entries->at(0) : entries->at(1);
    QCOMPARE(seven.baseVersion, 41);
    QCOMPARE(seven.basePageVersion, 12);
    QCOMPARE(seven.base.bodyHtml, u"<p>Before.</p>"_s);
    QCOMPARE(seven.edited.bodyHtml, u"<p>Second try.</p>"_s);
    QVERIFY(ok((*journal)->remove(7, u"en"_s)));
    const auto left = (*journal)->entries();
    QVERIFY(left.ok());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().pageId, 8);
}

void TestOfflineJournal::eachSiteHasItsOwnJournal()
{
    const QString other = u"postgresql://nino@db.example.org/other"_s;
    const QString sameWithPassword = u"postgresql://nino:secret@db.example.org/office"_s;
    QCOMPARE(OfflineJournal::pathFor(sameWithPassword), OfflineJournal::pathFor(Site));
    QVERIFY(OfflineJournal::pathFor(other) != OfflineJournal::pathFor(Site));
    QVERIFY(!OfflineJournal::pathFor(Site).contains(u"secret"_s));
    {
        auto journal = OfflineJournal::open(Site);
        QVERIFY(journal.ok());
        QVERIFY(ok((*journal)->keep(entry(7, u"en"_s, u"<p>Office.</p>"_s))));
    }
    QVERIFY(OfflineJournal::hasEntries(sameWithPassword));
    QVERIFY(!OfflineJournal::hasEntries(other));
}

void TestOfflineJournal::anEmptyJournalLeavesNoFile()
{
    {
        auto journal = OfflineJournal::open(Site);
        QVERIFY(journal.ok());
        QVERIFY(ok((*journal)->keep(entry(7, u"en"_s, u"<p>Sent later.</p>"_s))));
        QVERIFY(ok((*journal)->remove(7, u"en"_s))); // sent
    }
    QVERIFY(!QFileInfo::exists(OfflineJournal::pathFor(Site)));
    QVERIFY(!OfflineJournal::hasEntries(Site));
}

void TestOfflineJournal::aJournalThatCannotBeMadeIsNamed()
{
    // A file where the journal's folder should be (a folder without write permission would
    // not stop root, who runs CI).
    QVERIFY(QDir().mkpath(QFileInfo(OfflineJournal::folder()).path()));
    QFile blocker(OfflineJournal::folder());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto journal = OfflineJournal::open(Site);
    QVERIFY(QFile::remove(OfflineJournal::folder()));
    QVERIFY(!journal.ok());
    QCOMPARE(journal.kind(), ErrorKind::Io);
    QVERIFY2(journal.error().contains(OfflineJournal::folder()), qPrintable(journal.error()));
}

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
