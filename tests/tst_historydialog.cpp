#include "historydialog.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Page › History, through its widgets, on the demo's "Data and Resources": its English has
// two revisions (the text the Georgian was made from, then the revised one).
class TestHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndComparesTheRevisions();
    void restoresTheSelectedRevision();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<HistoryDialog> m_dialog;
    qint64 m_page = 0;
};

void TestHistoryDialog::init()
{
    m_site = freshDemoSite(m_dir);
    m_page = PageRepository(*m_site).resolve(u"data-and-resources"_s).value();
    m_dialog = std::make_unique<HistoryDialog>(*m_site, m_page, u"en"_s);
    QVERIFY(m_dialog->refresh().ok());
    m_dialog->show();
}

void TestHistoryDialog::cleanup()
{
    m_dialog.reset();
    m_site.reset();
}

void TestHistoryDialog::listsAndComparesTheRevisions()
{
    QTreeWidget *list = m_dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"2"_s); // newest first
    QCOMPARE(list->topLevelItem(0)->text(2), u"saved"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"42"_s); // words
    // The older one is selected: what changed since it is shown.
    QCOMPARE(list->currentItem(), list->topLevelItem(1));
    const QString comparison = m_dialog->comparison();
    QVERIFY2(comparison.contains(u"Changes from revision 1 to the current text:"_s),
        qPrintable(comparison));
    QVERIFY2(comparison.contains(u"changed paragraph:"_s), qPrintable(comparison));
    QVERIFY(comparison.contains(u"published by the mission and its partners."_s));
    QVERIFY(comparison.contains(u"added list item: Surveys of returning migrants"_s));
    // The newest is the current text: nothing to restore.
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(m_dialog->comparison().contains(u"None: the current text is this revision."_s));
}

void TestHistoryDialog::restoresTheSelectedRevision()
{
    QSignalSpy restored(m_dialog.get(), &HistoryDialog::restored);
    QPushButton *restore = nullptr;
    for (auto *button : m_dialog->findChildren<QPushButton *>()) {
        if (button->text() == u"&Restore This Revision")
            restore = button;
    }
    QVERIFY(restore && restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(restored.count(), 1);
    const Translation english = PageRepository(*m_site).translation(m_page, u"en"_s)->value();
    QVERIFY(english.bodyHtml.contains(u"published by the mission and its partners."_s));
    QCOMPARE(m_dialog->list()->topLevelItemCount(), 3);
    QCOMPARE(m_dialog->list()->topLevelItem(0)->text(2), u"restored"_s);
    // The Georgian was made from that text: it is up to date again.
    QCOMPARE(
        PageRepository(*m_site).listing(m_page)->states.value(u"ka"_s), TranslationState::UpToDate);
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
