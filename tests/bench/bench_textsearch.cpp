// Search the Site (Ctrl+Shift+F) and `newsdesk search` on two bench-site-shaped sites (articles
// in English and Georgian, 600 words each), each on a site file and on a team site (the same
// site copied to a PostgreSQL server):
// - "worst case": a dozen words that every article shares, so every query word matches every
//   text;
// - "dictionary words": words of the spelling dictionaries drawn by Zipf's law (as in real
//   writing, a few words are in every text and most in few), Georgian ones inflected.
// Per keystroke: the time from the key to the panel's results filled in, words typed a letter
// at a time. Then autosaves of one article with the index kept current, on the file. Targets:
// first results p95 under 30 ms on both stores; autosave p95 under 5 ms. Prints p50/p95 and
// peak RSS; asserts nothing.
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

void typing(SiteDatabase &site, const QString &store, const QStringList &words)
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
    QList<double> keystrokes;
    QList<std::pair<double, QString>> slowest; // what was typed, for the figures' tail
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            query->clear();
            for (const QChar c : word) {
                QElapsedTimer key;
                key.start();
                QTest::sendKeyEvent(
                    QTest::Click, query, Qt::Key_unknown, QString(c), Qt::NoModifier);
                keystrokes.append(key.nsecsElapsed() / 1e6);
                slowest.append({ keystrokes.last(), query->text() });
            }
            if (panel.results()->topLevelItemCount() == 0)
                qFatal("nothing found for %s", qPrintable(query->text()));
        }
    }
    Bench::print(QStringLiteral("search panel, keystroke to results (%1)").arg(store), keystrokes);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList tail;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        tail
            << QStringLiteral("%1 (%2 ms)").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1);
    out << QStringLiteral("  slowest: %1\n").arg(tail.join(QStringLiteral(", ")));
}

void autosaves(SiteDatabase &site, const QString &shape)
{
    // Autosaves of one article, a word more each time, the index kept in the same transaction.
    PageRepository pages(site);
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
        QStringLiteral("autosave of a 600-word Georgian article, index kept (%1, site file)")
            .arg(shape),
        saves);
    // Saves that change only the formatting: the words, and so the index, stay as they were.
    saves.clear();
    for (int i = 0; i < 200; ++i) {
        const QString from = i % 2 == 0 ? QStringLiteral("h2>") : QStringLiteral("h3>");
        text.bodyHtml.replace(from, i % 2 == 0 ? QStringLiteral("h3>") : QStringLiteral("h2>"));
        QElapsedTimer timer;
        timer.start();
        if (const Status saved = pages.saveTranslation(text); !saved)
            qFatal("%s", qPrintable(saved.error()));
        saves.append(timer.nsecsElapsed() / 1e6);
    }
    Bench::print(
        QStringLiteral("autosave that changes the formatting only (%1, site file)").arg(shape),
        saves);
}

// The site of `shape` on a file and on a server: typed into the panel on both, autosaved on
// the file.
void run(const QString &name, const SyntheticSite::Shape &shape, const QStringList &words)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.newsdesk"));
    {
        QElapsedTimer timer;
        timer.start();
        auto site = SiteDatabase::open(file, SiteDatabase::Mode::Create).value();
        SyntheticSite::populate(*site, shape).value();
        out << QStringLiteral("%1: site file of %2 articles per language: made in %3 s, %4 MB\n")
                   .arg(name)
                   .arg(shape.pagesPerLanguage)
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
        out << QStringLiteral("%1: copied to the server, its index built, in %2 s\n")
                   .arg(name)
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1);
    }
    {
        auto site = SiteDatabase::open(file, SiteDatabase::Mode::Open).value();
        typing(*site, name + QStringLiteral(", site file"), words);
        autosaves(*site, name);
    }
    {
        auto site = SiteDatabase::open(server, SiteDatabase::Mode::Open).value();
        typing(*site, name + QStringLiteral(", team site"), words);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const Bench::PrivateHome home;
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int perLanguage = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;

    const Bench::ServerForBench cluster(QStringLiteral("search"));

    // Words every article has, a title's number, a phrase; Georgian in other forms.
    run(QStringLiteral("worst case"), { perLanguage, 600, 5 },
        { QStringLiteral("border"), QStringLiteral("article 4321"),
            QStringLiteral("\"border participants\""), u"საზღვრის"_qs, u"სტატია 777"_qs,
            u"სამინისტროში"_qs });

    // The commonest word, a common one, a rare one and a two-word phrase in each language,
    // Georgian ones in an inflected form.
    SyntheticSite::Shape dictionary { perLanguage, 600, 5,
        SyntheticSite::dictionaryWords(QStringLiteral("/usr/share/hunspell/en_GB.dic")),
        SyntheticSite::dictionaryWords(
            QStringLiteral(NEWSDESK_DATA_DIR "/dictionaries/ka_GE.dic")) };
    if (dictionary.english.size() < 3000 || dictionary.georgian.size() < 3000)
        qFatal("no spelling dictionaries: run packaging/fetch-data.sh");
    const QStringList &en = dictionary.english;
    const QStringList &ka = dictionary.georgian;
    run(QStringLiteral("dictionary words"), dictionary,
        { en[0], en[40], en[2500], u'"' + en[3] + u' ' + en[1] + u'"', ka[0] + u"ში"_qs,
            ka[40] + u"ის"_qs, ka[2500], u'"' + ka[3] + u' ' + ka[1] + u'"' });
    out << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
