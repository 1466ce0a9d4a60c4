// Search the Site (Ctrl+Shift+F) and `newsdesk search` on a bench-site-shaped site (articles
// in English and Georgian, 600 words each, whose few words every article shares: the worst case,
// where a word matches every text), on a site file and on a team site (the same site copied to
// a PostgreSQL server). Per keystroke: the time from the key to the panel's results filled in,
// words typed a letter at a time. Then autosaves of one article with the index kept current,
// on the file. Targets: first results p95 under 30 ms on both stores; autosave p95 under 5 ms.
// Prints p50/p95 and peak RSS; asserts nothing.
//
// The server: the test cluster named by NEWSDESK_TEST_POSTGRES_HOST, or a throw-away cluster
// of its own (tests/postgres/cluster.sh).
#include "../postgrestestsupport.h"
#include "benchsupport.h"
#include "content/pagetree.h"
#include "demo/syntheticsite.h"
#include "searchpanel.h"
#include "store/pagerepository.h"
#include "store/sitecopy.h"
#include "store/sitedatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

void typing(SiteDatabase &site, const QString &store)
{
    QTextStream out(stdout);
    const PageTree tree(PageRepository(site).listing().value());
    SearchPanel panel;
    panel.resize(400, 700);
    panel.setSite(&site, tree, { QStringLiteral("en"), QStringLiteral("ka") });
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        qFatal("the panel never showed");
    QLineEdit *query = panel.queryEdit();
    // Words every article has, a title's number, a phrase; Georgian in other forms.
    const QStringList words { QStringLiteral("border"), QStringLiteral("article 4321"),
        QStringLiteral("\"border participants\""), u"საზღვრის"_qs, u"სტატია 777"_qs,
        u"სამინისტროში"_qs };
    QList<double> keystrokes;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            query->clear();
            for (const QChar c : word) {
                QElapsedTimer key;
                key.start();
                QTest::sendKeyEvent(
                    QTest::Click, query, Qt::Key_unknown, QString(c), Qt::NoModifier);
                keystrokes.append(key.nsecsElapsed() / 1e6);
            }
            if (panel.results()->topLevelItemCount() == 0)
                qFatal("nothing found for %s", qPrintable(query->text()));
        }
    }
    Bench::print(QStringLiteral("search panel, keystroke to results (%1)").arg(store), keystrokes);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int perLanguage = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;

    const Bench::ServerForBench cluster(QStringLiteral("search"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.newsdesk"));
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
    const QString server = PostgresTestSupport::freshDatabaseUri(QStringLiteral("bench_search"));
    if (server.isEmpty())
        qFatal("no empty database on the cluster in %s", qPrintable(PostgresTestSupport::host()));
    {
        QElapsedTimer timer;
        timer.start();
        if (const auto copied = SiteCopy::copy(file, server); !copied)
            qFatal("%s", qPrintable(copied.error()));
        out << QStringLiteral("copied to the server, its index built, in %1 s\n")
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1);
    }

    {
        auto site = SiteDatabase::open(file, SiteDatabase::Mode::Open).value();
        typing(*site, QStringLiteral("site file"));
    }
    {
        auto site = SiteDatabase::open(server, SiteDatabase::Mode::Open).value();
        typing(*site, QStringLiteral("team site"));
    }

    // Autosaves of one article, a word more each time, the index kept in the same transaction.
    auto site = SiteDatabase::open(file, SiteDatabase::Mode::Open).value();
    PageRepository pages(*site);
    const qint64 article = pages.resolve(QStringLiteral("section-3")).value();
    const qint64 child = PageTree(pages.listing().value()).children(article).value(7);
    Translation text = pages.translation(child, QStringLiteral("ka")).value().value();
    QList<double> saves;
    for (int i = 0; i < 200; ++i) {
        text.bodyHtml.replace(QStringLiteral("</p>"), u" ბათუმი</p>"_qs);
        QElapsedTimer timer;
        timer.start();
        if (const Status saved = pages.saveTranslation(text); !saved)
            qFatal("%s", qPrintable(saved.error()));
        saves.append(timer.nsecsElapsed() / 1e6);
    }
    Bench::print(
        QStringLiteral("autosave of a 600-word Georgian article, index kept (site file)"), saves);
    out << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
