#pragma once

#include "core/result.h"
#include "exportoptions.h"
#include "sitecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

class BundleWriter;
class ExportCache;
class ExportPlan;
class SiteDatabase;
struct RenderedPage;

// The site as a static bundle: /index.html (language chooser, to the source language by
// default), then /<lang>/<path>/index.html for every page published in that language, news
// list pages, a search page per language with the search index (SearchIndex, when Pagefind
// is installed), an Atom feed per language, sitemap.xml (with a base URL), robots.txt,
// 404.html, the theme's assets, media under content-hash names and manifest.json. What is published
// is the PublishPlan's decision; pages are rendered with the site's Theme, on all cores. Every link
// is relative, so the bundle works from file:// and from a sub-path. The same site gives the same
// bytes.
//
// The exporter only puts the parts together: ExportPlan (what is read and which files are
// rendered), PageRenderer (a page's template data and bytes), SiteFiles (root, robots, feeds,
// sitemap, assets), SearchIndex (pagefind/), Manifest, BundleWriter (the incremental write into a
// folder), BundleZip.
class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(SiteExporter)

public:
    using Phase = ExportPhase;
    using Options = ExportOptions;
    struct Report
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
        int rendered = 0; // pages rendered (the others were unchanged since the last export)
        int files = 0;
        QList<SiteCheck::Finding> findings; // with Options::check
        bool stopped = false; // the check found errors: nothing was written
        // The bundle has the site search's index (pagefind/): Pagefind is installed.
        bool searchIndexed = false;
    };

    explicit SiteExporter(SiteDatabase &db);
    SiteExporter(SiteDatabase &db, Options options);
    void setNow(const QDateTime &now) { m_options.now = now; }

    // Every file of the bundle: path → bytes, sorted by path.
    Result<QMap<QString, QByteArray>> build() const;
    // Writes the bundle into `folder`, rewriting only files whose bytes changed and removing
    // the ones an earlier export wrote that no longer belong (per its manifest.json). Pages
    // whose inputs did not change since the last export into the folder are not rendered.
    // Nothing is written until every page is rendered, so a cancelled export leaves the
    // folder as it was.
    Result<Report> exportTo(const QString &folder) const;
    // Writes the bundle as one deterministic .zip (replaced at the end, never half-written).
    Result<Report> exportZip(const QString &path) const;

private:
    Result<QMap<QString, QByteArray>> buildFiles(QList<SiteCheck::Finding> *findings) const;
    // Adds the search index to `files` (and its entries to `next`), or keeps the folder's
    // while the searchable pages are the same; false: Pagefind is not installed.
    Result<bool> searchIndex(const ExportPlan &plan, const QHash<int, RenderedPage> &outputs,
        const BundleWriter &writer, ExportCache &next, QMap<QString, QByteArray> &files) const;

    SiteDatabase &m_db;
    Options m_options;
};
