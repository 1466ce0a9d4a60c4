// The article pane on its own, driven through its widgets with key events: formatting keys in
// the body, the Format menu's actions and the style box (checked in the editor and in what the
// store holds), what a title typed in Georgian does to the page's address, the banner of a
// missing text, find and replace across the fields, who a save is recorded for, and the site
// dictionary in the editor's menu.
#include "articleeditor.h"
#include "articlepane.h"
#include "documentshape.h"
#include "environment/username.h"
#include "guitestsupport.h"
#include "historydialog.h"
#include "postgrestestsupport.h"
#include "preferencesdialog.h"
#include "spelling/spellchecker.h"
#include "spelling/spellreport.h"
#include "store/offlinejournal.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/sitedictionaryrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestArticlePane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formattingWithNothingSelectedChangesWhatIsTypedNext_data();
    void formattingWithNothingSelectedChangesWhatIsTypedNext();
    void formatMenuSetsParagraphsAndHeadings();
    void clearFormattingFromTheKeyboard();
    void styleBoxNamesAPastedHeading();
    void tableRowsAndColumnsFromTheFormatMenu();
    void aGeorgianTitleNeverMovesTheSlug();
    void theMissingTextBannerGoesWhenTyping_data();
    void theMissingTextBannerGoesWhenTyping();
    void replaceAllCoversTitleSummaryAndBody();
    void findGoesThroughTheFieldsThenTheBody();
    void aSaveRecordsWhoMadeIt_data();
    void aSaveRecordsWhoMadeIt();
    void addToSiteDictionaryKeepsTheWordInTheSite();

    void aSaveTheServerMissedIsMadeOnceItIsBack();

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
    QAction *formatAction(const QString &text) const;
    QString storedBody();
    // Types into the body, at the end of what it holds, in a new paragraph.
    void startNewParagraph();

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
    std::unique_ptr<ArticlePane> m_pane;
    ArticleEditor *m_body = nullptr;
    qint64 m_page = 0; // shown first: "take-action"
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
    m_page = PageRepository(*m_site).resolve(u"take-action"_s).value();
    m_pane = std::make_unique<ArticlePane>();
    m_pane->setSite(m_site.get(), { u"en"_s, u"ka"_s });
    m_pane->showPage(m_page);
    m_pane->resize(900, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow(); // its shortcuts (Ctrl+F, Ctrl+H) work in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_body = m_pane->editor();
    m_body->setFocus();
    QTRY_VERIFY(m_body->hasFocus());
}

void TestArticlePane::cleanup()
{
    m_pane.reset();
    m_site.reset();
}

QAction *TestArticlePane::formatAction(const QString &text) const
{
    const auto actions = m_pane->formatActions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString TestArticlePane::storedBody()
{
    if (const Status saved = m_pane->saveNow(); !saved)
        return saved.error();
    const auto text = PageRepository(*m_site).translation(m_page, QStringLiteral("en"));
    return text && *text ? (*text)->bodyHtml : QString();
}

void TestArticlePane::startNewParagraph()
{
    QTest::keyClick(m_body, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_body, Qt::Key_Return);
}

void TestArticlePane::formattingWithNothingSelectedChangesWhatIsTypedNext_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ctrl+B") << Qt::Key_B << "<p><strong>Adjara</strong> and Batumi</p>";
    QTest::newRow("Ctrl+I") << Qt::Key_I << "<p><em>Adjara</em> and Batumi</p>";
}

void TestArticlePane::formattingWithNothingSelectedChangesWhatIsTypedNext()
{
    QFETCH(Qt::Key, key);
    QFETCH(QString, expected);
    startNewParagraph();
    // On, a word, off at its end, more words: the word keeps its format, the rest has none.
    QTest::keyClick(m_body, key, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral("Adjara"));
    QTest::keyClick(m_body, key, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral(" and Batumi"));
    const QString body = m_body->bodyHtml();
    QVERIFY2(body.endsWith(QStringLiteral("\n") + expected), qPrintable(body));
    QCOMPARE(storedBody(), body);
}

