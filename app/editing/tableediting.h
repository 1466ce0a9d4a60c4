#pragma once

class QTextCursor;

// Rows and columns of the table at the cursor, as the editor's table commands change them.
// Header rows stay the leading rows: a row inserted above a header row is a header row too,
// one inserted below the last header row is the first row of the data (as in Word and Docs),
// and deleting a header row leaves one fewer; the stored body (thead) follows.
namespace TableEditing {

enum class Command
{
    InsertRowAbove,
    InsertRowBelow,
    InsertColumnLeft,
    InsertColumnRight,
    DeleteRow,
    DeleteColumn
};

bool isInTable(const QTextCursor &cursor);
// One undo step; false (and nothing changed) when the cursor is not in a table. Deleting
// the last row or column deletes the table. The cursor stays in its cell, or after a delete
// goes to the cell that took its place (the last one when there is none).
bool apply(QTextCursor &cursor, Command command);

} // namespace TableEditing
