// A team site on PostgreSQL against the same site in a file, on a cluster of the bench's own
// (PostgresTestSupport::OwnCluster: socket only, in a temporary folder, removed at the end):
//   - autosave: PageEditSession::save of a 600-word article after one more sentence, as the
//     editor saves every few seconds while one types (target on a team site: p95 under 10 ms);
//   - start-up: MainWindow::openSite until the page tree has painted, on a 10,000-page site
//     (5,000 per language; target on a team site: under 1 s);
//   - export: `newsdesk export` of that site to a .zip, in a child process (target: a team
//     site within 1.5 times the file's time).
// Prints the figures; asserts nothing.
#include "../postgrestestsupport.h"
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "editing/pageeditsession.h"
#include "mainwindow.h"
#include "previewview.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

constexpr int PagesPerLanguage = 5000;

// 200 autosaves of the site's first article, each after one more sentence.
QList<double> autosaves(SiteDatabase &site, qint64 articleId)
{
    PageEditSession session(site);
    if (const Status opened = session.open(articleId, QStringLiteral("en")); !opened)
        qFatal("%s", qPrintable(opened.error()));
    QString body = session.fields().bodyHtml;
    QList<double> samples;
    for (int i = 0; i < 200; ++i) {
        body += QStringLiteral("\n<p>One more sentence, %1.</p>").arg(i);
        session.setBodyHtml(body);
        QElapsedTimer timer;
        timer.start();
        if (const Status saved = session.save(SaveReason::Autosave); !saved)
            qFatal("%s", qPrintable(saved.error()));
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

// From openSite() until the page tree has painted: the window is there and usable.
double startUp(const QString &site)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    if (const Status opened = window.openSite(site); !opened)
        qFatal("%s", qPrintable(opened.error()));
    window.show();
    Bench::PaintWatch treePaint;
    window.findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"))
        ->installEventFilter(&treePaint);
    if (!treePaint.wait(30000))
        qFatal("the window never painted");
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    const Bench::PrivateHome home;
    PreviewView::prepareEnvironment();
    QApplication app(argc, argv);
    QTextStream out(stdout);

    PostgresTestSupport::OwnCluster cluster;
    if (!cluster.isStarted())
        qFatal("cannot start a PostgreSQL cluster in %s", qPrintable(cluster.socket()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.newsdesk"));
    const QString server = cluster.siteUri();
    struct Side
    {
        QString name;
        QString site;
        QList<double> autosaves;
        double startUpMs = 0;
        double exportSeconds = 0;
    };
    QList<Side> sides(2);
    sides[0].name = QStringLiteral("file");
    sides[0].site = file;
    sides[1].name = QStringLiteral("team site");
    sides[1].site = server;
    for (Side &side : sides) {
        QElapsedTimer timer;
        timer.start();
        qint64 articleId = 0;
        {
            auto site = SiteDatabase::open(side.site, SiteDatabase::Mode::Create);
            if (!site)
                qFatal("%s", qPrintable(site.error()));
            articleId = SyntheticSite::populate(**site, { PagesPerLanguage, 600, 5 }).value();
            out << QStringLiteral("%1: wrote %2 pages in %3 s\n")
                       .arg(side.name)
                       .arg(2 * PagesPerLanguage)
                       .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1);
            out.flush();
            side.autosaves = autosaves(**site, articleId);
        }
        ::sync(); // the site just written is not flushed during the figures below
        for (int round = 0; round < 3; ++round) // the best of three: the first warms the cache
            side.startUpMs
                = round == 0 ? startUp(side.site) : qMin(side.startUpMs, startUp(side.site));
        const QString zip = dir.filePath(side.name.section(u' ', 0, 0) + QStringLiteral(".zip"));
        side.exportSeconds = Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
            { QStringLiteral("export"), side.site, QStringLiteral("--out"), zip })
                                 .seconds;
    }

    for (const Side &side : sides) {
        out << QStringLiteral("%1:\n").arg(side.name);
        out.flush();
        Bench::print(QStringLiteral("  autosave of a 600-word article"), side.autosaves);
        out << QStringLiteral("  start-up on %1 pages until the tree painted: %2 ms (best of 3)\n")
                   .arg(2 * PagesPerLanguage)
                   .arg(side.startUpMs, 0, 'f', 0)
            << QStringLiteral("  export of %1 pages to a .zip: %2 s\n")
                   .arg(2 * PagesPerLanguage)
                   .arg(side.exportSeconds, 0, 'f', 2);
    }
    out << QStringLiteral("team site export / file export: %1\n")
               .arg(sides[1].exportSeconds / sides[0].exportSeconds, 0, 'f', 2)
        << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