void TestArticlePane::formatMenuSetsParagraphsAndHeadings()
{
    startNewParagraph();
    QTest::keyClicks(m_body, QStringLiteral("Ways to help"));
    auto *style = GuiTestSupport::named<QComboBox>(m_pane.get(), QStringLiteral("Paragraph style"));
    for (const auto &[item, tag, shown] :
        { std::tuple { "Heading &3", "h3", "Heading 3" }, { "Heading &2", "h2", "Heading 2" },
            { "Heading &4", "h4", "Heading 4" }, { "&Paragraph", "p", "Paragraph" } }) {
        QAction *action = formatAction(QString::fromUtf8(item));
        QVERIFY2(action, item);
        QVERIFY(action->isEnabled());
        action->trigger();
        const QString html = QStringLiteral("<%1>Ways to help</%1>").arg(QLatin1String(tag));
        QVERIFY2(m_body->bodyHtml().endsWith(html), qPrintable(m_body->bodyHtml()));
        QCOMPARE(style->currentText(), QString::fromUtf8(shown));
        QVERIFY(action->isChecked());
        QCOMPARE(
            DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
    }
    // The same from the keyboard.
    QTest::keyClick(m_body, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(storedBody().endsWith(QStringLiteral("<h2>Ways to help</h2>")));
}

void TestArticlePane::clearFormattingFromTheKeyboard()
{
    startNewParagraph();
    QTest::keyClick(m_body, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(m_body, QStringLiteral("Kutaisi"));
    QTest::keyClick(m_body, Qt::Key_Home, Qt::ShiftModifier);
    QTest::keyClick(m_body, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(
        m_body->bodyHtml().endsWith(QStringLiteral("<p><strong><em>Kutaisi</em></strong></p>")));
    QAction *clear = formatAction(QStringLiteral("&Clear Formatting"));
    QVERIFY(clear);
    QCOMPARE(clear->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Backslash));
    QTest::keyClick(m_body, Qt::Key_Backslash, Qt::ControlModifier);
    QVERIFY2(m_body->bodyHtml().endsWith(QStringLiteral("\n<p>Kutaisi</p>")),
        qPrintable(m_body->bodyHtml()));
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
}

void TestArticlePane::styleBoxNamesAPastedHeading()
{
    // Into a new paragraph after the text, as when adding a section from a document.
    startNewParagraph();
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(
        readFile(QString::fromUtf8(NEWSDESK_TEST_DATA "/paste/gdocs-headings.html"))));
    QGuiApplication::clipboard()->setMimeData(data);
    QTest::keyClick(m_body, Qt::Key_V, Qt::ControlModifier);
    // A click on the pasted heading.
    QTextCursor heading = m_body->document()->find(QStringLiteral("Adjara"));
    heading.clearSelection();
    QTest::mouseClick(m_body->viewport(), Qt::LeftButton, {}, m_body->cursorRect(heading).center());
    QVERIFY(m_body->textCursor().block().text().startsWith(QStringLiteral("Migration")));
    auto *style = GuiTestSupport::named<QComboBox>(m_pane.get(), QStringLiteral("Paragraph style"));
    QCOMPARE(style->currentText(), QStringLiteral("Heading 2"));
    const QString stored = storedBody();
    QVERIFY2(stored.contains(QStringLiteral("</p>\n<h2>Migration in Adjara</h2>\n")),
        qPrintable(stored));
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
}

void TestArticlePane::tableRowsAndColumnsFromTheFormatMenu()
{
    const QStringList names { QStringLiteral("Insert Row &Above"),
        QStringLiteral("Insert Row &Below"), QStringLiteral("Insert Column &Left"),
        QStringLiteral("Insert Column &Right"), QStringLiteral("Delete Ro&w"),
        QStringLiteral("Delete Colu&mn") };
    for (const QString &name : names) { // outside a table: there, but not to be used
        QVERIFY2(formatAction(name), qPrintable(name));
        QVERIFY(!formatAction(name)->isEnabled());
    }
    startNewParagraph();
    m_body->insertTable(2, 2);
    QTest::keyClicks(m_body, QStringLiteral("Year"));
    QVERIFY(m_body->textCursor().currentTable());
    for (const QString &name : names)
        QVERIFY(formatAction(name)->isEnabled());
    formatAction(QStringLiteral("Insert Row &Below"))->trigger(); // a data row under the header
    formatAction(QStringLiteral("Insert Column &Right"))->trigger();
    QTest::keyClick(m_body, Qt::Key_Down);
    QTest::keyClicks(m_body, QStringLiteral("2020"));
    formatAction(QStringLiteral("Delete Ro&w"))->trigger();
    QTextTable *table = m_body->textCursor().currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 2);
    QCOMPARE(table->columns(), 3);
    QCOMPARE(DocumentShape::of(m_body->document()), DocumentShape::reopened(m_body->document()));
    const QString stored = storedBody();
    QVERIFY2(stored.endsWith(QStringLiteral(
                 "<table>\n<thead>\n<tr><th>Year</th><th></th><th></th></tr>\n</thead>\n"
                 "<tbody>\n<tr><td></td><td></td><td></td></tr>\n</tbody>\n</table>")),
        qPrintable(stored));
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

void TestArticlePane::replaceAllCoversTitleSummaryAndBody()
{
    const qint64 page = id(u"take-action"_s);
    Translation text;
    text.pageId = page;
    text.language = u"en"_s;
    text.title = u"Safe migration"_s;
    text.summary = u"How labour migration works."_s;
    text.bodyHtml = u"<p>Safe <strong>migration</strong> for all.</p>"_s;
    QVERIFY(PageRepository(*m_site).saveTranslation(text).ok());
    m_pane->showPage(page);
    m_pane->reload(); // init shows this page already: read the text just stored
    m_pane->editor()->setFocus();

    QTest::keyClick(m_pane->editor(), Qt::Key_H, Qt::ControlModifier);
    auto *find = named<QLineEdit>(u"Find"_s);
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, u"migration"_s);
    auto *replace = named<QLineEdit>(u"Replace with"_s);
    QVERIFY(replace->isVisible());
    replace->setFocus();
    QTest::keyClicks(replace, u"mobility"_s);
    QPushButton *all = nullptr;
    for (auto *button : m_pane->findChildren<QPushButton *>()) {
        if (button->text() == u"Replace &All")
            all = button;
    }
    QVERIFY(all);
    QTest::mouseClick(all, Qt::LeftButton);

    QCOMPARE(named<QLabel>(u"Find result"_s)->text(), u"Replaced 3"_s);
    QCOMPARE(named<QLineEdit>(u"Title"_s)->text(), u"Safe mobility"_s);
    QCOMPARE(named<QLineEdit>(u"Summary"_s)->text(), u"How labour mobility works."_s);
    QCOMPARE(m_pane->editor()->toPlainText(), u"Safe mobility for all."_s);
    m_pane->flush();
    const Translation stored = PageRepository(*m_site).translation(page, u"en"_s)->value();
    QCOMPARE(stored.title, u"Safe mobility"_s);
    QCOMPARE(stored.summary, u"How labour mobility works."_s);
    QCOMPARE(stored.bodyHtml, u"<p>Safe <strong>mobility</strong> for all.</p>"_s);
}

void TestArticlePane::findGoesThroughTheFieldsThenTheBody()
{
    const qint64 page = id(u"take-action"_s);
    Translation text;
    text.pageId = page;
    text.language = u"en"_s;
    text.title = u"Safe migration"_s;
    text.summary = u"Labour migration."_s;
    text.bodyHtml = u"<p>Regular migration.</p>"_s;
    QVERIFY(PageRepository(*m_site).saveTranslation(text).ok());
    m_pane->showPage(page);
    m_pane->reload(); // init shows this page already: read the text just stored
    auto *title = named<QLineEdit>(u"Title"_s);
    title->setFocus();
    title->setCursorPosition(0);
    QTest::keyClick(title, Qt::Key_F, Qt::ControlModifier);
    auto *find = named<QLineEdit>(u"Find"_s);
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, u"migration"_s);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(title->selectedText(), u"migration"_s);
    QTest::keyClick(find, Qt::Key_Return);
    auto *summary = named<QLineEdit>(u"Summary"_s);
    QCOMPARE(summary->selectedText(), u"migration"_s);
    QCOMPARE(summary->selectionStart(), 7);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_pane->editor()->textCursor().selectedText(), u"migration"_s);
    QCOMPARE(m_pane->editor()->textCursor().selectionStart(), 8);
    QTest::keyClick(find, Qt::Key_Return); // wraps around to the title
    QCOMPARE(title->selectedText(), u"migration"_s);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier); // and back, to the body
    QCOMPARE(m_pane->editor()->textCursor().selectionStart(), 8);
}

