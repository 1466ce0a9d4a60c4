#pragma once

#include "body.h"

#include <QTextCharFormat>

// How the body's meaning is kept in a QTextDocument. Semantic properties are our own; the
// display (bold, italic, link colour, heading size) is set alongside them and never read
// back, so a heading's display weight is not mistaken for <strong>.
namespace DocumentFormat {

enum Property
{
    Strong = QTextFormat::UserProperty + 100, // bool, on characters
    Lang, // QString, on characters: a run in another language
    LinkTitle, // QString, on characters
    ImageAlt, // QString, on an image's character format
    FigureCaption, // bool, on a block: the caption of the figure just before it
};

QTextCharFormat charFormat(const InlineFormat &format);
InlineFormat inlineFormat(const QTextCharFormat &format);
// Display of a heading's characters (size and weight), level 2–4.
void applyHeadingDisplay(QTextCharFormat &format, int level);

} // namespace DocumentFormat
