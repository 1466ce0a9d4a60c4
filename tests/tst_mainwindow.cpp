// The main window driven through its widgets, headless: typing, switching, autosave, restart.
#include "articleeditor.h"
#include "articlepane.h"
#include "backupsdialog.h"
#include "conflictdialog.h"
#include "environment/appsettings.h"
#include "exportdialog.h"
#include "guitestsupport.h"
#include "linkdialog.h"
#include "mainwindow.h"
#include "postgrestestsupport.h"
#include "previewview.h"
#include "quickopendialog.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "sidebysidedialog.h"
#include "sitesettingsdialog.h"
#include "spellingreportdialog.h"
#include "store/offlinejournal.h"
#include "store/pagerepository.h"
#include "store/presencerepository.h"
#include "store/revisionrepository.h"
#include "store/siterepository.h"
#include "store/trashrepository.h"
#include "testsupport.h"
#include "translationdashboard.h"
#include "trashdialog.h"
#include "tree/pagetreemodel.h"
#include "webtestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheTreeAndTheFirstPage();
    void keyboardSelectsAPageAndShowsItsText();
    void languageBarSwitchesTheText_data();
    void languageBarSwitchesTheText();
    void typingReachesTheStoreAfterThePause();
    void switchingPageSavesAtOnce();
    void switchingLanguageSavesAtOnce();
    void startingAMissingTranslation();
    void closingSavesAndTheNextStartComesBack();
    void aBadFileIsReportedAndTheSiteStaysOpen();
    void damageFoundInTheBackgroundIsReported();
    void formattingFromTheKeyboard();
    void dragAndDropMovesThePageAndUndoMovesItBack();
    void aPageCannotBeDroppedIntoItsOwnSubpage();
    void newNewsArticleFromTheKeyboard();
    void duplicateMakesADraftCopy();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void filterNarrowsTheTree();
    void treeSpeaksTheInterfaceLanguage();
    void newSiteThenOpenRecent();
    void findFromTheKeyboard();
    void previewFollowsTyping();
    void previewLinkSelectsThePage();
    void spellingReportOpensThePageAtTheWord();
    void misspelledWordsAreUnderlinedInTheWindow();
    void siteSettingsAreEditedAndSaved();
    void markingATranslationUpToDateChangesItsMark();
    void translationDashboardOpensFromTheToolsMenu();
    void changesMadeElsewhereShowUp();
    void aDamagedSiteCanBeRestoredFromABackup();
    void onlyADamagedSiteOffersItsBackups_data();
    void onlyADamagedSiteOffersItsBackups();
    void aSaveOverAChangeMadeElsewhereKeepsBoth();
    void whoElseIsEditingShowsInTheTreeAndAboveThePage_data();
    void whoElseIsEditingShowsInTheTreeAndAboveThePage();
    void ownPresenceIsNotShown();
    void noTwoActiveActionsShareAShortcut();
    void tableAndSideBySideFromTheBody();
    void keyboardShortcutsAreListed();
    void linkDialogFindsPagesByTyping_data();
    void linkDialogFindsPagesByTyping();
    void aNarrowWindowShowsTheTitles_data();
    void aNarrowWindowShowsTheTitles();
    void doubleClickingAFindingOpensThePageAtTheProblem();
    void quittingOfflineKeepsTheTextAndTheNextStartSendsIt_data();
    void quittingOfflineKeepsTheTextAndTheNextStartSendsIt();
    void aTextLeftWhileOfflineIsSentWhenTheServerIsBack();
    void quickOpenFindsAPageInEitherLanguage_data();
    void quickOpenFindsAPageInEitherLanguage();
    void searchOpensThePageAtTheMatch_data();
    void searchOpensThePageAtTheMatch();
    void searchLeavesDraftsOutUnlessAsked();
    void searchFindsAPageInTheTrashAndShowsItsEntry();

private:
    template<class T>
    T *named(const QString &name) const
    {
        return GuiTestSupport::named<T>(m_window.get(), name);
    }
    qint64 id(const QString &path) const;
    std::optional<Translation> stored(const QString &path, const QString &language) const;
    void startWindow();
    // The window on a demo site in `cluster`, a PostgreSQL server of the test's own.
    void startOnServer(const PostgresTestSupport::OwnCluster &cluster);
    static void typeAtTheEnd(ArticleEditor *body, const QString &text);
    QAction *action(const QString &text) const;
    // Whether `word` in the editor's current paragraph has the spelling wave.
    static bool underlined(ArticleEditor *body, const QString &word);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

qint64 TestMainWindow::id(const QString &path) const
{
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    return PageRepository(**site).resolve(path).value();
}

std::optional<Translation> TestMainWindow::stored(
    const QString &path, const QString &language) const
{
    // Another connection, as another process would read it: only committed text is there.
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    PageRepository pages(**site);
    return pages.translation(pages.resolve(path).value(), language).value();
}

void TestMainWindow::startWindow()
{
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openSite(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The preview comes right after the first paint; then the window is the active one, as on
    // a desktop (the offscreen platform loses activation when QtWebEngine makes its view).
    QTRY_VERIFY(m_window->preview());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::startOnServer(const PostgresTestSupport::OwnCluster &cluster)
{
    QVERIFY(cluster.isStarted());
    QVERIFY2(DemoSite::createSite(cluster.siteUri()).ok(), "the demo site on the server");
    m_window.reset();
    m_path = cluster.siteUri();
    startWindow();
}

void TestMainWindow::typeAtTheEnd(ArticleEditor *body, const QString &text)
{
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, text);
}

QAction *TestMainWindow::action(const QString &text) const
{
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

bool TestMainWindow::underlined(ArticleEditor *body, const QString &word)
{
    const QTextBlock block = body->textCursor().block();
    const auto formats = block.layout()->formats();
    return std::any_of(
        formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &range) {
            return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                && block.text().mid(range.start, range.length) == word;
        });
}

void TestMainWindow::init()
{
    // Every test starts from a fresh demo site and no remembered place.
    m_path
        = m_dir.filePath(QStringLiteral("%1-%2.newsdesk")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                 QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(createClosedSite(m_path, true));
    startWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::showsTheTreeAndTheFirstPage()
{
    auto *tree = m_window->findChild<QTreeView *>();
    QCOMPARE(tree->model()->rowCount(), 6);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Who We Are"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("IOM Georgia"));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), QStringLiteral("Who We Are"));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Slug"))->text(), QStringLiteral("who-we-are"));
}

void TestMainWindow::keyboardSelectsAPageAndShowsItsText()
{
    auto *tree = m_window->findChild<QTreeView *>();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down); // who-we-are › about
    QCOMPARE(m_window->currentPageId(), id(QStringLiteral("who-we-are/about")));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), QStringLiteral("About"));
    auto *body = m_window->findChild<ArticleEditor *>();
    QVERIFY(body->toPlainText().contains(QStringLiteral("since 1993")));
    QVERIFY(!body->isReadOnly());
    // The status bar counts the body's words: the About page has 66 (8 + 15 + 13 in the
    // paragraph, 3 in the heading, 8 + 6 + 7 + 6 in the list).
    auto *count = named<QLabel>(QStringLiteral("Word count"));
    QTRY_VERIFY(count->text().startsWith(QStringLiteral("Words: 66 · Characters: ")));
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
    QTest::newRow("georgian missing") << "who-we-are/iom-global" << 1 << ""
                                      << "";
}

void TestMainWindow::languageBarSwitchesTheText()
{
    QFETCH(QString, path);
    QFETCH(int, tab);
    QFETCH(QString, title);
    QFETCH(QString, bodyText);
    QVERIFY(m_window->selectPage(id(path)));
    auto *bar = m_window->findChild<QTabBar *>();
    QCOMPARE(bar->count(), 2);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(bar->currentIndex(), tab);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), title);
    const QString body = m_window->findChild<ArticleEditor *>()->toPlainText();
    QVERIFY2(bodyText.isEmpty() ? body.isEmpty() : body.contains(bodyText), qPrintable(body));
    // The tree speaks the user interface's language (English here), whatever is edited.
    auto *tree = m_window->findChild<QTreeView *>();
    QCOMPARE(tree->model()->index(5, 0).data().toString(), QStringLiteral("News"));
}

