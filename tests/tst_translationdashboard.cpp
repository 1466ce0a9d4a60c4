#include "store/pagerepository.h"
#include "testsupport.h"
#include "translationdashboard.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// The translation dashboard, through its widgets, on the demo site: 13 pages with an English
// text; Georgian has 7 up to date, 1 outdated (Data and Resources), 5 missing.
class TestTranslationDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTotalsAndWhatNeedsWork();
    void filters_data();
    void filters();
    void sortsByWordsToTranslate();
    void doubleClickOpensTheRow();

private:
    QStringList pages() const; // the page column, top to bottom

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<TranslationDashboard> m_dashboard;
};

void TestTranslationDashboard::initTestCase()
{
    m_site = freshDemoSite(m_dir);
    m_dashboard = std::make_unique<TranslationDashboard>(*m_site);
    const auto refreshed = m_dashboard->refresh();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.error()));
    m_dashboard->show();
}

void TestTranslationDashboard::cleanupTestCase()
{
    m_dashboard.reset();
    m_site.reset();
}

QStringList TestTranslationDashboard::pages() const
{
    QStringList list;
    const QAbstractItemModel *model = m_dashboard->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, TranslationDashboard::PageColumn).data().toString();
    return list;
}

void TestTranslationDashboard::showsTotalsAndWhatNeedsWork()
{
    QCOMPARE(m_dashboard->totalsText(),
        u"Georgian: 7 of 13 pages up to date, 0 in progress, 1 outdated, 5 missing; 220 words "
        "to translate"_s);
    // By default: what needs work, in tree order.
    QCOMPARE(pages().size(), 6);
    QCOMPARE(pages().at(2), u"Data and Resources — /data-and-resources"_s);
    const QAbstractItemModel *model = m_dashboard->table()->model();
    QCOMPARE(model->index(2, TranslationDashboard::StateColumn).data().toString(), u"outdated"_s);
    QCOMPARE(model->index(2, TranslationDashboard::ToTranslateColumn).data().toString(), u"21"_s);
    QCOMPARE(model->index(2, TranslationDashboard::LanguageColumn).data().toString(), u"ქართული"_s);
}

void TestTranslationDashboard::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("needs work") << int(TranslationDashboard::NeedsWork) << 6;
    QTest::newRow("outdated") << int(TranslationDashboard::Outdated) << 1;
    QTest::newRow("missing") << int(TranslationDashboard::Missing) << 5;
    QTest::newRow("in progress") << int(TranslationDashboard::InProgress) << 0;
    QTest::newRow("everything") << int(TranslationDashboard::Everything) << 13;
}

void TestTranslationDashboard::filters()
{
    QFETCH(int, filter);
    QFETCH(int, rows);
    m_dashboard->setFilter(TranslationDashboard::Filter(filter));
    QCOMPARE(m_dashboard->table()->model()->rowCount(), rows);
    m_dashboard->setFilter(TranslationDashboard::NeedsWork);
}

void TestTranslationDashboard::sortsByWordsToTranslate()
{
    QTableView *table = m_dashboard->table();
    table->sortByColumn(TranslationDashboard::ToTranslateColumn, Qt::DescendingOrder);
    // Numbers sort as numbers: 61, 40, 39, 31, 28, 21.
    QStringList words;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        words << table->model()
                     ->index(row, TranslationDashboard::ToTranslateColumn)
                     .data()
                     .toString();
    QCOMPARE(words, (QStringList { "61", "40", "39", "31", "28", "21" }));
    table->sortByColumn(-1, Qt::AscendingOrder);
}

void TestTranslationDashboard::doubleClickOpensTheRow()
{
    QSignalSpy open(m_dashboard.get(), &TranslationDashboard::openSideBySide);
    QTableView *table = m_dashboard->table();
    const QRect cell
        = table->visualRect(table->model()->index(2, TranslationDashboard::PageColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(),
        PageRepository(*m_site).resolve(u"data-and-resources"_s).value());
    QCOMPARE(open.first().at(1).toString(), u"ka"_s);
}

QTEST_MAIN(TestTranslationDashboard)
#include "tst_translationdashboard.moc"
