#include "sidebysidedialog.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Translating a page side by side, through the dialog's widgets.
class TestSideBySideDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsWhatChangedAndMarksUpToDate();
    void startsAMissingTranslation_data();
    void startsAMissingTranslation();
    void enterGoesOnAndCtrlBMakesBold();
    void closingSaves();
    void aNewTranslationNeedsItsTitle();

private:
    qint64 id(const QString &path) const { return PageRepository(*m_site).resolve(path).value(); }
    Translation stored(const QString &path) const
    {
        const auto text = PageRepository(*m_site).translation(id(path), u"ka"_s);
        return text && text->has_value() ? **text : Translation {};
    }
    TranslationState state(const QString &path) const
    {
        return PageRepository(*m_site).listing(id(path))->states.value(
            u"ka"_s, TranslationState::Missing);
    }
    std::unique_ptr<SideBySideDialog> open(const QString &path);
    static void retype(SegmentEditor *editor, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestSideBySideDialog::init()
{
    m_site = freshDemoSite(m_dir);
}

void TestSideBySideDialog::cleanup()
{
    m_site.reset();
}

std::unique_ptr<SideBySideDialog> TestSideBySideDialog::open(const QString &path)
{
    auto dialog = std::make_unique<SideBySideDialog>(*m_site, id(path), u"ka"_s, nullptr);
    const auto loaded = dialog->load();
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    dialog->show();
    return dialog;
}

void TestSideBySideDialog::retype(SegmentEditor *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    // Typed as an input method delivers it (QTest::keyClicks knows only Latin-1 keys).
    QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, text, Qt::NoModifier);
}

void TestSideBySideDialog::showsWhatChangedAndMarksUpToDate()
{
    // The demo's "Data and Resources": the English intro changed and a list item was added
    // after the Georgian was made.
    const QString page = u"data-and-resources"_s;
    auto dialog = open(page);
    // Title, summary, the intro, four list items: one row each.
    QCOMPARE(dialog->rowCount(), 7);
    QList<int> changed;
    for (int row = 0; row < dialog->rowCount(); ++row) {
        if (dialog->isSourceChanged(row))
            changed.append(row);
    }
    QCOMPARE(changed, (QList<int> { 2, 5 }));
    // The words that changed are marked (struck: gone; underlined: new), not the paragraph.
    const QString changedWords = u"What changed: Reports, studies and statistics on migration in "
                                 "Georgia, published by the "
                                 "<s style=\"color:#b00020\">mission</s> "
                                 "<u style=\"color:#00701a\">mission, the government</u> and "
                                 "<s style=\"color:#b00020\">its</s> "
                                 "<u style=\"color:#00701a\">their</u> partners."_s;
    QVERIFY2(dialog->sourceLabel(2)->text().contains(changedWords),
        qPrintable(dialog->sourceLabel(2)->text()));
    QVERIFY(dialog->sourceLabel(2)->isVisible());
    QVERIFY(dialog->sourceLabel(5)->text().contains(u"New in the source"_s));
    QVERIFY(dialog->stateText().startsWith(u"Outdated: 2 source segment(s) changed"_s));
    // The translation of the old intro is there to revise; the new item is empty.
    QVERIFY(dialog->targetEditor(2)->toPlainText().startsWith(u"მისიისა და მისი"_s));
    QVERIFY(dialog->targetEditor(5)->toPlainText().isEmpty());
    QCOMPARE(dialog->targetEditor(6)->toPlainText(), u"წლიური ანგარიშები"_s);

    retype(dialog->targetEditor(2), u"მისიის, მთავრობისა და პარტნიორების ანგარიშები."_s);
    retype(dialog->targetEditor(5), u"დაბრუნებული მიგრანტების გამოკითხვები"_s);
    auto *mark = dialog->findChild<QPushButton *>(u"MarkUpToDate"_s);
    QVERIFY(mark);
    QTest::mouseClick(mark, Qt::LeftButton);

    QCOMPARE(state(page), TranslationState::UpToDate);
    QCOMPARE(stored(page).bodyHtml,
        u"<p>მისიის, მთავრობისა და პარტნიორების ანგარიშები.</p>\n<ul>\n"
        "<li>საქართველოს მიგრაციის პროფილი</li>\n<li>შრომითი მიგრაციის კვლევები</li>\n"
        "<li>დაბრუნებული მიგრანტების გამოკითხვები</li>\n<li>წლიური ანგარიშები</li>\n</ul>"_s);
    // The dialog shows the new state: nothing highlighted any more.
    QCOMPARE(dialog->stateText(), u"Up to date."_s);
    for (int row = 0; row < dialog->rowCount(); ++row)
        QVERIFY(!dialog->isSourceChanged(row));
}

