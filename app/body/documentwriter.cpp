#include "documentwriter.h"

#include "documentformat.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace {

class Walker
{
public:
    Body body;

    void frame(const QTextFrame *frame);
    void finish() { flushList(); }

private:
    void block(const QTextBlock &block);
    void table(const QTextTable *table);
    void flushList();
    // The text of a block; its images are appended to `images` in order.
    static InlineText inlineText(
        const QTextBlock &block, QList<QTextImageFormat> *images = nullptr);
    void addFigure(const QTextImageFormat &image);

    QList<FlatListItem> m_listItems;
    bool m_lastWasQuote = false;
};

InlineText Walker::inlineText(const QTextBlock &block, QList<QTextImageFormat> *images)
{
    InlineText text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            if (images)
                images->append(format.toImageFormat());
            continue;
        }
        const InlineFormat inlineFormat = DocumentFormat::inlineFormat(format);
        QString piece;
        for (QChar c : fragment.text()) {
            if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
                text.append(Run { piece, inlineFormat, false });
                text.append(Run { {}, inlineFormat, true });
                piece.clear();
            } else if (c == QChar::ObjectReplacementCharacter) {
                continue;
            } else {
                piece += c;
            }
        }
        text.append(Run { piece, inlineFormat, false });
    }
    BodyText::normalize(text);
    return text;
}

void Walker::flushList()
{
    for (ListBlock &list : BodyText::nestLists(m_listItems)) {
        Block block;
        block.kind = Block::Kind::List;
        block.list = std::move(list);
        body.blocks.append(std::move(block));
    }
    m_listItems.clear();
}

void Walker::addFigure(const QTextImageFormat &image)
{
    Block figure;
    figure.kind = Block::Kind::Figure;
    figure.figure.src = image.name();
    figure.figure.alt = image.stringProperty(DocumentFormat::ImageAlt);
    body.blocks.append(std::move(figure));
}

void Walker::block(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (QTextList *list = block.textList()) {
        m_lastWasQuote = false;
        const QTextListFormat listFormat = list->format();
        const auto style = listFormat.style();
        FlatListItem item;
        item.list = QString::number(quintptr(list));
        item.level = std::max(1, listFormat.indent());
        item.ordered = style != QTextListFormat::ListDisc && style != QTextListFormat::ListCircle
            && style != QTextListFormat::ListSquare;
        item.text = inlineText(block);
        m_listItems.append(std::move(item));
        return;
    }
    flushList();

    QList<QTextImageFormat> images;
    InlineText text = inlineText(block, &images);

    if (format.boolProperty(DocumentFormat::FigureCaption) && !body.blocks.isEmpty()
        && body.blocks.last().kind == Block::Kind::Figure
        && body.blocks.last().figure.caption.isEmpty() && images.isEmpty()) {
        body.blocks.last().figure.caption = std::move(text);
        m_lastWasQuote = false;
        return;
    }

    const bool quoted = format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    if (quoted && !text.isEmpty()) {
        if (m_lastWasQuote && !body.blocks.isEmpty()
            && body.blocks.last().kind == Block::Kind::Quote) {
            body.blocks.last().quote.append(std::move(text));
        } else {
            Block quote;
            quote.kind = Block::Kind::Quote;
            quote.quote.append(std::move(text));
            body.blocks.append(std::move(quote));
        }
    } else if (!text.isEmpty()) {
        Block block;
        if (format.headingLevel() > 0) {
            block.kind = Block::Kind::Heading;
            block.level = std::clamp(format.headingLevel(), 2, 4);
        }
        block.text = std::move(text);
        body.blocks.append(std::move(block));
    }
    m_lastWasQuote = quoted;
    for (const QTextImageFormat &image : std::as_const(images))
        addFigure(image); // an image inside text follows its paragraph as a figure
}

void Walker::table(const QTextTable *table)
{
    flushList();
    m_lastWasQuote = false;
    Block block;
    block.kind = Block::Kind::Table;
    block.table.headerRows = std::min(table->format().headerRowCount(), table->rows());
    for (int r = 0; r < table->rows(); ++r) {
        QList<InlineText> row;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            InlineText text;
            if (cell.row() == r && cell.column() == c) { // not the tail of a merged cell
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock cellBlock = it.currentBlock();
                    if (!cellBlock.isValid())
                        continue;
                    if (!text.isEmpty())
                        text.append(Run { {}, {}, true });
                    text.append(inlineText(cellBlock));
                }
            }
            BodyText::normalize(text);
            row.append(std::move(text));
        }
        block.table.rows.append(std::move(row));
    }
    body.blocks.append(std::move(block));
}

void Walker::frame(const QTextFrame *frame)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                this->table(table);
            else
                this->frame(child);
        } else {
            block(it.currentBlock());
        }
    }
}

} // namespace

namespace DocumentWriter {

Body write(const QTextDocument *document)
{
    Walker walker;
    walker.frame(document->rootFrame());
    walker.finish();
    BodyText::normalize(walker.body);
    return walker.body;
}

} // namespace DocumentWriter
