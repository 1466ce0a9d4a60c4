// The article pane's formatting, driven as a user does: keys in the body, the Format menu's
// actions, the style box; checked in the editor and in what the store holds.
#include "articleeditor.h"
#include "articlepane.h"
#include "documentshape.h"
#include "guitestsupport.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>

using namespace TestSupport;

class TestArticlePane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formattingWithNothingSelectedChangesWhatIsTypedNext_data();
    void formattingWithNothingSelectedChangesWhatIsTypedNext();
    void formatMenuSetsParagraphsAndHeadings();
    void clearFormattingFromTheKeyboard();
    void styleBoxNamesAPastedHeading();
    void tableRowsAndColumnsFromTheFormatMenu();

private:
    QAction *formatAction(const QString &text) const;
    QString storedBody();
    // Types into the body, at the end of what it holds, in a new paragraph.
    void startNewParagraph();

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<ArticlePane> m_pane;
    ArticleEditor *m_body = nullptr;
    qint64 m_page = 0;
};

void TestArticlePane::init()
{
    m_site = freshDemoSite(m_dir);
    m_page = PageRepository(*m_site).resolve(QStringLiteral("take-action")).value();
    m_pane = std::make_unique<ArticlePane>();
    m_pane->setSite(m_site.get(), { QStringLiteral("en"), QStringLiteral("ka") });
    m_pane->showPage(m_page);
    m_pane->resize(800, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_body = m_pane->editor();
    m_body->setFocus();
    QTRY_VERIFY(m_body->hasFocus());
}

void TestArticlePane::cleanup()
{
    m_pane.reset();
    m_site.reset();
}

QAction *TestArticlePane::formatAction(const QString &text) const
{
    const auto actions = m_pane->formatActions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString TestArticlePane::storedBody()
{
    if (const Status saved = m_pane->saveNow(); !saved)
        return saved.error();
    const auto text = PageRepository(*m_site).translation(m_page, QStringLiteral("en"));
    return text && *text ? (*text)->bodyHtml : QString();
}

void TestArticlePane::startNewParagraph()
{
    QTest::keyClick(m_body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_body, Qt::Key_Return);
}

void TestArticlePane::formattingWithNothingSelectedChangesWhatIsTypedNext_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ctrl+B") << Qt::Key_B << "<p><strong>Adjara</strong> and Batumi</p>";
    QTest::newRow("Ctrl+I") << Qt::Key_I << "<p><em>Adjara</em> and Batumi</p>";
}

void TestArticlePane::formattingWithNothingSelectedChangesWhatIsTypedNext()
{
    QFETCH(Qt::Key, key);
    QFETCH(QString, expected);
    startNewParagraph();
    // On, a word, off at its end, more words: the word keeps its format, the rest has none.
    QTest::keyClick(m_body, key, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral("Adjara"));
    QTest::keyClick(m_body, key, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral(" and Batumi"));
    const QString body = m_body->bodyHtml();
    QVERIFY2(body.endsWith(QStringLiteral("\n") + expected), qPrintable(body));
    QCOMPARE(storedBody(), body);
}

void TestArticlePane::formatMenuSetsParagraphsAndHeadings()
{
    startNewParagraph();
    QTest::keyClicks(m_body, QStringLiteral("Ways to help"));
    auto *style = GuiTestSupport::named<QComboBox>(m_pane.get(), QStringLiteral("Paragraph style"));
    for (const auto &[item, tag, shown] :
        { std::tuple { "Heading &3", "h3", "Heading 3" }, { "Heading &2", "h2", "Heading 2" },
            { "Heading &4", "h4", "Heading 4" }, { "&Paragraph", "p", "Paragraph" } }) {
        QAction *action = formatAction(QString::fromUtf8(item));
        QVERIFY2(action, item);
        QVERIFY(action->isEnabled());
        action->trigger();
        const QString html = QStringLiteral("<%1>Ways to help</%1>").arg(QLatin1String(tag));
        QVERIFY2(m_body->bodyHtml().endsWith(html), qPrintable(m_body->bodyHtml()));
        QCOMPARE(style->currentText(), QString::fromUtf8(shown));
        QVERIFY(action->isChecked());
        QCOMPARE(
            DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
    }
    // The same from the keyboard.
    QTest::keyClick(m_body, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(storedBody().endsWith(QStringLiteral("<h2>Ways to help</h2>")));
}

void TestArticlePane::clearFormattingFromTheKeyboard()
{
    startNewParagraph();
    QTest::keyClick(m_body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral("Kutaisi"));
    QTest::keyClick(m_body, Qt::Key_Home, Qt::ShiftModifier);
    QTest::keyClick(m_body, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(
        m_body->bodyHtml().endsWith(QStringLiteral("<p><strong><em>Kutaisi</em></strong></p>")));
    QAction *clear = formatAction(QStringLiteral("&Clear Formatting"));
    QVERIFY(clear);
    QCOMPARE(clear->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Backslash));
    QTest::keyClick(m_body, Qt::Key_Backslash, Qt::ControlModifier);
    QVERIFY2(m_body->bodyHtml().endsWith(QStringLiteral("\n<p>Kutaisi</p>")),
        qPrintable(m_body->bodyHtml()));
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
}

void TestArticlePane::styleBoxNamesAPastedHeading()
{
    // Into a new paragraph after the text, as when adding a section from a document.
    startNewParagraph();
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(
        readFile(QString::fromUtf8(NEWSDESK_TEST_DATA "/paste/gdocs-headings.html"))));
    QGuiApplication::clipboard()->setMimeData(data);
    QTest::keyClick(m_body, Qt::Key_V, Qt::ControlModifier);
    // A click on the pasted heading.
    QTextCursor heading = m_body->document()->find(QStringLiteral("Adjara"));
    heading.clearSelection();
    QTest::mouseClick(m_body->viewport(), Qt::LeftButton, {}, m_body->cursorRect(heading).center());
    QVERIFY(m_body->textCursor().block().text().startsWith(QStringLiteral("Migration")));
    auto *style = GuiTestSupport::named<QComboBox>(m_pane.get(), QStringLiteral("Paragraph style"));
    QCOMPARE(style->currentText(), QStringLiteral("Heading 2"));
    const QString stored = storedBody();
    QVERIFY2(stored.contains(QStringLiteral("</p>\n<h2>Migration in Adjara</h2>\n")),
        qPrintable(stored));
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
}

void TestArticlePane::tableRowsAndColumnsFromTheFormatMenu()
{
    const QStringList names { QStringLiteral("Insert Row &Above"),
        QStringLiteral("Insert Row &Below"), QStringLiteral("Insert Column &Left"),
        QStringLiteral("Insert Column &Right"), QStringLiteral("Delete Ro&w"),
        QStringLiteral("Delete Colu&mn") };
    for (const QString &name : names) { // outside a table: there, but not to be used
        QVERIFY2(formatAction(name), qPrintable(name));
        QVERIFY(!formatAction(name)->isEnabled());
    }
    startNewParagraph();
    m_body->insertTable(2, 2);
    QTest::keyClicks(m_body, QStringLiteral("Year"));
    QVERIFY(m_body->textCursor().currentTable());
    for (const QString &name : names)
        QVERIFY(formatAction(name)->isEnabled());
    formatAction(QStringLiteral("Insert Row &Below"))->trigger(); // a second header row
    formatAction(QStringLiteral("Insert Column &Right"))->trigger();
    QTest::keyClick(m_body, Qt::Key_Down);
    QTest::keyClicks(m_body, QStringLiteral("2020"));
    formatAction(QStringLiteral("Delete Ro&w"))->trigger();
    QTextTable *table = m_body->textCursor().currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 2);
    QCOMPARE(table->columns(), 3);
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
    const QString stored = storedBody();
    QVERIFY2(stored.endsWith(QStringLiteral(
                 "<table>\n<thead>\n<tr><th>Year</th><th></th><th></th></tr>\n</thead>\n"
                 "<tbody>\n<tr><td></td><td></td><td></td></tr>\n</tbody>\n</table>")),
        qPrintable(stored));
}

QTEST_MAIN(TestArticlePane)
#include "tst_articlepane.moc"
