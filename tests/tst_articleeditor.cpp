// Paste into the article editor through the clipboard and Ctrl+V, as a user does.
#include "articleeditor.h"
#include "documentshape.h"
#include "imagesupport.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

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
    void pastesAPhonePhotoAsItsOwnBytesUpright();
    void insertsATable();
    void pastedBlocksAreStoredAsShown_data();
    void pastedBlocksAreStoredAsShown();
    void typedParagraphsAreSpacedAsReopened_data();
    void typedParagraphsAreSpacedAsReopened();
    void tabIndentsInListsAndMovesOnElsewhere_data();
    void tabIndentsInListsAndMovesOnElsewhere();
    void wideImagesAreShownAtTheEditorsWidth();
    void tableContextMenuInsertsAndDeletes();

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

void TestArticleEditor::pastesAPhonePhotoAsItsOwnBytesUpright()
{
    // A phone's photo copied as a JPEG: stored 40 × 30 with "turn a quarter clockwise".
    QImage stored(40, 30, QImage::Format_RGB32);
    stored.fill(Qt::darkGreen);
    const QByteArray photo = ImageSupport::withExif(ImageSupport::encoded(stored, "JPEG"), 6);
    auto *data = new QMimeData;
    data->setData(QStringLiteral("image/jpeg"), photo);
    QGuiApplication::clipboard()->setMimeData(data);
    QSize asked;
    m_editor->askAltText = [&](const QImage &image) -> std::optional<QString> {
        asked = image.size();
        return QStringLiteral("Shelter");
    };
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_stored.size(), 1);
    QCOMPARE(m_stored.first().bytes, photo); // not decoded and stored again as PNG
    QCOMPARE(m_stored.first().mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(m_stored.first().fileName, QStringLiteral("pasted.jpg"));
    QCOMPARE(asked, QSize(30, 40)); // shown upright
    QCOMPARE(ArticleEditor::upright(photo).size(), QSize(30, 40));
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

void TestArticleEditor::pastedBlocksAreStoredAsShown_data()
{
    QTest::addColumn<QString>("before"); // the body pasted into, "|" the cursor
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expected"); // empty: the fixture's .expected.html
    for (const char *fixture : { "gdocs-headings", "libreoffice-headings", "word-headings", "gdocs",
             "word", "libreoffice", "webpage" }) {
        QTest::addRow("%s into an empty body", fixture) << "|" << fixture << "";
    }
    QTest::newRow("heading first into text")
        << "<p>Before | after</p>"
        << "gdocs-headings"
        << "<p>Before Migration in Adjara</p>\n"
           "<p>Returning migrants in <strong>Batumi</strong> found work.</p>\n"
           "<h2>Who returns</h2>\n<p>Mostly young people.</p>\n<h3>Data</h3>\n"
           "<p>Figures from 2020.</p>\n<h2>Annual Report</h2>\n<h2>Made by hand</h2>\n"
           "<h3>Smaller, by hand</h3>\n<p>The end of it, in the body size, and long enough to "
           "be the body text of this document. after</p>";
    QTest::newRow("heading first after a paragraph")
        << "<p>Before</p>\n<p>|</p>"
        << "libreoffice-headings"
        << "<p>Before</p>\n<h2>Labour migration</h2>\n"
           "<p>Seasonal work in <strong>Germany</strong> and Israel.</p>\n<h3>Who goes</h3>\n"
           "<p>Farm workers from Kakheti.</p>";
    QTest::newRow("a list first") << "|"
                                  << "inline:<ul><li>one</li><li>two</li></ul><p>three</p>"
                                  << "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>three</p>";
    QTest::newRow("one list item") << "|"
                                   << "inline:<ol><li>one</li></ol>"
                                   << "<ol>\n<li>one</li>\n</ol>";
    QTest::newRow("a quote first") << "|"
                                   << "inline:<blockquote>quoted</blockquote><p>said</p>"
                                   << "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>said</p>";
    QTest::newRow("paragraphs into a heading") << "<h3>Head|</h3>"
                                               << "inline:<p>ing</p><p>text</p>"
                                               << "<h3>Heading</h3>\n<p>text</p>";
    QTest::newRow("a heading into a list")
        << "<ul>\n<li>one</li>\n<li>|</li>\n</ul>"
        << "inline:<h2>Two</h2><p>after</p>"
        << "<ul>\n<li>one</li>\n</ul>\n<h2>Two</h2>\n<p>after</p>";
}

void TestArticleEditor::pastedBlocksAreStoredAsShown()
{
    QFETCH(QString, before);
    QFETCH(QString, fixture);
    QFETCH(QString, expected);
    const QString folder = QString::fromUtf8(NEWSDESK_TEST_DATA "/paste/");
    // The cursor where the bar is.
    m_editor->setBodyHtml(before);
    QTextCursor cursor = m_editor->document()->find(QStringLiteral("|"));
    QVERIFY(cursor.hasSelection());
    cursor.removeSelectedText();
    m_editor->setTextCursor(cursor);
    const QString html = fixture.startsWith(QLatin1String("inline:"))
        ? fixture.mid(7)
        : QString::fromUtf8(readFile(folder + fixture + QStringLiteral(".html")));
    if (expected.isEmpty())
        expected = QString::fromUtf8(readFile(folder + fixture + QStringLiteral(".expected.html")))
                       .trimmed();
    auto *data = new QMimeData;
    data->setHtml(html);
    paste(data);
    QCOMPARE(m_editor->bodyHtml(), expected);
    // What the editor shows is what a reopened body shows, block by block.
    QCOMPARE(
        DocumentShape::of(m_editor->document()), DocumentShape::reopened(m_editor->document()));
}

void TestArticleEditor::typedParagraphsAreSpacedAsReopened_data()
{
    QTest::addColumn<QString>("before"); // typed at its end
    QTest::addColumn<QString>("expected");
    QTest::newRow("an empty body")
        << ""
        << "<p>First paragraph</p>\n<p>Second paragraph</p>\n<p>Third</p>";
    QTest::newRow("after a heading")
        << "<h2>Head</h2>"
        << "<h2>HeadFirst paragraph</h2>\n<p>Second paragraph</p>\n<p>Third</p>";
    QTest::newRow("after a quote")
        << "<blockquote>\n<p>Q</p>\n</blockquote>"
        << "<blockquote>\n<p>QFirst paragraph</p>\n<p>Second paragraph</p>\n<p>Third</p>\n"
           "</blockquote>";
    QTest::newRow("after a figure")
        << "<figure><img src=\"media:1\" alt=\"A\"></figure>"
        << "<figure><img src=\"media:1\" alt=\"A\"></figure>\n"
           "<p>First paragraph</p>\n<p>Second paragraph</p>\n<p>Third</p>";
}

void TestArticleEditor::typedParagraphsAreSpacedAsReopened()
{
    QFETCH(QString, before);
    QFETCH(QString, expected);
    m_editor->mediaLoader = [](qint64) {
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::blue);
        return image;
    };
    m_editor->setBodyHtml(before);
    QTest::keyClick(m_editor.get(), Qt::Key_End, Qt::ControlModifier);
    if (before.contains(QLatin1String("<figure>")))
        QTest::keyClick(m_editor.get(), Qt::Key_Return); // after the image
    QTest::keyClicks(m_editor.get(), QStringLiteral("First paragraph"));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QTest::keyClicks(m_editor.get(), QStringLiteral("Second paragraph"));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QTest::keyClicks(m_editor.get(), QStringLiteral("Third"));
    QCOMPARE(m_editor->bodyHtml(), expected);
    QCOMPARE(
        DocumentShape::of(m_editor->document()), DocumentShape::reopened(m_editor->document()));
}

