// Export speed: `newsdesk bench-site`-shaped sites of 1,000 and 5,000 articles per language
// (600 words each), exported to a folder; then the re-export after one article changed.
// Targets: at least 5,000 pages/s, under 100 KB of peak memory per page, a one-page re-export
// of the 5,000-page site under 100 ms. Prints the figures; asserts nothing.
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "publish/siteexporter.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    for (int perLanguage : { 1000, 5000 }) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.newsdesk").arg(perLanguage));
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
        const qint64 first = SyntheticSite::populate(*site, { perLanguage, 600, 5 }).value();
        const QString bundle = dir.filePath(QStringLiteral("bundle-%1").arg(perLanguage));

        QElapsedTimer timer;
        timer.start();
        const auto report = SiteExporter(*site).exportTo(bundle);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        const double seconds = timer.nsecsElapsed() / 1e9;
        const int pages = 2 * perLanguage;
        out << QStringLiteral("%1 pages per language: %2 files in %3 s, %4 pages/s, peak RSS %5 MB "
                              "(%6 KB per page)\n")
                   .arg(perLanguage)
                   .arg(report->added)
                   .arg(seconds, 0, 'f', 2)
                   .arg(pages / seconds, 0, 'f', 0)
                   .arg(Bench::peakRssKb() / 1024)
                   .arg(Bench::peakRssKb() / pages);
        out.flush();

        PageRepository pages_(*site);
        Translation text = pages_.translation(first, QStringLiteral("en")).value().value();
        text.bodyHtml += QStringLiteral("\n<p>One more sentence.</p>");
        if (!pages_.saveTranslation(text))
            qFatal("cannot change the article");
        timer.restart();
        const auto again = SiteExporter(*site).exportTo(bundle);
        out << QStringLiteral("  re-export after one article changed: %1 ms (%2 changed)\n")
                   .arg(timer.elapsed())
                   .arg(again->changed);
        out.flush();
    }
    return 0;
}
