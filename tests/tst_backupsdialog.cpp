#include "backupsdialog.h"
#include "core/timestamps.h"
#include "testsupport.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// File › Restore from Backup, through its widgets.
class TestBackupsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsTheBackupsNewestFirst();
};

void TestBackupsDialog::listsTheBackupsNewestFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.newsdesk"_s);
    QVERIFY(createClosedSite(path, true));
    {
        BackupsDialog none(path);
        QCOMPARE(none.list()->topLevelItemCount(), 0);
        QVERIFY(none.selectedBackup().isEmpty());
    }
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        Timestamps::overrideNow(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(Backups::daily(**site).ok());
        Timestamps::overrideNow(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QVERIFY(Backups::daily(**site).ok());
        Timestamps::overrideNow({});
    }
    BackupsDialog dialog(path);
    dialog.show();
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), u"daily"_s);
    QVERIFY(list->topLevelItem(0)->text(2).endsWith(u"KiB"_s)
        || list->topLevelItem(0)->text(2).endsWith(u"kB"_s));
    // The newest is chosen; the other can be.
    QVERIFY(dialog.selectedBackup().endsWith(u"daily-2026-03-02.newsdesk"_s));
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(dialog.selectedBackup().endsWith(u"daily-2026-03-01.newsdesk"_s));
    QDir(Backups::folderFor(path)).removeRecursively();
}

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
