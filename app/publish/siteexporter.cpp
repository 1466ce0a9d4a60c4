#include "siteexporter.h"

#include "bundlewriter.h"
#include "bundlezip.h"
#include "core/parallel.h"
#include "core/sha256.h"
#include "exportcache.h"
#include "exportplan.h"
#include "imagederivatives.h"
#include "manifest.h"
#include "pagerenderer.h"
#include "searchindex.h"
#include "sitefiles.h"
#include "store/mediarepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <numeric>

namespace {

// The files of the images the pages show, into `files`: their copies (ImageDerivatives), from
// the image cache or made, and their originals when the export is asked to publish them.
// `kept(path)` says a file in the bundle is already the one to write (not read again). The
// images are made a few at a time on all cores, so that only a few originals are in memory.
Status addImageFiles(SiteDatabase &db, const ExportPlan &plan, const QSet<qint64> &media,
    bool originals, const std::function<bool(const QString &)> &kept,
    QMap<QString, QByteArray> &files)
{
    QList<qint64> ids(media.cbegin(), media.cend());
    std::sort(ids.begin(), ids.end());
    MediaRepository repository(db);
    struct Copy
    {
        const MediaItem *item;
        ImageDerivatives::Variant variant;
        const QByteArray *original;
        Result<QByteArray> bytes = QByteArray();
    };
    const qsizetype chunk = 2 * qsizetype(QThread::idealThreadCount());
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        QHash<qint64, QByteArray> read; // the originals this chunk needs
        QList<Copy> copies;
        for (qint64 id : ids.mid(first, chunk)) {
            const MediaItem &item = *plan.media().constFind(id);
            const auto original = [&]() -> const QByteArray * {
                if (!read.contains(id)) {
                    auto bytes = repository.bytes(id);
                    if (!bytes)
                        return nullptr;
                    read.insert(id, *bytes);
                }
                return &*read.constFind(id);
            };
            QList<ImageDerivatives::Variant> variants
                = ImageDerivatives::variants(item) + ImageDerivatives::fallbacks(item);
            if (plan.isLeadImage(id))
                variants += ImageDerivatives::thumbnails(item);
            for (const auto &variant : std::as_const(variants)) {
                if (kept(variant.file))
                    continue;
                if (QByteArray bytes = ImageDerivatives::cached(item, variant); !bytes.isEmpty()) {
                    files.insert(variant.file, bytes);
                    continue;
                }
                const QByteArray *bytes = original();
                if (!bytes)
                    return repository.bytes(id).failure();
                copies.append({ &item, variant, bytes });
            }
            if (originals && !kept(plan.mediaPath(id))) {
                const QByteArray *bytes = original();
                if (!bytes)
                    return repository.bytes(id).failure();
                files.insert(plan.mediaPath(id), *bytes);
            }
        }
        Parallel::forEach(copies.size(), 1, [&](qsizetype i) {
            Copy &copy = copies[i];
            copy.bytes = ImageDerivatives::make(
                *copy.item, copy.variant, [&] { return Result(*copy.original); });
        });
        for (const Copy &copy : std::as_const(copies)) {
            if (!copy.bytes)
                return copy.bytes.failure();
            files.insert(copy.variant.file, *copy.bytes);
        }
    }
    return {};
}

} // namespace

SiteExporter::SiteExporter(SiteDatabase &db)
    : m_db(db)
{ }

SiteExporter::SiteExporter(SiteDatabase &db, Options options)
    : m_db(db)
    , m_options(std::move(options))
{ }

Result<QMap<QString, QByteArray>> SiteExporter::build() const
{
    return buildFiles(nullptr);
}

