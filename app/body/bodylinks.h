#pragma once

#include "body.h"

#include <functional>

// Visits every link and figure of a body, for the writers that place it somewhere (the
// preview, the export): `link` returns the new href (empty drops the link, keeping its text),
// `figure` may change the image's source and size.
namespace BodyLinks {

void rewrite(Body &body, const std::function<QString(const QString &href)> &link,
    const std::function<void(Figure &figure)> &figure);

} // namespace BodyLinks
