#include "mainwindow.h"

#include "articleeditor.h"
#include "articlepane.h"
#include "backupsdialog.h"
#include "body/wordcount.h"
#include "content/languages.h"
#include "content/pagetree.h"
#include "editing/movepagecommand.h"
#include "environment/appsettings.h"
#include "environment/username.h"
#include "exportdialog.h"
#include "historydialog.h"
#include "preferencesdialog.h"
#include "previewview.h"
#include "shortcutsdialog.h"
#include "sidebysidedialog.h"
#include "sitesettingsdialog.h"
#include "spelling/sitedictionary.h"
#include "spellingreportdialog.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "store/trashrepository.h"
#include "translation/xliff.h"
#include "translationdashboard.h"
#include "trashdialog.h"
#include "tree/pagetreemodel.h"
#include "xliffexportdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString SplitterKey = QStringLiteral("splitter-3");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PageTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_treeUndo(new QUndoStack(this))
    , m_countTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_watch(new QTimer(this))
{
    // Another window or process writing the same site: noticed within a second or two.
    m_watch->setInterval(WatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &MainWindow::noticeChangesElsewhere);
    // The filter keeps matching pages and the sections they are in.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(PageTreeModel::TitleColumn);
    m_filter = new QLineEdit;
    m_filter->setAccessibleName(tr("Filter pages"));
    m_filter->setPlaceholderText(tr("Filter pages"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
        if (const qint64 page = m_pane->pageId(); page != 0 && viewIndex(page).isValid())
            m_tree->setCurrentIndex(viewIndex(page));
    });

    m_tree = new QTreeView;
    m_tree->setModel(m_proxy);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_model, &PageTreeModel::moveRequested, this, &MainWindow::movePage);
    m_tree->setAccessibleName(tr("Pages"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The title takes the room; status and translation marks stay as narrow as they are.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(fontMetrics().height() + 8);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideRight);

    m_pane = new ArticlePane;
    m_previewSlot = new QWidget;
    auto *pages = new QWidget;
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->addWidget(m_filter);
    pagesLayout->addWidget(m_tree);
    m_splitter = new QSplitter;
    m_splitter->addWidget(pages);
    m_splitter->addWidget(m_pane);
    m_splitter->addWidget(m_previewSlot);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->installEventFilter(this); // the preview gives way first (eventFilter)
    setCentralWidget(m_splitter);
    // 1400×900, or what the screen has room for.
    QSize size(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);

    // The preview follows typing once it pauses (longer pauses for longer texts), and only
    // while it is visible.
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);

    m_wordCount = new QLabel;
    m_wordCount->setAccessibleName(tr("Word count"));
    statusBar()->addPermanentWidget(m_wordCount);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300); // counting waits for a pause in typing
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    createActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_pane->showPage(pageAt(current));
            rememberPlace();
        });
    connect(m_pane, &ArticlePane::languageChanged, this, [this] { rememberPlace(); });
    connect(m_pane, &ArticlePane::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_pane, &ArticlePane::pageSaved, this, &MainWindow::refreshPage);
    connect(m_pane, &ArticlePane::contentChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_pane, &ArticlePane::contentChanged, this, [this] {
        const int characters = m_pane->editor()->document()->characterCount();
        m_previewTimer->start(std::clamp(PreviewDelayMs + characters / 200, PreviewDelayMs, 1000));
    });

    restoreGeometry(AppSettings::windowState(QStringLiteral("geometry")));
    // Keyed by the number of panes: a state saved by another layout would collapse one.
    // Without a saved layout, the panes get their default shares of the window when it is
    // first shown (showEvent).
    m_layoutRestored = m_splitter->restoreState(AppSettings::windowState(SplitterKey))
        && !m_splitter->sizes().contains(0);
}

QList<int> MainWindow::defaultPaneSizes(int width)
{
    // The tree under a third (enough for titles), the article pane more than the preview.
    const int tree = std::clamp(width * 30 / 100, 240, 420);
    const int preview = (width - tree) * 42 / 100;
    return { tree, width - tree - preview, preview };
}