void TestArticleEditor::tabIndentsInListsAndMovesOnElsewhere_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("word"); // the cursor goes after it
    QTest::addColumn<bool>("shift");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("focusMoves");
    QTest::addColumn<QString>("typed"); // typed after the Tab, in the editor
    const QString list = QStringLiteral("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    const QString nested = QStringLiteral("<ul>\n<li>one\n<ul>\n<li>two</li>\n</ul>\n</li>\n</ul>");
    QTest::newRow("Tab in a list item indents") << list << "two" << false << nested << false << "";
    QTest::newRow("Shift+Tab outdents") << nested << "two" << true << list << false << "";
    QTest::newRow("Tab in a paragraph moves on")
        << "<p>one two</p>"
        << "one" << false << "<p>one two</p>" << true << "";
    QTest::newRow("Shift+Tab in a paragraph moves back")
        << "<p>one two</p>"
        << "one" << true << "<p>one two</p>" << true << "";
    QTest::newRow("Tab in a table goes to the next cell")
        << "<table>\n<tbody>\n<tr><td>one</td><td>two</td></tr>\n</tbody>\n</table>"
        << "one" << false
        << "<table>\n<tbody>\n<tr><td>one</td><td>!two</td></tr>\n</tbody>\n</table>" << false
        << "!";
    QTest::newRow("Tab in the last cell adds a row")
        << "<table>\n<tbody>\n<tr><td>one</td></tr>\n</tbody>\n</table>"
        << "one" << false
        << "<table>\n<tbody>\n<tr><td>one</td></tr>\n<tr><td>!</td></tr>\n</tbody>\n</table>"
        << false << "!";
}

void TestArticleEditor::tabIndentsInListsAndMovesOnElsewhere()
{
    QFETCH(QString, body);
    QFETCH(QString, word);
    QFETCH(bool, shift);
    QFETCH(QString, expected);
    QFETCH(bool, focusMoves);
    QFETCH(QString, typed);
    // The editor between two fields, as in the article pane.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *above = new QLineEdit;
    auto *below = new QLineEdit;
    m_editor->setParent(nullptr);
    layout->addWidget(above);
    layout->addWidget(m_editor.get());
    layout->addWidget(below);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
    m_editor->setBodyHtml(body);
    QTextCursor cursor = m_editor->document()->find(word);
    cursor.clearSelection();
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor.get(), shift ? Qt::Key_Backtab : Qt::Key_Tab,
        shift ? Qt::ShiftModifier : Qt::NoModifier);
    QCOMPARE(m_editor->hasFocus(), !focusMoves);
    if (focusMoves)
        QVERIFY((shift ? above : below)->hasFocus());
    QTest::keyClicks(m_editor.get(), typed);
    QCOMPARE(m_editor->bodyHtml(), expected);
    QVERIFY(!m_editor->toPlainText().contains(u'\t'));
    layout->removeWidget(m_editor.get());
    m_editor->setParent(nullptr);
}

