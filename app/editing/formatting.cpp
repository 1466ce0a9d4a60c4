#include "formatting.h"

#include "body/documentformat.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace Formatting {

namespace {

// The selection, or the word under the cursor when nothing is selected.
QTextCursor target(const QTextCursor &cursor)
{
    QTextCursor selection = cursor;
    if (!selection.hasSelection())
        selection.select(QTextCursor::WordUnderCursor);
    return selection;
}

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
    QTextCursor selection = target(cursor);
    const bool on = !state(cursor).strong;
    QTextCharFormat format;
    format.setProperty(DocumentFormat::Strong, on);
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    selection.mergeCharFormat(format);
    if (!cursor.hasSelection())
        cursor.mergeCharFormat(format); // what is typed next
}

void toggleEm(QTextCursor &cursor)
{
    QTextCursor selection = target(cursor);
    QTextCharFormat format;
    format.setFontItalic(!state(cursor).em);
    selection.mergeCharFormat(format);
    if (!cursor.hasSelection())
        cursor.mergeCharFormat(format);
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
        blockCursor.setBlockFormat(format);
        // The heading's size and weight are display; the words' own <strong> stays.
        blockCursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat display;
        if (level > 0) {
            DocumentFormat::applyHeadingDisplay(display, level);
        } else {
            display.setProperty(QTextFormat::FontSizeAdjustment, 0);
            display.setFontWeight(QFont::Normal);
        }
        blockCursor.mergeCharFormat(display);
        // Strong words inside keep their weight when they return to a paragraph.
        if (level == 0) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().boolProperty(DocumentFormat::Strong))
                    continue;
                QTextCursor strong = blockCursor;
                strong.setPosition(fragment.position());
                strong.setPosition(
                    fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                strong.mergeCharFormat(bold);
            }
        }
    });
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
        format.setLeftMargin(on ? 24 : 0);
        format.setRightMargin(on ? 24 : 0);
        format.setHeadingLevel(0);
        blockCursor.setBlockFormat(format);
    });
    cursor.endEditBlock();
}

void setLink(QTextCursor &cursor, const QString &href, const QString &title)
{
    QTextCursor selection = target(cursor);
    if (!href.isEmpty()) {
        InlineFormat link;
        link.href = href;
        link.title = title;
        QTextCharFormat format = DocumentFormat::charFormat(link);
        format.setProperty(DocumentFormat::LinkTitle, title);
        selection.mergeCharFormat(format);
        return;
    }
    // Removing: merging cannot take properties away, so each piece gets its format anew.
    const int start = selection.selectionStart();
    const int end = selection.selectionEnd();
    selection.beginEditBlock();
    for (QTextBlock block = selection.document()->findBlock(start);
         block.isValid() && block.position() <= end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from >= to || !fragment.charFormat().isAnchor())
                continue;
            QTextCharFormat format = fragment.charFormat();
            format.setAnchor(false);
            format.clearProperty(QTextFormat::AnchorHref);
            format.clearProperty(DocumentFormat::LinkTitle);
            format.clearForeground();
            format.setFontUnderline(false);
            QTextCursor piece = selection;
            piece.setPosition(from);
            piece.setPosition(to, QTextCursor::KeepAnchor);
            piece.setCharFormat(format);
        }
    }
    selection.endEditBlock();
}

} // namespace Formatting
