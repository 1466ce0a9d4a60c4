#include "documentformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace DocumentFormat {

QTextCharFormat charFormat(const InlineFormat &format)
{
    QTextCharFormat out;
    if (format.strong) {
        out.setProperty(Strong, true);
        out.setFontWeight(QFont::Bold);
    }
    if (format.em)
        out.setFontItalic(true);
    if (format.position == InlineFormat::Position::Sub)
        out.setVerticalAlignment(QTextCharFormat::AlignSubScript);
    else if (format.position == InlineFormat::Position::Sup)
        out.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    if (!format.href.isEmpty()) {
        out.setAnchor(true);
        out.setAnchorHref(format.href);
        out.setFontUnderline(true);
        out.setForeground(QColor(0x1a, 0x5f, 0xb4));
        if (!format.title.isEmpty())
            out.setProperty(LinkTitle, format.title);
    }
    if (!format.lang.isEmpty())
        out.setProperty(Lang, format.lang);
    return out;
}

InlineFormat inlineFormat(const QTextCharFormat &format)
{
    InlineFormat out;
    out.strong = format.boolProperty(Strong);
    out.em = format.fontItalic();
    if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        out.position = InlineFormat::Position::Sub;
    else if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        out.position = InlineFormat::Position::Sup;
    if (format.isAnchor() && !format.anchorHref().isEmpty()) {
        out.href = format.anchorHref();
        out.title = format.stringProperty(LinkTitle);
    }
    out.lang = format.stringProperty(Lang);
    return out;
}

void applyHeadingDisplay(QTextCharFormat &format, int level)
{
    format.setProperty(QTextFormat::FontSizeAdjustment, 5 - std::clamp(level, 2, 4)); // 3, 2, 1
    format.setFontWeight(QFont::Bold);
}

QTextCharFormat displayFormat(const InlineFormat &format, int headingLevel, bool headerCell)
{
    QTextCharFormat out = charFormat(format);
    if (headingLevel > 0)
        applyHeadingDisplay(out, headingLevel);
    else if (headerCell)
        out.setFontWeight(QFont::Bold); // display only, like a heading
    return out;
}

namespace {

bool isFigure(const QTextBlock &block)
{
    bool image = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        if (!fragment.charFormat().isImageFormat())
            return false; // text beside it: a paragraph (the writer puts the image after it)
        image = true;
    }
    return image;
}

// The table a block is in, if it is directly in one.
QTextTable *tableOf(const QTextBlock &block)
{
    return qobject_cast<QTextTable *>(QTextCursor(block).currentFrame());
}

void setOrClear(QTextBlockFormat &format, int property, qreal value)
{
    if (value == 0)
        format.clearProperty(property);
    else
        format.setProperty(property, value);
}

} // namespace

BlockRole roleOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (tableOf(block))
        return BlockRole::TableCell;
    if (block.textList())
        return BlockRole::ListItem;
    if (format.boolProperty(FigureCaption))
        return BlockRole::Caption;
    if (format.headingLevel() > 0)
        return BlockRole::Heading;
    if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
        return BlockRole::Quote;
    if (isFigure(block))
        return BlockRole::Figure;
    return BlockRole::Paragraph;
}

void applyBlockDisplay(QTextBlockFormat &format, BlockRole role)
{
    constexpr qreal Spacing = 6;
    const bool spaced = role != BlockRole::ListItem && role != BlockRole::TableCell;
    setOrClear(format, QTextFormat::BlockTopMargin, role == BlockRole::Heading ? 2 * Spacing : 0);
    setOrClear(format, QTextFormat::BlockBottomMargin, spaced ? Spacing : 0);
    const qreal side = role == BlockRole::Quote ? 24 : 0;
    setOrClear(format, QTextFormat::BlockLeftMargin, side);
    setOrClear(format, QTextFormat::BlockRightMargin, side);
    if (role == BlockRole::Figure || role == BlockRole::Caption)
        format.setAlignment(Qt::AlignHCenter);
    else if (role != BlockRole::TableCell)
        format.clearProperty(QTextFormat::BlockAlignment);
}

namespace {

// How a block shows its characters: its heading level (0: none), whether a header cell.
std::pair<int, bool> characterDisplay(const QTextBlock &block, BlockRole role)
{
    const int heading = role == BlockRole::Heading ? block.blockFormat().headingLevel() : 0;
    bool headerCell = false;
    if (QTextTable *table = role == BlockRole::TableCell ? tableOf(block) : nullptr)
        headerCell = table->cellAt(block.position()).row() < table->format().headerRowCount();
    return { heading, headerCell };
}

} // namespace

QTextCharFormat displayFormatIn(const QTextBlock &block, const InlineFormat &format)
{
    const auto [heading, headerCell] = characterDisplay(block, roleOf(block));
    return displayFormat(format, heading, headerCell);
}

void refreshDisplay(QTextDocument *document, int from, int to)
{
    QTextCursor cursor(document);
    QTextBlock block = document->findBlock(std::max(0, from));
    const QTextBlock last = document->findBlock(std::max(from, to));
    while (block.isValid()) {
        const BlockRole role = roleOf(block);
        const QTextBlockFormat format = block.blockFormat();
        QTextBlockFormat wanted = format;
        applyBlockDisplay(wanted, role);
        if (wanted != format) {
            cursor.setPosition(block.position());
            cursor.setBlockFormat(wanted);
        }
        const auto [heading, headerCell] = characterDisplay(block, role);
        const QTextCharFormat blockChars
            = displayFormat(inlineFormat(block.charFormat()), heading, headerCell);
        if (blockChars != block.charFormat()) {
            cursor.setPosition(block.position());
            cursor.setBlockCharFormat(blockChars);
        }
        // Collected first: setting a format merges and splits the fragments being walked.
        QList<std::tuple<int, int, QTextCharFormat>> changes;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().isImageFormat())
                continue;
            const QTextCharFormat chars
                = displayFormat(inlineFormat(fragment.charFormat()), heading, headerCell);
            if (chars != fragment.charFormat())
                changes.append({ fragment.position(), fragment.length(), chars });
        }
        for (const auto &[position, length, chars] : std::as_const(changes)) {
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(chars);
        }
        if (block == last)
            break;
        block = block.next();
    }
}

} // namespace DocumentFormat
