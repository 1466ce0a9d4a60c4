#pragma once

#include "body.h"

class QTextDocument;

// QTextDocument → Body, by walking frames, blocks and fragments (never toHtml()): what the
// editor holds, in the clean model. Highlighter formats are not part of the document and
// never appear here.
namespace DocumentWriter {

Body write(const QTextDocument *document);

} // namespace DocumentWriter