QList<int> MainWindow::fitPanes(QList<int> sizes, int delta, int paneMinimum)
{
    // Narrower: the preview gives way first (down to its minimum), then the article pane,
    // the tree last. Wider: the tree up to its default share, the rest to the pane and the
    // preview alike, the preview never wider than the pane.
    if (sizes.size() != 3)
        return sizes;
    const bool preview = sizes[2] > 0;
    if (delta < 0) {
        int shrink = -delta;
        const int minimum[3] = { 200, std::max(340, paneMinimum), preview ? 220 : 0 };
        for (int pane : { 2, 1, 0 }) {
            const int take = std::clamp(sizes[pane] - minimum[pane], 0, shrink);
            sizes[pane] -= take;
            shrink -= take;
        }
        // Below every minimum: the widest pane gives, step by step.
        while (shrink > 0) {
            const auto widest = std::max_element(sizes.begin(), sizes.end());
            if (*widest == 0)
                break;
            const int take = std::min(shrink, std::max(1, *widest / 8));
            *widest -= take;
            shrink -= take;
        }
        return sizes;
    }
    int grow = delta;
    const int total = sizes[0] + sizes[1] + sizes[2] + delta;
    const int treeShare = defaultPaneSizes(total)[0];
    const int toTree = std::clamp(treeShare - sizes[0], 0, grow);
    sizes[0] += toTree;
    grow -= toTree;
    if (!preview) {
        sizes[1] += grow;
        return sizes;
    }
    int toPreview = grow / 2;
    toPreview = std::clamp(sizes[1] + (grow - toPreview) - sizes[2], 0, toPreview);
    sizes[2] += toPreview;
    sizes[1] += grow - toPreview;
    return sizes;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        const int delta = resize->size().width() - resize->oldSize().width();
        if (resize->oldSize().width() > 0 && delta != 0 && isVisible())
            m_splitter->setSizes(
                fitPanes(m_splitter->sizes(), delta, m_pane->minimumSizeHint().width()));
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    m_pane->editor()->setSpellChecker(nullptr); // before the checker goes
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Site…"), this, &MainWindow::chooseSiteToCreate);
    QAction *open = file->addAction(tr("&Open Site…"), this, &MainWindow::chooseSiteToOpen);
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentSites"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &path : AppSettings::recentSites()) {
            if (path == QFileInfo(sitePath()).absoluteFilePath())
                continue;
            recent->addAction(QDir::toNativeSeparators(path), this,
                [this, path] { openSiteReportingErrors(path); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other sites yet"))->setEnabled(false);
    });
    QAction *save = file->addAction(tr("&Save Now"), m_pane, &ArticlePane::saveExplicitly);
    m_writeActions << file->addAction(tr("Site Se&ttings…"), this, &MainWindow::editSiteSettings);
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportSite);
    m_exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_writeActions << save;
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("Export for &Translation…"), this, &MainWindow::exportForTranslation);
    m_writeActions << file->addAction(
        tr("&Import Translation…"), this, &MainWindow::importTranslation);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_pageMenu = menuBar()->addMenu(tr("&Page"));
    QAction *newPage
        = m_pageMenu->addAction(tr("New &Page"), this, [this] { createPage(PageKind::Page); });
    newPage->setShortcut(QKeySequence::New);
    QAction *newNews = m_pageMenu->addAction(
        tr("New &News Article"), this, [this] { createPage(PageKind::News); });
    newNews->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_pageMenu->addAction(tr("New &Section"), this, [this] { createPage(PageKind::Section); });
    m_pageMenu->addSeparator();
    QAction *rename = m_pageMenu->addAction(tr("&Rename"), m_pane, &ArticlePane::focusTitle);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *duplicate = m_pageMenu->addAction(tr("D&uplicate"), this, &MainWindow::duplicatePage);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = m_pageMenu->addAction(tr("&Delete…"), this, &MainWindow::deletePage);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // Delete in the text deletes text
    m_tree->addAction(remove);
    QAction *history = m_pageMenu->addAction(tr("&History…"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_pageMenu->addAction(tr("T&rash…"), this, &MainWindow::showTrash);
    m_pageMenu->addSeparator();
    QAction *sideBySide = m_pageMenu->addAction(tr("&Translate Side by Side…"), this,
        [this] { translateSideBySide(currentPageId(), translationLanguage()); });
    sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_markUpToDateAction = m_pageMenu->addAction(
        tr("&Mark Translation as Up to Date"), this, &MainWindow::markTranslationUpToDate);
    m_pageMenu->addSeparator();
    QAction *undoMove = m_treeUndo->createUndoAction(this, tr("Undo"));
    undoMove->setShortcut(QKeySequence::Undo);
    undoMove->setShortcutContext(Qt::WidgetShortcut); // in the tree; the editor has its own
    m_tree->addAction(undoMove);
    QAction *redoMove = m_treeUndo->createRedoAction(this, tr("Redo"));
    redoMove->setShortcut(QKeySequence::Redo);
    redoMove->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(redoMove);
    m_pageMenu->addAction(undoMove);
    m_pageMenu->addAction(redoMove);
    // What writes to the site, off while it is open read-only.
    for (QAction *action : m_pageMenu->actions()) {
        if (!action->isSeparator() && action != history)
            m_writeActions << action;
    }
    connect(m_tree, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &at) { m_pageMenu->popup(m_tree->viewport()->mapToGlobal(at)); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_pane->editActions());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_site)
            m_site->setAuthor(UserName::current()); // the next revision is theirs
    });
    preferences->setShortcut(QKeySequence::Preferences);
    QMenu *formatMenu = menuBar()->addMenu(tr("F&ormat"));
    formatMenu->addActions(m_pane->formatActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_previewAction = view->addAction(tr("&Preview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_previewAction->setChecked(AppSettings::windowState(QStringLiteral("preview")) != "hidden");
    m_previewSlot->setVisible(m_previewAction->isChecked());
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        (m_preview ? static_cast<QWidget *>(m_preview) : m_previewSlot)->setVisible(on);
        AppSettings::setWindowState(QStringLiteral("preview"), on ? "shown" : "hidden");
        if (on)
            updatePreview();
    });

    ArticleEditor *editor = m_pane->editor();
    useSpelling(m_spellChecker->englishVariant());
    m_spellingAction = view->addAction(tr("Check &Spelling"));
    m_spellingAction->setCheckable(true);
    m_spellingAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_spellingAction->setChecked(AppSettings::windowState(QStringLiteral("spelling")) != "off");
    editor->setSpellChecking(m_spellingAction->isChecked());
    connect(m_spellingAction, &QAction::toggled, this, [editor](bool on) {
        editor->setSpellChecking(on);
        AppSettings::setWindowState(QStringLiteral("spelling"), on ? "on" : "off");
    });
    connect(editor, &ArticleEditor::spellingProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Spelling &Report…"), this, &MainWindow::showSpellingReport);
    QAction *dashboard = tools->addAction(
        tr("Translation &Dashboard…"), this, &MainWindow::showTranslationDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Newsdesk"), this, &MainWindow::showAbout);
}

Status MainWindow::openSite(const QString &path, Access access)
{
    // The O(size) integrity check runs in the background once the window is up (below).
    auto opened = SiteDatabase::open(path,
        access == Access::ReadOnly ? SiteDatabase::Mode::ReadOnly : SiteDatabase::Mode::Open, {},
        SiteDatabase::Check::HeaderOnly);
    if (!opened)
        return opened.failure();
    (*opened)->setAuthor(UserName::current());
    const auto settings = SiteRepository(**opened).settings();
    if (!settings)
        return settings.failure();
    auto listing = PageRepository(**opened).listing();
    if (!listing)
        return listing.failure();

    if (m_site) {
        m_pane->flush();
        rememberPlace();
    }
    // Read before anything below changes it.
    const qint64 lastPage = AppSettings::lastPage(path);
    const QString lastLanguage = AppSettings::lastLanguage(path);
    m_pane->setSite(nullptr, {});
    if (m_preview)
        m_preview->setSite(nullptr);
    m_site = std::move(opened).value();
    m_languages = settings->languages;
    m_pane->setSite(m_site.get(), m_languages);
    useSpelling(settings->englishVariant);
    if (m_preview)
        m_preview->setSite(m_site.get());
    m_model->setTree(PageTree(std::move(*listing)), m_languages, settings->sourceLanguage);
    m_tree->expandAll();

    m_readOnly = access == Access::ReadOnly;
    m_pane->setReadOnly(m_readOnly);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(!m_readOnly);
    m_tree->setDragEnabled(!m_readOnly);
    const QString siteTitle = settings->siteTitles.value(settings->sourceLanguage);
    const QString name = siteTitle.isEmpty() ? QFileInfo(path).fileName() : siteTitle;
    setWindowTitle(m_readOnly ? tr("%1 (read-only)").arg(name) : name);
    setWindowFilePath(path);
    statusBar()->showMessage(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    AppSettings::setLastSite(path);

    // Back where the user was: the same page and language.
    if (m_languages.contains(lastLanguage))
        m_pane->setLanguage(lastLanguage);
    // The tree speaks the user interface's language (else the site's source language).
    const QString interfaceLanguage = QLocale().name().section(u'_', 0, 0);
    m_model->setTitleLanguage(
        m_languages.contains(interfaceLanguage) ? interfaceLanguage : settings->sourceLanguage);
    m_treeUndo->clear();
    QTimer::singleShot(0, this, [this, path] { checkIntegrityInBackground(path); });
    m_dataVersion = dataVersion();
    m_watch->start();
    if (!m_site->openWarning().isEmpty()) {
        const QString warning = m_site->openWarning();
        QTimer::singleShot(0, this, [this, warning] { reportDamage(warning); });
    }
    if (!selectPage(lastPage)) {
        const QModelIndex first = m_proxy->index(0, 0);
        if (first.isValid())
            m_tree->setCurrentIndex(first);
    }
    return {};
}

bool MainWindow::openSiteReportingErrors(const QString &path)
{
    const Status status = openSite(path);
    if (status)
        return true;
    // Only a damaged file is helped by a backup; one that another program holds, one from a
    // newer Newsdesk or a read-only one is fine as it is.
    if (status.kind() == ErrorKind::Damaged && recoverFromBackup(path, status.error()))
        return true;
    reportError(tr("Cannot open the site"), status.error());
    return false;
}

bool MainWindow::recoverFromBackup(const QString &path, const QString &error)
{
    if (Backups::list(path).isEmpty())
        return false;
    QMessageBox question(
        QMessageBox::Critical, tr("Cannot open the site"), error, QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("There are backups of this site. Put one in its place? The file as it is now is "
           "kept as a backup too."));
    QPushButton *choose = question.addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    QPushButton *readOnly = question.addButton(tr("Open Read-Only"), QMessageBox::ActionRole);
    question.exec();
    if (question.clickedButton() == readOnly)
        return openSite(path, Access::ReadOnly).ok();
    if (question.clickedButton() != choose)
        return false;
    BackupsDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    if (auto s = Backups::restore(path, dialog.selectedBackup()); !s) {
        reportError(tr("Cannot Restore the Backup"), s.error());
        return false;
    }
    const Status opened = openSite(path);
    if (opened)
        statusBar()->showMessage(
            tr("Restored the backup %1").arg(QFileInfo(dialog.selectedBackup()).fileName()), 10000);
    return bool(opened);
}

qint64 MainWindow::dataVersion() const
{
    if (!m_site)
        return 0;
    QSqlQuery query = m_site->query();
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

void MainWindow::noticeChangesElsewhere()
{
    // PRAGMA data_version changes when another connection commits, never for our own writes.
    const qint64 version = dataVersion();
    if (!m_site || version == m_dataVersion)
        return;
    m_dataVersion = version;
    reloadTree();
    if (!m_pane->isModified()) {
        m_pane->reload(); // what the other window saved, unless we are in the middle of editing
        statusBar()->showMessage(tr("The site was changed in another window; showing it."), 5000);
    }
}

void MainWindow::checkIntegrityInBackground(const QString &path)
{
    // Then, if the file is sound, today's backup (on a connection of its own: VACUUM INTO
    // reads one consistent state while the editor goes on writing).
    struct Outcome
    {
        Status integrity;
        Result<QString> backup = QString();
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (path != sitePath())
            return;
        if (!outcome.integrity) {
            // A check that could not run (the file busy elsewhere) found no damage.
            if (outcome.integrity.kind() == ErrorKind::Damaged)
                reportDamage(outcome.integrity.error());
            else
                statusBar()->showMessage(outcome.integrity.error());
            return;
        }
        if (!outcome.backup)
            statusBar()->showMessage(outcome.backup.error());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        outcome.integrity = SiteDatabase::checkIntegrity(path);
        if (!outcome.integrity)
            return outcome;
        auto site = SiteDatabase::open(
            path, SiteDatabase::Mode::ReadOnly, {}, SiteDatabase::Check::HeaderOnly);
        outcome.backup = site ? Backups::daily(**site) : Result<QString>(site.failure());
        return outcome;
    }));
}

void MainWindow::reportDamage(const QString &message)
{
    // Window-modal and not blocking: the window stays usable to save what it can.
    auto *box = new QMessageBox(
        QMessageBox::Critical, tr("The site file is damaged"), message, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restore = Backups::list(sitePath()).isEmpty()
        ? nullptr
        : box->addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    box->setInformativeText(restore
            ? tr("Newsdesk can put a good backup in place; the damaged file is kept as a backup "
                 "too.")
            : tr("There is no backup of this site yet. Copy the file somewhere safe before "
                 "working on."));
    if (restore) {
        connect(restore, &QPushButton::clicked, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::restoreFromBackup); });
    }
    if (!m_readOnly) {
        QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::ActionRole);
        connect(readOnly, &QPushButton::clicked, this, [this] {
            const QString path = sitePath();
            QTimer::singleShot(0, this, [this, path] {
                if (auto s = openSite(path, Access::ReadOnly); !s)
                    reportError(tr("Cannot open the site"), s.error());
            });
        });
    }
    box->open();
}

