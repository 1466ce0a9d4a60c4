#pragma once

#include "core/result.h"
#include "sitecheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>

class SiteDatabase;

// The site as a static bundle: /index.html (language chooser, to the source language by
// default), then /<lang>/<path>/index.html for every page published in that language, news
// list pages, an Atom feed per language, sitemap.xml (with a base URL), robots.txt, 404.html,
// the theme's assets, media under content-hash names and manifest.json. What is published is
// the PublishPlan's decision; pages are rendered with the site's Theme, on all cores. Every
// link is relative, so the bundle works from file:// and from a sub-path. The same site gives
// the same bytes.
class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(SiteExporter)

public:
    enum class Phase
    {
        Rendering,
        Writing,
    };
    struct Options
    {
        QDateTime now = QDateTime::currentDateTimeUtc(); // what "not in the future" means
        QStringList languages; // empty: all of the site's
        QString baseUrl; // overrides the site's base URL when set
        // Called on the exporting thread now and then.
        std::function<void(Phase phase, int done, int total)> progress;
        const std::atomic_bool *cancel = nullptr; // set from anywhere: stops before writing
        int threads = 0; // 0: one per core
        // Run the pre-publish check while rendering (each body is parsed once for both);
        // errors stop the export before anything is written, unless `force`.
        bool check = false;
        bool force = false;
    };
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

    SiteDatabase &m_db;
    Options m_options;
};
