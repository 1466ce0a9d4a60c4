#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "testsupport.h"
#include "tree/pagetreemodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestPageTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void titlesFollowTheChosenLanguage_data();
    void titlesFollowTheChosenLanguage();
    void showsStatusAndTranslations();
    void indexOfFindsEveryPage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    PageTreeModel m_model;
};

void TestPageTreeModel::initTestCase()
{
    auto site = DemoSite::createSite(m_dir.filePath(QStringLiteral("demo.newsdesk")));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    m_site = std::move(site).value();
    const auto settings = SiteRepository(*m_site).settings();
    m_model.setTree(PageTree(PageRepository(*m_site).listing().value()), settings->languages,
        settings->sourceLanguage);
}

void TestPageTreeModel::passesTheModelTester()
{
    QAbstractItemModelTester tester(
        &m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model.setTitleLanguage(QStringLiteral("ka"));
    m_model.setTree(PageTree(PageRepository(*m_site).listing().value()),
        { QStringLiteral("en"), QStringLiteral("ka") }, QStringLiteral("en"));
    m_model.setTitleLanguage(QStringLiteral("en"));
}

void TestPageTreeModel::titlesFollowTheChosenLanguage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("english") << "news"
                             << "en"
                             << "News";
    QTest::newRow("georgian") << "news"
                              << "ka" << u"სიახლეები"_qs;
    QTest::newRow("untranslated falls back to english") << "who-we-are/iom-global"
                                                        << "ka"
                                                        << "IOM Global";
}

void TestPageTreeModel::titlesFollowTheChosenLanguage()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(QString, title);
    const qint64 id = PageRepository(*m_site).resolve(path).value();
    m_model.setTitleLanguage(language);
    QCOMPARE(m_model.data(m_model.indexOf(id)).toString(), title);
    QVERIFY(!m_model.data(m_model.indexOf(id), Qt::DecorationRole).value<QIcon>().isNull());
    m_model.setTitleLanguage(QStringLiteral("en"));
}

void TestPageTreeModel::showsStatusAndTranslations()
{
    QCOMPARE(m_model.columnCount(), 4);
    QCOMPARE(m_model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("EN"));
    QCOMPARE(m_model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("KA"));
    PageRepository pages(*m_site);
    const qint64 draft = pages.resolve(QStringLiteral("news/reintegration-grants-2021")).value();
    // The status is a mark (the title column keeps the room), the word its tooltip.
    const QModelIndex status = m_model.indexOf(draft, PageTreeModel::StatusColumn);
    QVERIFY(m_model.data(status).toString().isEmpty());
    QVERIFY(!m_model.data(status, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m_model.data(status, Qt::ToolTipRole).toString(), QStringLiteral("Draft"));
    QCOMPARE(m_model.data(m_model.indexOf(draft), PageTreeModel::StatusRole).toInt(),
        int(PageStatus::Draft));
    const QModelIndex georgian = m_model.indexOf(draft, PageTreeModel::FirstLanguageColumn + 1);
    QCOMPARE(m_model.data(georgian, Qt::ToolTipRole).toString(),
        QStringLiteral("Georgian text missing"));
    const qint64 seminar
        = pages.resolve(QStringLiteral("news/online-seminar-on-trafficking")).value();
    QCOMPARE(
        m_model
            .data(m_model.indexOf(seminar, PageTreeModel::FirstLanguageColumn + 1), Qt::ToolTipRole)
            .toString(),
        QStringLiteral("Georgian translation up to date"));

    // The marks follow the source: a change of the English makes the Georgian outdated.
    auto english = pages.translation(seminar, QStringLiteral("en")).value().value();
    english.title += QStringLiteral(" (updated)");
    QVERIFY(pages.saveTranslation(english).ok());
    QVERIFY(m_model.updatePage(pages.listing(seminar).value()));
    const QModelIndex mark = m_model.indexOf(seminar, PageTreeModel::FirstLanguageColumn + 1);
    QCOMPARE(m_model.data(mark).toString(), QStringLiteral("!"));
    QCOMPARE(m_model.data(mark, PageTreeModel::TranslationStateRole).toInt(),
        int(TranslationState::Outdated));
    QCOMPARE(m_model.data(mark, Qt::ToolTipRole).toString(),
        QStringLiteral("Georgian translation outdated: the source changed since"));
    QCOMPARE(
        m_model.data(m_model.indexOf(seminar, PageTreeModel::FirstLanguageColumn), Qt::ToolTipRole)
            .toString(),
        QStringLiteral("English text (the source)"));
}

void TestPageTreeModel::indexOfFindsEveryPage()
{
    const auto listing = PageRepository(*m_site).listing().value();
    for (const PageListing &page : listing) {
        const QModelIndex index = m_model.indexOf(page.page.id);
        QVERIFY(index.isValid());
        QCOMPARE(PageTreeModel::pageId(index), page.page.id);
        QCOMPARE(PageTreeModel::pageId(index.parent()), page.page.parentId);
        QCOMPARE(m_model.index(index.row(), 0, index.parent()), index);
    }
}

QTEST_MAIN(TestPageTreeModel)
#include "tst_pagetreemodel.moc"
