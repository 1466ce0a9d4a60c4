// The exported site's search (Pagefind): on a generated bilingual site whose texts are drawn
// from the spelling dictionaries' words (a realistic vocabulary: Zipf-distributed over 30,000
// words per language, Georgian stems with case endings), 5,000 articles per language by
// default (an argument changes it), it prints
// - the export's time with and without the index, and a re-export after one article changed
//   (the index is made again whenever a searchable page changed);
// - the index's size per language and per 1,000 pages of that language;
// - the bytes a visitor downloads for one query, per language (the search page loaded in
//   headless Chromium over a local HTTP server; search page, then Pagefind's files);
// - whether two exports give byte-identical indexes.
// Asserts nothing about time.
#include "../browsersupport.h"
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "publish/searchindex.h"
#include "publish/siteexporter.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace {

QMap<QString, QByteArray> indexFiles(const QString &bundle)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        bundle + QStringLiteral("/pagefind"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(bundle).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int perLanguage = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 5000;
    if (SearchIndex::binary().isEmpty())
        qFatal("no Pagefind: run packaging/fetch-data.sh build/data");
    QTemporaryDir dir;
    SyntheticSite::Shape shape { perLanguage, 600, 5,
        SyntheticSite::dictionaryWords(QStringLiteral("/usr/share/hunspell/en_GB.dic")),
        SyntheticSite::dictionaryWords(
            QStringLiteral(NEWSDESK_DATA_DIR "/dictionaries/ka_GE.dic")) };
    if (shape.english.isEmpty() || shape.georgian.isEmpty())
        qFatal("no spelling dictionaries: run packaging/fetch-data.sh");
    const QString path = dir.filePath(QStringLiteral("search.newsdesk"));
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
    SyntheticSite::populate(*site, shape).value();
    out << QStringLiteral("%1 articles per language (%2 pages), 600 words each\n")
               .arg(perLanguage)
               .arg(2 * perLanguage);

    // The export with and without the index, into folders in memory when there is /dev/shm
    // (the file system's cost is bench_export's subject).
    QTemporaryDir memory(QStringLiteral("/dev/shm/newsdesk-bench-XXXXXX"));
    const QDir folders(memory.isValid() ? memory.path() : dir.path());
    const QString bundle = folders.filePath(QStringLiteral("bundle"));
    QElapsedTimer timer;
    timer.start();
    SiteExporter(*site).exportTo(bundle).value();
    const double withIndex = timer.nsecsElapsed() / 1e9;
    qputenv("NEWSDESK_PAGEFIND", "/nonexistent");
    timer.restart();
    SiteExporter(*site).exportTo(folders.filePath(QStringLiteral("plain"))).value();
    const double without = timer.nsecsElapsed() / 1e9;
    qunsetenv("NEWSDESK_PAGEFIND");
    out << QStringLiteral("  export to a folder: %1 s with the index, %2 s without\n")
               .arg(withIndex, 0, 'f', 2)
               .arg(without, 0, 'f', 2);
    out.flush();
    {
        PageRepository repository(*site);
        const qint64 first = repository.resolve(QStringLiteral("section-1/article-1")).value();
        Translation text = repository.translation(first, QStringLiteral("en")).value().value();
        text.bodyHtml += QStringLiteral("\n<p>One more sentence.</p>");
        if (!repository.saveTranslation(text))
            qFatal("cannot change the article");
        timer.restart();
        SiteExporter(*site).exportTo(bundle).value();
        out << QStringLiteral("  re-export after one article changed: %1 s (index made again)\n")
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2);
        out.flush();
    }

    // Sizes.
    const QMap<QString, QByteArray> index = indexFiles(bundle);
    QMap<QString, qint64> perPart;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        const QString name = it.key().section(u'/', -1);
        QString part = QStringLiteral("shared (pagefind.js, WebAssembly, entry, licence)");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
            if (name.startsWith(language + u'_')
                || name.startsWith(QStringLiteral("pagefind.") + language + u'_'))
                part = language;
        }
        perPart[part] += it.value().size();
    }
    for (auto it = perPart.cbegin(); it != perPart.cend(); ++it) {
        out << QStringLiteral("  index %1: %2 MB").arg(it.key()).arg(it.value() / 1e6, 0, 'f', 2);
        if (it.key().size() == 2)
            out << QStringLiteral(", %1 KB per 1,000 pages")
                       .arg(it.value() / 1e3 / (perLanguage / 1000.0), 0, 'f', 0);
        out << '\n';
    }
    out << QStringLiteral("  index files: %1\n").arg(index.size());

    // What one query downloads: the search page with its query, in Chromium.
    const auto query = [&](const QString &language, const QString &words, const QString &what) {
        BrowserSupport::BundleServer server(bundle);
        if (!server.start())
            qFatal("cannot listen on 127.0.0.1");
        QUrl url = server.url(language + QStringLiteral("/search/"));
        QUrlQuery asked;
        asked.addQueryItem(QStringLiteral("q"), words);
        url.setQuery(asked);
        const QString dom = BrowserSupport::dumpDom(url);
        qint64 page = 0, pagefind = 0;
        for (const auto &[served, bytes] : std::as_const(server.served))
            (served.contains(QLatin1String("/pagefind/")) ? pagefind : page) += bytes;
        static const QRegularExpression status(
            QStringLiteral("<p class=\"search-status\"[^>]*>([^<]*)</p>"));
        out << QStringLiteral("  %1 query %2 (%3): %4 KB of Pagefind files, %5 KB for the page "
                              "itself; says \"%6\"\n")
                   .arg(language, words, what)
                   .arg(pagefind / 1e3, 0, 'f', 0)
                   .arg(page / 1e3, 0, 'f', 0)
                   .arg(status.match(dom).captured(1));
        out.flush();
    };
    query(QStringLiteral("en"), shape.english.first(), QStringLiteral("the commonest word"));
    query(QStringLiteral("en"), shape.english.at(500), QStringLiteral("rank 500"));
    query(QStringLiteral("en"), shape.english.at(20000), QStringLiteral("rank 20,000"));
    query(QStringLiteral("ka"), shape.georgian.first(), QStringLiteral("the commonest word"));
    query(QStringLiteral("ka"), shape.georgian.at(500), QStringLiteral("rank 500"));
    query(QStringLiteral("ka"), shape.georgian.at(20000), QStringLiteral("rank 20,000"));

    // Determinism: a second export into a new folder.
    const QString again = folders.filePath(QStringLiteral("again"));
    SiteExporter(*site).exportTo(again).value();
    out << QStringLiteral("  a second export's index is byte-identical: %1\n")
               .arg(indexFiles(again) == index ? QStringLiteral("yes") : QStringLiteral("NO"));
    return 0;
}
