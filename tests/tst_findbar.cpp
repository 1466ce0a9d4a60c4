// Find and replace, driven through the bar's fields and keys.
#include "findbar.h"
#include "guitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextEdit>

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enterFindsTheNextMatchAndWraps();
    void shiftEnterFindsThePrevious();
    void matchCase_data();
    void matchCase();
    void replaceOneThenAll();
    void findsGeorgian();
    void escapeCloses();

private:
    template<class T>
    T *named(const QString &name) const
    {
        return GuiTestSupport::named<T>(m_bar, name);
    }
    int selectionStart() const { return m_editor->textCursor().selectionStart(); }

    std::unique_ptr<QWidget> m_window;
    QTextEdit *m_editor = nullptr;
    FindBar *m_bar = nullptr;
};

void TestFindBar::init()
{
    m_window = std::make_unique<QWidget>();
    m_editor = new QTextEdit(m_window.get());
    m_editor->setPlainText(u"Migration and border management; migration governance. "
                           u"საზღვრის მართვა და მიგრაცია."_qs);
    m_bar = new FindBar(m_editor, m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_bar->showFind();
}

void TestFindBar::cleanup()
{
    m_window.reset();
}

void TestFindBar::enterFindsTheNextMatchAndWraps()
{
    auto *find = named<QLineEdit>(QStringLiteral("Find"));
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("migration"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(selectionStart(), 0);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(selectionStart(), 33);
    QTest::keyClick(find, Qt::Key_Return); // wraps around to the first
    QCOMPARE(selectionStart(), 0);
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("Migration"));
}

void TestFindBar::shiftEnterFindsThePrevious()
{
    auto *find = named<QLineEdit>(QStringLiteral("Find"));
    QTest::keyClicks(find, QStringLiteral("migration"));
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier); // from the start: wraps to the last
    QCOMPARE(selectionStart(), 33);
}

void TestFindBar::matchCase_data()
{
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<int>("first");
    QTest::newRow("any case") << false << 0;
    QTest::newRow("match case") << true << 33;
}

void TestFindBar::matchCase()
{
    QFETCH(bool, matchCase);
    QFETCH(int, first);
    m_bar->findChild<QCheckBox *>()->setChecked(matchCase);
    auto *find = named<QLineEdit>(QStringLiteral("Find"));
    QTest::keyClicks(find, QStringLiteral("migration"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(selectionStart(), first);
}

void TestFindBar::replaceOneThenAll()
{
    m_bar->showReplace();
    QTest::keyClicks(named<QLineEdit>(QStringLiteral("Find")), QStringLiteral("migration"));
    auto *replace = named<QLineEdit>(QStringLiteral("Replace with"));
    QVERIFY(replace->isVisible());
    QTest::keyClicks(replace, QStringLiteral("mobility"));
    QVERIFY(m_bar->findNext());
    QTest::keyClick(replace, Qt::Key_Return); // replaces the found one, finds the next
    QVERIFY(m_editor->toPlainText().startsWith(QStringLiteral("mobility and border")));
    QCOMPARE(m_bar->replaceAll(), 1);
    QVERIFY(!m_editor->toPlainText().contains(QStringLiteral("migration"), Qt::CaseInsensitive));
    QCOMPARE(named<QLabel>(QStringLiteral("Find result"))->text(), QStringLiteral("Replaced 1"));
    m_editor->undo(); // replace all is one step
    QCOMPARE(m_editor->toPlainText().count(QStringLiteral("migration")), 1);
}

void TestFindBar::findsGeorgian()
{
    auto *find = named<QLineEdit>(QStringLiteral("Find"));
    // Georgian arrives as an input method commits it.
    QTest::sendKeyEvent(QTest::Click, find, Qt::Key_unknown, u"მართვა"_qs, Qt::NoModifier);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_editor->textCursor().selectedText(), u"მართვა"_qs);
}

void TestFindBar::escapeCloses()
{
    QVERIFY(m_bar->isVisible());
    QTest::keyClick(named<QLineEdit>(QStringLiteral("Find")), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QVERIFY(m_editor->hasFocus());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