void MainWindow::restoreFromBackup()
{
    if (!m_site)
        return;
    m_pane->flush();
    const QString path = m_site->path();
    BackupsDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const QString backup = dialog.selectedBackup();
    // The site must be closed while its file is replaced.
    rememberPlace();
    m_pane->setSite(nullptr, {});
    if (m_preview)
        m_preview->setSite(nullptr);
    m_site.reset();
    const Status restored = Backups::restore(path, backup);
    if (const Status opened = openSite(path); !opened) {
        reportError(tr("Cannot open the site"), opened.error());
        return;
    }
    if (!restored) {
        reportError(tr("Cannot Restore the Backup"), restored.error());
        return;
    }
    statusBar()->showMessage(tr("Restored the backup %1").arg(QFileInfo(backup).fileName()), 10000);
}

void MainWindow::exportSite()
{
    if (!m_site)
        return;
    m_pane->flush(); // the bundle has what the user sees
    auto *dialog = new ExportDialog(m_site->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::openFinding, this, &MainWindow::showFinding);
    dialog->open();
}

void MainWindow::showFinding(qint64 pageId, const QString &language, const QString &target)
{
    if (!selectPage(pageId))
        return;
    setCurrentLanguage(language);
    // The link or image the finding is about, selected.
    ArticleEditor *editor = m_pane->editor();
    QTextDocument *document = editor->document();
    for (QTextBlock block = document->begin(); block.isValid() && !target.isEmpty();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.anchorHref() != target
                && !(format.isImageFormat() && format.toImageFormat().name() == target))
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            // A link runs on over fragments of other formatting.
            int end = fragment.position() + fragment.length();
            auto next = it;
            for (++next; !next.atEnd() && !format.anchorHref().isEmpty()
                 && next.fragment().charFormat().anchorHref() == format.anchorHref();
                 ++next)
                end = next.fragment().position() + next.fragment().length();
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            editor->setTextCursor(cursor);
            editor->ensureCursorVisible();
            editor->setFocus();
            return;
        }
    }
    editor->setFocus();
}