void TestMainWindow::typingReachesTheStoreAfterThePause()
{
    const QString page = QStringLiteral("news/border-officers-document-security");
    QVERIFY(m_window->selectPage(id(page)));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(" Forty more officers follow in March."));
    // Not yet: autosave waits for a pause in typing...
    QVERIFY(!stored(page, QStringLiteral("en"))->bodyHtml.contains(QStringLiteral("Forty more")));
    // ...and then it is in the store (polled, never slept on).
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(page, QStringLiteral("en"))
            ->bodyHtml.contains(
                QStringLiteral("migration governance. Forty more officers follow in March.</p>")),
        ArticlePane::AutosaveDelayMs + 3000);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Saved"));

    // Typing that goes on does not put the save off: what a crash could lose is at most 2 s.
    auto *autosave = m_window->articlePane()->findChild<QTimer *>(QStringLiteral("Autosave"));
    QVERIFY(autosave && autosave->interval() == ArticlePane::AutosaveDelayMs);
    QTest::keyClicks(editor, QStringLiteral(" More"));
    QVERIFY(autosave->isActive());
    const int first = autosave->remainingTime();
    QTRY_VERIFY(autosave->remainingTime() < first - 300); // time goes by…
    QTest::keyClicks(editor, QStringLiteral(" text"));
    QVERIFY(autosave->remainingTime() < first - 300); // …and the next keys do not restart it
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(page, QStringLiteral("en"))->bodyHtml.contains(QStringLiteral("More text")),
        ArticlePane::AutosaveDelayMs + 3000);
}

void TestMainWindow::switchingPageSavesAtOnce()
{
    QVERIFY(m_window->selectPage(id(QStringLiteral("take-action"))));
    auto *title = named<QLineEdit>(QStringLiteral("Title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Get involved"));
    auto *tree = m_window->findChild<QTreeView *>();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(stored(QStringLiteral("take-action"), QStringLiteral("en"))->title,
        QStringLiteral("Get involved"));
    // The tree shows the new title at once.
    QCOMPARE(tree->model()->index(3, 0).data().toString(), QStringLiteral("Get involved"));
}

void TestMainWindow::switchingLanguageSavesAtOnce()
{
    const QString page = QStringLiteral("2030-agenda");
    QVERIFY(m_window->selectPage(id(page)));
    auto *summary = named<QLineEdit>(QStringLiteral("Summary"));
    summary->setFocus();
    summary->selectAll();
    QTest::keyClicks(summary, QStringLiteral("SDG target 10.7."));
    auto *bar = m_window->findChild<QTabBar *>();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(stored(page, QStringLiteral("en"))->summary, QStringLiteral("SDG target 10.7."));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Summary"))->text(),
        u"მიგრაცია მდგრადი განვითარების მიზნებში."_qs);
}

void TestMainWindow::startingAMissingTranslation()
{
    const QString page = QStringLiteral("who-we-are/iom-global");
    QVERIFY(m_window->selectPage(id(page)));
    m_window->setCurrentLanguage(QStringLiteral("ka"));
    QVERIFY(!stored(page, QStringLiteral("ka")).has_value());
    QVERIFY(named<QLabel>(QStringLiteral("Translation state"))
                ->text()
                .startsWith(QStringLiteral("No Georgian text yet")));
    auto *title = named<QLineEdit>(QStringLiteral("Title"));
    title->setFocus();
    // Georgian arrives as an input method commits it: one event with the text.
    QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, u"IOM მსოფლიოში"_qs, Qt::NoModifier);
    QCOMPARE(title->text(), u"IOM მსოფლიოში"_qs);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves now
    const auto saved = stored(page, QStringLiteral("ka"));
    QVERIFY2(saved.has_value(), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(saved->title, u"IOM მსოფლიოში"_qs);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Slug"))->text(),
        QStringLiteral("iom-global")); // published URL kept
}

void TestMainWindow::closingSavesAndTheNextStartComesBack()
{
    const QString page = QStringLiteral("data-and-resources");
    QVERIFY(m_window->selectPage(id(page)));
    m_window->setCurrentLanguage(QStringLiteral("ka"));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(" 2021"));
    QVERIFY(m_window->close());
    QVERIFY(stored(page, QStringLiteral("ka"))->bodyHtml.contains(QStringLiteral("2021")));

    m_window.reset();
    startWindow();
    QCOMPARE(m_window->currentPageId(), id(page));
    QCOMPARE(m_window->currentLanguage(), QStringLiteral("ka"));
    QVERIFY(m_window->findChild<ArticleEditor *>()->toPlainText().contains(QStringLiteral("2021")));
}

void TestMainWindow::damageFoundInTheBackgroundIsReported()
{
    // The revisions' first page garbled (opening reads no revision): the window opens, then
    // the background check reports.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged-tail.newsdesk"));
    QFile::remove(damaged);
    QVERIFY(createClosedSite(damaged, true));
    QVERIFY(damageTable(damaged, QStringLiteral("revision")));
    const Status opened = m_window->openSite(damaged);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(), 15000);
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY2(box->text().startsWith(damaged + QStringLiteral(": the site file is damaged: ")),
        qPrintable(box->text()));
    // The user chooses to look inside without writing to it.
    QAbstractButton *readOnly = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QStringLiteral("Open Read-Only"))
            readOnly = button;
    }
    QVERIFY(readOnly);
    readOnly->click();
    QTRY_VERIFY(m_window->isReadOnly());
    QCOMPARE(m_window->sitePath(), damaged);
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("(read-only)")));
    QVERIFY(named<QLineEdit>(QStringLiteral("Title"))->isReadOnly());
    QVERIFY(m_window->findChild<ArticleEditor *>()->isReadOnly());
    QVERIFY(!action(QStringLiteral("&Save Now"))->isEnabled());
    QVERIFY(!action(QStringLiteral("New &Page"))->isEnabled());
    QVERIFY(action(QStringLiteral("&History…"))->isEnabled());
    const QByteArray before = readFile(damaged);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(damaged), before); // nothing written
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

void TestMainWindow::formattingFromTheKeyboard()
{
    const QString page = QStringLiteral("take-action");
    QVERIFY(m_window->selectPage(id(page)));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    // "You can help: volunteer …": select "You can help" and make it bold.
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i) // word by word; the colon is a word of its own
        QTest::keyClick(editor, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    // A new paragraph below, turned into a heading, then a bulleted list item.
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Ways to help"));
    QTest::keyClick(editor, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Volunteer"));
    QTest::keyClick(editor, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    auto *toolbar = named<QToolBar>(QStringLiteral("Formatting"));
    const auto actions = toolbar->actions();
    const auto bulleted = std::find_if(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->text() == QLatin1String("Bulleted list"); });
    QVERIFY((*bulleted)->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(stored(page, QStringLiteral("en"))->bodyHtml,
        QStringLiteral(
            "<p><strong>You can help</strong>: volunteer with a local partner, share verified "
            "information about safe migration, or report suspected trafficking to the "
            "national hotline.</p>\n<h2>Ways to help</h2>\n<ul>\n<li>Volunteer</li>\n</ul>"));
}

void TestMainWindow::dragAndDropMovesThePageAndUndoMovesItBack()
{
    auto *tree = m_window->findChild<QTreeView *>();
    QAbstractItemModel *model = tree->model(); // what the view drags and drops through
    const qint64 page = id(QStringLiteral("who-we-are/iom-global"));
    QVERIFY(m_window->selectPage(page));
    QAction *undo = nullptr;
    for (QAction *candidate : tree->actions()) {
        if (candidate->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = candidate;
    }
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled()); // nothing was moved yet
    const QModelIndex dragged = tree->currentIndex();
    const QModelIndex target = model->index(1, 0); // Our Work
    QCOMPARE(target.data().toString(), QStringLiteral("Our Work"));
    std::unique_ptr<QMimeData> data(model->mimeData({ dragged }));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, target));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, target);

    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    QCOMPARE(PageRepository(**site).path(page).value(), QStringLiteral("our-work/iom-global"));
    QCOMPARE(PageRepository(**site).page(page)->position, 0);
    QCOMPARE(
        model->index(0, 0, model->index(1, 0)).data().toString(), QStringLiteral("IOM Global"));
    QCOMPARE(m_window->currentPageId(), page);
    QVERIFY(undo->isEnabled());

    tree->setFocus(); // in the tree, Undo and Redo are the tree's (the editor has its own)
    QTest::keySequence(tree, QKeySequence::Undo);
    QCOMPARE(PageRepository(**site).path(page).value(), QStringLiteral("who-we-are/iom-global"));
    QCOMPARE(PageRepository(**site).page(page)->position, 1);
    QTest::keySequence(tree, QKeySequence::Redo); // the platform's own keys
    QCOMPARE(PageRepository(**site).path(page).value(), QStringLiteral("our-work/iom-global"));
}

