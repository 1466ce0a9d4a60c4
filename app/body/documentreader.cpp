#include "documentreader.h"

#include "documentformat.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace {

using DocumentFormat::BlockRole;

QTextBlockFormat blockFormat(BlockRole role, QTextBlockFormat format = {})
{
    DocumentFormat::applyBlockDisplay(format, role); // display only, never read back
    return format;
}

class Builder
{
public:
    explicit Builder(QTextDocument *document)
        : m_cursor(document)
    { }

    void add(const Block &block);
    void finish();

private:
    // The document starts with an empty block, and one follows every table: use it first.
    void newBlock(const QTextBlockFormat &format = {}, const QTextCharFormat &charFormat = {})
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }
    static void insert(
        QTextCursor &cursor, const InlineText &text, const QTextCharFormat &base = {});
    void list(const ListBlock &list, int indent);
    void table(const Table &table);

    QTextCursor m_cursor;
    bool m_reuseBlock = true;
};

void Builder::insert(QTextCursor &cursor, const InlineText &text, const QTextCharFormat &base)
{
    for (const Run &run : text) {
        QTextCharFormat format = base;
        format.merge(DocumentFormat::charFormat(run.format));
        cursor.insertText(run.lineBreak ? QString(QChar::LineSeparator) : run.text, format);
    }
}

void Builder::list(const ListBlock &list, int indent)
{
    QTextList *textList = nullptr;
    for (const ListItem &item : list.items) {
        newBlock(blockFormat(BlockRole::ListItem));
        if (!textList) {
            QTextListFormat format;
            static const QTextListFormat::Style bullets[] = { QTextListFormat::ListDisc,
                QTextListFormat::ListCircle, QTextListFormat::ListSquare };
            format.setStyle(
                list.ordered ? QTextListFormat::ListDecimal : bullets[(indent - 1) % 3]);
            format.setIndent(indent);
            textList = m_cursor.createList(format);
        } else {
            textList->add(m_cursor.block());
        }
        insert(m_cursor, item.text);
        for (const ListBlock &sublist : item.sublists)
            this->list(sublist, indent + 1);
    }
}

void Builder::table(const Table &table)
{
    const int columns = table.rows.isEmpty() ? 0 : int(table.rows.first().size());
    if (columns == 0)
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(table.headerRows);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setBorderCollapse(true);
    QTextTable *textTable = m_cursor.insertTable(int(table.rows.size()), columns, format);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QTextCharFormat base = DocumentFormat::displayFormat({}, 0, r < table.headerRows);
        for (int c = 0; c < columns; ++c) {
            QTextCursor cell = textTable->cellAt(r, c).firstCursorPosition();
            cell.setBlockCharFormat(base); // what is typed into an empty cell
            insert(cell, table.rows[r][c], base);
        }
    }
    m_cursor = textTable->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_reuseBlock = true;
}

void Builder::add(const Block &block)
{
    switch (block.kind) {
    case Block::Kind::Paragraph:
        newBlock(blockFormat(BlockRole::Paragraph));
        insert(m_cursor, block.text);
        break;
    case Block::Kind::Heading: {
        QTextBlockFormat format;
        format.setHeadingLevel(block.level);
        const QTextCharFormat display = DocumentFormat::displayFormat({}, block.level, false);
        newBlock(blockFormat(BlockRole::Heading, format), display);
        insert(m_cursor, block.text, display);
        break;
    }
    case Block::Kind::List:
        list(block.list, 1);
        break;
    case Block::Kind::Quote:
        for (const InlineText &paragraph : block.quote) {
            QTextBlockFormat format;
            format.setProperty(QTextFormat::BlockQuoteLevel, 1);
            newBlock(blockFormat(BlockRole::Quote, format));
            insert(m_cursor, paragraph);
        }
        break;
    case Block::Kind::Figure: {
        newBlock(blockFormat(BlockRole::Figure));
        QTextImageFormat image;
        image.setName(block.figure.src);
        image.setProperty(DocumentFormat::ImageAlt, block.figure.alt);
        image.setToolTip(block.figure.alt);
        m_cursor.insertImage(image);
        if (!block.figure.caption.isEmpty()) {
            QTextBlockFormat caption;
            caption.setProperty(DocumentFormat::FigureCaption, true);
            newBlock(blockFormat(BlockRole::Caption, caption));
            insert(m_cursor, block.figure.caption);
        }
        break;
    }
    case Block::Kind::Table:
        table(block.table);
        break;
    }
}

void Builder::finish()
{
    // An empty body still starts with a paragraph, spaced as the ones typed after it.
    if (m_reuseBlock)
        newBlock(blockFormat(BlockRole::Paragraph));
}

} // namespace

namespace DocumentReader {

void read(const Body &body, QTextDocument *document)
{
    document->clear();
    // One edit block: the layout and the document's signals wait until the body is complete
    // instead of following every insertion.
    QTextCursor whole(document);
    whole.beginEditBlock();
    Builder builder(document);
    for (const Block &block : body.blocks)
        builder.add(block);
    builder.finish();
    whole.endEditBlock();
}

} // namespace DocumentReader
