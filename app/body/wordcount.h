#pragma once

#include <QString>

// Words as a reader counts them, in English and Georgian alike (Unicode word boundaries; a
// word holds at least one letter or digit, so "38", "EU-funded" and "გაეროს-თან" count).
namespace WordCount {

int ofText(const QString &text);
int ofBody(const QString &canonicalHtml);

} // namespace WordCount
