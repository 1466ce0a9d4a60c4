#include "body/articlebody.h"
#include "body/canonicalreader.h"
#include "body/documentformat.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

class TestArticleBody : public QObject
{
    Q_OBJECT

private slots:
    void canonicalRoundTrip_data();
    void canonicalRoundTrip();
    void canonicalReaderRefusesTheRest_data();
    void canonicalReaderRefusesTheRest();
    void normalizesToCanonical_data();
    void normalizesToCanonical();
    void plainText_data();
    void plainText();
    void editedDocumentIsWrittenCanonically();
};

void TestArticleBody::canonicalRoundTrip_data()
{
    QTest::addColumn<QString>("html");
    const auto row = [](const char *name, const QString &html) { QTest::newRow(name) << html; };

    row("paragraph", "<p>The mission has worked in Georgia since 1993.</p>");
    row("two paragraphs", "<p>One.</p>\n<p>Two.</p>");
    row("heading 2", "<h2>What we do</h2>\n<p>Text.</p>");
    row("heading 3", "<h3>Partners</h3>");
    row("heading 4", "<h4>Notes</h4>");
    row("strong", "<p>A <strong>bold</strong> word.</p>");
    row("em", "<p>An <em>italic</em> word.</p>");
    row("strong em", "<p><strong>both <em>and more</em></strong> then plain</p>");
    row("em inside link", "<p><a href=\"https://example.org/\">a <em>link</em></a></p>");
    row("link with title",
        "<p>See <a href=\"https://www.iom.int/\" title=\"IOM global site\">IOM</a>.</p>");
    row("mailto and tel",
        "<p><a href=\"mailto:info@example.org\">mail</a> or <a "
        "href=\"tel:+995322000000\">call</a></p>");
    row("relative and fragment",
        "<p><a href=\"../about/\">About</a> <a href=\"#partners\">partners</a></p>");
    row("page link", "<p>Read <a href=\"page:12\">the seminar</a>.</p>");
    row("sub and sup", "<p>H<sub>2</sub>O and 10<sup>th</sup></p>");
    row("line break", "<p>Line one<br>line two</p>");
    row("break inside strong", "<p><strong>Tbilisi<br>Georgia</strong></p>");
    row("bulleted list", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    row("numbered list", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>");
    row("nested list",
        "<ul>\n<li>help migrants return\n<ul>\n<li>grants</li>\n<li>training</li>\n</ul>\n</li>\n"
        "<li>border management</li>\n</ul>");
    row("three levels",
        "<ol>\n<li>a\n<ol>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ol>\n</li>\n</ol>");
    row("formatted list item", "<ul>\n<li><strong>38</strong> participants</li>\n</ul>");
    row("two lists", "<ul>\n<li>a</li>\n</ul>\n<p>between</p>\n<ol>\n<li>b</li>\n</ol>");
    row("blockquote", "<blockquote>\n<p>Migration is a fact of life.</p>\n</blockquote>");
    row("blockquote two paragraphs", "<blockquote>\n<p>One.</p>\n<p>Two.</p>\n</blockquote>");
    row("figure", "<figure><img src=\"media:7\" alt=\"Participants online\"></figure>");
    row("figure with caption",
        "<figure><img src=\"media:7\" alt=\"Seminar\"><figcaption>The seminar, <em>25 November</em>"
        "</figcaption></figure>");
    row("figure without alt", "<figure><img src=\"media:8\" alt=\"\"></figure>");
    row("table",
        "<table>\n<thead>\n<tr><th>Year</th><th>Returns</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>2019</td><td>1,204</td></tr>\n<tr><td>2020</td><td>870</td></tr>\n</tbody>\n"
        "</table>");
    row("table without head",
        "<table>\n<tbody>\n<tr><td>a</td><td>b</td></tr>\n</tbody>\n</table>");
    row("table with formatting and empty cell",
        "<table>\n<tbody>\n<tr><td><strong>x</strong></td><td></td></tr>\n</tbody>\n</table>");
    row("georgian", u"<p>25 ნოემბერს მისიამ და იუსტიციის სამინისტრომ სემინარი გამართეს.</p>"_qs);
    row("georgian heading and list",
        u"<h2>რას ვაკეთებთ</h2>\n<ul>\n<li>ვეხმარებით მიგრანტებს</li>\n</ul>"_qs);
    row("georgian span in english",
        u"<p>The word <span lang=\"ka\">საქართველო</span> means Georgia.</p>"_qs);
    row("english span in georgian", u"<p>პროექტი <span lang=\"en\">EU4Border</span>.</p>"_qs);
    row("span with strong", u"<p><span lang=\"ka\"><strong>თბილისი</strong> ქალაქი</span></p>"_qs);
    row("entities",
        "<p>Fish &amp; chips &lt;b&gt; 5 &gt; 3 &nbsp;and a&nbsp;non-breaking space</p>");
    row("quotes in text and attribute",
        "<p>\"Quoted\" <a href=\"https://example.org/?q=a&amp;b=c\" title=\"say &quot;hi&quot;\">"
        "link</a></p>");
    row("markup as text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    row("lari sign and mtavruli", u"<p>1234,50 ₾ — ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ</p>"_qs);
    row("everything",
        "<h2>Title</h2>\n<p>Intro with <a href=\"page:3\">a "
        "page</a>.</p>\n<ul>\n<li>x</li>\n</ul>\n"
        "<blockquote>\n<p>q</p>\n</blockquote>\n<figure><img src=\"media:1\" alt=\"a\"></figure>\n"
        "<table>\n<thead>\n<tr><th>h</th></tr>\n</thead>\n<tbody>\n<tr><td>d</td></tr>\n</tbody>\n"
        "</table>\n<p>End.</p>");
}

void TestArticleBody::canonicalReaderRefusesTheRest_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("two spaces") << "<p>a  b</p>";
    QTest::newRow("upper-case tag") << "<P>x</P>";
    QTest::newRow("b for strong") << "<p><b>x</b></p>";
    QTest::newRow("wrong nesting order") << "<p><em><strong>x</strong></em></p>";
    QTest::newRow("javascript link") << "<p><a href=\"javascript:alert(1)\">x</a></p>";
    QTest::newRow("tab-split javascript") << "<p><a href=\"java&#9;script:x\">x</a></p>";
    QTest::newRow("remote image") << "<figure><img src=\"https://x.org/a.png\" alt=\"a\"></figure>";
    QTest::newRow("upper-case language") << "<p><span lang=\"KA\">ა</span></p>";
    QTest::newRow("other entity") << "<p>&copy; IOM</p>";
    QTest::newRow("numeric entity") << "<p>&#60;script&#62;</p>";
    QTest::newRow("blank line between blocks") << "<p>a</p>\n\n<p>b</p>";
    QTest::newRow("empty paragraph") << "<p></p>";
    QTest::newRow("empty list") << "<ul>\n</ul>";
    QTest::newRow("unclosed paragraph") << "<p>x";
    QTest::newRow("script after a paragraph") << "<p>x</p>\n<script>alert(1)</script>";
    QTest::newRow("event attribute") << "<p onclick=\"x()\">y</p>";
    QTest::newRow("attribute on strong") << "<p><strong class=\"x\">y</strong></p>";
    QTest::newRow("title with a newline") << "<p><a href=\"#a\" title=\"a\nb\">x</a></p>";
    QTest::newRow("text outside blocks") << "loose";
    QTest::newRow("h1") << "<h1>Title</h1>";
    QTest::newRow("mismatched close") << "<p><em>x</strong></p>";
    QTest::newRow("stored width")
        << "<figure><img src=\"media:1\" alt=\"a\" width=\"3\" height=\"4\"></figure>";
}

void TestArticleBody::canonicalReaderRefusesTheRest()
{
    QFETCH(QString, html);
    QVERIFY(!CanonicalReader::read(html).has_value());
    // The long way still reads it safely.
    const auto sanitized = HtmlSanitizer::sanitize(html);
    QVERIFY(sanitized.ok());
    QCOMPARE(ArticleBody::parse(html), sanitized->body);
}

void TestArticleBody::canonicalRoundTrip()
{
    QFETCH(QString, html);
    QTextDocument document;
    ArticleBody::load(html, &document);
    QCOMPARE(ArticleBody::save(&document), html);
    // The sanitizer leaves canonical HTML as it is.
    QCOMPARE(ArticleBody::sanitize(html).value(), html);
    // The fast reader of stored bodies takes it, and reads what the sanitizer reads.
    const auto fast = CanonicalReader::read(html);
    QVERIFY(fast.has_value());
    QCOMPARE(*fast, HtmlSanitizer::sanitize(html)->body);
}

void TestArticleBody::normalizesToCanonical_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("whitespace") << "<p>  a \n\t b  </p>"
                                << "<p>a b</p>";
    QTest::newRow("b and i") << "<p><b>x</b> <i>y</i></p>"
                             << "<p><strong>x</strong> <em>y</em></p>";
    QTest::newRow("nesting order") << "<p><em><strong>x</strong></em></p>"
                                   << "<p><strong><em>x</em></strong></p>";
    QTest::newRow("adjacent runs merge") << "<p><strong>a</strong><strong>b</strong></p>"
                                         << "<p><strong>ab</strong></p>";
    QTest::newRow("h1 and h6") << "<h1>A</h1><h6>B</h6>"
                               << "<h2>A</h2>\n<h4>B</h4>";
    QTest::newRow("loose text") << "text <b>bold</b>"
                                << "<p>text <strong>bold</strong></p>";
    QTest::newRow("empty paragraphs") << "<p></p><p> </p><p>x</p><p><br></p>"
                                      << "<p>x</p>";
    QTest::newRow("div soup") << "<div><div>a</div>b<div>c</div></div>"
                              << "<p>a</p>\n<p>b</p>\n<p>c</p>";
    QTest::newRow("ragged table")
        << "<table><tr><td>a</td></tr><tr><td>b</td><td>c</td></tr></table>"
        << "<table>\n<tbody>\n<tr><td>a</td><td></td></tr>\n"
           "<tr><td>b</td><td>c</td></tr>\n</tbody>\n</table>";
    QTest::newRow("th row becomes head")
        << "<table><tr><th>h</th></tr><tr><td>d</td></tr></table>"
        << "<table>\n<thead>\n<tr><th>h</th></tr>\n</thead>\n<tbody>\n<tr><td>d</td></tr>\n"
           "</tbody>\n</table>";
    QTest::newRow("paragraphs in list items") << "<ul><li><p>a</p><p>b</p></li></ul>"
                                              << "<ul>\n<li>a<br>b</li>\n</ul>";
    QTest::newRow("list directly in list") << "<ul><li>a</li><ul><li>b</li></ul></ul>"
                                           << "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>";
    QTest::newRow("pre keeps lines") << "<pre>line 1\nline 2</pre>"
                                     << "<p>line 1<br>line 2</p>";
    QTest::newRow("lang tag normalised") << "<p><span lang=\"KA-ge\">ა</span></p>"
                                         << "<p><span lang=\"ka\">ა</span></p>";
}

void TestArticleBody::normalizesToCanonical()
{
    QFETCH(QString, html);
    QFETCH(QString, canonical);
    QCOMPARE(ArticleBody::sanitize(html).value(), canonical);
    QTextDocument document;
    ArticleBody::load(canonical, &document);
    QCOMPARE(ArticleBody::save(&document), canonical);
}

void TestArticleBody::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("blank lines make paragraphs") << "One.\n\nTwo.\n   \nThree."
                                                 << "<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>";
    QTest::newRow("single newline breaks the line") << "Tbilisi\nGeorgia"
                                                    << "<p>Tbilisi<br>Georgia</p>";
    QTest::newRow("windows line ends") << "a\r\n\r\nb"
                                       << "<p>a</p>\n<p>b</p>";
    QTest::newRow("markup stays text") << "<b>not bold</b> & co"
                                       << "<p>&lt;b&gt;not bold&lt;/b&gt; &amp; co</p>";
    QTest::newRow("georgian") << u"გამარჯობა\n\nმადლობა"_qs
                              << u"<p>გამარჯობა</p>\n<p>მადლობა</p>"_qs;
    QTest::newRow("only space") << " \n \n"
                                << "";
}

void TestArticleBody::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(ArticleBody::fromPlainText(text), html);
}

void TestArticleBody::editedDocumentIsWrittenCanonically()
{
    // What a user does in the editor: type, make a word bold, break a line, start a list.
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Hello  world"));
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor);
    QTextCharFormat strong;
    strong.setProperty(DocumentFormat::Strong, true);
    cursor.mergeCharFormat(strong);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QString(QChar::LineSeparator) + QStringLiteral("again"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("item"));
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    cursor.createList(list);
    QCOMPARE(ArticleBody::save(&document),
        QStringLiteral("<p><strong>Hello </strong>world<br>again</p>\n<ul>\n<li>item</li>\n</ul>"));
}

QTEST_MAIN(TestArticleBody)
#include "tst_articlebody.moc"