void TestMainWindow::aPageCannotBeDroppedIntoItsOwnSubpage()
{
    auto *tree = m_window->findChild<QTreeView *>();
    QAbstractItemModel *model = tree->model();
    const QModelIndex section = model->index(0, 0); // Who We Are
    const QModelIndex about = model->index(0, 0, section);
    std::unique_ptr<QMimeData> data(model->mimeData({ section }));
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, about));
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, about));
    QCOMPARE(stored(QStringLiteral("who-we-are/about"), QStringLiteral("en"))->title,
        QStringLiteral("About"));
}

void TestMainWindow::newNewsArticleFromTheKeyboard()
{
    QVERIFY(m_window->selectPage(id(QStringLiteral("news"))));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *title = named<QLineEdit>(QStringLiteral("Title"));
    QCOMPARE(title->text(), QStringLiteral("Untitled news article"));
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Border Day 2021")); // replaces the selected title
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const auto text = stored(QStringLiteral("news/border-day-2021"), QStringLiteral("en"));
    QVERIFY(text.has_value());
    QCOMPARE(text->title, QStringLiteral("Border Day 2021"));
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    const auto page = PageRepository(**site).page(id(QStringLiteral("news/border-day-2021")));
    QCOMPARE(page->kind, PageKind::News);
    QCOMPARE(page->status, PageStatus::Draft);
}

void TestMainWindow::duplicateMakesADraftCopy()
{
    QVERIFY(m_window->selectPage(id(QStringLiteral("who-we-are/about"))));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), QStringLiteral("About (copy)"));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Slug"))->text(), QStringLiteral("about-2"));
    const auto georgian = stored(QStringLiteral("who-we-are/about-2"), QStringLiteral("ka"));
    QVERIFY(georgian.has_value());
    QCOMPARE(georgian->title, u"ჩვენ შესახებ (copy)"_qs);
    QCOMPARE(georgian->bodyHtml,
        stored(QStringLiteral("who-we-are/about"), QStringLiteral("ka"))->bodyHtml);
}

void TestMainWindow::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancelled") << false;
    QTest::newRow("confirmed") << true;
}

void TestMainWindow::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    const QString path = QStringLiteral("our-work");
    QVERIFY(m_window->selectPage(id(path)));
    auto *tree = m_window->findChild<QTreeView *>();
    tree->setFocus();
    QString question;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        question = box->text();
        box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(question,
        QStringLiteral("Move “Our Work” and its 1 subpages to the trash, in all languages?"));
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    QCOMPARE(PageRepository(**site).resolve(path).ok(), !confirm);
    QCOMPARE(PageRepository(**site).resolve(QStringLiteral("our-work/cross-cutting-global")).ok(),
        !confirm);
    // Confirmed, it waits in the trash with its subpage.
    QCOMPARE(TrashRepository(**site).items()->size(), confirm ? 1 : 0);
    if (confirm) // the selection moved on to the next page
        QCOMPARE(m_window->currentPageId(), id(QStringLiteral("data-and-resources")));
}

void TestMainWindow::filterNarrowsTheTree()
{
    auto *tree = m_window->findChild<QTreeView *>();
    auto *filter = named<QLineEdit>(QStringLiteral("Filter pages"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("SEMIN"));
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 1); // News, holding the match
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("News"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QVERIFY(model->index(0, 0, model->index(0, 0))
                .data()
                .toString()
                .startsWith(QStringLiteral("Online seminar")));
    QVERIFY(tree->isExpanded(model->index(0, 0)));
    auto *noMatch = m_window->findChild<QLabel *>(QStringLiteral("noPageMatches"));
    QVERIFY(noMatch && !noMatch->isVisible());

    // A Georgian title finds its page in the English interface, which shows the English one.
    filter->clear();
    for (const QChar c : u"ჩვენ შესახ"_s)
        QTest::sendKeyEvent(QTest::Click, filter, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QCOMPARE(model->rowCount(), 1); // Who We Are, holding About
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"About"_s);

    // Nothing: said so.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("batumi"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    filter->clear();
    QVERIFY(!noMatch->isVisible());
    QCOMPARE(model->rowCount(), 6);
}

void TestMainWindow::treeSpeaksTheInterfaceLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Georgian, QLocale::Georgia));
    m_window.reset();
    startWindow();
    QLocale::setDefault(before);
    auto *tree = m_window->findChild<QTreeView *>();
    QCOMPARE(tree->model()->index(5, 0).data().toString(), u"სიახლეები"_qs);
    // Pages without a Georgian text show their English title.
    QCOMPARE(tree->model()->index(1, 0, tree->model()->index(0, 0)).data().toString(),
        QStringLiteral("IOM Global"));
}

void TestMainWindow::newSiteThenOpenRecent()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.newsdesk"));
    QFile::remove(fresh);
    const Status created = m_window->createSite(fresh);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(m_window->sitePath(), fresh);
    QCOMPARE(m_window->findChild<QTreeView *>()->model()->rowCount(), 0);
    // Ctrl+N makes the first page of the empty site.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->findChild<QTreeView *>()->model()->rowCount(), 1);

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentSites"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    const auto actions = recent->actions();
    const auto previous = std::find_if(actions.cbegin(), actions.cend(), [this](QAction *a) {
        return a->text() == QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    });
    QVERIFY(previous != actions.cend());
    (*previous)->trigger();
    QCOMPARE(m_window->sitePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(m_window->findChild<QTreeView *>()->model()->rowCount(), 6);
}

void TestMainWindow::findFromTheKeyboard()
{
    QVERIFY(m_window->selectPage(id(QStringLiteral("who-we-are/about"))));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    auto *find = named<QLineEdit>(QStringLiteral("Find"));
    QVERIFY(find->isVisible());
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("1993"));
    // Find goes through the title and the summary too, in the page's order: from the cursor
    // (at the body's end) it wraps round to the summary, then comes to the body.
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Summary"))->selectedText(), QStringLiteral("1993"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("1993"));
}

void TestMainWindow::previewFollowsTyping()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->preview() && m_window->preview()->isReady(), 30000);
    PreviewView *preview = m_window->preview();
    QVERIFY(m_window->selectPage(id(QStringLiteral("news/online-seminar-on-trafficking"))));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(" Typed just now."));
    QTRY_VERIFY_WITH_TIMEOUT(
        WebTestSupport::evaluate(preview->page(),
            QStringLiteral("document.getElementById('body')"
                           ".textContent"))
            .toString()
            .endsWith(QStringLiteral("governance, funded by the European Union. Typed just now.")),
        15000);
    // News show their date in the article's language.
    QCOMPARE(WebTestSupport::evaluate(
                 preview->page(), QStringLiteral("document.getElementById('meta').textContent"))
                 .toString(),
        QStringLiteral("25 November 2020"));
    m_window->setCurrentLanguage(QStringLiteral("ka"));
    QTRY_COMPARE_WITH_TIMEOUT(WebTestSupport::evaluate(preview->page(),
                                  QStringLiteral("document.getElementById('meta').textContent"))
                                  .toString(),
        u"25 ნოემბერი 2020"_qs, 15000);
    QCOMPARE(
        WebTestSupport::evaluate(preview->page(), QStringLiteral("document.documentElement.lang"))
            .toString(),
        QStringLiteral("ka"));
}

void TestMainWindow::previewLinkSelectsThePage()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->preview() && m_window->preview()->isReady(), 30000);
    PreviewView *preview = m_window->preview();
    QVERIFY(m_window->selectPage(id(QStringLiteral("who-we-are"))));
    const QString link
        = QStringLiteral("document.querySelector('#body a[href^=\"newsdesk:page/\"]')");
    QTRY_VERIFY_WITH_TIMEOUT(
        WebTestSupport::evaluate(preview->page(), link + QStringLiteral(" !== null")).toBool(),
        15000);
    WebTestSupport::evaluate(preview->page(), link + QStringLiteral(".click()"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->currentPageId(), id(QStringLiteral("who-we-are/about")), 15000);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), QStringLiteral("About"));
    // The preview follows to the page the link opened, and goes on following.
    const QString title = QStringLiteral("document.getElementById('title').textContent");
    QTRY_COMPARE_WITH_TIMEOUT(WebTestSupport::evaluate(preview->page(), title).toString(),
        QStringLiteral("About"), 15000);
    QVERIFY(m_window->selectPage(id(QStringLiteral("who-we-are"))));
    QTRY_COMPARE_WITH_TIMEOUT(WebTestSupport::evaluate(preview->page(), title).toString(),
        QStringLiteral("Who We Are"), 15000);
}

