// The preview loaded once, articles swapped in by script; read back from its DOM.
#include "demo/demosite.h"
#include "previewview.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "testsupport.h"
#include "webtestsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using WebTestSupport::evaluate;

class TestPreviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheArticle_data();
    void showsTheArticle();
    void onlyTheLatestOfManyUpdatesIsShown();
    void changedBlocksAreReplacedCorrectly_data();
    void changedBlocksAreReplacedCorrectly();
    void internalLinksAskForThePage();
    void externalLinksNeverNavigateThePreview();
    void looksLikeTheSiteTheme();
    void theSiteTitleFollowsTheLanguage();

private:
    QString text(const QString &selector)
    {
        return evaluate(m_view->page(),
            QStringLiteral("document.querySelector('%1').textContent").arg(selector))
            .toString();
    }
    std::unique_ptr<PreviewView> m_view;
};

void TestPreviewView::initTestCase()
{
    m_view = std::make_unique<PreviewView>();
    m_view->resize(800, 600);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 30000);
}

void TestPreviewView::showsTheArticle_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("bodyText");
    QTest::newRow("english") << "en"
                             << "Online seminar"
                             << "<p>38 <strong>participants</strong></p>"
                             << "38 participants";
    QTest::newRow("georgian") << "ka" << u"ონლაინ სემინარი"_qs
                              << u"<h2>შესახებ</h2>\n<p>ტექსტი</p>"_qs << u"შესახებტექსტი"_qs;
    QTest::newRow("text that looks like markup") << "en"
                                                 << "<b>not bold</b>"
                                                 << "<p>&lt;script&gt;x&lt;/script&gt; 50%2</p>"
                                                 << "<script>x</script> 50%2";
}

void TestPreviewView::showsTheArticle()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, bodyText);
    PreviewRenderer::Article article;
    article.language = language;
    article.title = title;
    article.bodyHtml = body;
    article.dateText = QStringLiteral("25 November 2020");
    m_view->showArticle(article);
    const int serial = m_view->requestedSerial();
    // The page reports after the next painted frame.
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(m_view->page(), QStringLiteral("window.newsdesk.shown")).toInt(), serial, 15000);
    QCOMPARE(text(QStringLiteral("#title")), title);
    QCOMPARE(text(QStringLiteral("#body")), bodyText);
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.documentElement.lang")).toString(),
        language);
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.querySelectorAll('script').length"))
                 .toInt(),
        1);
}

void TestPreviewView::onlyTheLatestOfManyUpdatesIsShown()
{
    PreviewRenderer::Article article;
    article.language = QStringLiteral("en");
    for (int i = 1; i <= 50; ++i) {
        article.bodyHtml = QStringLiteral("<p>version %1</p>").arg(i);
        m_view->showArticle(article);
    }
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("#body")), QStringLiteral("version 50"), 15000);
    // Far fewer swaps than updates: the ones that arrived while one was in flight were merged.
    QVERIFY2(
        m_view->requestedSerial() < 50 + 4, qPrintable(QString::number(m_view->requestedSerial())));
}

void TestPreviewView::changedBlocksAreReplacedCorrectly_data()
{
    QTest::addColumn<QStringList>("versions"); // bodies shown one after another
    QTest::newRow("change one") << QStringList { "<p>a</p>\n<p>b</p>\n<p>c</p>",
        "<p>a</p>\n<p>B</p>\n<p>c</p>" };
    QTest::newRow("insert in the middle")
        << QStringList { "<p>a</p>\n<p>c</p>", "<p>a</p>\n<h2>b</h2>\n<p>c</p>" };
    QTest::newRow("delete the first") << QStringList { "<p>a</p>\n<p>b</p>", "<p>b</p>" };
    QTest::newRow("delete the last") << QStringList { "<p>a</p>\n<p>b</p>", "<p>a</p>" };
    QTest::newRow("repeated blocks")
        << QStringList { "<p>x</p>\n<p>x</p>", "<p>x</p>\n<p>y</p>\n<p>x</p>", "<p>x</p>" };
    QTest::newRow("everything goes") << QStringList { "<ul>\n<li>a</li>\n</ul>\n<p>b</p>", "" };
    QTest::newRow("lists and tables")
        << QStringList { "<p>a</p>", "<ul>\n<li>one</li>\n</ul>\n<p>a</p>",
               "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<table>\n<tbody>\n<tr><td>t</td></tr>\n</"
               "tbody>\n</table>\n<p>a</p>" };
}

void TestPreviewView::changedBlocksAreReplacedCorrectly()
{
    QFETCH(QStringList, versions);
    PreviewRenderer::Article article;
    article.language = QStringLiteral("en");
    for (const QString &version : versions) {
        article.bodyHtml = version;
        QSignalSpy shown(m_view.get(), &PreviewView::shown);
        m_view->showArticle(article);
        const int serial = m_view->requestedSerial();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toInt() == serial, 15000);
    }
    // Whatever the path, the page holds exactly the last version.
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.getElementById('body').innerHTML"))
                 .toString(),
        PreviewRenderer::previewBlocks(versions.last()).join(QString()));
}