void MainWindow::useSpelling(const QString &englishVariant)
{
    // Spelling in both languages, as you type; a missing dictionary says so and turns only
    // its language off.
    const bool on = m_pane->editor()->isSpellChecking() || !m_spellingAction;
    if (m_spellChecker->englishVariant() != englishVariant
        || !m_pane->editor()->spellHighlighter()) {
        m_pane->editor()->setSpellChecker(nullptr);
        m_spellChecker = std::make_unique<SpellChecker>(englishVariant);
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
            if (const Status loaded = m_spellChecker->load(language); !loaded) {
                qWarning("%s", qPrintable(loaded.error()));
                statusBar()->showMessage(loaded.error(), 15000);
            }
        }
        m_pane->editor()->setSpellChecker(m_spellChecker.get());
        m_pane->editor()->setSpellChecking(on);
    }
    // The site's own dictionary (another site's words go).
    if (m_site) {
        QStringList languages { QStringLiteral("en"), QStringLiteral("ka") };
        languages += m_languages;
        languages.removeDuplicates();
        if (const Status loaded = SiteDictionary::loadInto(*m_site, *m_spellChecker, languages);
            !loaded)
            statusBar()->showMessage(loaded.error(), 15000);
        if (SpellHighlighter *highlighter = m_pane->editor()->spellHighlighter())
            highlighter->rehighlight();
    }
}