void TestArticleEditor::wideImagesAreShownAtTheEditorsWidth()
{
    QImage wide(800, 200, QImage::Format_RGB32);
    wide.fill(Qt::darkGreen);
    m_editor->mediaLoader = [&](qint64) { return wide; };
    m_editor->askAltText
        = [](const QImage &) -> std::optional<QString> { return QStringLiteral("Wide"); };
    m_editor->resize(400, 300);
    QTRY_VERIFY(m_editor->viewport()->width() <= 400);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.png"));
    QVERIFY(wide.save(path));
    QSignalSpy changes(m_editor->document(), &QTextDocument::contentsChange);
    QVERIFY(m_editor->insertImageFile(path));
    const int inserted = int(changes.size());
    // The width the image takes in the layout: its line's.
    const auto shownWidth = [this] {
        for (QTextBlock block = m_editor->document()->begin(); block.isValid();
             block = block.next()) {
            if (block.text().contains(QChar::ObjectReplacementCharacter) && block.layout()
                && block.layout()->lineCount() > 0)
                return block.layout()->lineAt(0).naturalTextWidth();
        }
        return -1.0;
    };
    QTRY_VERIFY(shownWidth() > 0);
    QVERIFY2(
        shownWidth() <= m_editor->viewport()->width(), qPrintable(QString::number(shownWidth())));
    QVERIFY(shownWidth() >= m_editor->viewport()->width() - 40); // as wide as there is room
    // The stored image and the body are untouched.
    QCOMPARE(QImage::fromData(m_stored.first().bytes).width(), 800);
    const QString stored = QStringLiteral("<figure><img src=\"media:101\" alt=\"Wide\"></figure>");
    QCOMPARE(m_editor->bodyHtml(), stored);
    // Narrower, then wide enough: it follows, never wider than it is.
    m_editor->resize(300, 300);
    QTRY_VERIFY(shownWidth() <= m_editor->viewport()->width());
    QVERIFY(shownWidth() >= m_editor->viewport()->width() - 40);
    m_editor->resize(1200, 300);
    QTRY_COMPARE(shownWidth(), 800.0);
    QCOMPARE(m_editor->bodyHtml(), stored);
    // Showing it differently is no change to the text.
    QCOMPARE(changes.size(), inserted);
    // An image opened with the body is shown the same way.
    m_editor->resize(400, 300);
    m_editor->setBodyHtml(stored);
    QTRY_VERIFY(shownWidth() > 0);
    QVERIFY(shownWidth() <= m_editor->viewport()->width());
    QVERIFY(!m_editor->document()->isModified());
}

void TestArticleEditor::tableContextMenuInsertsAndDeletes()
{
    m_editor->resize(500, 300);
    m_editor->setBodyHtml(QStringLiteral(
        "<p>Before</p>\n<table>\n<thead>\n<tr><th>Year</th><th>Returns</th></tr>\n</thead>\n"
        "<tbody>\n<tr><td>2020</td><td>870</td></tr>\n</tbody>\n</table>"));
    const auto rightClick = [this](const QString &word) -> QMenu * {
        QTextCursor at = m_editor->document()->find(word);
        at.clearSelection();
        const QPoint point = m_editor->cursorRect(at).center();
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, point, m_editor->viewport()->mapToGlobal(point));
        QApplication::sendEvent(m_editor->viewport(), &event);
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu;
    };
    const auto choose = [](QMenu *menu, const QString &text) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text() == text && action->isEnabled()) {
                action->trigger();
                menu->close();
                return true;
            }
        }
        menu->close();
        return false;
    };
    QMenu *menu = rightClick(QStringLiteral("Before"));
    QVERIFY(menu);
    QVERIFY(!choose(menu, QStringLiteral("Insert Row &Below"))); // not in a table
    QTRY_VERIFY(!QApplication::activePopupWidget());
    menu = rightClick(QStringLiteral("2020"));
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("Insert Row &Below")));
    QTRY_VERIFY(!QApplication::activePopupWidget());
    menu = rightClick(QStringLiteral("Returns"));
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("Delete Colu&mn")));
    QCOMPARE(m_editor->bodyHtml(),
        QStringLiteral("<p>Before</p>\n<table>\n<thead>\n<tr><th>Year</th></tr>\n</thead>\n"
                       "<tbody>\n<tr><td>2020</td></tr>\n<tr><td></td></tr>\n</tbody>\n</table>"));
    QCOMPARE(
        DocumentShape::of(m_editor->document()), DocumentShape::reopened(m_editor->document()));
}

QTEST_MAIN(TestArticleEditor)
#include "tst_articleeditor.moc"
