#pragma once

#include "exportplan.h"

#include <QByteArray>
#include <QMap>

// The files of a bundle that are not pages and are cheap to make, so they are made on every
// export: the root language chooser (index.html), robots.txt, the theme's assets, an Atom feed
// per language with news, and the sitemap (only with a base URL: it needs absolute addresses),
// split into an index and parts past the sitemaps.org limit. Media come separately.
namespace SiteFiles {

QMap<QString, QByteArray> make(const ExportPlan &plan);

} // namespace SiteFiles
