// The main window driven through its widgets, headless.
#include "articleeditor.h"
#include "body/wordcount.h"
#include "mainwindow.h"
#include "store/pagerepository.h"
#include "testsupport.h"
#include "tree/pagetreemodel.h"

#include <QLabel>
#include <QMessageBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheTreeAndTheFirstPage();
    void keyboardSelectsAPageAndShowsItsText();
    void languageBarSwitchesTheText_data();
    void languageBarSwitchesTheText();
    void aBadFileIsReportedAndTheSiteStaysOpen();

private:
    QLabel *titleLabel() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QLabel *TestMainWindow::titleLabel() const
{
    const auto labels = m_window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QLatin1String("Title"))
            return label;
    }
    return nullptr;
}

void TestMainWindow::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.newsdesk"));
    QVERIFY(createClosedSite(m_path, true));
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openSite(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::showsTheTreeAndTheFirstPage()
{
    auto *tree = m_window->findChild<QTreeView *>();
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 6);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Who We Are"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("IOM Georgia"));
    QCOMPARE(titleLabel()->text(), QStringLiteral("Who We Are"));
}

void TestMainWindow::keyboardSelectsAPageAndShowsItsText()
{
    auto *tree = m_window->findChild<QTreeView *>();
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Down); // who-we-are › about
    const qint64 about
        = PageRepository(*SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly).value())
              .resolve(QStringLiteral("who-we-are/about"))
              .value();
    QCOMPARE(m_window->currentPageId(), about);
    QCOMPARE(titleLabel()->text(), QStringLiteral("About"));
    auto *body = m_window->findChild<ArticleEditor *>();
    QVERIFY(body->toPlainText().contains(QStringLiteral("since 1993")));
    QVERIFY(body->isReadOnly());
    // The status bar counts the body's words: the About page has 66 (8 + 15 + 13 in the
    // paragraph, 3 in the heading, 8 + 6 + 7 + 6 in the list).
    const auto labels = m_window->findChildren<QLabel *>();
    const auto count = std::find_if(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->accessibleName() == QLatin1String("Word count"); });
    QVERIFY(count != labels.cend());
    QCOMPARE((*count)->text(), QStringLiteral("Words: 66"));
}

void TestMainWindow::languageBarSwitchesTheText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("bodyText");
    QTest::newRow("georgian")
        << "news/online-seminar-on-trafficking" << 1
        << u"ონლაინ სემინარი ადამიანით ვაჭრობის მსხვერპლთა ფსიქოსოციალური დახმარების შესახებ"_qs
        << u"38 წარმომადგენელი"_qs;
    QTest::newRow("english")
        << "news/online-seminar-on-trafficking" << 0
        << "Online seminar on psycho-social assistance to victims of trafficking"
        << "38 participants";
    QTest::newRow("georgian missing") << "who-we-are/iom-global" << 1 << "No Georgian text yet"
                                      << "";
}

void TestMainWindow::languageBarSwitchesTheText()
{
    QFETCH(QString, path);
    QFETCH(int, tab);
    QFETCH(QString, title);
    QFETCH(QString, bodyText);
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    QVERIFY(m_window->selectPage(PageRepository(**site).resolve(path).value()));

    auto *bar = m_window->findChild<QTabBar *>();
    QCOMPARE(bar->count(), 2);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(bar->currentIndex(), tab);
    QCOMPARE(titleLabel()->text(), title);
    const QString body = m_window->findChild<ArticleEditor *>()->toPlainText();
    if (bodyText.isEmpty())
        QVERIFY(body.isEmpty());
    else
        QVERIFY2(body.contains(bodyText), qPrintable(body));
    // The tree's titles follow the language too.
    auto *tree = m_window->findChild<QTreeView *>();
    const QString newsTitle = tree->model()->index(5, 0).data().toString();
    QCOMPARE(newsTitle, tab == 1 ? u"სიახლეები"_qs : QStringLiteral("News"));
}

void TestMainWindow::aBadFileIsReportedAndTheSiteStaysOpen()
{
    const QString bad = m_dir.filePath(QStringLiteral("letter.newsdesk"));
    QVERIFY(writeFile(bad, "Dear colleagues,\n"));
    const qint64 page = m_window->currentPageId();
    QVERIFY(!m_window->openSiteReportingErrors(bad));
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(),
        bad + QStringLiteral(": not a Newsdesk site: the file is not an SQLite database"));
    box->accept();
    QCOMPARE(m_window->sitePath(), m_path);
    QCOMPARE(m_window->currentPageId(), page);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