void TestMainWindow::spellingReportOpensThePageAtTheWord()
{
    // A misspelling planted in the Georgian text of "2030 Agenda".
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open).value();
        PageRepository pages(*site);
        Translation text = pages
                               .translation(pages.resolve(QStringLiteral("2030-agenda")).value(),
                                   QStringLiteral("ka"))
                               .value()
                               .value();
        text.bodyHtml = u"<p>მიგრაცია და ტექსტიი.</p>"_qs;
        QVERIFY(pages.saveTranslation(text).ok());
    }
    QAction *report = action(QStringLiteral("Spelling &Report…"));
    QVERIFY(report);
    report->trigger();
    auto *dialog = m_window->findChild<SpellingReportDialog *>();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &SpellingReportDialog::ready);
    QVERIFY(ready.wait(30000));
    auto *list = GuiTestSupport::named<QTreeWidget>(dialog, QStringLiteral("Misspelled words"));
    const auto items = list->findItems(u"ტექსტიი"_qs, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(2), QStringLiteral("1"));
    QTreeWidgetItem *page = items.first()->child(0);
    QCOMPARE(page->text(0), QStringLiteral("ka/2030-agenda"));
    // From the keyboard: select the page under the word, Enter.
    list->expandItem(items.first());
    list->setFocus();
    list->setCurrentItem(page);
    QTest::keyClick(list, Qt::Key_Return);
    // The page is open in Georgian with the word selected.
    QTRY_COMPARE(m_window->currentPageId(), id(QStringLiteral("2030-agenda")));
    QCOMPARE(m_window->currentLanguage(), QStringLiteral("ka"));
    QCOMPARE(m_window->findChild<ArticleEditor *>()->textCursor().selectedText(), u"ტექსტიი"_qs);
}

void TestMainWindow::misspelledWordsAreUnderlinedInTheWindow()
{
    auto *body = m_window->findChild<ArticleEditor *>();
    QVERIFY(body->spellHighlighter());
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Thsi"));
    QVERIFY(underlined(body, QStringLiteral("Thsi")));
    // View › Check Spelling turns it off (and is remembered).
    QAction *toggle = action(QStringLiteral("Check &Spelling"));
    QVERIFY(toggle && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!body->isSpellChecking());
    QCOMPARE(AppSettings::windowState(QStringLiteral("spelling")), QByteArray("off"));
    toggle->trigger();
}

void TestMainWindow::siteSettingsAreEditedAndSaved()
{
    QAction *open = action(QStringLiteral("Site Se&ttings…"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_window->findChild<SiteSettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto field
        = [&](const QString &name) { return GuiTestSupport::named<QLineEdit>(dialog, name); };
    // A bad address is refused in the dialog, naming what is wanted.
    QLineEdit *address = field(QStringLiteral("Base URL"));
    address->clear();
    QTest::keyClicks(address, QStringLiteral("javascript:alert(1)"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChildren<QLabel *>().last()->text().contains(QStringLiteral("http(s)")));
    address->clear();
    QTest::keyClicks(address, QStringLiteral("https://iom.example.ge/"));
    QLineEdit *english = field(QStringLiteral("Site title in English"));
    english->clear();
    QTest::keyClicks(english, QStringLiteral("IOM in Georgia"));
    GuiTestSupport::named<QComboBox>(dialog, QStringLiteral("Untranslated pages"))
        ->setCurrentIndex(1);
    GuiTestSupport::named<QComboBox>(dialog, QStringLiteral("English spelling"))
        ->setCurrentIndex(1);
    GuiTestSupport::named<QSpinBox>(dialog, QStringLiteral("News per page"))->setValue(3);
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SiteSettingsDialog *>());

    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly).value();
    const SiteSettings saved = SiteRepository(*site).settings().value();
    QCOMPARE(saved.baseUrl, QStringLiteral("https://iom.example.ge/"));
    QCOMPARE(saved.siteTitles.value(QStringLiteral("en")), QStringLiteral("IOM in Georgia"));
    QCOMPARE(saved.untranslated, SiteSettings::Untranslated::Fallback);
    QCOMPARE(saved.englishVariant, QStringLiteral("en_US"));
    QCOMPARE(saved.newsPerPage, 3);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("IOM in Georgia"));
    // The editor now spells American English: "colour" is underlined.
    auto *body = m_window->findChild<ArticleEditor *>();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" colour"));
    QVERIFY(underlined(body, QStringLiteral("colour")));
}

void TestMainWindow::markingATranslationUpToDateChangesItsMark()
{
    // The demo's Georgian "Data and Resources" is outdated: its English was revised after.
    const qint64 page = id(QStringLiteral("data-and-resources"));
    QVERIFY(m_window->selectPage(page));
    m_window->setCurrentLanguage(QStringLiteral("ka"));
    auto *model = m_window->findChild<PageTreeModel *>();
    const auto mark = [&] {
        return model->data(model->indexOf(page, PageTreeModel::FirstLanguageColumn + 1)).toString();
    };
    QCOMPARE(mark(), QStringLiteral("!"));
    QAction *markUpToDate = action(QStringLiteral("&Mark Translation as Up to Date"));
    QVERIFY(markUpToDate);
    markUpToDate->trigger();
    // Reviewed, but the list item added to the English has no Georgian yet: in progress.
    QCOMPARE(mark(), QStringLiteral("\u25D0"));
    QCOMPARE(
        model->data(model->indexOf(page, PageTreeModel::FirstLanguageColumn + 1), Qt::ToolTipRole)
            .toString(),
        QStringLiteral("Georgian translation in progress"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"up to date"_qs));
}

void TestMainWindow::translationDashboardOpensFromTheToolsMenu()
{
    QAction *open = action(QStringLiteral("Translation &Dashboard…"));
    QVERIFY(open);
    open->trigger();
    auto *dashboard = m_window->findChild<TranslationDashboard *>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    QVERIFY2(dashboard->totalsText().startsWith(u"Georgian: 7 of 13 pages up to date"_qs),
        qPrintable(dashboard->totalsText()));
    dashboard->close();
}

