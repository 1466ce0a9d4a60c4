// `newsdesk copy` speed: a `bench-site`-shaped site of 5,000 articles per language (600 words
// each) copied from a file to a team site's server and back, each checked (counts and a
// checksum per table on both sides). Target: under 30 s each way. Prints the figures; asserts
// nothing.
//
// The server: the test cluster named by NEWSDESK_TEST_POSTGRES_HOST (its socket folder, as
// CTest passes it to the tests), or else a throw-away cluster of its own, started and removed
// with tests/postgres/cluster.sh.
#include "../postgrestestsupport.h"
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "store/sitecopy.h"
#include "store/sitedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int perLanguage = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;

    const Bench::ServerForBench cluster(QStringLiteral("copy"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.newsdesk"));
    const QString back = dir.filePath(QStringLiteral("back.newsdesk"));
    {
        QElapsedTimer timer;
        timer.start();
        auto site = SiteDatabase::open(file, SiteDatabase::Mode::Create).value();
        SyntheticSite::populate(*site, { perLanguage, 600, 5 }).value();
        out << QStringLiteral("site file of %1 articles per language: made in %2 s, %3 MB\n")
                   .arg(perLanguage)
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
                   .arg(QFileInfo(file).size() / (1024.0 * 1024.0), 0, 'f', 1);
    }
    const QString server = PostgresTestSupport::freshDatabaseUri(QStringLiteral("bench_copy"));
    if (server.isEmpty())
        qFatal("no empty database on the cluster in %s", qPrintable(PostgresTestSupport::host()));

    const auto measure = [&](const QString &what, const QString &from, const QString &to) {
        QElapsedTimer timer;
        timer.start();
        const auto report = SiteCopy::copy(from, to);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        out << QStringLiteral("  %1: %2 s, %3 rows (%4 tables), %5 rows/s, peak RSS %6 MB\n")
                   .arg(what)
                   .arg(seconds, 0, 'f', 2)
                   .arg(report->rows())
                   .arg(report->tables.size())
                   .arg(report->rows() / seconds, 0, 'f', 0)
                   .arg(Bench::peakRssKb() / 1024);
        out.flush();
    };
    measure(QStringLiteral("copy file → server"), file, server);
    measure(QStringLiteral("copy server → file"), server, back);
    return 0;
}
