#include "body/articleimport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestArticleImport : public QObject
{
    Q_OBJECT

private slots:
    void titlesAndBodies_data();
    void titlesAndBodies();
    void relativeImagesBecomeMedia();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
};

void TestArticleImport::titlesAndBodies_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");

    QTest::newRow("html: first h1 is the title")
        << "seminar.html"
        << QByteArray("<html><head><title>Site | Seminar</title></head><body><h1>Online "
                      "seminar</h1><p>38 participants.</p></body></html>")
        << "Online seminar"
        << "<p>38 participants.</p>";
    QTest::newRow("html: else <title>")
        << "page.htm" << QByteArray("<title>Contacts</title><p>Tbilisi</p>") << "Contacts"
        << "<p>Tbilisi</p>";
    QTest::newRow("html: else the file name")
        << "border-day.html" << QByteArray("<p>Text</p>") << "border-day"
        << "<p>Text</p>";
    QTest::newRow("markdown")
        << "news.md"
        << QByteArray(
               "# Border Day\n\nOfficers **trained** for *five* days.\n\n- one\n- two\n    - "
               "two.a\n\n> Quoted.\n\n| Year | Count |\n|---|---|\n| 2020 | 870 |\n\n"
               "[IOM](https://www.iom.int/) and <b>raw</b> <script>alert(1)</script>\n")
        << "Border Day"
        << "<p>Officers <strong>trained</strong> for <em>five</em> days.</p>\n<ul>\n<li>one</li>\n"
           "<li>two\n<ul>\n<li>two.a</li>\n</ul>\n</li>\n</ul>\n<blockquote>\n<p>Quoted.</p>\n"
           "</blockquote>\n<table>\n<thead>\n<tr><th>Year</th><th>Count</th></tr>\n</thead>\n"
           "<tbody>\n<tr><td>2020</td><td>870</td></tr>\n</tbody>\n</table>\n<p><a "
           "href=\"https://www.iom.int/\">IOM</a> and <strong>raw</strong></p>";
    QTest::newRow("georgian markdown")
        << "ka.md" << QByteArray("# სიახლეები\n\nმისიამ სემინარი გამართა.\n") << u"სიახლეები"_qs
        << u"<p>მისიამ სემინარი გამართა.</p>"_qs;
    QTest::newRow("text") << "notes.txt" << QByteArray("First paragraph.\n\nSecond <b>one</b>.\n")
                          << "notes"
                          << "<p>First paragraph.</p>\n<p>Second &lt;b&gt;one&lt;/b&gt;.</p>";
    QTest::newRow("byte order mark") << "bom.txt" << QByteArray("\xEF\xBB\xBFHello") << "bom"
                                     << "<p>Hello</p>";
}

void TestArticleImport::titlesAndBodies()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, content));
    const auto article = ArticleImport::fromFile(path, {});
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->title, title);
    QCOMPARE(article->bodyHtml, body);
}

void TestArticleImport::relativeImagesBecomeMedia()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("report/images")));
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::green);
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("report/images/chart.png"))));
    const QString path = m_dir.filePath(QStringLiteral("report/index.html"));
    QVERIFY(
        writeFile(path, "<h1>Report</h1><p>See:</p><img src=\"images/chart.png\" alt=\"Chart\">"));
    QStringList names;
    HtmlSanitizer::Options options;
    options.importImage = [&](const HtmlSanitizer::Image &image) {
        names.append(image.fileName + u' ' + image.mimeType + u' ' + image.alt);
        return QStringLiteral("media:3");
    };
    const auto article = ArticleImport::fromFile(path, options);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(names, QStringList { QStringLiteral("chart.png image/png Chart") });
    QCOMPARE(article->bodyHtml,
        QStringLiteral("<p>See:</p>\n<figure><img src=\"media:3\" alt=\"Chart\"></figure>"));
}

void TestArticleImport::refusals_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("word document")
        << "report.docx" << QByteArray("PK\3\4") << "cannot import .docx files";
    QTest::newRow("latin-1 text") << "old.txt" << QByteArray("caf\xe9") << "not valid UTF-8";
    QTest::newRow("missing file") << "" << QByteArray() << "cannot read the file";
}

void TestArticleImport::refusals()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString path
        = m_dir.filePath(fileName.isEmpty() ? QStringLiteral("missing.html") : fileName);
    if (!fileName.isEmpty())
        QVERIFY(writeFile(path, content));
    const auto article = ArticleImport::fromFile(path, {});
    QVERIFY(!article.ok());
    QVERIFY2(article.error().startsWith(path + u':'), qPrintable(article.error()));
    QVERIFY2(article.error().contains(problem), qPrintable(article.error()));
}

QTEST_MAIN(TestArticleImport)
#include "tst_articleimport.moc"
