// Paste into the article editor through the clipboard and Ctrl+V, as a user does.
#include "articleeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace TestSupport;

class TestArticleEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pastesOfficeHtmlAsCanonicalBody_data();
    void pastesOfficeHtmlAsCanonicalBody();
    void pastesPlainTextAsParagraphs();
    void pasteIntoAParagraphStaysInline();
    void pastedHostileHtmlIsHarmless();
    void pastesAClipboardImageAsMediaAfterAskingForAltText();
    void cancellingTheAltTextPastesNothing();
    void copyAndPasteKeepsLanguageSpans();
    void showsStoredImages();
    void asksForAltTextInADialogByDefault();
    void insertsAnImageFileKeepingItsBytes();
    void insertsATable();

private:
    void paste(QMimeData *data);
    std::unique_ptr<ArticleEditor> m_editor;
    QList<HtmlSanitizer::Image> m_stored;
};

void TestArticleEditor::init()
{
    m_stored.clear();
    m_editor = std::make_unique<ArticleEditor>();
    m_editor->mediaStore = [this](const HtmlSanitizer::Image &image) {
        m_stored.append(image);
        return QStringLiteral("media:%1").arg(100 + m_stored.size());
    };
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setFocus();
}

void TestArticleEditor::cleanup()
{
    m_editor.reset();
}

void TestArticleEditor::paste(QMimeData *data)
{
    QGuiApplication::clipboard()->setMimeData(data);
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
}

void TestArticleEditor::pastesOfficeHtmlAsCanonicalBody_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("Microsoft Word") << "word";
    QTest::newRow("Google Docs") << "gdocs";
    QTest::newRow("LibreOffice Writer") << "libreoffice";
}

void TestArticleEditor::pastesOfficeHtmlAsCanonicalBody()
{
    QFETCH(QString, fixture);
    const QString folder = QString::fromUtf8(NEWSDESK_TEST_DATA "/paste/");
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(readFile(folder + fixture + QStringLiteral(".html"))));
    data->setText(QStringLiteral("plain fallback that must not win"));
    paste(data);
    QCOMPARE(m_editor->bodyHtml(),
        QString::fromUtf8(readFile(folder + fixture + QStringLiteral(".expected.html"))).trimmed());
}

void TestArticleEditor::pastesPlainTextAsParagraphs()
{
    auto *data = new QMimeData;
    data->setText(
        QStringLiteral("Tbilisi office\nRustaveli Avenue\n\n<b>Opening hours</b> & more"));
    paste(data);
    QCOMPARE(m_editor->bodyHtml(),
        QStringLiteral(
            "<p>Tbilisi office<br>Rustaveli Avenue</p>\n<p>&lt;b&gt;Opening hours&lt;/b&gt; "
            "&amp; more</p>"));
}

void TestArticleEditor::pasteIntoAParagraphStaysInline()
{
    m_editor->setBodyHtml(QStringLiteral("<p>Before after</p>"));
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 7);
    m_editor->setTextCursor(cursor);
    // One pasted paragraph joins the paragraph at the cursor instead of starting a new one.
    // (White space at the edges of pasted HTML goes, as at the edge of any block.)
    auto *data = new QMimeData;
    data->setHtml(QStringLiteral("<p><b>bold</b> and</p>"));
    paste(data);
    QCOMPARE(m_editor->bodyHtml(), QStringLiteral("<p>Before <strong>bold</strong> andafter</p>"));
    QCOMPARE(m_editor->document()->blockCount(), 1);
}

void TestArticleEditor::pastedHostileHtmlIsHarmless()
{
    auto *data = new QMimeData;
    data->setHtml(
        QStringLiteral("<img src=x onerror=alert(1)><script>alert(2)</script><a "
                       "href=\"javascript:alert(3)\">click</a><iframe src=\"https://e.x\">"));
    paste(data);
    QCOMPARE(m_editor->bodyHtml(), QStringLiteral("<p>click</p>"));
    QVERIFY(m_stored.isEmpty());
}