void MainWindow::editSiteSettings()
{
    if (!m_site)
        return;
    auto *dialog = new SiteSettingsDialog(*m_site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SiteSettings settings = dialog->settings();
        const QString title = settings.siteTitles.value(settings.sourceLanguage);
        setWindowTitle(title.isEmpty() ? QFileInfo(m_site->path()).fileName() : title);
        useSpelling(settings.englishVariant);
        m_pane->reloadSiteSettings(); // the preview's site titles
        if (m_preview)
            m_preview->setSite(m_site.get()); // the theme may have changed
        updatePreview();
    });
    dialog->open();
}

QString MainWindow::translationLanguage() const
{
    const auto settings
        = m_site ? SiteRepository(*m_site).settings() : Result<SiteSettings>(failure({}));
    if (!settings)
        return {};
    const QString current = currentLanguage();
    if (current != settings->sourceLanguage && settings->languages.contains(current))
        return current;
    for (const QString &language : settings->languages) {
        if (language != settings->sourceLanguage)
            return language;
    }
    return {};
}

void MainWindow::translateSideBySide(qint64 pageId, const QString &language)
{
    if (!m_site || pageId == 0 || language.isEmpty())
        return;
    m_pane->flush(); // the dialog works on what was saved
    SideBySideDialog dialog(*m_site, pageId, language, m_spellChecker.get(), this);
    if (auto s = dialog.load(); !s) {
        reportError(tr("Cannot Translate This Page"), s.error());
        return;
    }
    connect(&dialog, &SideBySideDialog::saved, this,
        [this](qint64 page, const QString &) { refreshPage(page); });
    dialog.exec();
    if (pageId == currentPageId())
        m_pane->reload();
}