Result<QMap<QString, QByteArray>> SiteExporter::buildFiles(
    QList<SiteCheck::Finding> *findings) const
{
    auto plan = ExportPlan::prepare(m_db, m_options);
    if (!plan)
        return plan.failure();
    QList<int> all(plan->jobs().size());
    std::iota(all.begin(), all.end(), 0);
    if (auto loaded = plan->loadBodies(all); !loaded)
        return loaded.failure();
    QHash<int, RenderedPage> outputs;
    if (!PageRenderer::renderAll(*plan, all, outputs))
        return failure(ErrorKind::Cancelled, tr("Export cancelled"));
    if (findings)
        *findings = plan->findings([&](int job) { return outputs.value(job).findings; });

    QMap<QString, QByteArray> files = SiteFiles::make(*plan);
    QHash<QString, QByteArray> hashes; // computed while rendering
    QSet<qint64> media;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        files.insert(plan->jobs()[it.key()].file, it->bytes);
        hashes.insert(plan->jobs()[it.key()].file, it->sha256);
        for (qint64 id : it->media)
            media.insert(id);
    }
    // The site search's index of the searchable pages, when Pagefind is installed.
    if (const QString pagefind = SearchIndex::binary(); !pagefind.isEmpty()) {
        QMap<QString, QByteArray> pages;
        for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
            if (plan->isSearchable(plan->jobs()[it.key()]))
                pages.insert(plan->jobs()[it.key()].file, it->bytes);
        }
        const auto index = SearchIndex::build(pagefind, pages, m_options.cancel);
        if (!index)
            return index.failure();
        files.insert(*index);
    }
    if (auto s = addImageFiles(
            m_db, *plan, media, m_options.withOriginals, [](const QString &) { return false; },
            files);
        !s)
        return s.failure();
    Manifest::Listing listed;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        listed.insert(it.key(),
            { hashes.contains(it.key()) ? hashes.value(it.key()) : Sha256::hash(it.value()),
                it.value().size() });
    files.insert(QStringLiteral("manifest.json"), Manifest::write(listed));
    return files;
}

Result<SiteExporter::Report> SiteExporter::exportZip(const QString &path) const
{
    Report report;
    const auto files = buildFiles(&report.findings);
    if (!files)
        return files.failure();
    if (m_options.cancelled())
        return failure(ErrorKind::Cancelled, tr("Export cancelled"));
    if (m_options.check && !m_options.force
        && SiteCheck::count(report.findings, SiteCheck::Severity::Error) > 0) {
        report.stopped = true; // nothing written
        return report;
    }
    if (const Status written = BundleZip::write(*files, path); !written)
        return written.failure();
    report.files = int(files->size());
    report.added = report.files;
    report.searchIndexed = !SearchIndex::binary().isEmpty();
    report.rendered = int(std::count_if(files->keyBegin(), files->keyEnd(),
        [](const QString &file) { return file.endsWith(QLatin1String(".html")); }));
    return report;
}

Result<SiteExporter::Report> SiteExporter::exportTo(const QString &folder) const
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return failure(tr("%1: not a folder").arg(folder));
    auto plan = ExportPlan::prepare(m_db, m_options);
    if (!plan)
        return plan.failure();
    BundleWriter writer(info.absoluteFilePath());
    const ExportCache &cache = writer.cache();

    // Pages whose inputs are unchanged and whose files are as written are not rendered.
    ExportCache next;
    QList<int> render;
    {
        QStringList files;
        files.reserve(plan->jobs().size());
        for (const ExportJob &job : plan->jobs())
            files.append(job.file);
        const QList<const ExportCache::Entry *> intact = cache.intact(writer.folder(), files);
        for (qsizetype i = 0; i < intact.size(); ++i) {
            const ExportJob &job = plan->jobs()[i];
            if (intact[i] && intact[i]->fingerprint == job.fingerprint)
                next.entries.insert(job.file, *intact[i]);
            else
                render.append(int(i));
        }
    }
    if (auto loaded = plan->loadBodies(render); !loaded)
        return loaded.failure();
    QHash<int, RenderedPage> outputs;
    if (!PageRenderer::renderAll(*plan, render, outputs))
        return failure(ErrorKind::Cancelled, tr("Export cancelled"));

    Report report;
    if (m_options.check) {
        report.findings = plan->findings([&](int job) {
            if (const auto rendered = outputs.constFind(job); rendered != outputs.cend())
                return rendered->findings;
            return SiteCheck::fromJson(next.entries.value(plan->jobs()[job].file).findings);
        });
        if (!m_options.force && SiteCheck::count(report.findings, SiteCheck::Severity::Error) > 0) {
            report.stopped = true; // nothing written
            return report;
        }
    }

    // path → bytes to write if they differ from what is there.
    QMap<QString, QByteArray> files = SiteFiles::make(*plan);
    QHash<QString, QByteArray> hashes; // known already: computed while rendering
    QSet<qint64> media;
    for (const auto &entry : std::as_const(next.entries)) {
        for (qint64 id : entry.media)
            media.insert(id);
    }
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        const ExportJob &job = plan->jobs()[it.key()];
        files.insert(job.file, it->bytes);
        hashes.insert(job.file, it->sha256);
        for (qint64 id : it->media)
            media.insert(id);
        ExportCache::Entry entry;
        entry.fingerprint = job.fingerprint;
        entry.media = it->media;
        if (m_options.check)
            entry.findings = SiteCheck::toJson(it->findings);
        next.entries.insert(job.file, entry);
    }
    // Images: kept when the file is still the one written (a copy's name says what it holds:
    // the image's hash and width), else from the image cache, else made.
    const auto kept = [&](const QString &path) {
        const ExportCache::Entry *entry = cache.intact(writer.folder(), path);
        if (!entry)
            return false;
        next.entries.insert(path, *entry);
        return true;
    };
    if (auto s = addImageFiles(m_db, *plan, media, m_options.withOriginals, kept, files); !s)
        return s.failure();
    if (auto indexed = searchIndex(*plan, outputs, writer, next, files); !indexed)
        return indexed.failure();
    else
        report.searchIndexed = *indexed;
    if (m_options.cancelled())
        return failure(ErrorKind::Cancelled, tr("Export cancelled"));

    // Writing: from here on the export runs to its end.
    const auto written = writer.write(files, hashes, next, [this](int done, int total) {
        if (m_options.progress)
            m_options.progress(Phase::Writing, done, total);
    });
    if (!written)
        return written.failure();
    report.rendered = int(outputs.size());
    report.added = written->added;
    report.changed = written->changed;
    report.removed = written->removed;
    report.unchanged = written->unchanged;
    report.files = written->files;
    return report;
}