void TestArticleEditor::pastesAClipboardImageAsMediaAfterAskingForAltText()
{
    QStringList asked;
    m_editor->askAltText = [&](const QImage &image) -> std::optional<QString> {
        asked.append(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()));
        return QStringLiteral("  Participants of the seminar ");
    };
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    auto *data = new QMimeData;
    data->setImageData(image);
    paste(data);
    QCOMPARE(asked, QStringList { QStringLiteral("64x48") });
    QCOMPARE(m_stored.size(), 1);
    QCOMPARE(m_stored.first().mimeType, QStringLiteral("image/png"));
    QVERIFY(QImage::fromData(m_stored.first().bytes).size() == QSize(64, 48));
    QCOMPARE(m_editor->bodyHtml(),
        QStringLiteral(
            "<figure><img src=\"media:101\" alt=\"Participants of the seminar\"></figure>"));
}

void TestArticleEditor::cancellingTheAltTextPastesNothing()
{
    m_editor->askAltText = [](const QImage &) -> std::optional<QString> { return std::nullopt; };
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    auto *data = new QMimeData;
    data->setImageData(image);
    paste(data);
    QVERIFY(m_stored.isEmpty());
    QCOMPARE(m_editor->bodyHtml(), QString());
}

void TestArticleEditor::copyAndPasteKeepsLanguageSpans()
{
    m_editor->setBodyHtml(u"<p>The word <span lang=\"ka\">საქართველო</span> means Georgia.</p>"_qs);
    QTest::keyClick(m_editor.get(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(
        QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("lang=\"ka\"")));
    QTest::keyClick(m_editor.get(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_editor->bodyHtml(),
        u"<p>The word <span lang=\"ka\">საქართველო</span> means Georgia.</p>\n"
        "<p>The word <span lang=\"ka\">საქართველო</span> means Georgia.</p>"_qs);
}

void TestArticleEditor::showsStoredImages()
{
    QList<qint64> loaded;
    m_editor->mediaLoader = [&](qint64 id) {
        loaded.append(id);
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::blue);
        return image;
    };
    m_editor->setBodyHtml(QStringLiteral("<figure><img src=\"media:5\" alt=\"A\"></figure>"));
    QTRY_VERIFY(loaded.contains(5)); // loaded when laid out
    const QVariant resource = m_editor->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("media:5")));
    QCOMPARE(resource.value<QImage>().size(), QSize(30, 20));
}

void TestArticleEditor::asksForAltTextInADialogByDefault()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    auto *data = new QMimeData;
    data->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(data);
    // The dialog is modal: answer it once it is up. The Georgian arrives as one key event
    // carrying the text, as from an input method (QTest::keyClicks takes ASCII only).
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        QTest::sendKeyEvent(QTest::Click, dialog->focusWidget(), Qt::Key_unknown,
            u"ყვითელი კვადრატი"_qs, Qt::NoModifier);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(answered);
    QCOMPARE(m_editor->bodyHtml(),
        u"<figure><img src=\"media:101\" alt=\"ყვითელი კვადრატი\"></figure>"_qs);
}

void TestArticleEditor::insertsAnImageFileKeepingItsBytes()
{
    QTemporaryDir dir;
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(QStringLiteral("seminar.jpg"));
    QVERIFY(image.save(path, "JPEG"));
    m_editor->askAltText
        = [](const QImage &) -> std::optional<QString> { return QStringLiteral("Seminar"); };
    QVERIFY(m_editor->insertImageFile(path));
    QCOMPARE(m_stored.size(), 1);
    QCOMPARE(m_stored.first().bytes, readFile(path)); // not re-encoded
    QCOMPARE(m_stored.first().mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(m_editor->bodyHtml(),
        QStringLiteral("<figure><img src=\"media:101\" alt=\"Seminar\"></figure>"));
    QVERIFY(!m_editor->insertImageFile(dir.filePath(QStringLiteral("missing.png"))));
}

void TestArticleEditor::insertsATable()
{
    m_editor->setBodyHtml(QStringLiteral("<p>Before</p>"));
    m_editor->moveCursor(QTextCursor::End);
    m_editor->insertTable(2, 2);
    QCOMPARE(m_editor->bodyHtml(),
        QStringLiteral("<p>Before</p>\n<table>\n<thead>\n<tr><th></th><th></th></tr>\n</thead>\n"
                       "<tbody>\n<tr><td></td><td></td></tr>\n</tbody>\n</table>"));
}

QTEST_MAIN(TestArticleEditor)
#include "tst_articleeditor.moc"
