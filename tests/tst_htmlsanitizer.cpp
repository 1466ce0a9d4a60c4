#include "body/bodyhtmlwriter.h"
#include "body/htmlsanitizer.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void pasteFixtures_data();
    void pasteFixtures();
    void hostileInput_data();
    void hostileInput();
    void deepNestingKeepsTheText_data();
    void deepNestingKeepsTheText();
    void largeBodies();
    void tooLargeIsRefused();
    void imagesBecomeMedia_data();
    void imagesBecomeMedia();
    void takesTheTitleFromTheFirstHeading();
    void largerTextIsAHeadingOnlyBesideSmallerText_data();
    void largerTextIsAHeadingOnlyBesideSmallerText();

private:
    static QString clean(const QString &html, const HtmlSanitizer::Options &options = {});
    QTemporaryDir m_dir;
};

QString TestHtmlSanitizer::clean(const QString &html, const HtmlSanitizer::Options &options)
{
    const auto output = HtmlSanitizer::sanitize(html, options);
    return output ? BodyHtmlWriter::write(output->body)
                  : QStringLiteral("ERROR: ") + output.error();
}

void TestHtmlSanitizer::pasteFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Microsoft Word") << "word";
    QTest::newRow("Google Docs") << "gdocs";
    QTest::newRow("LibreOffice Writer") << "libreoffice";
    QTest::newRow("web page") << "webpage";
    QTest::newRow("Google Docs headings") << "gdocs-headings";
    QTest::newRow("Microsoft Word headings") << "word-headings";
    QTest::newRow("LibreOffice Writer headings") << "libreoffice-headings";
}

void TestHtmlSanitizer::pasteFixtures()
{
    QFETCH(QString, name);
    const QString folder = QString::fromUtf8(NEWSDESK_TEST_DATA "/paste/");
    const QString input = QString::fromUtf8(readFile(folder + name + QStringLiteral(".html")));
    const QString expected
        = QString::fromUtf8(readFile(folder + name + QStringLiteral(".expected.html"))).trimmed();
    QVERIFY(!input.isEmpty() && !expected.isEmpty());
    HtmlSanitizer::Options options;
    options.documentLanguage = QStringLiteral("en");
    QCOMPARE(clean(input, options), expected);
}

void TestHtmlSanitizer::hostileInput_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // exact, or empty to check only safety and text
    QTest::addColumn<QStringList>("keeps"); // words that must survive

    const auto row
        = [](const char *name, const QString &html, const QString &expected,
              const QStringList &keeps = {}) { QTest::newRow(name) << html << expected << keeps; };
    row("script", "<script>alert(1)</script><p>x</p>", "<p>x</p>");
    row("event handlers", "<p onclick=\"x()\" onmouseover='y()'>hi</p>", "<p>hi</p>");
    row("javascript link", "<a href=\"javascript:alert(1)\">t</a>", "<p>t</p>");
    row("mixed case scheme", "<a href=\"JaVaScRiPt:alert(1)\">t</a>", "<p>t</p>");
    row("leading control character", "<a href=\" &#14;javascript:alert(1)\">t</a>", "<p>t</p>");
    row("tab inside the scheme", "<a href=\"java&#x09;script:alert(1)\">t</a>", "<p>t</p>");
    row("newline inside the scheme", "<a href=\"java\nscript:alert(1)\">t</a>", "<p>t</p>");
    row("entity-encoded scheme", "<a href=\"&#106;&#97;vascript:alert(1)\">t</a>", "<p>t</p>");
    row("zero-width space in the scheme", "<a href=\"jav&#x200B;ascript:alert(1)\">t</a>",
        "<p>t</p>");
    row("vbscript", "<a href=\"vbscript:msgbox(1)\">t</a>", "<p>t</p>");
    row("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">t</a>", "<p>t</p>");
    row("file link", "<a href=\"file:///etc/passwd\">t</a>", "<p>t</p>");
    row("bad page link", "<a href=\"page:../1\">t</a>", "<p>t</p>");
    row("safe link keeps only href and title",
        "<a href=\"https://ok.org\" onclick=\"bad()\" target=\"_blank\" style=\"x\" "
        "title=\"OK\">ok</a>",
        "<p><a href=\"https://ok.org\" title=\"OK\">ok</a></p>");
    row("quote breaking out of href", "<a href='https://x.org/\"><script>'>x</a>",
        "<p><a href=\"https://x.org/&quot;&gt;&lt;script&gt;\">x</a></p>");
    row("img onerror", "<img src=x onerror=alert(1)>", "");
    row("svg", "<svg><script>alert(1)</script><text>hi</text></svg><p>ok</p>", "<p>ok</p>");
    // HTML5 ends foreign content at <p>: the paragraph is not part of the svg.
    row("svg with onload", "<svg onload=alert(1)><p>ok</p>", "<p>ok</p>");
    row("math mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        QString());
    row("form and inputs", "<form><input value=\"x\"><p>inside form</p></form><p>after</p>",
        "<p>after</p>");
    row("nested forms", "<form><form><p>a</p></form></form><p>b</p>", "<p>b</p>");
    row("iframe object embed",
        "<iframe src=\"https://evil.example\"></iframe><object data=x></object><embed src=x>"
        "<p>c</p>",
        "<p>c</p>");
    row("meta refresh and base",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
        "<base href=\"javascript:\"><p>x</p>",
        "<p>x</p>");
    row("styles classes ids",
        "<p style=\"background:url(javascript:alert(1))\" class=\"c\" id=\"i\">x</p>", "<p>x</p>");
    row("style element", "<p>a</p><style>p{color:red}</style>", "<p>a</p>");
    row("markup written as text", "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    row("comment hiding a script", "<!-- <script>alert(1)</script> --><p>x</p>", "<p>x</p>");
    row("noscript and template in the body",
        "<p>v</p><noscript><p>hidden</p></noscript><template><script>x</script><p>t</p></template>",
        "<p>v</p>");
    row("unclosed tags", "<p><b>bold <i>both <a href=\"https://x.org\">link", QString(),
        { "bold", "both", "link" });
    row("stray end tags", "</p></div><p>x</b></i></p></table>", "<p>x</p>");
    row("invalid UTF-8", QString::fromUtf8("\xff\xfe<p>caf\xe9 ok</p>"), QString(), { "ok" });
    row("nul characters", QStringLiteral("<p>a\u0000b</p>"), QString(), { "a" });
    row("unknown elements keep their text", "<custom-tag><blink>Tbilisi</blink></custom-tag>",
        "<p>Tbilisi</p>");
}

void TestHtmlSanitizer::hostileInput()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QFETCH(QStringList, keeps);
    const QString out = clean(html);
    if (!expected.isNull())
        QCOMPARE(out, expected);
    for (const QString &word : keeps)
        QVERIFY2(out.contains(word), qPrintable(out));
    static const QStringList forbidden { "<script", "<style", "<iframe", "<svg", "<math", "<form",
        "<input", "<img", "onerror", "onclick", "onload",
        "javascript:", "vbscript:", "data:", "style=", "class=", " id=" };
    for (const QString &bad : forbidden)
        QVERIFY2(!out.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u'\n' + out));
    QCOMPARE(clean(out), out); // what comes out is canonical
}

