#pragma once

#include <QString>

// CommonMark with GitHub's tables, strikethrough and autolinks (Debian's cmark-gfm) → HTML
// for the sanitizer. Raw HTML in the Markdown is passed on: the sanitizer decides about it.
namespace Markdown {

QString toHtml(const QString &markdown);

} // namespace Markdown