void TestMainWindow::changesMadeElsewhereShowUp()
{
    const qint64 shown = id(QStringLiteral("take-action"));
    QVERIFY(m_window->selectPage(shown));
    // Another process changes two pages.
    for (const auto &[path, title] :
        { std::pair { QStringLiteral("2030-agenda"), QStringLiteral("Agenda 2030") },
            std::pair { QStringLiteral("take-action"), QStringLiteral("Get involved") } }) {
        QProcess put;
        put.start(QStringLiteral(NEWSDESK_BINARY),
            { QStringLiteral("put"), m_path, path, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--title"), title });
        QVERIFY(put.waitForFinished(30000));
        QVERIFY2(put.exitCode() == 0, put.readAllStandardError().constData());
    }
    auto *model = m_window->findChild<PageTreeModel *>();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->data(model->indexOf(id(QStringLiteral("2030-agenda")))).toString(),
        QStringLiteral("Agenda 2030"), MainWindow::WatchIntervalMs * 4);
    // The page on screen, not being edited, shows the new text.
    QTRY_COMPARE_WITH_TIMEOUT(named<QLineEdit>(QStringLiteral("Title"))->text(),
        QStringLiteral("Get involved"), MainWindow::WatchIntervalMs * 4);
    QCOMPARE(m_window->currentPageId(), shown);
}

void TestMainWindow::aSaveOverAChangeMadeElsewhereKeepsBoth()
{
    const QString path = QStringLiteral("take-action");
    QVERIFY(m_window->selectPage(id(path)));
    auto *title = named<QLineEdit>(QStringLiteral("Title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Ours"));
    {
        auto other = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        QVERIFY(other.ok());
        PageRepository pages(**other);
        Translation text = pages.translation(id(path), QStringLiteral("en")).value().value();
        text.title = QStringLiteral("Theirs");
        QVERIFY(pages.saveTranslation(text).ok());
    }
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    // Both changed the title: nothing saved over theirs until the user chose.
    auto *pane = m_window->findChild<ArticlePane *>();
    QTRY_VERIFY(pane->conflictDialog() && pane->conflictDialog()->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("; not saved")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(stored(path, QStringLiteral("en"))->title, QStringLiteral("Theirs"));
    pane->conflictDialog()->choose(0, ThreeWayMerge::Choice::Mine);
    QTest::mouseClick(
        pane->conflictDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_COMPARE(stored(path, QStringLiteral("en"))->title, QStringLiteral("Ours"));
    auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
    QStringList titles;
    for (const auto &revision :
        RevisionRepository(**site).list(id(path), QStringLiteral("en")).value())
        titles << revision.title;
    QCOMPARE(titles.first(), QStringLiteral("Ours"));
    QVERIFY2(titles.mid(0, 3).contains(QStringLiteral("Theirs")), qPrintable(titles.join(u',')));
}

void TestMainWindow::whoElseIsEditingShowsInTheTreeAndAboveThePage_data()
{
    QTest::addColumn<QString>("theirLanguage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("sameText");
    QTest::newRow("another language")
        << u"ka"_qs << u"Nino is editing the Georgian text"_qs << false;
    QTest::newRow("the same text") << u"en"_qs << u"Nino is editing the English text"_qs << true;
}

void TestMainWindow::whoElseIsEditingShowsInTheTreeAndAboveThePage()
{
    QFETCH(QString, theirLanguage);
    QFETCH(QString, line);
    QFETCH(bool, sameText);
    const qint64 page = id(u"take-action"_qs);
    QVERIFY(m_window->selectPage(page));
    m_window->setCurrentLanguage(u"en"_qs);
    auto *body = m_window->findChild<ArticleEditor *>();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(5);
    body->setTextCursor(cursor);
    auto *presence = named<QLabel>(u"Who else is editing"_qs);
    QVERIFY(presence);
    QVERIFY(!presence->isVisible());

    // Another window (Nino's) opens the page.
    auto other = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
    QVERIFY(other.ok());
    (*other)->setAuthor(u"Nino"_qs);
    QVERIFY(PresenceRepository(**other).hold(u"nino-window"_qs, page, theirLanguage, 120));
    // Nino has it open in a second window too: still one line.
    QVERIFY(PresenceRepository(**other).hold(u"nino-laptop"_qs, page, theirLanguage, 120));

    QTRY_VERIFY_WITH_TIMEOUT(presence->isVisible(), MainWindow::WatchIntervalMs * 4);
    QCOMPARE(presence->text(), line);
    QCOMPARE(presence->property("sameText").toBool(), sameText);
    // The tree: a person in that language's column, and the line in the tooltips. (Indexes are
    // found anew for each look: the tree is set anew whenever the site changes elsewhere.)
    auto *view = m_window->findChild<QTreeView *>();
    const auto cell = [&](int column, int role) {
        const QAbstractItemModel *shown = view->model();
        const QModelIndexList found = shown->match(shown->index(0, 0), PageTreeModel::PageIdRole,
            page, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QVariant()
                               : shown->data(found.first().siblingAtColumn(column), role);
    };
    const int theirs = PageTreeModel::FirstLanguageColumn + (theirLanguage == u"ka"_qs ? 1 : 0);
    const int ours = PageTreeModel::FirstLanguageColumn + (theirLanguage == u"ka"_qs ? 0 : 1);
    QVERIFY(!cell(theirs, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(cell(theirs, Qt::ToolTipRole).toString().contains(line),
        qPrintable(cell(theirs, Qt::ToolTipRole).toString()));
    QCOMPARE(cell(PageTreeModel::TitleColumn, Qt::ToolTipRole).toString().count(line), 1);
    QVERIFY(cell(PageTreeModel::TitleColumn, Qt::ToolTipRole).toString().endsWith(u'\n' + line));
    QVERIFY(cell(ours, Qt::DecorationRole).isNull());
    // Someone else arriving leaves the text here as it was (the cursor where it was).
    QCOMPARE(body->textCursor().position(), 5);

    // Nino closes the page: the line and the mark go.
    QVERIFY(PresenceRepository(**other).release(u"nino-window"_qs));
    QVERIFY(PresenceRepository(**other).release(u"nino-laptop"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(!presence->isVisible(), MainWindow::WatchIntervalMs * 4);
    QVERIFY(cell(theirs, Qt::DecorationRole).isNull());
    QVERIFY(!cell(PageTreeModel::TitleColumn, Qt::ToolTipRole).toString().contains(line));
}

void TestMainWindow::ownPresenceIsNotShown()
{
    // The window holds a lease on the text it shows; it never shows that to itself.
    const qint64 page = id(u"take-action"_qs);
    QVERIFY(m_window->selectPage(page));
    m_window->setCurrentLanguage(u"ka"_qs);
    auto other = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
    QVERIFY(other.ok());
    const auto others = PresenceRepository(**other).others(u"someone else"_qs);
    QVERIFY(others);
    QCOMPARE(others->size(), 1);
    QCOMPARE(others->first().pageId, page);
    QCOMPARE(others->first().language, u"ka"_qs);
    // A commit elsewhere makes the window look again: still nobody else.
    SiteSettings settings = SiteRepository(**other).settings().value();
    settings.siteTitles[u"en"_qs] = u"Renamed elsewhere"_qs;
    QVERIFY(SiteRepository(**other).save(settings));
    auto *model = m_window->findChild<PageTreeModel *>();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTRY_VERIFY_WITH_TIMEOUT(reset.count() > 0, MainWindow::WatchIntervalMs * 4);
    QVERIFY(!named<QLabel>(u"Who else is editing"_qs)->isVisible());
    QVERIFY(
        model->data(model->indexOf(page), PageTreeModel::PresenceRole).toStringList().isEmpty());
    for (int column = PageTreeModel::FirstLanguageColumn; column < model->columnCount(); ++column)
        QVERIFY(model->data(model->indexOf(page, column), Qt::DecorationRole).isNull());
}

void TestMainWindow::aDamagedSiteCanBeRestoredFromABackup()
{
    const QString path = m_dir.filePath(QStringLiteral("backed-up.newsdesk"));
    SiteDatabase::removeFiles(path);
    QVERIFY(createClosedSite(path, true));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        QVERIFY(Backups::daily(**site).ok());
    }
    // The header garbled: the file does not open at all.
    QByteArray bytes = readFile(path);
    bytes[16] = char(0x12);
    bytes[17] = char(0x34);
    QVERIFY(writeFile(path, bytes));
    QVERIFY(!SiteDatabase::open(path, SiteDatabase::Mode::Open).ok());

    // The user answers: Restore from Backup…, then Restore on the newest backup.
    QStringList seen;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            seen << box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("Restore from Backup…"))
                    button->click();
            }
        } else if (auto *backups = qobject_cast<BackupsDialog *>(modal)) {
            seen << backups->selectedBackup();
            backups->accept();
        }
    });
    answer.start(50);
    QVERIFY(m_window->openSiteReportingErrors(path));
    answer.stop();
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen[0].startsWith(path + QStringLiteral(": ")), qPrintable(seen[0]));
    QVERIFY(seen[1].contains(QStringLiteral("/daily-")));
    QCOMPARE(m_window->sitePath(), path);
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->isEnabled(), true);
    // The damaged file is kept as a backup too.
    const auto backups = Backups::list(path);
    QVERIFY(std::any_of(backups.cbegin(), backups.cend(),
        [](const Backups::Backup &b) { return b.kind == Backups::Kind::BeforeRestore; }));
    QDir(Backups::folderFor(path)).removeRecursively();
}

void TestMainWindow::onlyADamagedSiteOffersItsBackups_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("offered");

    QTest::newRow("damaged") << QStringLiteral("damaged") << true;
    // The header sound, the page tree unreadable: refused as damaged, not shown empty.
    QTest::newRow("damaged page tree") << QStringLiteral("pages") << true;
    QTest::newRow("from a newer Newsdesk") << QStringLiteral("newer") << false;
    QTest::newRow("held by another program") << QStringLiteral("busy") << false;
}

// A backup helps a damaged file; a file another program holds or one from a newer Newsdesk is
// fine as it is, and putting a backup in its place would lose work.
void TestMainWindow::onlyADamagedSiteOffersItsBackups()
{
    QFETCH(QString, problem);
    QFETCH(bool, offered);

    const QString path = m_dir.filePath(QStringLiteral("offers-%1.newsdesk").arg(problem));
    SiteDatabase::removeFiles(path);
    QDir(Backups::folderFor(path)).removeRecursively();
    QVERIFY(createClosedSite(path, true));
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        QVERIFY(Backups::daily(**site).ok());
    }
    const auto cleanUp = qScopeGuard([&] {
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QDir(Backups::folderFor(path)).removeRecursively();
    });
    if (problem == u"damaged")
        QVERIFY(damageSite(path, Damage::Header));
    if (problem == u"pages")
        QVERIFY(damageTable(path, QStringLiteral("page")));
    if (problem == u"newer")
        QVERIFY(markAsNewer(path));
    // Another program holding the file for itself (exclusive locking, after a write).
    QSqlDatabase holder
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    if (problem == u"busy") {
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QSqlQuery version(holder); // the version as it is, written again: a write, no change
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        const int schema = version.value(0).toInt();
        version.finish();
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema)));
    }

    // Every message box the user meets, with its buttons; each one is cancelled or closed.
    QStringList buttons;
    QStringList messages;
    QList<QPointer<QMessageBox>> seen;
    const auto answer = [&](QMessageBox *box) {
        if (seen.contains(box))
            return;
        seen << box;
        messages << box->text();
        for (QAbstractButton *button : box->buttons())
            buttons << button->text();
        if (QAbstractButton *cancel = box->button(QMessageBox::Cancel))
            cancel->click();
        else
            box->close();
    };
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            answer(box);
    });
    poll.start(50);
    QVERIFY(!m_window->openSiteReportingErrors(path));
    poll.stop();
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            answer(box);
    }
    holder.close();

    QVERIFY2(!messages.isEmpty(), "the failure was not reported");
    QVERIFY2(
        messages.first().startsWith(path + QStringLiteral(": ")), qPrintable(messages.first()));
    QCOMPARE(buttons.contains(QStringLiteral("Restore from Backup…")), offered);
    QVERIFY(m_window->sitePath() != path);
    QVERIFY(!Backups::list(path).isEmpty()); // there was a backup to offer
}

