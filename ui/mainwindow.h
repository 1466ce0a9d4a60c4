#pragma once

#include "core/result.h"
#include "previewslot.h"
#include "session/sitesession.h"

#include <QMainWindow>

class ArticlePane;
class PageTreeController;
class PaneLayout;
class PreviewView;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class SiteRecovery;
class SpellingActions;
class TranslationActions;

// The editor's main window: the page tree on the left, the article pane of the selected page
// in the middle, the preview on the right. Work is saved without asking (see ArticlePane and
// SiteSession); the place in the site and the window's layout come back at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int PreviewDelayMs = PreviewSlot::DelayMs;
    static constexpr int WatchIntervalMs = SiteSession::WatchIntervalMs;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure the current site stays open and the error is returned.
    Status openSite(const QString &path, SiteSession::Access access = SiteSession::Access::Editing);
    bool isReadOnly() const { return m_session->isReadOnly(); }
    // The same, reporting a failure in a (window-modal) message box; a damaged file with
    // backups is offered its backups.
    bool openSiteReportingErrors(const QString &path);
    // After `path` failed to open as damaged with `error`: when it has backups, offers to put
    // one in its place (or to open it read-only); true when the site is open then.
    bool recoverFromBackup(const QString &path, const QString &error);
    // Creates an empty site (English and Georgian) at `path` and opens it.
    Status createSite(const QString &path);
    // File › Open Team Site…: the dialog, filled from `site` (else the team site open now) and
    // showing `error` when given.
    void chooseTeamSite(const QString &site = {}, const QString &error = {});

    QString sitePath() const { return m_session->path(); }
    qint64 currentPageId() const;
    QString currentLanguage() const;
    bool selectPage(qint64 pageId);
    void setCurrentLanguage(const QString &language);
    ArticlePane *articlePane() const { return m_pane; }
    // Created once the window has been shown (QtWebEngine takes a while to start): null before.
    PreviewView *preview() const { return m_preview->view(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Greys out what the person connected may not do (Permissions), saying why.
    void applyPermissions(const class Permissions &permissions);
    void createActions();
    // The menu entry `text` runs `work` as a command on the site (SiteSession::command).
    QAction *addCommand(QMenu *menu, const QString &text, std::function<void()> work);
    // A site was opened (another, or the same again): every part of the window shows it.
    void showSite();
    // Edit › Search the Site (Ctrl+Shift+F): the panel, its box focused.
    void showSearch();
    // Before the site goes: the place in it is remembered, nothing keeps its database.
    void letSiteGo();
    // Another window or process committed: the tree and, unless being edited, the page again.
    void showChangesElsewhere();
    void showPresence();
    // Page texts typed while a team site's server was away, kept on this computer: at the
    // start, the window asks whether to send them; when the server is back, it sends them.
    void offerToSendKeptChanges();
    // Page › Quick Open (Ctrl+P).
    void showQuickOpen();
    void sendKeptChanges();
    void chooseSiteToOpen();
    // The window's title for the open site (its title; a team site's database and server).
    QString siteName(const SiteSettings &settings) const;
    // Where the file dialogs start: the open site's folder, or the user's data folder.
    QString siteFolder() const;
    void chooseSiteToCreate();
    void showAbout();
    void showShortcuts();
    void exportSite();
    // A check finding double-clicked: its page in its language, the link or image selected.
    void showFinding(qint64 pageId, const QString &language, const QString &target);
    void editSiteSettings();
    void editPreferences();
    void showHistory();
    void rememberPlace();
    void updateCounts();

    SiteSession *m_session;
    ArticlePane *m_pane;
    PageTreeController *m_tree;
    TranslationActions *m_translation;
    SiteRecovery *m_recovery;
    SpellingActions *m_spelling;
    QSplitter *m_splitter;
    PaneLayout *m_layout = nullptr;
    QMenu *m_pageMenu = nullptr;
    QLabel *m_wordCount = nullptr;
    QLabel *m_offline = nullptr; // "Offline — changes are kept on this computer"
    QTimer *m_countTimer = nullptr;
    PreviewSlot *m_preview = nullptr;
    class QDockWidget *m_searchDock = nullptr;
    class SearchPanel *m_search = nullptr;
    QTimer *m_searchRefresh = nullptr; // the results again, after the pages changed
    QList<QAction *> m_writeActions; // off while a site is open read-only
    // What the person's role may not do (a team site), with the reason as tooltip and tip.
    QList<QAction *> m_pageActions; // make, duplicate, delete pages: editors and publishers
    QAction *m_siteSettings = nullptr; // publishers
};
