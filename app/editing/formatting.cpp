#include "formatting.h"

#include "body/documentformat.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace Formatting {

namespace {

// Calls `apply` on every block of the selection (or the cursor's block).
template<class Apply>
void forEachBlock(const QTextCursor &cursor, Apply apply)
{
    QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        apply(block);
        if (block == last)
            break;
        block = block.next();
    }
}

void refreshBlocks(const QTextCursor &cursor)
{
    DocumentFormat::refreshDisplay(
        cursor.document(), cursor.selectionStart(), cursor.selectionEnd());
}

// Changes the meaning of the selected characters (their display follows), or with nothing
// selected, of what is typed next only: never the word under the cursor.
template<class Change>
void changeCharacters(QTextCursor &cursor, Change change)
{
    if (!cursor.hasSelection()) {
        InlineFormat format = DocumentFormat::inlineFormat(cursor.charFormat());
        change(format);
        cursor.setCharFormat(DocumentFormat::displayFormatIn(cursor.block(), format));
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    // Collected first: setting a format merges and splits the fragments being walked.
    QList<std::tuple<int, int, QTextCharFormat>> pieces;
    QTextDocument *document = cursor.document();
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from >= to || fragment.charFormat().isImageFormat())
                continue;
            InlineFormat format = DocumentFormat::inlineFormat(fragment.charFormat());
            change(format);
            pieces.append({ from, to, DocumentFormat::displayFormatIn(block, format) });
        }
    }
    QTextCursor piece(document);
    piece.beginEditBlock();
    for (const auto &[from, to, format] : std::as_const(pieces)) {
        piece.setPosition(from);
        piece.setPosition(to, QTextCursor::KeepAnchor);
        piece.setCharFormat(format);
    }
    piece.endEditBlock();
}

// The extent of the link at the cursor (the characters on both sides of it with its address),
// or an empty cursor there.
QTextCursor linkAt(const QTextCursor &cursor)
{
    QTextCursor link = cursor;
    link.clearSelection();
    const QTextBlock block = cursor.block();
    const int at = cursor.position();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QString href = fragment.charFormat().anchorHref();
        if (!fragment.charFormat().isAnchor() || href.isEmpty() || fragment.position() > at
            || fragment.position() + fragment.length() < at)
            continue;
        // Neighbouring fragments with the same address (bold words inside a link) belong to it.
        int from = fragment.position();
        int to = fragment.position() + fragment.length();
        for (auto other = block.begin(); !other.atEnd(); ++other) {
            const QTextFragment f = other.fragment();
            if (f.charFormat().anchorHref() != href)
                continue;
            if (f.position() + f.length() == from)
                from = f.position();
        }
        for (auto other = block.begin(); !other.atEnd(); ++other) {
            const QTextFragment f = other.fragment();
            if (f.charFormat().anchorHref() == href && f.position() == to)
                to = f.position() + f.length();
        }
        link.setPosition(from);
        link.setPosition(to, QTextCursor::KeepAnchor);
        return link;
    }
    return link;
}

} // namespace

State state(const QTextCursor &cursor)
{
    State state;
    const QTextCharFormat chars = cursor.charFormat();
    state.strong = chars.boolProperty(DocumentFormat::Strong);
    state.em = chars.fontItalic();
    state.link = chars.isAnchor();
    if (const QTextList *list = cursor.currentList()) {
        const auto style = list->format().style();
        state.numbered = style == QTextListFormat::ListDecimal
            || style == QTextListFormat::ListLowerAlpha || style == QTextListFormat::ListUpperAlpha
            || style == QTextListFormat::ListLowerRoman || style == QTextListFormat::ListUpperRoman;
        state.bulleted = !state.numbered;
    }
    const QTextBlockFormat block = cursor.blockFormat();
    state.quote = block.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    switch (block.headingLevel()) {
    case 2:
        state.style = BlockStyle::Heading2;
        break;
    case 3:
        state.style = BlockStyle::Heading3;
        break;
    case 4:
        state.style = BlockStyle::Heading4;
        break;
    default:
        break;
    }
    return state;
}

void toggleStrong(QTextCursor &cursor)
{
    const bool on = !state(cursor).strong;
    changeCharacters(cursor, [on](InlineFormat &format) { format.strong = on; });
}

void toggleEm(QTextCursor &cursor)
{
    const bool on = !state(cursor).em;
    changeCharacters(cursor, [on](InlineFormat &format) { format.em = on; });
}

void clearFormatting(QTextCursor &cursor)
{
    changeCharacters(cursor, [](InlineFormat &format) {
        format.strong = false;
        format.em = false;
        format.position = InlineFormat::Position::Normal;
    });
}