void TestSideBySideDialog::startsAMissingTranslation_data()
{
    QTest::addColumn<bool>("withSourceText");
    QTest::addColumn<QString>("body");
    QTest::addColumn<TranslationState>("state");
    // Take Action: one paragraph in English. Only the title gets translated here.
    QTest::newRow("empty fields") << false << QString() << TranslationState::InProgress;
    QTest::newRow("source text to overwrite")
        << true
        << u"<p>You can help: volunteer with a local partner, share verified information about "
           "safe migration, or report suspected trafficking to the national hotline.</p>"_s
        << TranslationState::InProgress;
}

void TestSideBySideDialog::startsAMissingTranslation()
{
    QFETCH(bool, withSourceText);
    QFETCH(QString, body);
    QFETCH(TranslationState, state);
    const QString page = u"take-action"_s;
    const Translation english = PageRepository(*m_site).translation(id(page), u"en"_s)->value();
    auto dialog = open(page);
    QVERIFY(dialog->stateText().startsWith(u"There is no ქართული text yet."_s));
    QRadioButton *overwrite = nullptr;
    for (auto *radio : dialog->findChildren<QRadioButton *>()) {
        if (radio->text().contains(u"overwrite"_s))
            overwrite = radio;
    }
    QVERIFY(overwrite && overwrite->isVisible());
    for (int row = 0; row < dialog->rowCount(); ++row)
        QVERIFY(dialog->targetEditor(row)->toPlainText().isEmpty());
    if (withSourceText) {
        QTest::mouseClick(overwrite, Qt::LeftButton, {}, QPoint(4, overwrite->height() / 2));
        QCOMPARE(dialog->targetEditor(0)->toPlainText(), english.title);
    }
    retype(dialog->targetEditor(0), u"იმოქმედეთ"_s);
    QVERIFY(dialog->save(false).ok());
    QCOMPARE(stored(page).title, u"იმოქმედეთ"_s);
    QCOMPARE(stored(page).bodyHtml, body);
    QCOMPARE(this->state(page), state);
}

void TestSideBySideDialog::enterGoesOnAndCtrlBMakesBold()
{
    auto dialog = open(u"take-action"_s);
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    SegmentEditor *title = dialog->targetEditor(0);
    title->setFocus();
    QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, u"იმოქმედეთ"_s, Qt::NoModifier);
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(title->toPlainText() == u"იმოქმედეთ"_s); // no new line in a segment
    SegmentEditor *summary = dialog->targetEditor(1);
    QVERIFY(summary->hasFocus());
    QTest::sendKeyEvent(QTest::Click, summary, Qt::Key_unknown, u"როგორ დაგვეხმაროთ."_s, {});
    QTest::keyClick(summary, Qt::Key_Enter); // the keypad's Enter too
    SegmentEditor *paragraph = dialog->targetEditor(2);
    QVERIFY(paragraph->hasFocus());
    QTest::sendKeyEvent(QTest::Click, paragraph, Qt::Key_unknown, u"შემოგვიერთდით "_s, {});
    QTest::keyClick(paragraph, Qt::Key_B, Qt::ControlModifier);
    QTest::sendKeyEvent(QTest::Click, paragraph, Qt::Key_unknown, u"დღესვე"_s, {});
    QTest::keyClick(paragraph, Qt::Key_Return, Qt::ShiftModifier); // a line break
    QTest::keyClick(paragraph, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(paragraph, u"116 006"_s);
    QVERIFY(dialog->save(false).ok());
    const Translation saved = stored(u"take-action"_s);
    QCOMPARE(saved.summary, u"როგორ დაგვეხმაროთ."_s);
    // (The break was typed while bold was on: canonical HTML keeps it inside <strong>.)
    QCOMPARE(saved.bodyHtml, u"<p>შემოგვიერთდით <strong>დღესვე<br></strong>116 006</p>"_s);
}

void TestSideBySideDialog::closingSaves()
{
    const QString page = u"who-we-are/about"_s;
    auto dialog = open(page);
    retype(dialog->targetEditor(0), u"ჩვენს შესახებ"_s);
    QSignalSpy saved(dialog.get(), &SideBySideDialog::saved);
    dialog->reject(); // Escape, or the window's close button
    QCOMPARE(saved.count(), 1);
    QCOMPARE(stored(page).title, u"ჩვენს შესახებ"_s);
}

void TestSideBySideDialog::aNewTranslationNeedsItsTitle()
{
    auto dialog = open(u"take-action"_s);
    retype(dialog->targetEditor(1), u"შემოგვიერთდით"_s);
    const auto saved = dialog->save(false);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"title"_s), qPrintable(saved.error()));
    QCOMPARE(state(u"take-action"_s), TranslationState::Missing);
}

QTEST_MAIN(TestSideBySideDialog)
#include "tst_sidebysidedialog.moc"
