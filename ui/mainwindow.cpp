#include "mainwindow.h"

#include "articleeditor.h"
#include "articlepane.h"
#include "body/wordcount.h"
#include "content/pagetree.h"
#include "environment/appsettings.h"
#include "previewview.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "tree/pagetreemodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace {
const QString SplitterKey = QStringLiteral("splitter-3");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PageTreeModel(this))
    , m_countTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
{
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Pages"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);

    m_pane = new ArticlePane;
    m_previewSlot = new QWidget;
    m_splitter = new QSplitter;
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pane);
    m_splitter->addWidget(m_previewSlot);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 340, 560, 500 });
    setCentralWidget(m_splitter);
    resize(1400, 900);

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
            m_pane->showPage(PageTreeModel::pageId(current));
            rememberPlace();
        });
    connect(m_pane, &ArticlePane::languageChanged, this, [this](const QString &language) {
        m_model->setTitleLanguage(language);
        rememberPlace();
    });
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
    if (!m_splitter->restoreState(AppSettings::windowState(SplitterKey))
        || m_splitter->sizes().contains(0))
        m_splitter->setSizes({ 340, 560, 500 });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Site…"), this, &MainWindow::chooseSiteToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save Now"), m_pane, &ArticlePane::flush);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Newsdesk"), this, &MainWindow::showAbout);
}

Status MainWindow::openSite(const QString &path)
{
    auto opened = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    if (!opened)
        return failure(opened.error());
    const auto settings = SiteRepository(**opened).settings();
    if (!settings)
        return failure(settings.error());
    auto listing = PageRepository(**opened).listing();
    if (!listing)
        return failure(listing.error());

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
    if (m_preview)
        m_preview->setSite(m_site.get());
    m_model->setTree(PageTree(std::move(*listing)), m_languages, settings->sourceLanguage);
    m_tree->expandAll();

    const QString siteTitle = settings->siteTitles.value(settings->sourceLanguage);
    setWindowTitle(siteTitle.isEmpty() ? QFileInfo(path).fileName() : siteTitle);
    setWindowFilePath(path);
    statusBar()->showMessage(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    AppSettings::setLastSite(path);

    // Back where the user was: the same page and language.
    if (m_languages.contains(lastLanguage))
        m_pane->setLanguage(lastLanguage);
    m_model->setTitleLanguage(currentLanguage());
    if (!selectPage(lastPage)) {
        const QModelIndex first = m_model->index(0, 0);
        if (first.isValid())
            m_tree->setCurrentIndex(first);
    }
    return {};
}

bool MainWindow::openSiteReportingErrors(const QString &path)
{
    const Status status = openSite(path);
    if (!status)
        reportError(tr("Cannot open the site"), status.error());
    return bool(status);
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseSiteToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Site"),
        QFileInfo(sitePath()).absolutePath(), tr("Newsdesk sites (*.newsdesk);;All files (*)"));
    if (!path.isEmpty())
        openSiteReportingErrors(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Newsdesk"),
        tr("<h3>Newsdesk %1</h3>"
           "<p>Writes a country office's website in English and Georgian.</p>"
           "<p>Georgian spelling dictionary: <i>dictionary-ka</i> 1.1.0, MIT licence; its word "
           "list is built from GeoWordsDatabase (MIT) and Crúbadán (CC BY 4.0).</p>")
            .arg(QCoreApplication::applicationVersion()));
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
        if (m_tree->isExpanded(m_model->indexOf(id)))
            expanded.append(id);
    }
    const qint64 current = currentPageId();
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setTree(PageTree(std::move(*listing)), m_languages,
        SiteRepository(*m_site).settings().value().sourceLanguage);
    for (qint64 id : std::as_const(expanded))
        m_tree->setExpanded(m_model->indexOf(id), true);
    m_tree->setCurrentIndex(m_model->indexOf(current));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
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
    return PageTreeModel::pageId(m_tree->currentIndex());
}

QString MainWindow::currentLanguage() const
{
    return m_pane->language();
}

bool MainWindow::selectPage(qint64 pageId)
{
    const QModelIndex index = m_model->indexOf(pageId);
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
