#pragma once

#include "body.h"

#include <QTextCharFormat>

class QTextBlock;
class QTextCursor;
class QTextDocument;

// How the body's meaning is kept in a QTextDocument. Semantic properties are our own; the
// display (bold, italic, link colour, heading size, block spacing) is set alongside them and
// never read back, so a heading's display weight is not mistaken for <strong>.
namespace DocumentFormat {

enum Property
{
    Strong = QTextFormat::UserProperty + 100, // bool, on characters
    Lang, // QString, on characters: a run in another language
    LinkTitle, // QString, on characters
    ImageAlt, // QString, on an image's character format
    FigureCaption, // bool, on a block: the caption of the figure just before it
};

// What a block is, as far as its display goes.
enum class BlockRole
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Figure,
    Caption,
    TableCell
};

QTextCharFormat charFormat(const InlineFormat &format);
InlineFormat inlineFormat(const QTextCharFormat &format);
// Display of a heading's characters (size and weight), level 2–4.
void applyHeadingDisplay(QTextCharFormat &format, int level);
// The characters' format as the body reader makes it: their meaning and its display, in a
// heading of `headingLevel` (0: none) or a table's header row.
QTextCharFormat displayFormat(const InlineFormat &format, int headingLevel, bool headerCell);

BlockRole roleOf(const QTextBlock &block);
// displayFormat() for characters in `block` (a heading, a header cell or neither).
QTextCharFormat displayFormatIn(const QTextBlock &block, const InlineFormat &format);
// Spacing and alignment of a block by its role: the reader sets them, and so does every
// keystroke or command that makes or changes a block, so that what is typed looks as it will
// when the body is opened again.
void applyBlockDisplay(QTextBlockFormat &format, BlockRole role);
// Sets the display of the blocks from `from` to `to` (document positions) and of their
// characters anew from their meaning: after a paste, a new block or a change of block kind,
// the editor shows what will be stored. Changes nothing that is already right. Tables
// inserted in an edit block still open are not seen as tables yet: call it after that block.
void refreshDisplay(QTextDocument *document, int from, int to);

} // namespace DocumentFormat