namespace {

// Whether `action`'s shortcut works while `focus` has the keyboard focus in `window` (the
// rules of Qt's shortcut map: a menu's actions count where its menu bar is).
bool activeFor(const QAction *action, const QWidget *focus, const QWidget *window)
{
    const auto objects = action->associatedObjects();
    for (const QObject *object : objects) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget)
            continue;
        const bool inMenu = qobject_cast<const QMenu *>(widget) != nullptr;
        switch (action->shortcutContext()) {
        case Qt::ApplicationShortcut:
        case Qt::WindowShortcut:
            if (inMenu || widget->window() == window)
                return true;
            break;
        case Qt::WidgetWithChildrenShortcut:
            if (!inMenu && (widget == focus || widget->isAncestorOf(focus)))
                return true;
            break;
        case Qt::WidgetShortcut:
            if (!inMenu && widget == focus)
                return true;
            break;
        }
    }
    return false;
}

} // namespace

void TestMainWindow::noTwoActiveActionsShareAShortcut()
{
    // Every place the focus can be in the window (menus, toolbars, tree, article pane, …):
    // no key may be claimed by two actions there (Qt then runs neither and warns "Ambiguous
    // shortcut overload").
    QList<QWidget *> focusable { m_window.get() };
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->window() == m_window.get())
            focusable.append(widget);
    }
    const auto actions = m_window->findChildren<QAction *>();
    int withShortcut = 0;
    for (const QAction *action : actions)
        withShortcut += action->shortcut().isEmpty() ? 0 : 1;
    QVERIFY(withShortcut > 30); // the walk found the window's actions
    for (const QWidget *focus : std::as_const(focusable)) {
        QHash<QKeySequence, const QAction *> claimed;
        for (const QAction *action : actions) {
            if (!activeFor(action, focus, m_window.get()))
                continue;
            for (const QKeySequence &keys : action->shortcuts()) {
                const QAction *other = claimed.value(keys);
                QVERIFY2(!other || other == action,
                    qPrintable(u"%1 is both \"%2\" and \"%3\" (focus in %4 %5)"_qs.arg(
                        keys.toString(), other ? other->text() : QString(), action->text(),
                        QString::fromLatin1(focus->metaObject()->className()),
                        focus->accessibleName())));
                claimed.insert(keys, action);
            }
        }
    }
}

void TestMainWindow::tableAndSideBySideFromTheBody()
{
    QTest::failOnWarning(QRegularExpression(u"Ambiguous"_qs));
    QVERIFY(m_window->selectPage(id(QStringLiteral("take-action"))));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier | Qt::AltModifier);
    const auto frames = editor->document()->rootFrame()->childFrames();
    QCOMPARE(frames.size(), 1);
    auto *table = qobject_cast<QTextTable *>(frames.first());
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);

    // Ctrl+Shift+T in the body: the page side by side (a modal dialog, closed when seen).
    bool opened = false;
    QTimer close;
    close.setInterval(10);
    connect(&close, &QTimer::timeout, this, [&opened] {
        if (auto *dialog = qobject_cast<SideBySideDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    close.start();
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(opened);
}

void TestMainWindow::keyboardShortcutsAreListed()
{
    QAction *open = action(QStringLiteral("&Keyboard Shortcuts…"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QHash<QString, QString> listed; // "group › command" → keys
    QTreeWidget *list = dialog->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            listed.insert(
                group->text(0) + u" › " + group->child(i)->text(0), group->child(i)->text(1));
    }
    const auto native
        = [](const QKeySequence &keys) { return keys.toString(QKeySequence::NativeText); };
    QCOMPARE(listed.value(u"Page › Translate Side by Side…"_qs),
        native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    QCOMPARE(
        listed.value(u"Format › Table"_qs), native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T)));
    QCOMPARE(listed.value(u"File › Save Now"_qs), native(QKeySequence::Save));
    QCOMPARE(listed.value(u"View › Preview"_qs), native(QKeySequence(Qt::Key_F9)));
    // Every command of the menus that has a shortcut is there.
    for (const QAction *menu : m_window->menuBar()->actions()) {
        for (const QAction *action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty() || action->menu())
                continue;
            const QString key = QString(menu->text()).remove(u'&') + u" › "
                + QString(action->text()).remove(u'&');
            QVERIFY2(listed.contains(key), qPrintable(key));
        }
    }
    dialog->close();
}

void TestMainWindow::linkDialogFindsPagesByTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows"); // pages left in the list
    QTest::addColumn<QString>("target"); // a page's path, or the address expected
    QTest::newRow("part of a Georgian title") << u"მონაცემ"_qs << 1 << u"data-and-resources"_qs;
    QTest::newRow("English words")
        << u"border document"_qs << 1 << u"news/border-officers-document-security"_qs;
    QTest::newRow("a path") << u"/who-we-are/ab"_qs << 1 << u"who-we-are/about"_qs;
    QTest::newRow("a web address")
        << u"https://www.iom.int/"_qs << 13 << u"https://www.iom.int/"_qs;
}

void TestMainWindow::linkDialogFindsPagesByTyping()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QFETCH(QString, target);
    const QString page = QStringLiteral("take-action");
    QVERIFY(m_window->selectPage(id(page)));
    auto *editor = m_window->findChild<ArticleEditor *>();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier); // "You "

    // Ctrl+K opens the (modal) dialog; what follows runs inside it.
    bool seen = false;
    QString startText = u"not seen"_qs;
    bool startSelected = true;
    int startRows = 0;
    int filteredRows = -1;
    QTimer type;
    type.setInterval(10);
    connect(&type, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<LinkDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        startText = dialog->addressEdit()->text();
        startSelected = !dialog->pageList()->selectedItems().isEmpty();
        startRows = dialog->visiblePages();
        // Typed as an input method delivers it (keyClicks knows only Latin-1 keys).
        QTest::sendKeyEvent(
            QTest::Click, dialog->addressEdit(), Qt::Key_unknown, typed, Qt::NoModifier);
        filteredRows = dialog->visiblePages();
        QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    });
    type.start();
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(seen);
    QCOMPARE(startText, QString()); // empty, nothing chosen: Enter cannot link a wrong page
    QVERIFY(!startSelected);
    QCOMPARE(startRows, 13);
    QCOMPARE(filteredRows, rows);
    m_window->activateWindow(); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const QString href = target.contains(u':') ? target : u"page:%1"_qs.arg(id(target));
    const QString body = stored(page, QStringLiteral("en"))->bodyHtml;
    QVERIFY2(body.startsWith(u"<p><a href=\"%1\">You"_qs.arg(href)), qPrintable(body));
}

void TestMainWindow::aNarrowWindowShowsTheTitles_data()
{
    QTest::addColumn<QString>("interface");
    QTest::newRow("English") << u"en"_qs;
    QTest::newRow("Georgian") << u"ka"_qs;
}