void TestArticlePane::aSaveRecordsWhoMadeIt_data()
{
    QTest::addColumn<QString>("typed"); // in Preferences' "Your name"
    QTest::addColumn<bool>("account"); // expect the account's own name
    QTest::newRow("the name set in Preferences") << u"Nino Beridze"_s << false;
    QTest::newRow("else the account's") << QString() << true;
}

void TestArticlePane::aSaveRecordsWhoMadeIt()
{
    QFETCH(QString, typed);
    QFETCH(bool, account);
    {
        PreferencesDialog preferences;
        preferences.show();
        auto *name = GuiTestSupport::named<QLineEdit>(&preferences, u"Your name"_s);
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClicks(name, typed);
        auto *buttons = preferences.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    const QString expected = account ? UserName::ofAccount() : typed;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(UserName::current(), expected);
    m_site->setAuthor(UserName::current()); // what the window does when Preferences closes

    const qint64 page = id(u"take-action"_s);
    m_pane->showPage(page);
    m_pane->editor()->setFocus();
    QTest::keyClick(m_pane->editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(m_pane->editor(), u" Volunteer with us."_s);
    m_pane->saveExplicitly();
    const auto revisions = RevisionRepository(*m_site).list(page, u"en"_s);
    QVERIFY(revisions && !revisions->isEmpty());
    QVERIFY(revisions->first().bodyHtml.contains(u"Volunteer with us."_s));
    QCOMPARE(revisions->first().author, expected);

    HistoryDialog history(*m_site, page, u"en"_s);
    QVERIFY(history.refresh().ok());
    QCOMPARE(history.list()->headerItem()->text(3), u"By"_s);
    QCOMPARE(history.list()->topLevelItem(0)->text(3), expected);
}

void TestArticlePane::addToSiteDictionaryKeepsTheWordInTheSite()
{
    SpellChecker checker;
    m_pane->editor()->setSpellChecker(&checker);
    const qint64 page = id(u"take-action"_s);
    Translation text;
    text.pageId = page;
    text.language = u"en"_s;
    text.title = u"Take Action"_s;
    text.bodyHtml = u"<p>Call Beridze today.</p>"_s;
    QVERIFY(PageRepository(*m_site).saveTranslation(text).ok());
    m_pane->showPage(page);
    m_pane->reload(); // init shows this page already: read the text just stored
    ArticleEditor *editor = m_pane->editor();
    const auto underlined = [editor] {
        QStringList words;
        const QTextBlock block = editor->document()->firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
        return words;
    };
    const auto reported = [this](SpellChecker &with) {
        QStringList words;
        for (const SpellReport::Entry &entry :
            SpellReport::run(*m_site, with, { u"en"_s }, nullptr).value())
            words.append(entry.word);
        return words;
    };
    // A new highlighter marks the document once the event loop comes round.
    QTRY_COMPARE(underlined(), QStringList { u"Beridze"_s });
    QVERIFY(reported(checker).contains(u"Beridze"_s));

    // Right-click on the word, Add to Site Dictionary.
    QTextCursor at(editor->document());
    at.setPosition(int(editor->toPlainText().indexOf(u"Beridze"_s)) + 1);
    const QPoint point = editor->cursorRect(at).center();
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, point, editor->viewport()->mapToGlobal(point));
    QApplication::sendEvent(editor->viewport(), &event);
    const auto menus = editor->findChildren<QMenu *>();
    QVERIFY(!menus.isEmpty());
    QAction *add = nullptr;
    for (QAction *action : menus.last()->actions()) {
        if (action->text() == u"Add to Site Dictionary")
            add = action;
    }
    QVERIFY(add);
    add->trigger();
    menus.last()->close();
    QCOMPARE(underlined(), QStringList {});

    // It is in the site, for everyone and for the report; not in the user's own list.
    const auto kept = SiteDictionaryRepository(*m_site).words();
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().language, u"en"_s);
    QCOMPARE(kept->first().word, u"Beridze"_s);
    SpellChecker another;
    QVERIFY(!another.isCorrect(u"Beridze"_s, u"en"_s));
    QVERIFY(!reported(another).contains(u"Beridze"_s));
    m_pane->editor()->setSpellChecker(nullptr);
}

