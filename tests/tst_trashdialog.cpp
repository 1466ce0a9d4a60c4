#include "store/pagerepository.h"
#include "store/trashrepository.h"
#include "testsupport.h"
#include "trashdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Page › Trash, through its widgets.
class TestTrashDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndRestores();
    void emptiesTheTrash();
    void enterRestoresAndEmptyingAsks();
    void datesShowTheWholeYear_data();
    void datesShowTheWholeYear();

private:
    QPushButton *button(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<TrashDialog> m_dialog;
};

void TestTrashDialog::init()
{
    m_site = freshDemoSite(m_dir);
    m_dialog = std::make_unique<TrashDialog>(*m_site);
}

void TestTrashDialog::cleanup()
{
    m_dialog.reset();
    m_site.reset();
}

QPushButton *TestTrashDialog::button(const QString &text) const
{
    for (auto *candidate : m_dialog->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

void TestTrashDialog::listsAndRestores()
{
    PageRepository pages(*m_site);
    const qint64 ourWork = pages.resolve(u"our-work"_s).value();
    QVERIFY(TrashRepository(*m_site).moveToTrash(ourWork).ok());
    QVERIFY(m_dialog->refresh().ok());
    m_dialog->show();
    QTreeWidget *list = m_dialog->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Our Work"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"2"_s); // with its subpage
    QSignalSpy restored(m_dialog.get(), &TrashDialog::restored);
    QPushButton *restore = button(u"&Restore"_s);
    QVERIFY(restore && restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.first().first().toLongLong(), ourWork);
    QCOMPARE(pages.path(ourWork).value(), u"our-work"_s);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!restore->isEnabled());
}

void TestTrashDialog::emptiesTheTrash()
{
    PageRepository pages(*m_site);
    TrashRepository trash(*m_site);
    QVERIFY(trash.moveToTrash(pages.resolve(u"take-action"_s).value()).ok());
    QVERIFY(trash.moveToTrash(pages.resolve(u"2030-agenda"_s).value()).ok());
    QVERIFY(m_dialog->refresh().ok());
    QCOMPARE(m_dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(m_dialog->list()->topLevelItem(0)->text(0), u"2030 Agenda"_s); // newest first
    QSignalSpy emptied(m_dialog.get(), &TrashDialog::emptied);
    QVERIFY(m_dialog->emptyTrash(true).ok());
    QCOMPARE(emptied.count(), 1);
    QCOMPARE(m_dialog->list()->topLevelItemCount(), 0);
    QVERIFY(!button(u"&Empty Trash…"_s)->isEnabled());
    QVERIFY(trash.items()->isEmpty());
}

void TestTrashDialog::enterRestoresAndEmptyingAsks()
{
    PageRepository pages(*m_site);
    TrashRepository trash(*m_site);
    QVERIFY(trash.moveToTrash(pages.resolve(u"take-action"_s).value()).ok());
    QVERIFY(trash.moveToTrash(pages.resolve(u"2030-agenda"_s).value()).ok());
    QVERIFY(m_dialog->refresh().ok());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(m_dialog->list()->currentItem()->text(0), u"2030 Agenda"_s);
    // Any question that comes up is answered Cancel, and counted.
    int questions = 0;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&questions] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++questions;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer.start();

    QSignalSpy restored(m_dialog.get(), &TrashDialog::restored);
    QTest::keyClick(m_dialog->list(), Qt::Key_Return);
    QCOMPARE(restored.count(), 1); // one entry, the selected one
    QCOMPARE(restored.first().first().toLongLong(), pages.resolve(u"2030-agenda"_s).value());
    QCOMPARE(questions, 0);
    QCOMPARE(trash.items()->size(), 1);

    QTest::mouseClick(button(u"&Empty Trash…"_s), Qt::LeftButton);
    QCOMPARE(questions, 1); // asked, and Cancel kept the trash
    QCOMPARE(trash.items()->size(), 1);
}

void TestTrashDialog::datesShowTheWholeYear_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("Georgian") << QLocale(QLocale::Georgian, QLocale::Georgia);
    QTest::newRow("British") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestTrashDialog::datesShowTheWholeYear()
{
    QFETCH(QLocale, locale);
    const QLocale before;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    PageRepository pages(*m_site);
    QVERIFY(TrashRepository(*m_site).moveToTrash(pages.resolve(u"take-action"_s).value()).ok());
    QVERIFY(m_dialog->refresh().ok());
    const QString deleted = m_dialog->list()->topLevelItem(0)->text(2);
    // "15.01.2025 14:05", not "15.01.25 14:05".
    QVERIFY2(deleted.contains(QString::number(QDate::currentDate().year())), qPrintable(deleted));
}

QTEST_MAIN(TestTrashDialog)
#include "tst_trashdialog.moc"
