#pragma once

#include "body.h"

class QTextDocument;

// Body → QTextDocument, for the editor: paragraphs, headings, nested QTextLists, block quotes
// (BlockQuoteLevel), figures (an image block and a caption block), tables with header rows.
namespace DocumentReader {

void read(const Body &body, QTextDocument *document);

} // namespace DocumentReader
