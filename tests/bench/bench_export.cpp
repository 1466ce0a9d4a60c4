// Export speed: `newsdesk bench-site`-shaped sites of 1,000 and 5,000 articles per language
// (600 words each). `newsdesk export` runs as its own process, so its wall time and peak
// memory are the command's: to a .zip (one file: the pipeline itself), to a folder in memory
// (tmpfs) and to a folder on disk (adds the file system's cost of creating ~11,000 folders and
// files). Then, in process as the editor does it, the re-export after one article changed.
// Targets: at least 5,000 pages/s, under 100 KB of peak memory per page, a one-page re-export
// of the 5,000-page site under 100 ms. Prints the figures; asserts nothing.
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "publish/siteexporter.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString memory = QDir(QStringLiteral("/dev/shm")).exists()
        ? QStringLiteral("/dev/shm/newsdesk-bench-%1").arg(QCoreApplication::applicationPid())
        : QString();
    for (int perLanguage : { 1000, 5000 }) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.newsdesk").arg(perLanguage));
        qint64 first = 0;
        {
            auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
            first = SyntheticSite::populate(*site, { perLanguage, 600, 5 }).value();
        }
        // The site just written is flushed first: the export's sync before its manifest
        // would wait for it otherwise (a site is not written a moment before its export).
        ::sync();
        const int pages = 2 * perLanguage;
        out << QStringLiteral("%1 pages per language (%2 pages):\n").arg(perLanguage).arg(pages);
        const auto print = [&](const QString &what, const Bench::ChildRun &run) {
            out << QStringLiteral("  %1: %2 s, %3 pages/s, peak RSS %4 MB (%5 KB per page)\n")
                       .arg(what)
                       .arg(run.seconds, 0, 'f', 2)
                       .arg(pages / run.seconds, 0, 'f', 0)
                       .arg(run.peakKb / 1024)
                       .arg(run.peakKb / pages);
            out.flush();
        };
        const QString zip = dir.filePath(QStringLiteral("bundle-%1.zip").arg(perLanguage));
        print(QStringLiteral("export to .zip"),
            Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
                { QStringLiteral("export"), path, QStringLiteral("--out"), zip }));
        if (!memory.isEmpty()) {
            const QString folder = memory + QStringLiteral("/bundle-%1").arg(perLanguage);
            print(QStringLiteral("export to a folder in memory (tmpfs)"),
                Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
                    { QStringLiteral("export"), path, QStringLiteral("--out"), folder }));
            QDir(folder).removeRecursively();
        }
        const QString bundle = dir.filePath(QStringLiteral("bundle-%1").arg(perLanguage));
        print(QStringLiteral("export to a folder on disk"),
            Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
                { QStringLiteral("export"), path, QStringLiteral("--out"), bundle }));

        // The editor's case: the site is open, one article changed, export again.
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open).value();
        SiteExporter(*site).exportTo(bundle).value(); // warm: the cache and the file system
        // What the full exports left unwritten is flushed first, or the re-export's
        // fdatasync would wait for it (an editor re-exports minutes later, not at once).
        ::sync();
        QList<double> samples;
        int changed = 0;
        for (int round = 0; round < 5; ++round) {
            PageRepository repository(*site);
            Translation text = repository.translation(first, QStringLiteral("en")).value().value();
            text.bodyHtml += QStringLiteral("\n<p>One more sentence, %1.</p>").arg(round);
            if (!repository.saveTranslation(text))
                qFatal("cannot change the article");
            QElapsedTimer timer;
            timer.start();
            const auto again = SiteExporter(*site).exportTo(bundle);
            samples.append(timer.nsecsElapsed() / 1e6);
            if (!again)
                qFatal("%s", qPrintable(again.error()));
            changed = again->changed;
        }
        Bench::print(QStringLiteral("  re-export after one article changed (%1 files rewritten)")
                         .arg(changed),
            samples);
        if (!memory.isEmpty())
            QDir(memory).removeRecursively();
    }
    return 0;
}