void TestHtmlSanitizer::deepNestingKeepsTheText_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::newRow("divs") << "<div>"
                          << "</div>";
    QTest::newRow("spans") << "<span>"
                           << "</span>";
    QTest::newRow("lists directly in lists") << "<ul>"
                                             << "</ul>";
    QTest::newRow("tables") << "<table><tr><td>"
                            << "</td></tr></table>";
    QTest::newRow("lists") << "<ul><li>"
                           << "</li></ul>";
    QTest::newRow("blockquotes") << "<blockquote>"
                                 << "</blockquote>";
}

void TestHtmlSanitizer::deepNestingKeepsTheText()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    const QString html = open.repeated(10000) + QStringLiteral("deep text") + close.repeated(10000);
    const QString out = clean(html);
    QVERIFY2(out.contains(QStringLiteral("deep text")), qPrintable(out.left(200)));
    QVERIFY(!out.startsWith(QStringLiteral("ERROR")));
}

void TestHtmlSanitizer::largeBodies()
{
    QString html;
    while (html.size() < 5 * 1024 * 1024)
        html += QStringLiteral("<p>Border <b>management</b> and migration governance, "
                               "<a href=\"https://example.org/\">EU-funded</a>.</p>\n");
    const QString out = clean(html);
    QVERIFY(out.startsWith(QStringLiteral("<p>Border <strong>management</strong>")));
    QCOMPARE(out.count(QStringLiteral("<p>")), html.count(QStringLiteral("<p>")));
}

void TestHtmlSanitizer::tooLargeIsRefused()
{
    const QString html = QStringLiteral("<p>") + QString(HtmlSanitizer::MaxInputBytes, u'x');
    const auto output = HtmlSanitizer::sanitize(html);
    QVERIFY(!output.ok());
    QCOMPARE(output.error(), QStringLiteral("the HTML is too large (16 MB; at most 16 MB)"));
}