void MainWindow::markTranslationUpToDate()
{
    const QString language = currentLanguage();
    if (!m_site || currentPageId() == 0)
        return;
    m_pane->flush();
    if (auto s = PageRepository(*m_site).markUpToDate(currentPageId(), language); !s) {
        reportError(tr("Cannot Mark as Up to Date"), s.error());
        return;
    }
    refreshPage(currentPageId());
    statusBar()->showMessage(
        tr("The %1 translation is marked as up to date.").arg(Languages::ownName(language)), 5000);
}

void MainWindow::showHistory()
{
    if (!m_site || currentPageId() == 0)
        return;
    m_pane->flush(); // the history ends with what the user sees
    HistoryDialog dialog(*m_site, currentPageId(), currentLanguage(), this);
    if (auto s = dialog.refresh(); !s) {
        reportError(tr("Cannot Show the History"), s.error());
        return;
    }
    connect(&dialog, &HistoryDialog::restored, this, [this](qint64 page, const QString &) {
        refreshPage(page);
        m_pane->reload();
        statusBar()->showMessage(tr("Restored an earlier revision"), 5000);
    });
    dialog.exec();
}

void MainWindow::showTrash()
{
    if (!m_site)
        return;
    m_pane->flush();
    TrashDialog dialog(*m_site, this);
    if (auto s = dialog.refresh(); !s) {
        reportError(tr("Cannot Show the Trash"), s.error());
        return;
    }
    connect(&dialog, &TrashDialog::restored, this, [this](qint64 page) {
        m_treeUndo->clear();
        reloadTree();
        selectPage(page);
        statusBar()->showMessage(
            tr("Restored “%1”").arg(m_model->data(m_model->indexOf(page)).toString()));
    });
    dialog.exec();
}

void MainWindow::showTranslationDashboard()
{
    if (!m_site)
        return;
    m_pane->flush();
    auto *dashboard = new TranslationDashboard(*m_site, this);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    if (auto s = dashboard->refresh(); !s) {
        delete dashboard;
        reportError(tr("Cannot Show the Translation Dashboard"), s.error());
        return;
    }
    connect(dashboard, &TranslationDashboard::openSideBySide, this,
        [this, dashboard](qint64 page, const QString &language) {
            selectPage(page);
            translateSideBySide(page, language);
            if (auto s = dashboard->refresh(); !s)
                statusBar()->showMessage(s.error());
        });
    dashboard->show();
}

void MainWindow::exportForTranslation()
{
    if (!m_site)
        return;
    m_pane->flush();
    XliffExportDialog dialog(*m_site, this);
    dialog.exec();
}

