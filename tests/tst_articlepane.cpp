// The article pane on its own, driven through its widgets with key events: what a title typed
// in Georgian does to the page's address, the banner of a missing text.
#include "articleeditor.h"
#include "articlepane.h"
#include "guitestsupport.h"
#include "store/pagerepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestArticlePane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aGeorgianTitleNeverMovesTheSlug();
    void theMissingTextBannerGoesWhenTyping_data();
    void theMissingTextBannerGoesWhenTyping();

private:
    template<class T>
    T *named(const QString &name) const
    {
        return GuiTestSupport::named<T>(m_pane.get(), name);
    }
    qint64 id(const QString &path) const { return PageRepository(*m_site).resolve(path).value(); }
    // Types text as a keyboard does, one key event per character (Georgian included, as a
    // Georgian keyboard layout sends it; QTest::keyClicks only knows Latin-1).
    static void type(QWidget *widget, const QString &text);
    void clickLanguage(int tab);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<ArticlePane> m_pane;
};

void TestArticlePane::type(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void TestArticlePane::clickLanguage(int tab)
{
    auto *bar = m_pane->findChild<QTabBar *>();
    QVERIFY(bar);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(bar->currentIndex(), tab);
}

void TestArticlePane::init()
{
    m_site = freshDemoSite(m_dir);
    m_pane = std::make_unique<ArticlePane>();
    m_pane->setSite(m_site.get(), { u"en"_s, u"ka"_s });
    m_pane->resize(900, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow(); // its shortcuts (Ctrl+F, Ctrl+H) work in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void TestArticlePane::cleanup()
{
    m_pane.reset();
    m_site.reset();
}

void TestArticlePane::aGeorgianTitleNeverMovesTheSlug()
{
    // A draft never published, its slug made from its English title.
    PageRepository pages(*m_site);
    const qint64 page = id(u"news/reintegration-grants-2021"_s);
    const QString derived = u"reintegration-grants-open-for-returning-migrants"_s;
    Page draft = pages.page(page).value();
    draft.slug = derived;
    QVERIFY(pages.updatePage(draft).ok());
    m_pane->showPage(page);
    auto *title = named<QLineEdit>(u"Title"_s);
    auto *slug = named<QLineEdit>(u"Slug"_s);
    QCOMPARE(slug->text(), derived);

    // The Georgian title is typed: the address stays, in the field and in the store.
    clickLanguage(1);
    QVERIFY(title->text().isEmpty());
    title->setFocus();
    type(title, u"რეინტეგრაციის გრანტები"_s);
    QCOMPARE(title->text(), u"რეინტეგრაციის გრანტები"_s);
    QCOMPARE(slug->text(), derived);
    m_pane->flush();
    QCOMPARE(pages.translation(page, u"ka"_s).value()->title, u"რეინტეგრაციის გრანტები"_s);
    QCOMPARE(pages.page(page)->slug, derived);

    // In English too.
    clickLanguage(0);
    QCOMPARE(title->text(), u"Reintegration grants open for returning migrants"_s);
    QCOMPARE(slug->text(), derived);

    // The English title of this never-published draft still moves it.
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Grants for returning migrants"_s);
    QCOMPARE(slug->text(), u"grants-for-returning-migrants"_s);
    m_pane->flush();
    QCOMPARE(pages.page(page)->slug, u"grants-for-returning-migrants"_s);

    // Georgian typed again afterwards leaves it where English put it.
    clickLanguage(1);
    title->setFocus();
    title->selectAll();
    type(title, u"გრანტები"_s);
    m_pane->flush();
    QCOMPARE(pages.page(page)->slug, u"grants-for-returning-migrants"_s);
    QCOMPARE(slug->text(), u"grants-for-returning-migrants"_s);
}

void TestArticlePane::theMissingTextBannerGoesWhenTyping_data()
{
    QTest::addColumn<QString>("field"); // accessible name of the widget typed in
    QTest::newRow("title") << "Title";
    QTest::newRow("summary") << "Summary";
    QTest::newRow("body") << "Article body";
}

void TestArticlePane::theMissingTextBannerGoesWhenTyping()
{
    QFETCH(QString, field);
    const qint64 page = id(u"who-we-are/iom-global"_s); // no Georgian text in the demo
    m_pane->showPage(page);
    clickLanguage(1);
    auto *banner = named<QLabel>(u"Translation state"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"No Georgian text yet: type to start it."_s);

    QWidget *widget = named<QWidget>(field);
    QVERIFY(widget);
    widget->setFocus();
    type(widget, u"ა"_s);
    QVERIFY(!banner->isVisible());
    m_pane->flush(); // saved: the text exists now, and the banner stays away
    QVERIFY(PageRepository(*m_site).translation(page, u"ka"_s).value().has_value());
    QVERIFY(!banner->isVisible());
    // Another page without its Georgian text shows it again.
    m_pane->showPage(id(u"our-work/cross-cutting-global"_s));
    QVERIFY(banner->isVisible());
}

QTEST_MAIN(TestArticlePane)
#include "tst_articlepane.moc"
