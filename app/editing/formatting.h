#pragma once

#include <QString>

class QTextCursor;

// The editor's formatting commands on a cursor (selection or current block), setting the
// semantic properties that the body writer reads (DocumentFormat) together with their
// display. Used by the article pane's toolbar and shortcuts.
namespace Formatting {

enum class BlockStyle
{
    Paragraph,
    Heading2,
    Heading3,
    Heading4
};

struct State
{
    bool strong = false;
    bool em = false;
    bool link = false;
    bool bulleted = false;
    bool numbered = false;
    bool quote = false;
    BlockStyle style = BlockStyle::Paragraph;
};

State state(const QTextCursor &cursor);
// Bold and italic (and clearing them) change the selection, or with nothing selected what is
// typed next, as in Word and Google Docs; never the word under the cursor.
void toggleStrong(QTextCursor &cursor);
void toggleEm(QTextCursor &cursor);
// Takes bold, italic, subscript and superscript off; links and language marks are meaning,
// not formatting, and stay (as Google Docs' Clear Formatting keeps links).
void clearFormatting(QTextCursor &cursor);
void setBlockStyle(QTextCursor &cursor, BlockStyle style);
// Makes the blocks a list of that kind, or plain paragraphs if they already are one.
void toggleList(QTextCursor &cursor, bool ordered);
// One level deeper or shallower in a list (a list item at the top level leaves the list).
void indent(QTextCursor &cursor, int delta);
void toggleQuote(QTextCursor &cursor);
// Links the selection; with nothing selected, the whole link at the cursor gets the new
// address, or elsewhere `text` (the address when empty) is inserted as a link. An empty href
// removes the link from the selection or the link at the cursor.
void setLink(
    QTextCursor &cursor, const QString &href, const QString &title = {}, const QString &text = {});
// After Enter made a new block at the cursor: an empty block after a heading, a figure or a
// caption becomes a plain paragraph (as in Docs), and both blocks get the display of a
// reopened body.
void finishNewBlock(QTextCursor &cursor);

} // namespace Formatting
