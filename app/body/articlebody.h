#pragma once

#include "body.h"
#include "core/result.h"
#include "htmlsanitizer.h"

class QTextDocument;

// The one place where an article body changes form: anything → canonical HTML (stored),
// canonical HTML ↔ QTextDocument (edited). See body.h for the canonical subset.
namespace ArticleBody {

// Any HTML (pasted, imported) → canonical HTML.
Result<QString> sanitize(const QString &html, const HtmlSanitizer::Options &options = {});
// Plain text → canonical HTML: blank lines separate paragraphs, other newlines break lines.
QString fromPlainText(const QString &text);
Body fromPlainTextBody(const QString &text);
// Stored HTML → the clean model (through the sanitizer, so even a hand-edited store is safe).
Body parse(const QString &html);
// Stored HTML → the editor's document, and back.
void load(const QString &html, QTextDocument *document);
QString save(const QTextDocument *document);

} // namespace ArticleBody