void MainWindow::importTranslation()
{
    if (!m_site)
        return;
    m_pane->flush();
    QString start = AppSettings::lastTranslationFile(m_site->path());
    if (start.isEmpty())
        start = QFileInfo(m_site->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Translation"), start, tr("XLIFF files (*.xlf *.xliff);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastTranslationFile(m_site->path(), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("Cannot Import the Translation"),
            tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return;
    }
    const auto imported = Xliff::import(*m_site, file.readAll(), QFileInfo(path).fileName());
    if (!imported) {
        const QStringList problems = imported.problems().isEmpty()
            ? QStringList { imported.error() }
            : imported.problems();
        QMessageBox box(QMessageBox::Warning, tr("Nothing Was Imported"),
            tr("%n problem(s) in %1; the site was left as it was.", nullptr, int(problems.size()))
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Close, this);
        box.setInformativeText(problems.mid(0, 5).join(u'\n'));
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
        return;
    }
    reloadTree();
    m_pane->reload();
    QMessageBox::information(this, tr("Translation Imported"),
        tr("%1: %n segment(s) applied", nullptr, imported->segments).arg(QFileInfo(path).fileName())
            + u'\n'
            + tr("%n page(s) changed in %1.", nullptr, imported->pages)
                  .arg(Languages::ownName(imported->language)));
}

void MainWindow::showSpellingReport()
{
    if (!m_site)
        return;
    m_pane->flush(); // the report reads what was saved
    auto *dialog = new SpellingReportDialog(m_site->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpellingReportDialog::openWord, this,
        [this](qint64 page, const QString &language, const QString &word) {
            if (!selectPage(page))
                return;
            setCurrentLanguage(language);
            ArticleEditor *editor = m_pane->editor();
            editor->moveCursor(QTextCursor::Start);
            if (editor->find(word))
                editor->setFocus();
        });
    dialog->show();
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Status MainWindow::createSite(const QString &path)
{
    {
        auto created = SiteDatabase::open(path, SiteDatabase::Mode::Create);
        if (!created)
            return created.failure();
    }
    return openSite(path);
}

void MainWindow::chooseSiteToCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Site"),
        QFileInfo(sitePath()).absolutePath(), tr("Newsdesk sites (*.newsdesk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".newsdesk")))
        path += QStringLiteral(".newsdesk");
    if (const Status created = createSite(path); !created)
        reportError(tr("Cannot create the site"), created.error());
}

void MainWindow::chooseSiteToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Site"),
        QFileInfo(sitePath()).absolutePath(), tr("Newsdesk sites (*.newsdesk);;All files (*)"));
    if (!path.isEmpty())
        openSiteReportingErrors(path);
}

QString MainWindow::dictionaryList() const
{
    QStringList lines;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        const QString name = m_spellChecker->dictionaryName(language);
        lines.append(m_spellChecker->isAvailable(language)
                ? name
                : tr("%1 (missing: spelling in this language is off)").arg(name));
    }
    return lines.join(QLatin1String(", "));
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
            .arg(QCoreApplication::applicationVersion(), dictionaryList()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const Status saved = m_pane->saveNow();
    if (!saved && m_site) {
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
    AppSettings::setWindowState(SplitterKey, m_splitter->saveState());
    event->accept();
}

void MainWindow::rememberPlace()
{
    if (m_site)
        AppSettings::setLastPlace(m_site->path(), currentPageId(), currentLanguage());
}

void MainWindow::refreshPage(qint64 pageId)
{
    if (!m_site || pageId == 0)
        return;
    const auto listing = PageRepository(*m_site).listing(pageId);
    if (listing && m_model->updatePage(*listing))
        return;
    reloadTree(); // its place changed (e.g. a news date): rebuild, keeping the view as it was
}

void MainWindow::reloadTree()
{
    auto listing = PageRepository(*m_site).listing();
    if (!listing) {
        statusBar()->showMessage(listing.error());
        return;
    }
    QList<qint64> expanded;
    for (qint64 id : m_model->tree().depthFirst()) {
        if (m_tree->isExpanded(viewIndex(id)))
            expanded.append(id);
    }
    const qint64 current = currentPageId();
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setTree(PageTree(std::move(*listing)), m_languages,
        SiteRepository(*m_site).settings().value().sourceLanguage);
    for (qint64 id : std::as_const(expanded))
        m_tree->setExpanded(viewIndex(id), true);
    m_tree->setCurrentIndex(viewIndex(current));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true; // once: later the user's layout is kept
        int handles = 0;
        for (int i = 1; i < m_splitter->count(); ++i)
            handles += m_splitter->handleWidth();
        QList<int> sizes = defaultPaneSizes(m_splitter->width() - handles);
        if (!m_previewAction->isChecked()) {
            sizes[1] += sizes[2];
            sizes[2] = 0;
        }
        m_splitter->setSizes(sizes);
    }
    if (!m_preview)
        QTimer::singleShot(0, this, &MainWindow::createPreview); // after the first paint
}

