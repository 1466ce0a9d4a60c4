#pragma once

#include "body.h"

// Writes a Body as canonical HTML (the subset described in body.h): the same body always
// gives the same bytes, one block per line, inline elements nested a > span > strong > em >
// sub|sup and opened and closed only where the format changes.
namespace BodyHtmlWriter {

QString write(const Body &body);
QString writeInline(const InlineText &text);
QString escapeText(const QString &text);
QString escapeAttribute(const QString &text);

} // namespace BodyHtmlWriter
