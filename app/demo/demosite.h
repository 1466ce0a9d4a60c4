#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <memory>

class SiteDatabase;

// Fills a new site with the demo content of resources/demo/site.json (the structure of a
// country office's bilingual site, Georgian for some pages but not all, one draft article).
class DemoSite
{
    Q_DECLARE_TR_FUNCTIONS(DemoSite)

public:
    static QString defaultSource() { return QStringLiteral(":/demo/site.json"); }
    // One transaction: either the whole demo is added or nothing is.
    static Status populate(SiteDatabase &db, const QString &source = defaultSource());
    // Creates `path` with the demo content; on failure no file is left behind.
    static Result<std::unique_ptr<SiteDatabase>> createSite(const QString &path);
};