void TestArticlePane::aSaveTheServerMissedIsMadeOnceItIsBack()
{
    PostgresTestSupport::OwnCluster cluster;
    QVERIFY(cluster.isStarted());
    auto site = DemoSite::createSite(cluster.siteUri());
    QVERIFY2(site.ok(), qPrintable(site.error()));
    const qint64 page = PageRepository(**site).resolve(u"take-action"_s).value();
    const auto storedBody = [&]() -> QString {
        auto other = SiteDatabase::open(cluster.siteUri(), SiteDatabase::Mode::ReadOnly);
        if (!other)
            return {};
        const auto text = PageRepository(**other).translation(page, u"en"_s);
        return text && text->has_value() ? (*text)->bodyHtml : QString();
    };
    ArticlePane pane;
    pane.setSite(site->get(), { u"en"_s, u"ka"_s });
    pane.showPage(page);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QStringList messages;
    connect(&pane, &ArticlePane::statusMessage, this,
        [&](const QString &message) { messages.append(message); });

    QVERIFY(cluster.run(u"halt"_s));
    ArticleEditor *body = pane.editor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QSignalSpy offline(&pane, &ArticlePane::offlineChanged);
    QTest::keyClicks(body, u" Written while the server was away."_s);
    // The autosave cannot reach the server: the text stays in the editor and is kept on this
    // computer, and the pane says so.
    QTRY_VERIFY_WITH_TIMEOUT(pane.isOffline(), 20000);
    QCOMPARE(offline.size(), 1);
    QCOMPARE(offline.first().first().toBool(), true);
    QVERIFY(messages.contains(
        u"“Take Action” (en) is kept on this computer until the server is back"_s));
    QVERIFY(body->toPlainText().endsWith(u"Written while the server was away."_s));
    QVERIFY(OfflineJournal::hasEntries(cluster.siteUri()));

    // Back again: the text is saved without another keystroke, and its kept copy goes.
    QVERIFY(cluster.run(u"resume"_s));
    QTRY_VERIFY_WITH_TIMEOUT(storedBody().contains(u"Written while the server was away."_s), 20000);
    QCOMPARE(messages.last(), u"Saved"_s);
    QVERIFY(!pane.isOffline());
    QCOMPARE(offline.size(), 2);
    QVERIFY(!OfflineJournal::hasEntries(cluster.siteUri()));
}

QTEST_MAIN(TestArticlePane)
#include "tst_articlepane.moc"