void TestMainWindow::aNarrowWindowShowsTheTitles()
{
    QFETCH(QString, interface);
    // A first start (no saved layout) in a 1000×700 window.
    m_window.reset();
    AppSettings::setWindowState(u"splitter-3"_qs, {});
    AppSettings::setWindowState(u"geometry"_qs, {});
    const GuiTestSupport::InterfaceIn interfaceLanguage(interface);
    QVERIFY(interfaceLanguage.isReady());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    QVERIFY(m_window->openSite(m_path).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->preview());
    QCOMPARE(m_window->width(), 1000);

    auto *tree = m_window->findChild<QTreeView *>();
    QHeaderView *header = tree->header();
    for (int column = PageTreeModel::StatusColumn; column < header->count(); ++column)
        QVERIFY2(header->sectionSize(PageTreeModel::TitleColumn) > 3 * header->sectionSize(column),
            qPrintable(u"title %1, column %2: %3"_qs.arg(header->sectionSize(0))
                           .arg(column)
                           .arg(header->sectionSize(column))));
    // The top-level titles (in the interface language where there is one) are shown whole.
    const int icon = tree->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, PageTreeModel::TitleColumn);
        const QString title = index.data().toString();
        const int needed = tree->fontMetrics().horizontalAdvance(title) + icon + 12;
        QVERIFY2(tree->visualRect(index).width() >= needed,
            qPrintable(u"%1: %2 of %3 pixels"_qs.arg(title)
                           .arg(tree->visualRect(index).width())
                           .arg(needed)));
    }
    QCOMPARE(tree->model()->index(5, 0).data().toString(),
        interface == u"ka"_qs ? u"სიახლეები"_qs : u"News"_qs);
    // The preview gives way: narrower than the article pane.
    auto *splitter = m_window->findChild<QSplitter *>();
    const QList<int> sizes = splitter->sizes();
    QVERIFY2(sizes[2] > 0 && sizes[2] < sizes[1],
        qPrintable(u"tree %1, pane %2, preview %3"_qs.arg(sizes[0]).arg(sizes[1]).arg(sizes[2])));

    // Narrower still: the preview gives way first, then the article pane; the tree keeps its
    // width.
    m_window->resize(950, 700);
    QTRY_COMPARE(m_window->width(), 950);
    QCOMPARE(splitter->sizes()[0], sizes[0]);
    QCOMPARE(splitter->sizes()[1], sizes[1]);
    QCOMPARE(splitter->sizes()[2], sizes[2] - 50);
    m_window->resize(910, 700);
    QTRY_COMPARE(m_window->width(), 910);
    QCOMPARE(splitter->sizes()[0], sizes[0]);
    QVERIFY(splitter->sizes()[1] < sizes[1]);
    QVERIFY(splitter->sizes()[2] > 0);
}

void TestMainWindow::doubleClickingAFindingOpensThePageAtTheProblem()
{
    // A broken link in the Georgian "About" (written while the window is closed).
    m_window.reset();
    {
        auto opened = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        QVERIFY(opened);
        PageRepository pages(**opened);
        const qint64 about = pages.resolve(u"who-we-are/about"_qs).value();
        Translation text = pages.translation(about, u"ka"_qs).value().value();
        text.bodyHtml = u"<p>იხილეთ <a href=\"page:9999\">ეს გვერდი</a> აქ.</p>"_qs;
        QVERIFY(pages.saveTranslation(text).ok());
    }
    startWindow();
    QVERIFY(m_window->selectPage(id(u"take-action"_qs))); // somewhere else
    QAction *exportAction = action(u"&Export…"_qs);
    QVERIFY(exportAction);
    exportAction->trigger();
    QPointer<ExportDialog> dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QSignalSpy checked(dialog.data(), &ExportDialog::checked);
    QVERIFY(checked.wait());
    auto *findings = dialog->findChild<QTreeWidget *>();
    QTreeWidgetItem *broken = nullptr;
    for (int i = 0; i < findings->topLevelItemCount() && !broken; ++i) {
        if (findings->topLevelItem(i)->text(1).contains(u"does not exist"_qs))
            broken = findings->topLevelItem(i);
    }
    QVERIFY(broken);
    QCOMPARE(broken->text(0), u"About (ka/who-we-are/about/)"_qs);
    const QPoint at = findings->visualItemRect(broken).center();
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->currentPageId(), id(u"who-we-are/about"_qs));
    QCOMPARE(m_window->currentLanguage(), u"ka"_qs);
    // At the problem: the broken link is selected.
    QCOMPARE(m_window->articlePane()->editor()->textCursor().selectedText(), u"ეს გვერდი"_qs);
    QTRY_VERIFY(!dialog); // out of the way
}

void TestMainWindow::quittingOfflineKeepsTheTextAndTheNextStartSendsIt_data()
{
    // What a colleague changed while the text waited on this computer.
    QTest::addColumn<bool>("sameParagraph"); // else the title
    QTest::newRow("the title: merged") << false;
    QTest::newRow("the same paragraph: shown side by side") << true;
}

void TestMainWindow::quittingOfflineKeepsTheTextAndTheNextStartSendsIt()
{
    QFETCH(bool, sameParagraph);
    PostgresTestSupport::OwnCluster cluster;
    startOnServer(cluster);
    if (QTest::currentTestFailed())
        return;
    const QString path = QStringLiteral("take-action");
    QVERIFY(m_window->selectPage(id(path)));
    auto *offline = m_window->findChild<QLabel *>(QStringLiteral("offline"));
    QVERIFY(offline);
    QVERIFY(!offline->isVisible());

    // The network goes down while typing: the status bar says the text is kept here.
    QVERIFY(cluster.run(QStringLiteral("halt")));
    ArticleEditor *body = m_window->findChild<ArticleEditor *>();
    typeAtTheEnd(body, QStringLiteral(" Typed on the train."));
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 20000);
    // Quitting asks nothing and keeps the journal.
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(OfflineJournal::hasEntries(m_path));

    // Meanwhile a colleague changed the page.
    QVERIFY(cluster.run(QStringLiteral("resume")));
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        QVERIFY(site.ok());
        PageRepository pages(**site);
        Translation text = pages.translation(id(path), QStringLiteral("en"))->value();
        if (sameParagraph)
            text.bodyHtml.replace(QStringLiteral("</p>"), QStringLiteral(" Call us.</p>"));
        else
            text.title = QStringLiteral("Act now");
        QVERIFY(pages.saveTranslation(text).ok());
    }

    // The next start offers to send it; sent, it is merged with the colleague's change.
    startWindow();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("sendKeptChanges")))
        && question->isVisible());
    QCOMPARE(question->text(),
        QStringLiteral("Typed while the site's server could not be reached, and kept on this "
                       "computer: “Take Action” (en)."));
    QPushButton *send = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text() == QStringLiteral("Send Now"))
            send = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
    if (sameParagraph) {
        // The page is shown with the question; nothing is saved over the colleague's text and
        // the kept text still waits until the user chose.
        auto *pane = m_window->findChild<ArticlePane *>();
        QTRY_VERIFY(pane->conflictDialog() && pane->conflictDialog()->isVisible());
        QCOMPARE(pane->pageId(), id(path));
        QVERIFY(stored(path, QStringLiteral("en"))->bodyHtml.contains(QStringLiteral("Call us.")));
        QVERIFY(OfflineJournal::hasEntries(m_path));
        pane->conflictDialog()->choose(0, ThreeWayMerge::Choice::Mine);
        QTest::mouseClick(
            pane->conflictDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    }
    QTRY_VERIFY(!OfflineJournal::hasEntries(m_path));
    const Translation sent = stored(path, QStringLiteral("en")).value();
    QVERIFY(sent.bodyHtml.contains(QStringLiteral("Typed on the train.")));
    const QString title = sameParagraph ? QStringLiteral("Take Action") : QStringLiteral("Act now");
    QCOMPARE(sent.title, title);
    // The window shows what the server has now.
    body = m_window->findChild<ArticleEditor *>();
    QTRY_VERIFY(body->toPlainText().contains(QStringLiteral("Typed on the train.")));
    QCOMPARE(named<QLineEdit>(QStringLiteral("Title"))->text(), title);
    if (sameParagraph) {
        m_window.reset(); // before the cluster stops
        return;
    }
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Sent what was kept on this computer: “Take Action” (en)."));
    m_window.reset(); // before the cluster stops
}

