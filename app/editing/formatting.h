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
void toggleStrong(QTextCursor &cursor);
void toggleEm(QTextCursor &cursor);
void setBlockStyle(QTextCursor &cursor, BlockStyle style);
// Makes the blocks a list of that kind, or plain paragraphs if they already are one.
void toggleList(QTextCursor &cursor, bool ordered);
// One level deeper or shallower in a list (a list item at the top level leaves the list).
void indent(QTextCursor &cursor, int delta);
void toggleQuote(QTextCursor &cursor);
// An empty href removes the link from the selection.
void setLink(QTextCursor &cursor, const QString &href, const QString &title = {});

} // namespace Formatting
