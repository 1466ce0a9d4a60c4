#include "mainwindow.h"

#include "articleeditor.h"
#include "articlepane.h"
#include "body/wordcount.h"
#include "content/page.h"
#include "environment/appsettings.h"
#include "environment/keyring.h"
#include "environment/username.h"
#include "errorbox.h"
#include "exportdialog.h"
#include "historydialog.h"
#include "pagetreecontroller.h"
#include "panelayout.h"
#include "preferencesdialog.h"
#include "previewslot.h"
#include "previewview.h"
#include "quickopendialog.h"
#include "searchpanel.h"
#include "session/sitepresence.h"
#include "shortcutsdialog.h"
#include "siterecovery.h"
#include "sitesettingsdialog.h"
#include "spellingactions.h"
#include "store/peoplerepository.h"
#include "store/sitelocation.h"
#include "teamsitedialog.h"
#include "translationactions.h"
#include "tree/pagetreemodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new SiteSession(this))
    , m_pane(new ArticlePane)
    , m_tree(new PageTreeController(*m_session, this))
    , m_translation(new TranslationActions(*m_session, m_pane, m_tree, this))
    , m_recovery(new SiteRecovery(*m_session, this))
    , m_spelling(new SpellingActions(*m_session, m_pane, this))
    , m_splitter(new QSplitter)
    , m_countTimer(new QTimer(this))
{
    // The one rule for what is typed: it is stored before the site changes under it (another
    // site, a backup) and before any command works on the site (SiteSession::command).
    m_session->setAuthor(UserName::current());
    m_session->setEditsSaver([this] { return m_pane->saveNow(); });
    connect(m_session, &SiteSession::aboutToClose, this, &MainWindow::letSiteGo);
    connect(m_session, &SiteSession::opened, this, &MainWindow::showSite);
    connect(m_session, &SiteSession::changedElsewhere, this, &MainWindow::showChangesElsewhere);
    // Who is where: this window's lease follows the text shown; the others' show in the tree
    // and above the article.
    connect(m_session->presence(), &SitePresence::othersChanged, this, &MainWindow::showPresence);
    connect(m_session, &SiteSession::damaged, m_recovery, &SiteRecovery::reportDamage);
    const auto showMessage = [this](const QString &message, int timeoutMs = 0) {
        statusBar()->showMessage(message, timeoutMs);
    };
    connect(m_session, &SiteSession::notice, this, showMessage);
    connect(m_tree, &PageTreeController::statusMessage, this, showMessage);
    connect(m_translation, &TranslationActions::statusMessage, this, showMessage);
    connect(m_recovery, &SiteRecovery::statusMessage, this, showMessage);
    connect(m_pane, &ArticlePane::statusMessage, this, showMessage);
    connect(m_spelling, &SpellingActions::statusMessage, this, showMessage);
    connect(m_pane->editor(), &ArticleEditor::spellingProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_translation->setSpellChecker(m_spelling->checker());
    connect(m_spelling, &SpellingActions::checkerChanged, m_translation,
        &TranslationActions::setSpellChecker);
    connect(m_spelling, &SpellingActions::openWord, this,
        [this](qint64 page, const QString &language, const QString &word) {
            if (!selectPage(page))
                return;
            setCurrentLanguage(language);
            ArticleEditor *editor = m_pane->editor();
            editor->moveCursor(QTextCursor::Start);
            if (editor->find(word))
                editor->setFocus();
        });

    m_splitter->addWidget(m_tree->widget());
    m_splitter->addWidget(m_pane);
    m_preview = new PreviewSlot(m_splitter, m_pane);
    connect(m_preview, &PreviewSlot::pageLinkClicked, this, &MainWindow::selectPage);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // 1400×900, or what the screen has room for.
    QSize size(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);

    m_wordCount = new QLabel;
    m_wordCount->setAccessibleName(tr("Word count"));
    statusBar()->addPermanentWidget(m_wordCount);
    m_offline = new QLabel(tr("Offline — changes are kept on this computer"));
    m_offline->setObjectName(QStringLiteral("offline"));
    m_offline->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
    m_offline->setToolTip(tr("The site's server cannot be reached. What you type is kept in a "
                             "journal on this computer and sent when the server is back."));
    m_offline->hide();
    statusBar()->addPermanentWidget(m_offline);
    connect(m_pane, &ArticlePane::offlineChanged, this, [this](bool offline) {
        m_offline->setVisible(offline);
        if (!offline) // back: what was kept of other page texts goes too
            QTimer::singleShot(0, this, &MainWindow::sendKeptChanges);
    });
    m_search = new SearchPanel;
    m_searchDock = new QDockWidget(tr("Search the Site"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_search, &SearchPanel::matchChosen, this,
        [this](qint64 pageId, const QString &language, SearchQuery::Field field,
            const QString &matched, int occurrence) {
            if (!selectPage(pageId))
                return;
            setCurrentLanguage(language);
            if (!m_pane->showMatch(field, matched, occurrence))
                m_pane->editor()->setFocus();
        });
    connect(m_search, &SearchPanel::trashEntryChosen, this,
        [this](qint64 trashId) { m_tree->showTrash(trashId); });
    m_searchRefresh = new QTimer(this);
    m_searchRefresh->setSingleShot(true);
    m_searchRefresh->setInterval(300);
    connect(m_searchRefresh, &QTimer::timeout, this, [this] {
        if (m_session->isOpen() && m_searchDock->isVisible())
            m_search->refresh(m_tree->model()->tree());
    });
    connect(m_tree->model(), &QAbstractItemModel::modelReset, m_searchRefresh,
        qOverload<>(&QTimer::start));
    connect(m_tree->model(), &QAbstractItemModel::dataChanged, m_searchRefresh,
        qOverload<>(&QTimer::start));
    connect(m_tree->model(), &QAbstractItemModel::rowsInserted, m_searchRefresh,
        qOverload<>(&QTimer::start));
    connect(m_tree->model(), &QAbstractItemModel::rowsRemoved, m_searchRefresh,
        qOverload<>(&QTimer::start));
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300); // counting waits for a pause in typing
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    createActions();
    connect(m_tree, &PageTreeController::currentPageChanged, this, [this](qint64 page) {
        m_pane->showPage(page);
        rememberPlace();
    });
    connect(m_tree, &PageTreeController::pageCreated, m_pane, &ArticlePane::focusTitle);
    connect(m_pane, &ArticlePane::languageChanged, this, [this] { rememberPlace(); });
    connect(m_pane, &ArticlePane::pageSaved, m_tree, &PageTreeController::refreshPage);
    connect(m_pane, &ArticlePane::textOpened, m_session->presence(),
        [this](qint64 page, const QString &language) {
            (void)m_session->presence()->hold(page, language); // else at the next renewal
        });
    connect(m_pane, &ArticlePane::contentChanged, m_countTimer, qOverload<>(&QTimer::start));

    restoreGeometry(AppSettings::windowState(QStringLiteral("geometry")));
    m_layout = new PaneLayout(m_splitter, m_pane);
}

MainWindow::~MainWindow() = default;

void MainWindow::applyPermissions(const Permissions &permissions)
{
    const bool readOnly = m_session->isReadOnly();
    const auto limit = [readOnly](QAction *action, const QString &why) {
        action->setEnabled(!readOnly && why.isEmpty());
        action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
        action->setStatusTip(why);
    };
    for (QAction *action : std::as_const(m_pageActions))
        limit(action, permissions.whyNotChangePages());
    limit(m_siteSettings, permissions.whyNotManageSite());
    m_tree->setReadOnly(readOnly || !permissions.mayChangePages()); // no dragging pages about
    m_pane->setPermissions(permissions);
}

QAction *MainWindow::addCommand(QMenu *menu, const QString &text, std::function<void()> work)
{
    QAction *action = menu->addAction(text);
    connect(action, &QAction::triggered, this, m_session->command(std::move(work)));
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Site…"), this, &MainWindow::chooseSiteToCreate);
    QAction *open = file->addAction(tr("&Open Site…"), this, &MainWindow::chooseSiteToOpen);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Te&am Site…"), this, [this] { chooseTeamSite(); })
        ->setObjectName(QStringLiteral("openTeamSite"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentSites"));
    recent->setToolTipsVisible(true);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QString current = SiteLocation::normalised(sitePath());
        for (const QString &path : AppSettings::recentSites()) {
            if (path == current)
                continue;
            // A team site by its database and server; its URI (no password) as the tip.
            const auto location = SiteLocation::parse(path);
            const bool server = location && location->kind == SiteLocation::Kind::Postgres;
            QAction *action
                = recent->addAction(server ? location->name() : QDir::toNativeSeparators(path),
                    this, [this, path] { openSiteReportingErrors(path); });
            if (server)
                action->setToolTip(path);
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other sites yet"))->setEnabled(false);
    });
    QAction *save = file->addAction(tr("&Save Now"), m_pane, &ArticlePane::saveExplicitly);
    m_siteSettings = addCommand(file, tr("Site Se&ttings…"), [this] { editSiteSettings(); });
    m_writeActions << m_siteSettings;
    QAction *exportAction = addCommand(file, tr("&Export…"), [this] { exportSite(); });
    exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_writeActions << save;
    addCommand(file, tr("Restore from &Backup…"), [this] { m_recovery->restoreFromBackup(); });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    addCommand(
        file, tr("Export for &Translation…"), [this] { m_translation->exportForTranslation(); });
    m_writeActions << addCommand(
        file, tr("&Import Translation…"), [this] { m_translation->importTranslation(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_pageMenu = menuBar()->addMenu(tr("&Page"));
    const auto newPage = [this](PageKind kind, const QString &title) {
        return [this, kind, title] { m_tree->createPage(kind, currentLanguage(), title); };
    };
    m_pageActions << addCommand(
        m_pageMenu, tr("New &Page"), newPage(PageKind::Page, tr("Untitled page")));
    m_pageActions.last()->setShortcut(QKeySequence::New);
    m_pageActions << addCommand(
        m_pageMenu, tr("New &News Article"), newPage(PageKind::News, tr("Untitled news article")));
    m_pageActions.last()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_pageActions << addCommand(
        m_pageMenu, tr("New &Section"), newPage(PageKind::Section, tr("Untitled section")));
    m_pageMenu->setToolTipsVisible(true);
    file->setToolTipsVisible(true);
    m_pageMenu->addSeparator();
    QAction *quickOpen
        = m_pageMenu->addAction(tr("&Quick Open…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *rename = m_pageMenu->addAction(tr("&Rename"), m_pane, &ArticlePane::focusTitle);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_pageActions << addCommand(m_pageMenu, tr("D&uplicate"), [this] { m_tree->duplicatePage(); });
    m_pageActions.last()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = addCommand(m_pageMenu, tr("&Delete…"), [this] { m_tree->deletePage(); });
    m_pageActions << remove;
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // Delete in the text deletes text
    m_tree->view()->addAction(remove);
    QAction *history = addCommand(m_pageMenu, tr("&History…"), [this] { showHistory(); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    addCommand(m_pageMenu, tr("T&rash…"), [this] { m_tree->showTrash(); });
    m_pageMenu->addSeparator();
    addCommand(m_pageMenu, tr("&Translate Side by Side…"), [this] {
        m_translation->translateSideBySide(currentPageId(), m_translation->targetLanguage());
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addCommand(m_pageMenu, tr("&Mark Translation as Up to Date"),
        [this] { m_translation->markUpToDate(); });
    m_pageMenu->addSeparator();
    QUndoStack *moves = m_tree->undoStack();
    QAction *undoMove = moves->createUndoAction(this, tr("Undo"));
    undoMove->setShortcut(QKeySequence::Undo);
    undoMove->setShortcutContext(Qt::WidgetShortcut); // in the tree; the editor has its own
    QAction *redoMove = moves->createRedoAction(this, tr("Redo"));
    redoMove->setShortcut(QKeySequence::Redo);
    redoMove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->view()->addActions({ undoMove, redoMove });
    m_pageMenu->addActions({ undoMove, redoMove });
    // What writes to the site, off while it is open read-only. Undo and Redo are on only
    // while there is a move to take back (none in a read-only site: nothing can be moved).
    for (QAction *action : m_pageMenu->actions()) {
        if (!action->isSeparator() && action != history && action != undoMove && action != redoMove)
            m_writeActions << action;
    }
    connect(m_tree->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        m_pageMenu->popup(m_tree->view()->viewport()->mapToGlobal(at));
    });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_pane->editActions());
    edit->addSeparator();
    edit->addAction(tr("&Search the Site…"), this, &MainWindow::showSearch)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    edit->addSeparator();
    edit->addAction(tr("Pr&eferences…"), this, &MainWindow::editPreferences)
        ->setShortcut(QKeySequence::Preferences);
    menuBar()->addMenu(tr("F&ormat"))->addActions(m_pane->formatActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_preview->toggleAction());
    QAction *searchPanel = m_searchDock->toggleViewAction();
    searchPanel->setText(tr("Search &Panel"));
    view->addAction(searchPanel);

    view->addAction(m_spelling->checkAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    addCommand(tools, tr("Spelling &Report…"), [this] { m_spelling->showReport(); });
    addCommand(tools, tr("Translation &Dashboard…"), [this] {
        m_translation->showDashboard();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Newsdesk"), this, &MainWindow::showAbout);
}

Status MainWindow::openSite(const QString &path, SiteSession::Access access)
{
    // A team site's password from the keyring, unless this run knows it already.
    Keyring::recallSitePassword(path);
    return m_session->open(path, access);
}

bool MainWindow::openSiteReportingErrors(const QString &path)
{
    const Status status = openSite(path);
    if (status)
        return true;
    // A team site that does not open (the server away, a password wanted): its dialog, filled
    // in and saying why, to correct or try again.
    if (SiteLocation::isServer(path)) {
        chooseTeamSite(path, status.error());
        return false;
    }
    // Only a damaged file is helped by a backup; one that another program holds, one from a
    // newer Newsdesk or a read-only one is fine as it is.
    if (status.kind() == ErrorKind::Damaged && recoverFromBackup(path, status.error()))
        return true;
    showError(this, tr("Cannot open the site"), status.error());
    return false;
}

bool MainWindow::recoverFromBackup(const QString &path, const QString &error)
{
    return m_recovery->recover(path, error);
}

Status MainWindow::createSite(const QString &path)
{
    return m_session->create(path);
}

void MainWindow::letSiteGo()
{
    rememberPlace();
    m_pane->setSite(nullptr, {});
    m_preview->setSite(nullptr);
    m_search->setSite(nullptr, {}, {});
}

void MainWindow::showSite()
{
    SiteDatabase *site = m_session->database();
    const SiteSettings &settings = m_session->settings();
    const QString path = site->path();
    // Read before anything below changes it.
    const qint64 lastPage = AppSettings::lastPage(path);
    const QString lastLanguage = AppSettings::lastLanguage(path);
    m_pane->setSite(site, settings.languages);
    m_spelling->use(settings.englishVariant);
    m_preview->setSite(site);
    // The tree speaks the user interface's language (else the site's source language).
    const QString interfaceLanguage = QLocale().name().section(u'_', 0, 0);
    m_tree->showSite(settings.languages.contains(interfaceLanguage) ? interfaceLanguage
                                                                    : settings.sourceLanguage);
    m_search->setSite(site, m_tree->model()->tree(), settings.languages);

    const bool readOnly = m_session->isReadOnly();
    m_pane->setReadOnly(readOnly);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(!readOnly);
    m_tree->setReadOnly(readOnly);
    // A team site's role; a server that cannot say leaves the person reading only.
    const auto permissions = PeopleRepository(*site).permissions();
    applyPermissions(permissions ? *permissions : Permissions(Permissions::Role::Nobody));
    const QString name = siteName(settings);
    setWindowTitle(readOnly ? tr("%1 (read-only)").arg(name) : name);
    const bool server = site->dialect() == SiteDatabase::Dialect::Postgres;
    setWindowFilePath(server ? QString() : path);
    statusBar()->showMessage(server && permissions ? tr("%1 · %2").arg(path, permissions->summary())
            : server                               ? path
                     : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    AppSettings::setLastSite(path);

    // Back where the user was: the same page and language.
    if (settings.languages.contains(lastLanguage))
        m_pane->setLanguage(lastLanguage);
    QTimer::singleShot(0, m_session, &SiteSession::checkInBackground);
    if (const QString warning = site->openWarning(); !warning.isEmpty())
        QTimer::singleShot(0, m_recovery, [this, warning] { m_recovery->reportDamage(warning); });
    if (!selectPage(lastPage)) {
        const QModelIndex first = m_tree->view()->model()->index(0, 0);
        if (first.isValid())
            m_tree->view()->setCurrentIndex(first);
    }
    if (m_pane->offlineEdits()->hasWaiting())
        QTimer::singleShot(0, this, &MainWindow::offerToSendKeptChanges);
}

void MainWindow::showSearch()
{
    if (!m_session->isOpen())
        return;
    if (!m_searchDock->isVisible()) {
        m_searchDock->show();
        // Room for the snippets, leaving the tree its titles in a small window.
        resizeDocks({ m_searchDock }, { std::min(360, width() / 4) }, Qt::Horizontal);
    }
    m_searchDock->raise();
    m_search->refresh(m_tree->model()->tree());
    m_search->focusQuery();
}

void MainWindow::showQuickOpen()
{
    if (!m_session->isOpen())
        return;
    auto *dialog
        = new QuickOpenDialog(m_tree->model()->tree(), m_session->settings().languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QuickOpenDialog::pageChosen, this, [this](qint64 pageId, const QString &language) {
            if (!selectPage(pageId))
                return;
            if (!language.isEmpty())
                setCurrentLanguage(language);
            m_pane->editor()->setFocus();
        });
    dialog->open();
}

void MainWindow::offerToSendKeptChanges()
{
    OfflineEdits *edits = m_pane->offlineEdits();
    if (!edits || m_session->isReadOnly())
        return;
    const auto waiting = edits->waiting();
    if (!waiting) {
        statusBar()->showMessage(waiting.error());
        return;
    }
    if (waiting->isEmpty())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Changes kept on this computer"),
        tr("Typed while the site's server could not be reached, and kept on this computer: %1.")
            .arg(OfflineEdits::names(*waiting)),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("sendKeptChanges"));
    question->setInformativeText(
        tr("Send them now? Each is checked against what colleagues saved meanwhile: merged with "
           "it, or shown to you side by side. Later keeps them here; they are offered again at "
           "the next start."));
    QPushButton *send = question->addButton(tr("Send Now"), QMessageBox::AcceptRole);
    question->addButton(tr("Later"), QMessageBox::RejectRole);
    question->setDefaultButton(send);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, send](QAbstractButton *button) {
        if (button == send)
            QTimer::singleShot(0, this, &MainWindow::sendKeptChanges); // once the question went
    });
    question->open();
}

void MainWindow::sendKeptChanges()
{
    OfflineEdits *edits = m_pane->offlineEdits();
    if (!m_session->isOpen() || !edits || !edits->hasWaiting())
        return;
    // The text open with typing not saved yet is the pane's to send: it is newer than its copy.
    const bool typing = m_pane->isModified();
    const OfflineEdits::Sending sending = edits->send(*m_session->database(),
        typing ? m_pane->pageId() : 0, typing ? m_pane->language() : QString());
    m_tree->reloadTree();
    m_pane->reloadIfChangedElsewhere();
    QStringList lines;
    if (!sending.sent.isEmpty())
        lines.append(
            tr("Sent what was kept on this computer: %1.").arg(OfflineEdits::names(sending.sent)));
    if (sending.offline)
        lines.append(tr("The site's server went away again; the rest is still kept here."));
    lines.append(sending.problems);
    if (!sending.conflicts.isEmpty()) {
        // The first conflict is shown as any other: side by side, to choose.
        const OfflineJournal::Entry &entry = sending.conflicts.first();
        if (selectPage(entry.pageId)) {
            setCurrentLanguage(entry.language);
            (void)m_pane->bringBack(entry); // opens the side-by-side question
        }
        if (sending.conflicts.size() > 1)
            lines.append(tr("Also met changes made meanwhile, and offered again at the next "
                            "start: %1.")
                             .arg(OfflineEdits::names(sending.conflicts.mid(1))));
    }
    if (!lines.isEmpty())
        statusBar()->showMessage(lines.join(u' '), 15000);
}

void MainWindow::showChangesElsewhere()
{
    m_tree->reloadTree();
    // What the other window saved of this page, unless we are in the middle of editing.
    if (m_pane->reloadIfChangedElsewhere())
        statusBar()->showMessage(tr("The site was changed in another window; showing it."), 5000);
}

void MainWindow::showPresence()
{
    const QList<PresenceRepository::Presence> &others = m_session->presence()->others();
    QHash<qint64, QList<PageTreeModel::Visitor>> byPage;
    for (const PresenceRepository::Presence &presence : others) {
        const PageTreeModel::Visitor visitor { presence.language,
            SitePresence::describe(presence) };
        if (!byPage[presence.pageId].contains(visitor)) // one line for a person's two windows
            byPage[presence.pageId].append(visitor);
    }
    m_tree->model()->setPresence(std::move(byPage));
    m_pane->setPresence(others);
}

void MainWindow::exportSite()
{
    auto *dialog = new ExportDialog(sitePath(), this); // the bundle has what the user sees
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::openFinding, this, &MainWindow::showFinding);
    dialog->open();
}

void MainWindow::showFinding(qint64 pageId, const QString &language, const QString &target)
{
    if (!selectPage(pageId))
        return;
    setCurrentLanguage(language);
    m_pane->editor()->selectTarget(target); // the link or image the finding is about
    m_pane->editor()->setFocus();
}

void MainWindow::editSiteSettings()
{
    SiteDatabase *site = m_session->database();
    if (!site)
        return;
    auto *dialog = new SiteSettingsDialog(*site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        (void)m_session->reloadSettings();
        const SiteSettings settings = dialog->settings();
        setWindowTitle(siteName(settings));
        m_spelling->use(settings.englishVariant);
        m_pane->reloadSiteSettings(); // the preview's site titles
        m_preview->setSite(m_session->database()); // the theme may have changed
        m_preview->update();
    });
    dialog->open();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->setAuthor(UserName::current()); // the next revision is theirs
}

void MainWindow::showHistory()
{
    SiteDatabase *site = m_session->database();
    if (!site || currentPageId() == 0)
        return;
    // The history ends with what the user sees (a command: the edits are stored).
    HistoryDialog dialog(*site, currentPageId(), currentLanguage(), this);
    if (auto s = dialog.refresh(); !s) {
        showError(this, tr("Cannot Show the History"), s.error());
        return;
    }
    connect(&dialog, &HistoryDialog::restored, this, [this](qint64 page, const QString &) {
        m_tree->refreshPage(page);
        m_pane->reload();
        statusBar()->showMessage(tr("Restored an earlier revision"), 5000);
    });
    dialog.exec();
}

void MainWindow::chooseSiteToCreate()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Site"), siteFolder(), tr("Newsdesk sites (*.newsdesk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".newsdesk")))
        path += QStringLiteral(".newsdesk");
    if (const Status created = createSite(path); !created)
        showError(this, tr("Cannot create the site"), created.error());
}

void MainWindow::chooseSiteToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Site"), siteFolder(), tr("Newsdesk sites (*.newsdesk);;All files (*)"));
    if (!path.isEmpty())
        openSiteReportingErrors(path);
}

void MainWindow::chooseTeamSite(const QString &site, const QString &error)
{
    auto *dialog = new TeamSiteDialog([this](const QString &uri) { return openSite(uri); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The team site that failed, else the one open now, to start from.
    dialog->setSite(site.isEmpty() ? sitePath() : site);
    dialog->showError(error);
    connect(dialog, &TeamSiteDialog::notice, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    dialog->open();
}

QString MainWindow::siteName(const SiteSettings &settings) const
{
    // The site's title; a team site's database and server too, as two windows may show the
    // same site from a file and from a server.
    const QString title = settings.siteTitles.value(settings.sourceLanguage);
    const auto location = SiteLocation::parse(sitePath());
    const QString where = location ? location->name() : QFileInfo(sitePath()).fileName();
    if (!location || location->kind == SiteLocation::Kind::File)
        return title.isEmpty() ? where : title;
    return title.isEmpty() ? where : tr("%1 — %2").arg(title, where);
}

QString MainWindow::siteFolder() const
{
    // A team site has no folder: the dialogs start where the user's sites are.
    if (sitePath().isEmpty() || SiteLocation::isServer(sitePath()))
        return AppSettings::dataFolder();
    return QFileInfo(sitePath()).absolutePath();
}

void MainWindow::showShortcuts()
{
    // Read from the actions as they are now: the list cannot go out of date.
    auto *dialog = new ShortcutsDialog(menuBar(), findChildren<QAction *>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Newsdesk"),
        tr("<h3>Newsdesk %1</h3>"
           "<p>Writes a country office's website in English and Georgian.</p>"
           "<p>Georgian spelling dictionary: <i>dictionary-ka</i> 1.1.0 (MIT licence), its "
           "word list built from GeoWordsDatabase by Dato Bumbeishvili (MIT) and from "
           "Crúbadán by Kevin Scannell (<a href=\"https://creativecommons.org/licenses/by/4.0/"
           "\">CC BY 4.0</a>), affix rules by Gabriel Margiani. English dictionaries: "
           "Debian's <i>hunspell-en-gb</i> and <i>hunspell-en-us</i>.</p>"
           "<p>Exported sites carry Noto Sans Georgian (SIL Open Font License 1.1).</p>"
           "<p>Dictionaries in use: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_spelling->dictionaryList()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const Status saved = m_pane->saveNow();
    if (!saved && m_session->isOpen()) {
        const auto answer = QMessageBox::warning(this, tr("Not saved"),
            tr("%1\n\nClose anyway and lose the last changes?").arg(saved.error()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    rememberPlace();
    AppSettings::setWindowState(QStringLiteral("geometry"), saveGeometry());
    m_layout->save();
    event->accept();
}

void MainWindow::rememberPlace()
{
    if (m_session->isOpen())
        AppSettings::setLastPlace(sitePath(), currentPageId(), currentLanguage());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_layout->shown(m_preview->isShown());
    QTimer::singleShot(0, m_preview, &PreviewSlot::start); // after the first paint
}

void MainWindow::updateCounts()
{
    const QString text = m_pane->editor()->toPlainText();
    const qsizetype characters
        = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
    m_wordCount->setText(
        tr("Words: %1 · Characters: %2")
            .arg(QLocale().toString(WordCount::ofText(text)), QLocale().toString(characters)));
}

qint64 MainWindow::currentPageId() const
{
    return m_tree->currentPageId();
}

QString MainWindow::currentLanguage() const
{
    return m_pane->language();
}

bool MainWindow::selectPage(qint64 pageId)
{
    return m_tree->selectPage(pageId);
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    m_pane->setLanguage(language);
}
