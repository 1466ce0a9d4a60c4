// Photos on export (issue 18): a site of N news articles (default 200), each with one
// 12-megapixel JPEG, exported by `newsdesk export` as its own process:
// - the first export, every copy made (480, 960, 1600 px in WebP and JPEG): time, peak RSS;
// - the export again into the same folder, and into a new one: nothing to make (the image
//   cache), time;
// - when `hugo` is installed, the same photos through Hugo's image processing (.Resize to the
//   same widths in WebP and JPEG, page bundles) on a site of the same articles: time, peak
//   RSS, and the ratio. Target: at least twice Hugo's speed, peak memory under 500 MB.
// Prints its figures; asserts nothing about time.
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// A 4000 × 3000 photo-like JPEG: gradients and grain (flat colour would compress to nothing).
QByteArray photo(int seed)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state = state * 1664525u + 1013904223u;
            const int grain = int(state >> 28) - 8;
            line[x] = qRgb(qBound(0, (x * 255 / 4000 + seed * 37) % 256 + grain, 255),
                qBound(0, y * 255 / 3000 + grain, 255), qBound(0, 128 + grain * 4, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

int filesIn(const QString &folder)
{
    int count = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();
         it.next())
        ++count;
    return count;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    const Bench::PrivateHome home;
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    // The image cache of this run alone, for the export processes too.
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());

    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> photos;
    for (int i = 0; i < count; ++i)
        photos.append(photo(i));
    qint64 total = 0;
    for (const QByteArray &bytes : std::as_const(photos))
        total += bytes.size();
    out << QStringLiteral("%1 photos of 12 MP made in %2 s, %3 MB\n")
               .arg(count)
               .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
               .arg(total / (1024 * 1024));
    out.flush();

    const QString path = dir.filePath(QStringLiteral("photos.newsdesk"));
    QStringList titles;
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
        SyntheticSite::populate(*site, { count, 200, 1 }).value();
        PageRepository pages(*site);
        MediaRepository media(*site);
        int i = 0;
        for (const PageListing &page : pages.listing().value()) {
            if (page.page.kind != PageKind::News || i >= count)
                continue;
            Translation text
                = pages.translation(page.page.id, QStringLiteral("en")).value().value();
            const qint64 id = media.add(photos[i], QStringLiteral("photo-%1.jpg").arg(i)).value();
            text.bodyHtml
                = QStringLiteral("<figure><img src=\"media:%1\" alt=\"Photo %2\"></figure>\n")
                      .arg(id)
                      .arg(i)
                + text.bodyHtml;
            if (const Status saved = pages.saveTranslation(text); !saved)
                qFatal("%s", qPrintable(saved.error()));
            titles << text.title;
            ++i;
        }
    }
    ::sync();

    const QString cache = dir.filePath(QStringLiteral("cache/newsdesk/images"));
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    const auto first = Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
        { QStringLiteral("export"), path, QStringLiteral("--out"), bundle });
    const int made = filesIn(cache);
    out << QStringLiteral("newsdesk, first export: %1 s, %2 copies made (%3 per s), peak RSS "
                          "%4 MB\n")
               .arg(first.seconds, 0, 'f', 2)
               .arg(made)
               .arg(made / first.seconds, 0, 'f', 1)
               .arg(first.peakKb / 1024);
    out.flush();
    const auto again = Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
        { QStringLiteral("export"), path, QStringLiteral("--out"), bundle });
    const auto fresh = Bench::runChild(QStringLiteral(NEWSDESK_BINARY),
        { QStringLiteral("export"), path, QStringLiteral("--out"), bundle + u"-new" });
    out << QStringLiteral("newsdesk, nothing changed: %1 s into the same folder, %2 s into a new "
                          "one; copies made %3\n")
               .arg(again.seconds, 0, 'f', 2)
               .arg(fresh.seconds, 0, 'f', 2)
               .arg(filesIn(cache) - made);
    out.flush();

    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (hugo.isEmpty()) {
        out << "hugo is not installed: no comparison\n";
        return 0;
    }
    // The same articles as Hugo page bundles, each photo resized to the same widths.
    const QString site = dir.filePath(QStringLiteral("hugo"));
    writeFile(site + u"/config.toml",
        "baseURL = 'https://example.org/'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', "
        "'term', 'RSS', 'sitemap']\n");
    writeFile(site + u"/layouts/_default/list.html",
        "<ul>{{ range .Pages }}<li>{{ .Title }}"
        "</li>{{ end }}</ul>\n");
    writeFile(site + u"/layouts/_default/single.html",
        "{{ $photo := .Resources.GetMatch \"photo.jpg\" }}<h1>{{ .Title }}</h1>\n"
        "<picture>{{ range (slice 480 960 1600) }}"
        "<source srcset=\"{{ ($photo.Resize (printf \"%dx webp q80\" .)).RelPermalink }}\">"
        "<img src=\"{{ ($photo.Resize (printf \"%dx jpg q82\" .)).RelPermalink }}\">"
        "{{ end }}</picture>\n{{ .Content }}\n");
    for (int i = 0; i < count; ++i) {
        const QString bundleDir = site + QStringLiteral("/content/news/article-%1").arg(i);
        writeFile(bundleDir + u"/index.md",
            QStringLiteral("---\ntitle: \"%1\"\n---\nArticle %2.\n")
                .arg(titles.value(i).replace(u'"', u'\''))
                .arg(i)
                .toUtf8());
        writeFile(bundleDir + u"/photo.jpg", photos[i]);
    }
    photos.clear();
    ::sync();
    const auto hugoRun = Bench::runChild(hugo,
        { QStringLiteral("--quiet"), QStringLiteral("-s"), site, QStringLiteral("-d"),
            dir.filePath(QStringLiteral("hugo-public")) });
    out << QStringLiteral("hugo, first build: %1 s, peak RSS %2 MB\n")
               .arg(hugoRun.seconds, 0, 'f', 2)
               .arg(hugoRun.peakKb / 1024);
    out << QStringLiteral("newsdesk is %1× as fast as hugo on the first export\n")
               .arg(hugoRun.seconds / first.seconds, 0, 'f', 2);
    return 0;
}
