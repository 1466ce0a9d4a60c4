// Rows and columns of a table in the editor's document, and what the stored body makes of them.
#include "body/articlebody.h"
#include "documentshape.h"
#include "editing/tableediting.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using TableEditing::Command;

class TestTableEditing : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void outsideATableNothingChanges();
    void deletingTheLastRowDeletesTheTable();
};

namespace {

const QString StoredTable
    = QStringLiteral("<table>\n<thead>\n<tr><th>Year</th><th>Returns</th></tr>\n"
                     "</thead>\n<tbody>\n<tr><td>2020</td><td>870</td></tr>\n"
                     "</tbody>\n</table>");

} // namespace

void TestTableEditing::commands_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("typed"); // typed into the cell the cursor is in afterwards
    QTest::addColumn<QString>("expected");

    const auto table = [](const QString &head, const QString &body) -> QString {
        QString html = QStringLiteral("<table>\n");
        if (!head.isEmpty())
            html += QStringLiteral("<thead>\n") + head + QStringLiteral("</thead>\n");
        if (!body.isEmpty())
            html += QStringLiteral("<tbody>\n") + body + QStringLiteral("</tbody>\n");
        return html + QStringLiteral("</table>");
    };
    const QString head = QStringLiteral("<tr><th>Year</th><th>Returns</th></tr>\n");
    const QString body = QStringLiteral("<tr><td>2020</td><td>870</td></tr>\n");
    const QString emptyHead = QStringLiteral("<tr><th></th><th></th></tr>\n");
    const QString emptyRow = QStringLiteral("<tr><td></td><td></td></tr>\n");

    QTest::newRow("row above a body row")
        << 1 << 0 << Command::InsertRowAbove << "" << table(head, emptyRow + body);
    QTest::newRow("row below a body row")
        << 1 << 1 << Command::InsertRowBelow << "" << table(head, body + emptyRow);
    QTest::newRow("row above the header row is a header row")
        << 0 << 0 << Command::InsertRowAbove << "" << table(emptyHead + head, body);
    QTest::newRow("row below the last header row is a data row")
        << 0 << 1 << Command::InsertRowBelow << "" << table(head, emptyRow + body);
    QTest::newRow("column left")
        << 1 << 0 << Command::InsertColumnLeft << ""
        << table(QStringLiteral("<tr><th></th><th>Year</th><th>Returns</th></tr>\n"),
               QStringLiteral("<tr><td></td><td>2020</td><td>870</td></tr>\n"));
    QTest::newRow("column right")
        << 0 << 1 << Command::InsertColumnRight << ""
        << table(QStringLiteral("<tr><th>Year</th><th>Returns</th><th></th></tr>\n"),
               QStringLiteral("<tr><td>2020</td><td>870</td><td></td></tr>\n"));
    QTest::newRow("delete a body row") << 1 << 0 << Command::DeleteRow << "" << table(head, {});
    QTest::newRow("delete the header row") << 0 << 0 << Command::DeleteRow << "" << table({}, body);
    QTest::newRow("delete a column") << 1 << 0 << Command::DeleteColumn << ""
                                     << table(QStringLiteral("<tr><th>Returns</th></tr>\n"),
                                            QStringLiteral("<tr><td>870</td></tr>\n"));
    // The cursor stays in its cell, which is now one row or column further.
    QTest::newRow("typing after a row above")
        << 1 << 0 << Command::InsertRowAbove << "!"
        << table(head, emptyRow + QStringLiteral("<tr><td>2020!</td><td>870</td></tr>\n"));
}

void TestTableEditing::commands()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(Command, command);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QTextDocument document;
    ArticleBody::load(StoredTable, &document);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::NextBlock); // into the first cell
    QTextTable *table = cursor.currentTable();
    QVERIFY(table);
    cursor = table->cellAt(row, column).lastCursorPosition();
    QVERIFY(TableEditing::isInTable(cursor));
    QVERIFY(TableEditing::apply(cursor, command));
    cursor.insertText(typed);
    QCOMPARE(ArticleBody::save(&document), expected);
    // New cells show as their row will when opened again: bold in the header.
    QCOMPARE(DocumentShape::of(&document), DocumentShape::reopened(&document));
    // One undo step.
    document.undo();
    if (!typed.isEmpty())
        document.undo();
    QCOMPARE(ArticleBody::save(&document), StoredTable);
}

void TestTableEditing::outsideATableNothingChanges()
{
    QTextDocument document;
    ArticleBody::load(QStringLiteral("<p>Before</p>\n") + StoredTable, &document);
    QTextCursor cursor(&document);
    QVERIFY(!TableEditing::isInTable(cursor));
    QVERIFY(!TableEditing::apply(cursor, Command::DeleteRow));
    QCOMPARE(ArticleBody::save(&document), QStringLiteral("<p>Before</p>\n") + StoredTable);
}

void TestTableEditing::deletingTheLastRowDeletesTheTable()
{
    QTextDocument document;
    ArticleBody::load(
        QStringLiteral("<p>Before</p>\n") + StoredTable + QStringLiteral("\n<p>After</p>"),
        &document);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::NextBlock);
    QVERIFY(TableEditing::apply(cursor, Command::DeleteRow));
    QVERIFY(TableEditing::apply(cursor, Command::DeleteRow));
    QVERIFY(!TableEditing::isInTable(cursor));
    QCOMPARE(ArticleBody::save(&document), QStringLiteral("<p>Before</p>\n<p>After</p>"));
}

QTEST_MAIN(TestTableEditing)
#include "tst_tableediting.moc"
