#pragma once

#include "body.h"

#include <functional>
#include <optional>

// Visits every link and figure of a body, for the writers that place it somewhere (the
// preview, the export): `link` returns the new href (empty drops the link, keeping its text),
// `figure` may change the image's source and size.
namespace BodyLinks {

// "page:12#partners" → page 12 and "#partners"; nothing for other links.
struct PageLink
{
    qint64 id = 0;
    QString fragment; // with its '#', or empty
};
std::optional<PageLink> pageLink(const QString &href);
// "media:7" → 7; 0 for anything else.
qint64 mediaId(const QString &src);

void rewrite(Body &body, const std::function<QString(const QString &href)> &link,
    const std::function<void(Figure &figure)> &figure);

} // namespace BodyLinks