void TestHtmlSanitizer::imagesBecomeMedia_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("importedMime"); // empty: nothing may be imported

    // A 1×1 PNG.
    const QString png = QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN"
                                       "k+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    writeFile(
        m_dir.filePath(QStringLiteral("photo one.png")), QByteArray::fromBase64(png.toLatin1()));
    writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "not an image");

    QTest::newRow("data URL") << "<p>Before</p><img src=\"data:image/png;base64," + png
            + "\" alt=\"Seminar\"><p>After</p>"
                              << "<p>Before</p>\n<figure><img src=\"media:42\" alt=\"Seminar\">"
                                 "</figure>\n<p>After</p>"
                              << "image/png";
    QTest::newRow("image inside a paragraph is split out")
        << "<p>Text <img src=\"data:image/png;base64," + png + "\" alt=\"x\"> more</p>"
        << "<p>Text</p>\n<figure><img src=\"media:42\" alt=\"x\"></figure>\n<p>more</p>"
        << "image/png";
    QTest::newRow("figure with caption")
        << "<figure><img src=\"data:image/png;base64," + png
            + "\" alt=\"a\"><figcaption>Tbilisi, <b>2020</b></figcaption></figure>"
        << "<figure><img src=\"media:42\" alt=\"a\"><figcaption>Tbilisi, <strong>2020</strong>"
           "</figcaption></figure>"
        << "image/png";
    QTest::newRow("relative local file") << "<img src=\"photo%20one.png\" alt=\"Photo\">"
                                         << "<figure><img src=\"media:42\" alt=\"Photo\"></figure>"
                                         << "image/png";
    QTest::newRow("file URL") << "<img src=\"file://"
            + m_dir.filePath(QStringLiteral("photo one.png")) + "\" alt=\"P\">"
                              << "<figure><img src=\"media:42\" alt=\"P\"></figure>"
                              << "image/png";
    QTest::newRow("existing media") << "<figure><img src=\"media:7\" alt=\"kept\"></figure>"
                                    << "<figure><img src=\"media:7\" alt=\"kept\"></figure>"
                                    << "";
    QTest::newRow("remote image stays a link, never fetched")
        << "<img src=\"https://cdn.example.org/a.jpg\" alt=\"Officers\">"
        << "<p><a href=\"https://cdn.example.org/a.jpg\">Officers</a></p>"
        << "";
    QTest::newRow("svg data URL is not an image we take")
        << "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"logo\">"
        << "<p>logo</p>"
        << "";
    QTest::newRow("a text file is not an image") << "<img src=\"notes.txt\" alt=\"n\">"
                                                 << "<p>n</p>"
                                                 << "";
    QTest::newRow("missing file keeps the alt text") << "<img src=\"gone.png\" alt=\"Gone\">"
                                                     << "<p>Gone</p>"
                                                     << "";
}

void TestHtmlSanitizer::imagesBecomeMedia()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QFETCH(QString, importedMime);
    QStringList imported;
    HtmlSanitizer::Options options;
    options.baseFolder = m_dir.path();
    options.importImage = [&](const HtmlSanitizer::Image &image) {
        imported.append(image.mimeType);
        return image.bytes.startsWith("\x89PNG") ? QStringLiteral("media:42") : QString();
    };
    QCOMPARE(clean(html, options), expected);
    QCOMPARE(imported.value(0), importedMime);
}

void TestHtmlSanitizer::takesTheTitleFromTheFirstHeading()
{
    HtmlSanitizer::Options options;
    options.takeTitle = true;
    const auto output = HtmlSanitizer::sanitize(
        QStringLiteral("<html><head><title>Page | Site</title></head><body><h1>Border "
                       "<b>Day</b></h1><p>Text</p><h1>Second</h1></body></html>"),
        options);
    QVERIFY(output.ok());
    QCOMPARE(output->title, QStringLiteral("Border Day"));
    QCOMPARE(output->documentTitle, QStringLiteral("Page | Site"));
    QCOMPARE(BodyHtmlWriter::write(output->body), QStringLiteral("<p>Text</p>\n<h2>Second</h2>"));
}

void TestHtmlSanitizer::largerTextIsAHeadingOnlyBesideSmallerText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    const auto sized = [](int pt, const QString &text) {
        return QStringLiteral("<p><span style=\"font-size:%1pt\">%2</span></p>").arg(pt).arg(text);
    };
    const QString body = QStringLiteral("Body text long enough to be most of it.");
    QTest::newRow("all in one large size: the body text") << sized(14, QStringLiteral("One"))
            + sized(14, QStringLiteral("Two")) << "<p>One</p>\n<p>Two</p>";
    QTest::newRow("one large paragraph alone")
        << sized(20, QStringLiteral("Alone")) << "<p>Alone</p>";
    QTest::newRow("larger than the body") << sized(18, QStringLiteral("Head")) + sized(12, body)
                                          << "<h2>Head</h2>\n<p>" + body + "</p>";
    QTest::newRow("a third larger: a lower heading") << sized(16, QStringLiteral("Head"))
            + sized(12, body) << "<h3>Head</h3>\n<p>" + body + "</p>";
    QTest::newRow("a little larger is not a heading") << sized(12, QStringLiteral("Bit larger"))
            + sized(11, body) << "<p>Bit larger</p>\n<p>" + body + "</p>";
    QTest::newRow("partly large is not a heading")
        << "<p><span style=\"font-size:20pt\">Big</span> small</p>" + sized(11, body)
        << "<p>Big small</p>\n<p>" + body + "</p>";
    QTest::newRow("long text in a large size is not a heading")
        << sized(16, QString(210, u'x')) + sized(11, QString(400, u'y'))
        << QStringLiteral("<p>%1</p>\n<p>%2</p>").arg(QString(210, u'x'), QString(400, u'y'));
    QTest::newRow("pixels") << "<p><span style=\"font-size:24px\">Head</span></p>" + sized(11, body)
                            << "<h2>Head</h2>\n<p>" + body + "</p>";
}

void TestHtmlSanitizer::largerTextIsAHeadingOnlyBesideSmallerText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(clean(html, {}), expected);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