void setBlockStyle(QTextCursor &cursor, BlockStyle style)
{
    const int level = style == BlockStyle::Heading2 ? 2
        : style == BlockStyle::Heading3             ? 3
        : style == BlockStyle::Heading4             ? 4
                                                    : 0;
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        QTextCursor blockCursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(level);
        if (level > 0)
            format.clearProperty(QTextFormat::BlockQuoteLevel);
        blockCursor.setBlockFormat(format);
    });
    // The heading's size and weight are display; the words' own <strong> stays.
    refreshBlocks(cursor);
    cursor.endEditBlock();
}

void toggleList(QTextCursor &cursor, bool ordered)
{
    const State current = state(cursor);
    cursor.beginEditBlock();
    if ((ordered && current.numbered) || (!ordered && current.bulleted)) {
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (QTextList *list = block.textList())
                list->remove(block);
            QTextCursor blockCursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            blockCursor.setBlockFormat(format);
        });
    } else {
        QTextListFormat format;
        const int indent = cursor.currentList() ? cursor.currentList()->format().indent() : 1;
        format.setIndent(indent);
        format.setStyle(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        if (QTextList *list = cursor.currentList())
            list->setFormat(format);
        else
            cursor.createList(format);
    }
    refreshBlocks(cursor);
    cursor.endEditBlock();
}

void indent(QTextCursor &cursor, int delta)
{
    QTextList *list = cursor.currentList();
    if (!list)
        return;
    const int level = list->format().indent() + delta;
    cursor.beginEditBlock();
    const QTextBlock block = cursor.block();
    list->remove(block);
    QTextCursor blockCursor(block);
    if (level <= 0) {
        QTextBlockFormat format = block.blockFormat();
        format.setIndent(0);
        blockCursor.setBlockFormat(format);
    } else {
        // Join a neighbouring list at that level, or start one.
        QTextList *join = nullptr;
        for (QTextBlock other = block.previous(); other.isValid() && other.textList();
             other = other.previous()) {
            if (other.textList()->format().indent() == level) {
                join = other.textList();
                break;
            }
            if (other.textList()->format().indent() < level)
                break;
        }
        if (join) {
            join->add(block);
        } else {
            QTextListFormat format = list->format();
            format.setIndent(level);
            static const QTextListFormat::Style bullets[] = { QTextListFormat::ListDisc,
                QTextListFormat::ListCircle, QTextListFormat::ListSquare };
            if (format.style() != QTextListFormat::ListDecimal)
                format.setStyle(bullets[(level - 1) % 3]);
            blockCursor.createList(format);
        }
    }
    DocumentFormat::refreshDisplay(cursor.document(), block.position(), block.position());
    cursor.endEditBlock();
}

void toggleQuote(QTextCursor &cursor)
{
    const bool on = !state(cursor).quote;
    cursor.beginEditBlock();
    forEachBlock(cursor, [on](const QTextBlock &block) {
        QTextCursor blockCursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(QTextFormat::BlockQuoteLevel, on ? 1 : 0);
        format.setHeadingLevel(0);
        blockCursor.setBlockFormat(format);
    });
    refreshBlocks(cursor);
    cursor.endEditBlock();
}

void setLink(QTextCursor &cursor, const QString &href, const QString &title, const QString &text)
{
    QTextCursor selection = cursor.hasSelection() ? cursor : linkAt(cursor);
    if (selection.hasSelection()) {
        changeCharacters(selection, [&](InlineFormat &format) {
            format.href = href;
            format.title = href.isEmpty() ? QString() : title;
        });
        return;
    }
    if (href.isEmpty())
        return;
    // Nothing selected and no link here: the link's words are inserted, and what is typed
    // after them is not part of the link.
    InlineFormat format = DocumentFormat::inlineFormat(cursor.charFormat());
    InlineFormat link = format;
    link.href = href;
    link.title = title;
    const QString words = text.simplified().isEmpty() ? href : text.simplified();
    cursor.insertText(words, DocumentFormat::displayFormatIn(cursor.block(), link));
    format.href.clear();
    format.title.clear();
    cursor.setCharFormat(DocumentFormat::displayFormatIn(cursor.block(), format));
}

void finishNewBlock(QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const QTextBlock previous = block.previous();
    if (!previous.isValid())
        return;
    cursor.joinPreviousEditBlock(); // one undo step with the new block
    using DocumentFormat::BlockRole;
    const BlockRole before = DocumentFormat::roleOf(previous);
    if (block.text().isEmpty()
        && (before == BlockRole::Heading || before == BlockRole::Figure
            || before == BlockRole::Caption)) {
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(0);
        format.clearProperty(DocumentFormat::FigureCaption);
        QTextCursor(block).setBlockFormat(format);
        // Bold or italic chosen for typing stays; the heading's size does not.
        InlineFormat typing = DocumentFormat::inlineFormat(cursor.charFormat());
        typing.href.clear();
        QTextCursor(block).setBlockCharFormat(DocumentFormat::displayFormat(typing, 0, false));
    }
    DocumentFormat::refreshDisplay(cursor.document(), previous.position(), block.position());
    cursor.endEditBlock();
    cursor.setPosition(cursor.position()); // what is typed next takes the block's format
}

} // namespace Formatting
