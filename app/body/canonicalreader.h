#pragma once

#include "body.h"

#include <optional>

// Reads canonical body HTML (what BodyHtmlWriter writes, and so what the store holds) about
// twenty times faster than the sanitizer. It accepts a text only when writing the model it
// read gives back exactly that text and every link, image and language passes the same
// policy as the sanitizer; anything else (a foreign or hand-edited body) returns nothing,
// and the caller takes the sanitizer's way. So both ways always give the same model.
namespace CanonicalReader {

std::optional<Body> read(const QString &html);

} // namespace CanonicalReader
