#include "tableediting.h"

#include "body/documentformat.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace TableEditing {

bool isInTable(const QTextCursor &cursor)
{
    return cursor.currentTable() != nullptr;
}

bool apply(QTextCursor &cursor, Command command)
{
    QTextTable *table = cursor.currentTable();
    if (!table)
        return false;
    const QTextTableCell cell = table->cellAt(cursor);
    const int row = cell.row();
    const int column = cell.column();
    QTextTableFormat format = table->format();
    int headerRows = std::min(format.headerRowCount(), table->rows());
    const bool inHeader = row < headerRows;
    QTextDocument *document = cursor.document();

    cursor.beginEditBlock();
    const bool removesTable = (command == Command::DeleteRow && table->rows() == 1)
        || (command == Command::DeleteColumn && table->columns() == 1);
    if (removesTable) {
        // The table's frame with what is in it; Qt then joins the blocks before and after
        // it, which stay apart.
        const QTextBlock after = document->findBlock(table->lastPosition() + 1);
        const QTextBlockFormat afterFormat = after.blockFormat();
        const QTextCharFormat afterChars = after.charFormat();
        QTextCursor whole(document);
        whole.setPosition(table->firstPosition() - 1);
        whole.setPosition(table->lastPosition() + 1, QTextCursor::KeepAnchor);
        whole.removeSelectedText();
        if (!whole.atBlockStart())
            whole.insertBlock(afterFormat, afterChars);
        cursor.setPosition(whole.position());
        cursor.endEditBlock();
        return true;
    }
    switch (command) {
    case Command::InsertRowAbove:
    case Command::InsertRowBelow: {
        // A row inside the header rows (above one) is a header row; below the last one it
        // is the first row of the data, as in Word and Docs.
        const int at = command == Command::InsertRowAbove ? row : row + cell.rowSpan();
        table->insertRows(at, 1);
        headerRows += at < headerRows ? 1 : 0;
        break;
    }
    case Command::InsertColumnLeft:
        table->insertColumns(column, 1);
        break;
    case Command::InsertColumnRight:
        table->insertColumns(column + cell.columnSpan(), 1);
        break;
    case Command::DeleteRow:
        table->removeRows(row, 1);
        headerRows -= inHeader ? 1 : 0;
        break;
    case Command::DeleteColumn:
        table->removeColumns(column, 1);
        break;
    }
    if (format.headerRowCount() != headerRows) {
        format = table->format();
        format.setHeaderRowCount(headerRows);
        table->setFormat(format);
    }
    // New cells show (and type) as their row does: bold in the header.
    DocumentFormat::refreshDisplay(document, table->firstPosition(), table->lastPosition());
    if (command == Command::DeleteRow || command == Command::DeleteColumn) {
        const QTextTableCell stay = table->cellAt(
            std::min(row, table->rows() - 1), std::min(column, table->columns() - 1));
        cursor.setPosition(stay.firstCursorPosition().position());
    }
    cursor.endEditBlock();
    return true;
}

} // namespace TableEditing