Result<bool> SiteExporter::searchIndex(const ExportPlan &plan,
    const QHash<int, RenderedPage> &outputs, const BundleWriter &writer, ExportCache &next,
    QMap<QString, QByteArray> &files) const
{
    const QString pagefind = SearchIndex::binary();
    if (pagefind.isEmpty())
        return false;
    // What the index is made of: the searchable pages as rendered now or as they are in the
    // folder.
    QList<int> searchable;
    QList<QPair<QString, QByteArray>> hashes;
    for (int i = 0; i < plan.jobs().size(); ++i) {
        const ExportJob &job = plan.jobs()[i];
        if (!plan.isSearchable(job))
            continue;
        searchable.append(i);
        const auto rendered = outputs.constFind(i);
        hashes.append({ job.file,
            rendered != outputs.cend() ? rendered->sha256 : next.entries.value(job.file).sha256 });
    }
    const QByteArray key = SearchIndex::key(pagefind, hashes);

    // The index the last export wrote is kept while it was made of the same pages.
    const ExportCache &cache = writer.cache();
    QStringList previous;
    for (auto it = cache.entries.cbegin(); it != cache.entries.cend(); ++it) {
        if (it.key().startsWith(SearchIndex::Folder))
            previous.append(it.key());
    }
    const QList<const ExportCache::Entry *> intact = cache.intact(writer.folder(), previous);
    const bool reusable = !previous.isEmpty()
        && std::all_of(intact.cbegin(), intact.cend(),
            [&](const ExportCache::Entry *entry) { return entry && entry->fingerprint == key; });
    if (reusable) {
        for (qsizetype i = 0; i < previous.size(); ++i)
            next.entries.insert(previous[i], *intact[i]);
        return true;
    }

    QMap<QString, QByteArray> pages;
    for (int i : std::as_const(searchable)) {
        const QString &file = plan.jobs()[i].file;
        if (const auto rendered = outputs.constFind(i); rendered != outputs.cend()) {
            pages.insert(file, rendered->bytes);
            continue;
        }
        QFile kept(writer.folder() + u'/' + file); // intact: not rendered again
        if (!kept.open(QIODevice::ReadOnly))
            return failure(ErrorKind::Io,
                tr("%1: cannot read the page for the search index: %2")
                    .arg(QDir::toNativeSeparators(kept.fileName()), kept.errorString()));
        pages.insert(file, kept.readAll());
    }
    const auto index = SearchIndex::build(pagefind, pages, m_options.cancel);
    if (!index)
        return index.failure();
    for (auto it = index->cbegin(); it != index->cend(); ++it) {
        files.insert(it.key(), it.value());
        ExportCache::Entry entry;
        entry.fingerprint = key;
        next.entries.insert(it.key(), entry);
    }
    return true;
}
