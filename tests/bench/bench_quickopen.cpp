// Quick open (Ctrl+P) on a 10,000-page bilingual site, headless: per keystroke, the time
// from the key to the list of results filled in (PageFinder over every title and path, then
// the rows), for English and Georgian words typed one letter at a time, including a word that
// every page has. The finder works on the tree the window already holds, not on the store, so
// both stores give the same figures. Target: p95 under 30 ms. Prints p50/p95 and peak RSS;
// asserts nothing.
#include "benchsupport.h"
#include "content/pagetree.h"
#include "demo/syntheticsite.h"
#include "quickopendialog.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "tree/pagefinder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

int main(int argc, char *argv[])
{
    const Bench::PrivateHome home;
    QApplication app(argc, argv);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.newsdesk"));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
        if (!SyntheticSite::populate(*site, { 10000, 600, 5 }))
            qFatal("cannot generate the site");
    }
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open).value();
    QElapsedTimer timer;
    timer.start();
    const PageTree tree(PageRepository(*site).listing().value());
    out << QStringLiteral("listing of %1 pages: %2 ms\n").arg(tree.size()).arg(timer.elapsed());
    timer.restart();
    const PageFinder finder(tree);
    out << QStringLiteral("finder built in %1 ms\n").arg(timer.elapsed());

    QuickOpenDialog dialog(tree, { QStringLiteral("en"), QStringLiteral("ka") });
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("the dialog never showed");
    QLineEdit *query = dialog.queryEdit();
    const QStringList words { QStringLiteral("article 4321"), QStringLiteral("border"),
        QStringLiteral("სტატია 777"), QStringLiteral("საზღვრის"), QStringLiteral("section 7") };
    QList<double> keystrokes;
    for (int round = 0; round < 5; ++round) {
        for (const QString &word : words) {
            query->clear();
            for (const QChar c : word) {
                QElapsedTimer key;
                key.start();
                QTest::sendKeyEvent(
                    QTest::Click, query, Qt::Key_unknown, QString(c), Qt::NoModifier);
                keystrokes.append(key.nsecsElapsed() / 1e6);
                if (dialog.results()->topLevelItemCount() == 0)
                    qFatal("nothing found for %s", qPrintable(query->text()));
            }
        }
    }
    Bench::print(QStringLiteral("quick open, keystroke to results (10,000 pages)"), keystrokes);
    out << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
