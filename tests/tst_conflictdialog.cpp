// Two article panes on one site, as two windows of two people (Ana and Nino, each on a connection
// of their own), on a site file and on a team site: typing into different paragraphs merges by
// itself into the editor; typing into the same paragraph asks, side by side, and the dialog's
// buttons decide what is saved; Decide Later keeps the text in the editor, unsaved.
#include "articleeditor.h"
#include "articlepane.h"
#include "conflictdialog.h"
#include "demo/demosite.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void cleanup();
    void differentParagraphsMergeIntoTheEditor();
    void theSameParagraphIsDecidedInTheDialog_data();
    void theSameParagraphIsDecidedInTheDialog();
    void decideLaterKeepsTheTextUnsaved();

private:
    // Ana's pane and Nino's, each showing "take-action" in English.
    void openPanes();
    // Types `text` at the end of paragraph `block` (0-based) of a pane's body.
    static void typeAtEndOf(ArticlePane *pane, int block, const QString &text);
    QString stored() const;
    QPushButton *button(QWidget *in, const QString &text) const;

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<SiteDatabase> m_ana, m_nino;
    std::unique_ptr<ArticlePane> m_anaPane, m_ninoPane;
    qint64 m_page = 0;
};

void TestConflictDialog::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestConflictDialog::init()
{
    m_location = TestSupport::freshSiteLocation(m_dir, TestSupport::currentStore());
    auto site = DemoSite::createSite(m_location);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    m_ana = std::move(site).value();
    m_ana->setAuthor(u"Ana"_s);
    auto other = SiteDatabase::open(m_location, SiteDatabase::Mode::Open);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    m_nino = std::move(other).value();
    m_nino->setAuthor(u"Nino"_s);
    PageRepository pages(*m_ana);
    m_page = pages.resolve(u"take-action"_s).value();
    Translation text = pages.translation(m_page, u"en"_s)->value();
    text.bodyHtml = u"<p>Volunteer.</p>\n<p>Share.</p>\n<p>Report.</p>"_s;
    QVERIFY(pages.saveTranslation(text).ok());
    openPanes();
}

void TestConflictDialog::cleanup()
{
    m_anaPane.reset();
    m_ninoPane.reset();
    m_ana.reset();
    m_nino.reset();
}

void TestConflictDialog::openPanes()
{
    m_anaPane = std::make_unique<ArticlePane>();
    m_ninoPane = std::make_unique<ArticlePane>();
    m_anaPane->setSite(m_ana.get(), { u"en"_s, u"ka"_s });
    m_ninoPane->setSite(m_nino.get(), { u"en"_s, u"ka"_s });
    for (ArticlePane *pane : { m_anaPane.get(), m_ninoPane.get() }) {
        pane->resize(900, 700);
        pane->show();
        pane->showPage(m_page);
    }
    QVERIFY(QTest::qWaitForWindowExposed(m_anaPane.get()));
}

void TestConflictDialog::typeAtEndOf(ArticlePane *pane, int block, const QString &text)
{
    ArticleEditor *editor = pane->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(block));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, text);
}

QString TestConflictDialog::stored() const
{
    return PageRepository(*m_ana).translation(m_page, u"en"_s)->value().bodyHtml;
}

QPushButton *TestConflictDialog::button(QWidget *in, const QString &text) const
{
    for (QPushButton *button : in->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

void TestConflictDialog::differentParagraphsMergeIntoTheEditor()
{
    typeAtEndOf(m_ninoPane.get(), 2, u" Call 116 006."_s);
    m_ninoPane->saveExplicitly();
    typeAtEndOf(m_anaPane.get(), 0, u" Today"_s);
    m_anaPane->saveExplicitly();
    QVERIFY(!m_anaPane->conflictDialog());
    const QString both = u"<p>Volunteer. Today</p>\n<p>Share.</p>\n<p>Report. Call 116 006.</p>"_s;
    QCOMPARE(stored(), both);
    // Ana's editor shows Nino's sentence, and her cursor is still where she typed.
    QCOMPARE(m_anaPane->editor()->bodyHtml(), both);
    QCOMPARE(m_anaPane->editor()->textCursor().blockNumber(), 0);
    QVERIFY(!m_anaPane->isModified());
    QTest::keyClicks(m_anaPane->editor(), u"!"_s);
    QCOMPARE(m_anaPane->editor()->document()->firstBlock().text(), u"Volunteer. Today!"_s);
}

void TestConflictDialog::theSameParagraphIsDecidedInTheDialog_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("second");
    QTest::newRow("keep mine") << u"Keep mine"_s << u"<p>Share. with Ana.</p>"_s;
    QTest::newRow("keep theirs") << u"Keep theirs"_s << u"<p>Share. with Nino.</p>"_s;
    QTest::newRow("keep both") << u"Keep both"_s
                               << u"<p>Share. with Ana.</p>\n<p>Share. with Nino.</p>"_s;
}

void TestConflictDialog::theSameParagraphIsDecidedInTheDialog()
{
    QFETCH(QString, choice);
    QFETCH(QString, second);
    typeAtEndOf(m_ninoPane.get(), 1, u" with Nino."_s);
    m_ninoPane->saveExplicitly();
    typeAtEndOf(m_anaPane.get(), 1, u" with Ana."_s);
    typeAtEndOf(m_anaPane.get(), 0, u" Now"_s);
    m_anaPane->saveExplicitly();

    ConflictDialog *dialog = m_anaPane->conflictDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->rowCount(), 1);
    QVERIFY2(dialog->rowHeading(0).startsWith(m_nino->author() + u" changed this paragraph at "_s),
        qPrintable(dialog->rowHeading(0)));
    // Nothing saved over Nino's text yet; Ana's is still in her editor.
    QCOMPARE(stored(), u"<p>Volunteer.</p>\n<p>Share. with Nino.</p>\n<p>Report.</p>"_s);
    QVERIFY(m_anaPane->editor()->bodyHtml().contains(u"with Ana."_s));

    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a choice first
    auto *box = dialog->findChild<QGroupBox *>(u"Conflict0"_s);
    QVERIFY(box);
    QPushButton *keep = button(box, choice);
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const QString expected = u"<p>Volunteer. Now</p>\n"_s + second + u"\n<p>Report.</p>"_s;
    QTRY_COMPARE(stored(), expected);
    QCOMPARE(m_anaPane->editor()->bodyHtml(), expected);
    QVERIFY(!m_anaPane->isModified());
    // Both sides are in History.
    QStringList bodies;
    for (const auto &revision : RevisionRepository(*m_ana).list(m_page, u"en"_s).value())
        bodies << revision.bodyHtml;
    QVERIFY(bodies.size() >= 3);
    QVERIFY(bodies[1].contains(u"with Ana."_s) && !bodies[1].contains(u"with Nino."_s));
    QVERIFY(bodies[2].contains(u"with Nino."_s) && !bodies[2].contains(u"with Ana."_s));
}

void TestConflictDialog::decideLaterKeepsTheTextUnsaved()
{
    typeAtEndOf(m_ninoPane.get(), 1, u" with Nino."_s);
    m_ninoPane->saveExplicitly();
    typeAtEndOf(m_anaPane.get(), 1, u" with Ana."_s);
    m_anaPane->saveExplicitly();
    ConflictDialog *dialog = m_anaPane->conflictDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_anaPane->conflictDialog());
    QVERIFY(m_anaPane->isModified());
    QVERIFY(m_anaPane->editor()->bodyHtml().contains(u"with Ana."_s));
    QVERIFY(stored().contains(u"with Nino."_s) && !stored().contains(u"with Ana."_s));
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