void MainWindow::createPreview()
{
    if (m_preview)
        return;
    m_preview = new PreviewView;
    m_preview->setSite(m_site.get());
    m_preview->setVisible(m_previewAction->isChecked());
    delete m_splitter->replaceWidget(2, m_preview);
    m_previewSlot = nullptr;
    connect(m_preview, &PreviewView::ready, this, &MainWindow::updatePreview);
    connect(m_preview, &PreviewView::pageLinkClicked, this, &MainWindow::selectPage);
    connect(m_preview, &PreviewView::externalLinkClicked, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void MainWindow::updatePreview()
{
    // A hidden (or collapsed) preview does no work; it catches up when shown.
    if (!m_preview || !m_preview->isVisible() || m_preview->width() == 0 || !m_preview->isReady())
        return;
    m_preview->showArticle(m_pane->previewArticle());
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

QString MainWindow::sitePath() const
{
    return m_site ? m_site->path() : QString();
}

qint64 MainWindow::currentPageId() const
{
    return pageAt(m_tree->currentIndex());
}

QModelIndex MainWindow::viewIndex(qint64 pageId) const
{
    return m_proxy->mapFromSource(m_model->indexOf(pageId));
}

qint64 MainWindow::pageAt(const QModelIndex &viewIndex) const
{
    return PageTreeModel::pageId(m_proxy->mapToSource(viewIndex));
}

void MainWindow::movePage(qint64 pageId, qint64 newParentId, int position)
{
    if (!m_site)
        return;
    m_pane->flush();
    auto command = std::make_unique<MovePageCommand>(
        *m_site, pageId, newParentId, position, [this] { reloadTree(); });
    if (const Status moved = command->execute(); !moved) {
        statusBar()->showMessage(moved.error());
        return;
    }
    m_treeUndo->push(command.release());
    m_tree->expand(viewIndex(newParentId));
    selectPage(pageId);
}

void MainWindow::createPage(PageKind kind)
{
    if (!m_site)
        return;
    m_pane->flush();
    // Inside the selected section, else beside the selected page.
    qint64 parent = 0;
    if (const PageListing *current = m_model->tree().find(currentPageId()))
        parent
            = current->page.kind == PageKind::Section ? current->page.id : current->page.parentId;
    PageRepository::NewPage page;
    page.parentId = parent;
    page.kind = kind;
    if (kind == PageKind::News)
        page.publishAt = QDateTime::currentDateTimeUtc();
    Translation text;
    text.language = currentLanguage();
    text.title = kind == PageKind::News ? tr("Untitled news article")
        : kind == PageKind::Section     ? tr("Untitled section")
                                        : tr("Untitled page");
    const auto id = PageRepository(*m_site).addPage(page, text);
    if (!id) {
        statusBar()->showMessage(id.error());
        return;
    }
    reloadTree();
    m_tree->expand(viewIndex(parent));
    selectPage(*id);
    m_pane->focusTitle();
}

void MainWindow::duplicatePage()
{
    if (!m_site || currentPageId() == 0)
        return;
    m_pane->flush();
    const auto copy = PageRepository(*m_site).duplicatePage(currentPageId());
    if (!copy) {
        statusBar()->showMessage(copy.error());
        return;
    }
    reloadTree();
    selectPage(*copy);
}

void MainWindow::deletePage()
{
    const qint64 page = currentPageId();
    const PageListing *listing = m_model->tree().find(page);
    if (!m_site || !listing)
        return;
    int subpages = 0;
    for (QList<qint64> pending = m_model->tree().children(page); !pending.isEmpty();) {
        ++subpages;
        pending.append(m_model->tree().children(pending.takeFirst()));
    }
    const QString title = m_model->data(m_model->indexOf(page)).toString();
    const QString question = subpages == 0
        ? tr("Move “%1” to the trash, in all languages?").arg(title)
        : tr("Move “%1” and its %2 subpages to the trash, in all languages?")
              .arg(title)
              .arg(subpages);
    if (QMessageBox::question(this, tr("Delete page"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_pane->flush();
    // Where the selection goes: the next sibling, else the previous, else the parent.
    const QList<qint64> &siblings = m_model->tree().children(listing->page.parentId);
    const qsizetype at = siblings.indexOf(page);
    const qint64 next = at + 1 < siblings.size() ? siblings[at + 1]
        : at > 0                                 ? siblings[at - 1]
                                                 : listing->page.parentId;
    if (const auto trashed = TrashRepository(*m_site).moveToTrash(page); !trashed) {
        statusBar()->showMessage(trashed.error());
        return;
    }
    m_treeUndo->clear(); // moves of what is gone cannot be undone
    m_pane->showPage(0);
    reloadTree();
    selectPage(next);
    statusBar()->showMessage(tr("Moved “%1” to the trash (Page › Trash… puts it back)").arg(title));
}

QString MainWindow::currentLanguage() const
{
    return m_pane->language();
}

bool MainWindow::selectPage(qint64 pageId)
{
    if (m_model->indexOf(pageId).isValid() && !viewIndex(pageId).isValid())
        m_filter->clear(); // the filter hides it: show everything again
    const QModelIndex index = viewIndex(pageId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    m_pane->setLanguage(language);
}
