#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

class SiteDatabase;

// The site as a static bundle: /index.html (language chooser, to /en/ by default), then
// /<lang>/<path>/index.html for every page published in that language, rendered with the
// theme (resources/themes/default). Only published pages whose publish date has come, and
// whose parents are published too, appear; a page without a text in a language is left out
// of that language. Every link is relative, so the bundle works from file:// and from a
// sub-path. The same site gives the same bytes.
class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(SiteExporter)

public:
    struct Report
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
    };

    explicit SiteExporter(SiteDatabase &db);
    void setNow(const QDateTime &now) { m_now = now; } // what "not in the future" means

    // Every file of the bundle: path → bytes, sorted by path.
    Result<QMap<QString, QByteArray>> build() const;
    // Writes the bundle into `folder`, rewriting only files whose bytes changed and removing
    // the ones an earlier export wrote that no longer belong (per its manifest.json).
    Result<Report> exportTo(const QString &folder) const;

private:
    SiteDatabase &m_db;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};
