#include "core/timestamps.h"
#include "store/backups.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Backups of a site: daily ones kept for a week, each checked, and a restore that gives the
// site back as it was.
class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aDailyBackupOnceADayForAWeek();
    void restoreGivesTheSiteBackAsItWas();
    void aDamagedBackupIsRefused();
    void aCopyGoesWhereItIsTold();

private:
    QString title(const QString &path) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestBackups::init()
{
    m_path = m_dir.filePath(u"%1.newsdesk"_s.arg(QTest::currentTestFunction()));
    QVERIFY(createClosedSite(m_path, true));
}

void TestBackups::cleanup()
{
    Timestamps::overrideNow({});
    QDir(Backups::folderFor(m_path)).removeRecursively();
}

QString TestBackups::title(const QString &path) const
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return site.error();
    return PageRepository(**site).translation(1, u"en"_s).value().value().title;
}

void TestBackups::aDailyBackupOnceADayForAWeek()
{
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
    QVERIFY(site.ok());
    const QDateTime first(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
    for (int day = 0; day < 9; ++day) {
        Timestamps::overrideNow(first.addDays(day));
        const auto made = Backups::daily(**site);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(made->endsWith(
            u"/daily-%1.newsdesk"_s.arg(first.addDays(day).date().toString(Qt::ISODate))));
        Timestamps::overrideNow(first.addDays(day).addSecs(3600));
        QCOMPARE(*Backups::daily(**site), QString()); // once a day
    }
    const auto backups = Backups::list(m_path);
    QCOMPARE(backups.size(), Backups::DailyKept);
    QCOMPARE(backups.first().made.date(), first.addDays(8).date()); // newest first
    QCOMPARE(backups.last().made.date(), first.addDays(2).date());
    for (const auto &backup : backups) {
        QCOMPARE(backup.kind, Backups::Kind::Daily);
        QVERIFY(backup.size > 0);
        QVERIFY2(Backups::verify(backup.path).ok(), qPrintable(backup.path));
    }
}

void TestBackups::restoreGivesTheSiteBackAsItWas()
{
    QString backup;
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        backup = Backups::daily(**site).value();
        PageRepository pages(**site);
        Translation text = pages.translation(1, u"en"_s).value().value();
        text.title = u"Changed after the backup"_s;
        QVERIFY(pages.saveTranslation(text).ok());
    }
    QCOMPARE(title(m_path), u"Changed after the backup"_s);
    const auto restored = Backups::restore(m_path, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(title(m_path), u"Who We Are"_s);
    QVERIFY(!QFileInfo::exists(m_path + u".restoring"_s));
    // What was replaced is a backup itself.
    const auto backups = Backups::list(m_path);
    QCOMPARE(backups.size(), 2);
    const auto before = std::find_if(backups.cbegin(), backups.cend(),
        [](const Backups::Backup &b) { return b.kind == Backups::Kind::BeforeRestore; });
    QVERIFY(before != backups.cend());
    QCOMPARE(title(before->path), u"Changed after the backup"_s);
}

void TestBackups::aDamagedBackupIsRefused()
{
    QString backup;
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        backup = Backups::daily(**site).value();
    }
    QByteArray bytes = readFile(backup);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0x5A);
    QVERIFY(writeFile(backup, bytes));
    const QByteArray site = readFile(m_path);
    const auto restored = Backups::restore(m_path, backup);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().startsWith(backup + u": "_s), qPrintable(restored.error()));
    QCOMPARE(readFile(m_path), site); // untouched
}

void TestBackups::aCopyGoesWhereItIsTold()
{
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    QVERIFY(site.ok());
    const QString copy = m_dir.filePath(u"copies/copy.newsdesk"_s);
    QVERIFY(Backups::write(**site, copy).ok());
    QCOMPARE(title(copy), u"Who We Are"_s);
    const auto again = Backups::write(**site, copy);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"exists already"_s), qPrintable(again.error()));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