void TestMainWindow::aTextLeftWhileOfflineIsSentWhenTheServerIsBack()
{
    PostgresTestSupport::OwnCluster cluster;
    startOnServer(cluster);
    if (QTest::currentTestFailed())
        return;
    const qint64 takeAction = id(QStringLiteral("take-action"));
    const qint64 about = id(QStringLiteral("who-we-are/about"));
    QVERIFY(m_window->selectPage(takeAction));
    auto *offline = m_window->findChild<QLabel *>(QStringLiteral("offline"));
    auto *title = named<QLineEdit>(QStringLiteral("Title"));

    QVERIFY(cluster.run(QStringLiteral("halt")));
    ArticleEditor *body = m_window->findChild<ArticleEditor *>();
    typeAtTheEnd(body, QStringLiteral(" Typed on the train."));
    // Another page, while the server is still away: the text typed is kept, and the page
    // asked for cannot be shown; nothing of the one before stays on show.
    QVERIFY(m_window->selectPage(about));
    QVERIFY(offline->isVisible());
    QVERIFY(OfflineJournal::hasEntries(m_path));
    QVERIFY(title->text().isEmpty());
    QVERIFY(body->toPlainText().isEmpty());

    // The server is back: the page asked for shows, and the text kept is sent.
    QVERIFY(cluster.run(QStringLiteral("resume")));
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("About"), 20000);
    QTRY_VERIFY(!offline->isVisible());
    QTRY_VERIFY(!OfflineJournal::hasEntries(m_path));
    QVERIFY(stored(QStringLiteral("take-action"), QStringLiteral("en"))
                ->bodyHtml.contains(QStringLiteral("Typed on the train.")));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Sent what was kept on this computer: “Take Action” (en)."));
    m_window.reset(); // before the cluster stops
}

void TestMainWindow::quickOpenFindsAPageInEitherLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language"); // the text shown afterwards
    QTest::newRow("English") << u"take act"_s << u"take-action"_s << u"en"_s;
    QTest::newRow("Georgian") << u"შესახ"_s << u"who-we-are/about"_s << u"ka"_s;
    QTest::newRow("a path") << u"our-work/cross"_s << u"our-work/cross-cutting-global"_s << u"en"_s;
    QTest::newRow("nothing") << u"batumi"_s << QString() << u"en"_s;
}

void TestMainWindow::quickOpenFindsAPageInEitherLanguage()
{
    QFETCH(QString, query);
    QFETCH(QString, path);
    QFETCH(QString, language);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QPointer<QuickOpenDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<QuickOpenDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->queryEdit()->hasFocus());
    // Typed as a keyboard sends it (Georgian too: QTest::keyClicks knows Latin-1 only).
    for (const QChar c : query)
        QTest::sendKeyEvent(
            QTest::Click, dialog->queryEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    const qint64 before = m_window->currentPageId();
    if (path.isEmpty()) {
        // Said so; Enter opens nothing and leaves the box for another try; Escape closes it.
        QCOMPARE(dialog->results()->topLevelItemCount(), 0);
        bool said = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text() == u"No page matches"_s);
        QVERIFY(said);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_window->currentPageId(), before);
        return;
    }
    QVERIFY(dialog->results()->topLevelItemCount() > 0);
    QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->currentPageId(), id(path));
    QCOMPARE(m_window->findChild<ArticlePane *>()->language(), language);
}

void TestMainWindow::searchOpensThePageAtTheMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("path"); // empty: nothing matches
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("selected"); // how the selection starts in the body
    QTest::newRow("Georgian, another form")
        << u"ვაჭრობა"_s << u"news/online-seminar-on-trafficking"_s << u"ka"_s << u"ვაჭრობ"_s;
    QTest::newRow("Georgian in Mtavruli")
        << u"ᲛᲔᲡᲐᲖᲦᲕᲠᲔ"_s << u"news/border-officers-document-security"_s
        << u"ka"_s << u"მესაზღვრე"_s;
    QTest::newRow("English") << u"kutaisi"_s << u"news/international-migrants-day-2020"_s << u"en"_s
                             << u"Kutaisi"_s;
    QTest::newRow("nothing") << u"zzzz"_s << QString() << u"en"_s << QString();
}

void TestMainWindow::searchOpensThePageAtTheMatch()
{
    QFETCH(QString, query);
    QFETCH(QString, path);
    QFETCH(QString, language);
    QFETCH(QString, selected);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = m_window->findChild<SearchPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible() && panel->queryEdit()->hasFocus());
    for (const QChar c : query)
        QTest::sendKeyEvent(
            QTest::Click, panel->queryEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    const qint64 before = m_window->currentPageId();
    if (path.isEmpty()) {
        QCOMPARE(panel->results()->topLevelItemCount(), 0);
        QVERIFY(panel->summaryLabel()->isVisible());
        QCOMPARE(panel->summaryLabel()->text(), u"No page matches"_s);
        QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
        QCOMPARE(m_window->currentPageId(), before);
        return;
    }
    QVERIFY(panel->results()->topLevelItemCount() > 0);
    // The result's line shows the match.
    const QTreeWidgetItem *line = panel->results()->currentItem();
    QVERIFY(line && line->parent());
    QVERIFY2(SearchText::fold(line->text(0)).contains(SearchText::fold(selected)),
        qPrintable(line->text(0)));
    QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPageId(), id(path));
    auto *pane = m_window->findChild<ArticlePane *>();
    QCOMPARE(pane->language(), language);
    ArticleEditor *body = pane->editor();
    QTRY_VERIFY(body->hasFocus());
    const QString chosen = body->textCursor().selectedText();
    QVERIFY2(chosen.startsWith(selected), qPrintable(chosen));
    // Selected in what the store holds for that text, word for word.
    QVERIFY(stored(path, language)->bodyHtml.contains(chosen));
}

void TestMainWindow::searchLeavesDraftsOutUnlessAsked()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = m_window->findChild<SearchPanel *>();
    QTRY_VERIFY(panel && panel->queryEdit()->hasFocus());
    QTest::keyClicks(panel->queryEdit(), u"grants"_s);
    const auto pages = [&] {
        QStringList titles;
        for (int i = 0; i < panel->results()->topLevelItemCount(); ++i)
            titles << panel->results()->topLevelItem(i)->text(0).section(u" — "_s, 0, 0);
        titles.sort();
        return titles;
    };
    QCOMPARE(pages(), QStringList { u"International Migrants Day: stories of return"_s });
    // Status: "Drafts too", chosen with the keyboard.
    auto *status = panel->findChildren<QComboBox *>().at(2);
    QCOMPARE(status->accessibleName(), u"Status"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), u"Drafts too"_s);
    QCOMPARE(pages(),
        (QStringList { u"International Migrants Day: stories of return"_s,
            u"Reintegration grants open for returning migrants"_s }));
    // A word saved in the editor is found at once.
    QVERIFY(m_window->selectPage(id(u"take-action"_s)));
    typeAtTheEnd(m_window->findChild<ArticlePane *>()->editor(), u" Grants for everyone."_s);
    m_window->findChild<ArticlePane *>()->flush();
    QTRY_COMPARE(pages().size(), 3);
}

void TestMainWindow::searchFindsAPageInTheTrashAndShowsItsEntry()
{
    // Two pages deleted (by someone else: the window's tree is not what is tested here); the
    // search finds the older deletion's.
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::Open);
        for (const QString &path :
            { u"news/reintegration-grants-2021"_s, u"news/online-seminar-on-trafficking"_s }) {
            const qint64 page = PageRepository(**site).resolve(path).value();
            QVERIFY(TrashRepository(**site).moveToTrash(page).ok());
        }
    }
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = m_window->findChild<SearchPanel *>();
    QTRY_VERIFY(panel && panel->queryEdit()->hasFocus());
    QTest::keyClicks(panel->queryEdit(), u"reintegration"_s);
    for (int i = 0; i < panel->results()->topLevelItemCount(); ++i) // gone from the site's
        QVERIFY(!panel->results()->topLevelItem(i)->text(0).startsWith(u"Reintegration grants"_s));
    auto *status = panel->findChildren<QComboBox *>().at(2);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(status->currentText(), u"In the trash"_s);
    QCOMPARE(panel->results()->topLevelItemCount(), 1);
    QCOMPARE(panel->results()->topLevelItem(0)->text(0),
        u"Reintegration grants open for returning migrants — in the trash"_s);
    // Enter shows the trash with that entry (the older of the two) chosen.
    qint64 grantsEntry = 0;
    {
        auto site = SiteDatabase::open(m_path, SiteDatabase::Mode::ReadOnly);
        const auto items = TrashRepository(**site).items().value();
        QCOMPARE(items.size(), 2);
        grantsEntry = items.last().id;
    }
    QString chosen;
    qint64 entry = 0;
    QTimer::singleShot(0, this, [&] { // in the dialog's own event loop
        auto *dialog = m_window->findChild<TrashDialog *>();
        if (!dialog)
            return;
        if (const QTreeWidgetItem *current = dialog->list()->currentItem()) {
            chosen = current->text(0);
            entry = current->data(0, Qt::UserRole).toLongLong();
        }
        dialog->reject();
    });
    panel->queryEdit()->setFocus();
    QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
    QCOMPARE(chosen, u"Reintegration grants open for returning migrants"_s);
    QCOMPARE(entry, grantsEntry);
}

NEWSDESK_WEB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