void TestPreviewView::internalLinksAskForThePage()
{
    PreviewRenderer::Article article;
    article.language = QStringLiteral("en");
    article.bodyHtml = QStringLiteral("<p><a href=\"page:12\">About</a></p>");
    m_view->showArticle(article);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(m_view->page(),
                                  QStringLiteral("document.querySelector('#body a') ? "
                                                 "document.querySelector('#body a').href : ''"))
                                  .toString(),
        QStringLiteral("newsdesk:page/12"), 15000);
    QSignalSpy asked(m_view.get(), &PreviewView::pageLinkClicked);
    evaluate(m_view->page(), QStringLiteral("document.querySelector('#body a').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 15000);
    QCOMPARE(asked.first().first().toLongLong(), 12);
    QCOMPARE(m_view->url(), PreviewRenderer::shellUrl());
}

void TestPreviewView::externalLinksNeverNavigateThePreview()
{
    PreviewRenderer::Article article;
    article.language = QStringLiteral("en");
    article.bodyHtml = QStringLiteral("<p><a href=\"https://www.iom.int/\">IOM</a></p>");
    m_view->showArticle(article);
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("#body")), QStringLiteral("IOM"), 15000);
    QSignalSpy external(m_view.get(), &PreviewView::externalLinkClicked);
    evaluate(m_view->page(), QStringLiteral("document.querySelector('#body a').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 15000);
    QCOMPARE(external.first().first().toUrl(), QUrl(QStringLiteral("https://www.iom.int/")));
    QCOMPARE(m_view->url(), PreviewRenderer::shellUrl());
    QCOMPARE(text(QStringLiteral("#body")), QStringLiteral("IOM"));
}

void TestPreviewView::looksLikeTheSiteTheme()
{
    // The default theme's stylesheet and Georgian web font are in the preview.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(m_view->page(),
                                  QStringLiteral("document.styleSheets.length ? "
                                                 "document.styleSheets[0].href : ''"))
                                  .toString(),
        QStringLiteral("newsdesk:assets/style.css?v=%1")
            .arg(QString::fromLatin1(Theme::load().value().fingerprint().toHex().left(12))),
        15000);
    QCOMPARE(evaluate(m_view->page(),
                 QStringLiteral("[...document.styleSheets[0].cssRules].filter(r => r instanceof "
                                "CSSFontFaceRule && r.style.fontFamily.includes('Noto Sans "
                                "Georgian')).length"))
                 .toInt(),
        2);

    // A site with its own theme folder: its stylesheet and templates show at once.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("theme"))));
    QVERIFY(TestSupport::writeFile(
        dir.filePath(QStringLiteral("theme/style.css")), "#body p { color: rgb(1, 2, 3); }"));
    QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("theme/news.mustache")),
        "<article class=\"own\"><h1>{{title}}</h1>{{{body}}}</article>"));
    auto site = SiteDatabase::open(
        dir.filePath(QStringLiteral("themed.newsdesk")), SiteDatabase::Mode::Create)
                    .value();
    SiteSettings settings = SiteRepository(*site).settings().value();
    settings.theme = QStringLiteral("theme");
    QVERIFY(SiteRepository(*site).save(settings).ok());
    m_view->setSite(site.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 30000);
    PreviewRenderer::Article article;
    article.language = QStringLiteral("en");
    article.title = QStringLiteral("Themed");
    article.bodyHtml = QStringLiteral("<p>Text</p>");
    QSignalSpy shown(m_view.get(), &PreviewView::shown);
    m_view->showArticle(article);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QCOMPARE(text(QStringLiteral("article.own h1")), QStringLiteral("Themed"));
    QCOMPARE(evaluate(m_view->page(),
                 QStringLiteral("getComputedStyle(document.querySelector('#body p')).color"))
                 .toString(),
        QStringLiteral("rgb(1, 2, 3)"));
    m_view->setSite(nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 30000);
}

void TestPreviewView::theSiteTitleFollowsTheLanguage()
{
    QTemporaryDir dir;
    auto site = DemoSite::createSite(dir.filePath(QStringLiteral("demo.newsdesk"))).value();
    m_view->setSite(site.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 30000);
    QCOMPARE(text(QStringLiteral(".site-title")), QStringLiteral("IOM Georgia"));
    PreviewRenderer::Article article;
    article.language = QStringLiteral("ka");
    article.siteTitle = u"IOM საქართველო"_qs;
    article.title = QStringLiteral("IOM Georgia in 2020"); // the article's own text stays
    QSignalSpy shown(m_view.get(), &PreviewView::shown);
    m_view->showArticle(article);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QCOMPARE(text(QStringLiteral(".site-title")), u"IOM საქართველო"_qs);
    QCOMPARE(text(QStringLiteral("#title")), QStringLiteral("IOM Georgia in 2020"));
    article.language = QStringLiteral("en");
    article.siteTitle = QStringLiteral("IOM Georgia");
    shown.clear();
    m_view->showArticle(article);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QCOMPARE(text(QStringLiteral(".site-title")), QStringLiteral("IOM Georgia"));
    m_view->setSite(nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 30000);
}

NEWSDESK_WEB_TEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
