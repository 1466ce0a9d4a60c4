// Spelling in the editor, through the widget: misspelled words get a red wave as they are
// typed, in both languages; the wave never reaches the stored HTML; right-click offers
// suggestions, Add to Personal Dictionary, Add to Site Dictionary and Ignore.
#include "articleeditor.h"
#include "spelling/spellhighlighter.h"
#include "testsupport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

class TestSpellHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void underlinesWhatIsMisspelled_data();
    void underlinesWhatIsMisspelled();
    void typingUnderlinesAsYouGo();
    void neverReachesTheStoredHtml();
    void suggestionsReplaceTheWord();
    void addToDictionaryAndIgnore_data();
    void addToDictionaryAndIgnore();
    void canBeTurnedOff();

private:
    // "word" for each underlined stretch of the first block.
    QStringList underlined() const;
    QMenu *openMenuAt(const QString &word);
    QTemporaryDir m_home;
    std::unique_ptr<SpellChecker> m_checker;
    std::unique_ptr<ArticleEditor> m_editor;
};

void TestSpellHighlighter::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
}

void TestSpellHighlighter::init()
{
    m_checker = std::make_unique<SpellChecker>();
    m_editor = std::make_unique<ArticleEditor>();
    m_editor->setSpellChecker(m_checker.get());
    m_editor->resize(600, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSpellHighlighter::cleanup()
{
    m_editor.reset();
    m_checker.reset();
}

QStringList TestSpellHighlighter::underlined() const
{
    QStringList words;
    const QTextBlock block = m_editor->document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words.append(block.text().mid(range.start, range.length));
    }
    return words;
}

QMenu *TestSpellHighlighter::openMenuAt(const QString &word)
{
    const int at = m_editor->toPlainText().indexOf(word) + 1;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(at);
    const QPoint point = m_editor->cursorRect(cursor).center();
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, point, m_editor->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_editor->viewport(), &event);
    const auto menus = m_editor->findChildren<QMenu *>();
    return menus.isEmpty() ? nullptr : menus.last();
}

void TestSpellHighlighter::underlinesWhatIsMisspelled_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("wrong");
    QTest::newRow("english") << "<p>The mission wrks with partners.</p>" << QStringList { "wrks" };
    QTest::newRow("georgian") << u"<p>მისია საქართველოოო მუშაობს</p>"_qs
                              << QStringList { u"საქართველოოო"_qs };
    QTest::newRow("both in one paragraph")
        << u"<p>პროექტი Brussells და ტექსტიი</p>"_qs << QStringList { "Brussells", u"ტექსტიი"_qs };
    QTest::newRow("nothing wrong") << "<p>IOM works in Georgia.</p>" << QStringList {};
}

void TestSpellHighlighter::underlinesWhatIsMisspelled()
{
    QFETCH(QString, html);
    QFETCH(QStringList, wrong);
    m_editor->setBodyHtml(html);
    QCOMPARE(underlined(), wrong);
}

void TestSpellHighlighter::typingUnderlinesAsYouGo()
{
    m_editor->setBodyHtml(QStringLiteral("<p>Start</p>"));
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor.get(), QStringLiteral(" migrtion"));
    QCOMPARE(underlined(), QStringList { "migrtion" });
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QTest::keyClicks(m_editor.get(), QStringLiteral("n is"));
    QCOMPARE(underlined(), QStringList { "migrtion" });
    // Fixing the word takes the wave away.
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QTest::keyClicks(m_editor.get(), QStringLiteral(" migration"));
    QCOMPARE(underlined(), QStringList {});
}

void TestSpellHighlighter::neverReachesTheStoredHtml()
{
    const QString html = u"<p>The mission wrks and <strong>საქართველოოო</strong>.</p>"_qs;
    m_editor->setBodyHtml(html);
    QCOMPARE(underlined().size(), 2);
    QCOMPARE(m_editor->bodyHtml(), html);
    m_editor->setSpellChecking(false);
    QCOMPARE(m_editor->bodyHtml(), html);
}

void TestSpellHighlighter::suggestionsReplaceTheWord()
{
    m_editor->setBodyHtml(QStringLiteral("<p>We recieve reports.</p>"));
    QMenu *menu = openMenuAt(QStringLiteral("recieve"));
    QVERIFY(menu);
    QAction *receive = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QAction *action : menu->actions()) {
                if (action->text() == QLatin1String("receive"))
                    receive = action;
            }
            return receive != nullptr;
        }(),
        10000);
    QCOMPARE(menu->actions().first()->text().isEmpty(), false); // suggestions come first
    receive->trigger();
    QCOMPARE(m_editor->bodyHtml(), QStringLiteral("<p>We receive reports.</p>"));
    QCOMPARE(underlined(), QStringList {});
    menu->close();
}

void TestSpellHighlighter::addToDictionaryAndIgnore_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<bool>("remembered");
    QTest::newRow("personal") << "Add to Personal Dictionary" << true;
    QTest::newRow("site") << "Add to Site Dictionary" << false;
    QTest::newRow("ignore") << "Ignore" << false;
}

void TestSpellHighlighter::addToDictionaryAndIgnore()
{
    QFETCH(QString, choice);
    QFETCH(bool, remembered);
    const QString word = choice == QLatin1String("Ignore") ? QStringLiteral("Gelashvili")
        : choice.contains(QLatin1String("Site"))           ? QStringLiteral("Beridze")
                                                           : QStringLiteral("Kvaratskhelia");
    QStringList site; // what the window would keep in the site
    m_editor->addToSiteDictionary = [&site](const QString &added, const QString &language) {
        site.append(language + u':' + added);
        return Status();
    };
    m_editor->setBodyHtml(QStringLiteral("<p>Office in %1.</p>").arg(word));
    QCOMPARE(underlined(), QStringList { word });
    QMenu *menu = openMenuAt(word);
    QVERIFY(menu);
    QAction *action = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->text() == choice)
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    menu->close();
    QCOMPARE(underlined(), QStringList {});
    // Personal words are known to the next checker too; ignored ones only to this one; the
    // site's go to the site.
    QCOMPARE(SpellChecker().isCorrect(word, QStringLiteral("en")), remembered);
    QCOMPARE(site,
        choice.contains(QLatin1String("Site")) ? QStringList { u"en:"_qs + word } : QStringList {});
    m_editor->addToSiteDictionary = nullptr;
}

void TestSpellHighlighter::canBeTurnedOff()
{
    m_editor->setBodyHtml(QStringLiteral("<p>wrks</p>"));
    QCOMPARE(underlined(), QStringList { "wrks" });
    m_editor->setSpellChecking(false);
    QVERIFY(!m_editor->isSpellChecking());
    QCOMPARE(underlined(), QStringList {});
    m_editor->setSpellChecking(true);
    QCOMPARE(underlined(), QStringList { "wrks" });
}

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
