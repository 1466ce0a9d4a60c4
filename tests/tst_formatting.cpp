#include "body/articlebody.h"
#include "documentshape.h"
#include "editing/formatting.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

class TestFormatting : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void stateFollowsTheCursor();
    void typingIsFormatted_data();
    void typingIsFormatted();
    void blockCommandsGiveTheDisplayOfAReopenedBody_data();
    void blockCommandsGiveTheDisplayOfAReopenedBody();
};

void TestFormatting::commands_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("from"); // selection in document positions
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &html, int from, int to,
                         const char *command, const QString &expected) {
        QTest::newRow(name) << html << from << to << QString::fromLatin1(command) << expected;
    };
    row("bold a selection", "<p>Border management</p>", 0, 6, "strong",
        "<p><strong>Border</strong> management</p>");
    // Nothing selected: only what is typed next changes (typingIsFormatted), never the word
    // under the cursor.
    row("bold with nothing selected", "<p>Border management</p>", 9, 9, "strong",
        "<p>Border management</p>");
    row("unbold with nothing selected", "<p><strong>Border</strong> management</p>", 6, 6, "strong",
        "<p><strong>Border</strong> management</p>");
    row("italic with nothing selected", "<p><em>Border</em> management</p>", 3, 3, "em",
        "<p><em>Border</em> management</p>");
    row("unbold", "<p><strong>Border</strong> management</p>", 0, 6, "strong",
        "<p>Border management</p>");
    row("italic", "<p>Border management</p>", 7, 17, "em", "<p>Border <em>management</em></p>");
    row("georgian bold", u"<p>საზღვრის მართვა</p>"_qs, 0, 8, "strong",
        u"<p><strong>საზღვრის</strong> მართვა</p>"_qs);
    row("heading 2", "<p>What we do</p>", 3, 3, "h2", "<h2>What we do</h2>");
    row("heading keeps strong words", "<p>What <strong>we</strong> do</p>", 0, 0, "h3",
        "<h3>What <strong>we</strong> do</h3>");
    row("heading back to paragraph", "<h2>What <strong>we</strong> do</h2>", 0, 0, "p",
        "<p>What <strong>we</strong> do</p>");
    row("bulleted list", "<p>one</p>\n<p>two</p>", 0, 7, "ul",
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    row("numbered list", "<p>one</p>", 0, 0, "ol", "<ol>\n<li>one</li>\n</ol>");
    row("bullets to numbers", "<ul>\n<li>one</li>\n</ul>", 0, 0, "ol", "<ol>\n<li>one</li>\n</ol>");
    row("list off", "<ul>\n<li>one</li>\n</ul>\n<p>two</p>", 0, 0, "ul", "<p>one</p>\n<p>two</p>");
    row("indent", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>", 4, 4, "indent",
        "<ul>\n<li>one\n<ul>\n<li>two</li>\n</ul>\n</li>\n</ul>");
    row("outdent", "<ul>\n<li>one\n<ul>\n<li>two</li>\n</ul>\n</li>\n</ul>", 4, 4, "outdent",
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    row("outdent out of the list", "<ul>\n<li>one</li>\n</ul>", 0, 0, "outdent", "<p>one</p>");
    row("quote", "<p>Migration is a fact of life.</p>", 0, 0, "quote",
        "<blockquote>\n<p>Migration is a fact of life.</p>\n</blockquote>");
    row("unquote", "<blockquote>\n<p>q</p>\n</blockquote>", 0, 0, "quote", "<p>q</p>");
    row("link", "<p>Read about the mission</p>", 5, 22, "link",
        "<p>Read <a href=\"page:2\" title=\"About\">about the mission</a></p>");
    row("unlink", "<p>Read <a href=\"page:2\">about the mission</a></p>", 5, 22, "unlink",
        "<p>Read about the mission</p>");
    row("unlink the link at the cursor", "<p>Read <a href=\"page:2\">about the mission</a></p>", 9,
        9, "unlink", "<p>Read about the mission</p>");
    row("relink the link at the cursor",
        "<p>Read <a href=\"page:3\">about <strong>the</strong> mission</a> now</p>", 12, 12, "link",
        "<p>Read <a href=\"page:2\" title=\"About\">about <strong>the</strong> mission</a> "
        "now</p>");
    row("link with nothing selected inserts its words", "<p>Read more</p>", 5, 5, "link",
        "<p>Read <a href=\"page:2\" title=\"About\">About us</a>more</p>");
    row("clear formatting",
        "<p><strong>Bold <em>both</em></strong> <a href=\"page:2\"><em>link</em></a> "
        "x<sup>2</sup></p>",
        0, 17, "clear", "<p>Bold both <a href=\"page:2\">link</a> x2</p>");
    row("clear formatting keeps the heading", "<h2><strong>Bold</strong> head</h2>", 0, 9, "clear",
        "<h2>Bold head</h2>");
}

void TestFormatting::commands()
{
    QFETCH(QString, html);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QTextDocument document;
    ArticleBody::load(html, &document);
    QTextCursor cursor(&document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    if (command == QLatin1String("strong"))
        Formatting::toggleStrong(cursor);
    else if (command == QLatin1String("em"))
        Formatting::toggleEm(cursor);
    else if (command == QLatin1String("p"))
        Formatting::setBlockStyle(cursor, Formatting::BlockStyle::Paragraph);
    else if (command == QLatin1String("h2"))
        Formatting::setBlockStyle(cursor, Formatting::BlockStyle::Heading2);
    else if (command == QLatin1String("h3"))
        Formatting::setBlockStyle(cursor, Formatting::BlockStyle::Heading3);
    else if (command == QLatin1String("ul"))
        Formatting::toggleList(cursor, false);
    else if (command == QLatin1String("ol"))
        Formatting::toggleList(cursor, true);
    else if (command == QLatin1String("indent"))
        Formatting::indent(cursor, 1);
    else if (command == QLatin1String("outdent"))
        Formatting::indent(cursor, -1);
    else if (command == QLatin1String("quote"))
        Formatting::toggleQuote(cursor);
    else if (command == QLatin1String("link"))
        Formatting::setLink(
            cursor, QStringLiteral("page:2"), QStringLiteral("About"), QStringLiteral("About us"));
    else if (command == QLatin1String("clear"))
        Formatting::clearFormatting(cursor);
    else if (command == QLatin1String("unlink"))
        Formatting::setLink(cursor, QString());
    else
        QFAIL("unknown command");
    QCOMPARE(ArticleBody::save(&document), expected);
}

void TestFormatting::stateFollowsTheCursor()
{
    QTextDocument document;
    ArticleBody::load(
        QStringLiteral("<h3>Head</h3>\n<ul>\n<li><strong>bold</strong> <em>it</em></li>\n</ul>\n"
                       "<blockquote>\n<p>q</p>\n</blockquote>"),
        &document);
    QTextCursor cursor(&document);
    cursor.setPosition(2);
    QCOMPARE(Formatting::state(cursor).style, Formatting::BlockStyle::Heading3);
    cursor.setPosition(7); // inside "bold"
    QVERIFY(Formatting::state(cursor).strong);
    QVERIFY(Formatting::state(cursor).bulleted);
    QVERIFY(!Formatting::state(cursor).numbered);
    cursor.setPosition(12); // inside "it"
    QVERIFY(Formatting::state(cursor).em);
    QVERIFY(!Formatting::state(cursor).strong);
    cursor.setPosition(document.characterCount() - 1);
    QVERIFY(Formatting::state(cursor).quote);
}

void TestFormatting::typingIsFormatted_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("at");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold on") << "<p>Border management</p>" << 6 << "strong"
                             << "<p>Border<strong>NEW</strong> management</p>";
    QTest::newRow("bold off") << "<p><strong>Border</strong> management</p>" << 6 << "strong"
                              << "<p><strong>Border</strong>NEW management</p>";
    QTest::newRow("italic in a heading") << "<h2>Border management</h2>" << 6 << "em"
                                         << "<h2>Border<em>NEW</em> management</h2>";
    QTest::newRow("clear") << "<p><strong><em>Border</em></strong> management</p>" << 6 << "clear"
                           << "<p><strong><em>Border</em></strong>NEW management</p>";
}

void TestFormatting::typingIsFormatted()
{
    QFETCH(QString, html);
    QFETCH(int, at);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QTextDocument document;
    ArticleBody::load(html, &document);
    QTextCursor cursor(&document);
    cursor.setPosition(at);
    if (command == QLatin1String("strong"))
        Formatting::toggleStrong(cursor);
    else if (command == QLatin1String("em"))
        Formatting::toggleEm(cursor);
    else if (command == QLatin1String("clear"))
        Formatting::clearFormatting(cursor);
    QCOMPARE(ArticleBody::save(&document), html); // nothing typed yet: nothing changed
    cursor.insertText(QStringLiteral("NEW"));
    QCOMPARE(ArticleBody::save(&document), expected);
}

void TestFormatting::blockCommandsGiveTheDisplayOfAReopenedBody_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("command");
    QTest::newRow("heading") << "<p>a <strong>b</strong></p>\n<p>c</p>"
                             << "h2";
    QTest::newRow("paragraph") << "<h3>a <strong>b</strong></h3>\n<p>c</p>"
                               << "p";
    QTest::newRow("quote") << "<p>a</p>\n<p>b</p>"
                           << "quote";
    QTest::newRow("unquote") << "<blockquote>\n<p>a</p>\n</blockquote>\n<p>b</p>"
                             << "quote";
    QTest::newRow("list") << "<p>a</p>\n<p>b</p>"
                          << "ul";
    QTest::newRow("list off") << "<ul>\n<li>a</li>\n</ul>\n<p>b</p>"
                              << "ul";
}

void TestFormatting::blockCommandsGiveTheDisplayOfAReopenedBody()
{
    QFETCH(QString, html);
    QFETCH(QString, command);
    QTextDocument document;
    ArticleBody::load(html, &document);
    QTextCursor cursor(&document);
    if (command == QLatin1String("h2"))
        Formatting::setBlockStyle(cursor, Formatting::BlockStyle::Heading2);
    else if (command == QLatin1String("p"))
        Formatting::setBlockStyle(cursor, Formatting::BlockStyle::Paragraph);
    else if (command == QLatin1String("quote"))
        Formatting::toggleQuote(cursor);
    else if (command == QLatin1String("ul"))
        Formatting::toggleList(cursor, false);
    QCOMPARE(DocumentShape::of(&document), DocumentShape::reopened(&document));
}

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
