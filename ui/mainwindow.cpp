#include "mainwindow.h"

#include "articleeditor.h"
#include "body/wordcount.h"
#include "content/pagetree.h"
#include "environment/appsettings.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "tree/pagetreemodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PageTreeModel(this))
{
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Pages"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);

    m_languageBar = new QTabBar;
    m_languageBar->setAccessibleName(tr("Language"));
    m_languageBar->setDrawBase(false);
    m_languageBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_title = new QLabel;
    m_title->setAccessibleName(tr("Title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel;
    m_meta->setAccessibleName(tr("Page details"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new QLabel;
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setItalic(true);
    m_summary->setFont(summaryFont);
    m_body = new ArticleEditor;
    m_body->setAccessibleName(tr("Body"));
    m_body->setReadOnly(true); // editing comes with the editor window
    m_body->mediaLoader = [this](qint64 id) {
        if (!m_site)
            return QImage();
        const auto bytes = MediaRepository(*m_site).bytes(id);
        return bytes ? QImage::fromData(*bytes) : QImage();
    };
    m_wordCount = new QLabel;
    m_wordCount->setAccessibleName(tr("Word count"));
    statusBar()->addPermanentWidget(m_wordCount);

    auto *article = new QWidget;
    auto *layout = new QVBoxLayout(article);
    layout->addWidget(m_languageBar);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_summary);
    layout->addWidget(m_body, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(article);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 780 });
    setCentralWidget(splitter);
    resize(1200, 800);

    createActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showCurrentPage);
    connect(m_languageBar, &QTabBar::currentChanged, this, [this] {
        m_model->setTitleLanguage(currentLanguage());
        showCurrentPage();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Site…"), this, &MainWindow::chooseSiteToOpen);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

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

    m_site = std::move(opened).value();
    m_languages = settings->languages;
    {
        const QSignalBlocker blocker(m_languageBar);
        while (m_languageBar->count() > 0)
            m_languageBar->removeTab(0);
        for (const QString &language : std::as_const(m_languages)) {
            const QLocale locale(language);
            // The language in its own words, without a country ("ქართული", "English").
            const QString name = locale.language() == QLocale::English
                ? QLocale::languageToString(QLocale::English)
                : locale.nativeLanguageName();
            const int tab
                = m_languageBar->addTab(QStringLiteral("%1 · %2").arg(language.toUpper(), name));
            m_languageBar->setTabToolTip(tab, QLocale::languageToString(locale.language()));
        }
    }
    m_languageBar->updateGeometry(); // it was laid out while it had no tabs
    m_model->setTree(PageTree(std::move(*listing)), m_languages, settings->sourceLanguage);
    m_tree->expandAll();

    const QString siteTitle = settings->siteTitles.value(settings->sourceLanguage);
    setWindowTitle(siteTitle.isEmpty() ? QFileInfo(path).fileName() : siteTitle);
    setWindowFilePath(path);
    statusBar()->showMessage(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    AppSettings::setLastSite(path);

    const QModelIndex first = m_model->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    showCurrentPage();
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
    return m_languages.value(m_languageBar->currentIndex());
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
    const qsizetype index = m_languages.indexOf(language);
    if (index >= 0)
        m_languageBar->setCurrentIndex(int(index));
}

void MainWindow::showCurrentPage()
{
    const qint64 id = currentPageId();
    const QString language = currentLanguage();
    m_title->clear();
    m_meta->clear();
    m_summary->clear();
    m_body->clear();
    m_wordCount->clear();
    if (!m_site || id == 0)
        return;
    PageRepository pages(*m_site);
    const auto page = pages.page(id);
    const auto text = pages.translation(id, language);
    if (!page || !text) {
        statusBar()->showMessage(!page ? page.error() : text.error());
        return;
    }
    const QLocale locale(language);
    const QString date = page->publishAt.isValid()
        ? locale.toString(page->publishAt.toLocalTime().date(), QLocale::LongFormat)
        : tr("no publish date");
    m_meta->setText(
        tr("%1 · %2 · /%3")
            .arg(m_model->data(m_model->indexOf(id, PageTreeModel::StatusColumn)).toString(), date,
                m_model->data(m_model->indexOf(id), PageTreeModel::PathRole).toString()));
    if (!text->has_value()) {
        m_title->setText(tr("No %1 text yet").arg(QLocale::languageToString(locale.language())));
        return;
    }
    m_title->setText((*text)->title);
    m_summary->setText((*text)->summary);
    m_summary->setVisible(!(*text)->summary.isEmpty());
    m_body->setLanguage(language);
    m_body->setBodyHtml((*text)->bodyHtml);
    const int words = WordCount::ofBody((*text)->bodyHtml);
    m_wordCount->setText(tr("Words: %1").arg(QLocale().toString(words)));
}
