#pragma once

#include "content/page.h"
#include "core/result.h"
#include "spelling/spellchecker.h"

#include <QMainWindow>

#include <memory>

class ArticlePane;
class PreviewView;
class PageTreeModel;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QUndoStack;
class QSplitter;
class QTimer;
class QTreeView;
class SiteDatabase;

// The editor's main window: the page tree on the left, the article pane of the selected page
// on the right. Work is saved without asking (see ArticlePane); the place in the site and the
// window's layout come back at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int PreviewDelayMs = 150;
    static constexpr int WatchIntervalMs = 1500;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Access
    {
        Editing,
        ReadOnly, // a damaged site, to copy out what can be read: nothing is written
    };
    // Opens `path`; on failure the current site stays open and the error is returned.
    Status openSite(const QString &path, Access access = Access::Editing);
    bool isReadOnly() const { return m_readOnly; }
    // The same, reporting a failure in a (window-modal) message box.
    bool openSiteReportingErrors(const QString &path);
    // After `path` failed to open with `error`: when it has backups, offers to put one in its
    // place and opens it; true when the site is open then.
    bool recoverFromBackup(const QString &path, const QString &error);
    // Creates an empty site (English and Georgian) at `path` and opens it.
    Status createSite(const QString &path);

    QString sitePath() const;
    qint64 currentPageId() const;
    QString currentLanguage() const;
    bool selectPage(qint64 pageId);
    void setCurrentLanguage(const QString &language);
    ArticlePane *articlePane() const { return m_pane; }
    // Created once the window has been shown (QtWebEngine takes a while to start): null before.
    PreviewView *preview() const { return m_preview; }

    // The panes' default widths for a splitter `width` wide: tree, article pane, preview.
    static QList<int> defaultPaneSizes(int width);
    // The panes' widths after the window got `delta` wider (or narrower); the article pane
    // needs at least `paneMinimum`.
    static QList<int> fitPanes(QList<int> sizes, int delta, int paneMinimum = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void chooseSiteToOpen();
    void chooseSiteToCreate();
    void showAbout();
    void showShortcuts();
    QString dictionaryList() const;
    void exportSite();
    // A check finding double-clicked: its page in its language, the link or image selected.
    void showFinding(qint64 pageId, const QString &language, const QString &target);
    void showSpellingReport();
    // Translation: the dashboard, one page side by side, XLIFF out and in.
    void showTranslationDashboard();
    void translateSideBySide(qint64 pageId, const QString &language);
    void markTranslationUpToDate();
    void exportForTranslation();
    void importTranslation();
    // The language to translate into from the current one (the first other for the source).
    QString translationLanguage() const;
    void editSiteSettings();
    void useSpelling(const QString &englishVariant);
    void reportError(const QString &title, const QString &message);
    // PRAGMA quick_check on its own connection and thread; damage is reported in a dialog.
    void checkIntegrityInBackground(const QString &path);
    // Another connection (window, process) committed: the tree and, unless it is being
    // edited, the page are read anew.
    void noticeChangesElsewhere();
    qint64 dataVersion() const;
    // A damaged site: says so, and offers the latest backups.
    void reportDamage(const QString &message);
    void restoreFromBackup();
    void reloadTree();
    QModelIndex viewIndex(qint64 pageId) const;
    qint64 pageAt(const QModelIndex &viewIndex) const;
    void movePage(qint64 pageId, qint64 newParentId, int position);
    void createPage(PageKind kind);
    void duplicatePage();
    void deletePage(); // to the trash
    void showTrash();
    void showHistory();
    void refreshPage(qint64 pageId);
    void rememberPlace();
    void updateCounts();
    void updatePreview();
    void createPreview();

    std::unique_ptr<SiteDatabase> m_site;
    // Shared by the editor's highlighter; the widgets (children) are deleted after members,
    // so ~MainWindow detaches the editor first.
    std::unique_ptr<SpellChecker> m_spellChecker = std::make_unique<SpellChecker>();
    QStringList m_languages;
    PageTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QMenu *m_pageMenu = nullptr;
    QUndoStack *m_treeUndo = nullptr;
    QSplitter *m_splitter = nullptr;
    ArticlePane *m_pane = nullptr;
    QLabel *m_wordCount = nullptr;
    QTimer *m_countTimer = nullptr;
    PreviewView *m_preview = nullptr;
    QWidget *m_previewSlot = nullptr; // where the preview goes, shown or hidden with it
    QAction *m_previewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QAction *m_markUpToDateAction = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_watch = nullptr;
    bool m_readOnly = false;
    bool m_layoutRestored = false; // the splitter's sizes came from the settings (or were set)
    QList<QAction *> m_writeActions; // off while a site is open read-only
    qint64 m_dataVersion = 0;
};
