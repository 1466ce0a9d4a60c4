#pragma once

#include "content/searchquery.h"
#include "core/result.h"
#include "editing/offlineedits.h"
#include "editing/pageeditsession.h"
#include "preview/previewrenderer.h"
#include "store/pagerepository.h"
#include "store/permissions.h"
#include "store/presencerepository.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class ArticleEditor;
class ConflictDialog;
class PageEditSession;
class QAction;
class QComboBox;
class QTextCursor;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTabBar;
class QTimer;
class SiteDatabase;

// The article pane: a page in one language (EN | KA bar), its title, slug, summary, status,
// publish date and body. No Save button: changes are saved at most 2 s after the first unsaved
// change (even while typing goes on), and at once by saveNow() (page or language switch,
// Ctrl+S, closing).
class ArticlePane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 2000;
    static constexpr int RetryLoadMs = 3000;

    explicit ArticlePane(QWidget *parent = nullptr);
    ~ArticlePane() override;

    // A new site (or none): the pane forgets the page it showed without saving it.
    void setSite(SiteDatabase *site, const QStringList &languages);
    // Saves the page shown, then shows another one (0: none).
    void showPage(qint64 pageId);
    void setLanguage(const QString &language);

    qint64 pageId() const;
    QString language() const;
    // The site's titles per language, again (after the site settings changed).
    void reloadSiteSettings();
    ArticleEditor *editor() const { return m_body; }
    // The question about a save that met a change made elsewhere, while it is open.
    ConflictDialog *conflictDialog() const;
    // What the preview shows of the page being edited (the body is converted now).
    PreviewRenderer::Article previewArticle() const;
    // The pane's commands, for the window's menus: editing (undo … replace) and formatting.
    QList<QAction *> editActions() const { return m_editActions; }
    QList<QAction *> formatActions() const { return m_formatActions; }
    // Puts the cursor in the title, selected, to rename the page.
    void focusTitle();
    // Selects `matched` where a search found it (its `occurrence`-th time, from 0, in the
    // field), scrolled into view, with the keyboard focus; false when it is not there.
    bool showMatch(SearchQuery::Field field, const QString &matched, int occurrence);
    // Saves now if anything changed; reports through statusMessage() and returns the outcome.
    // Saves at once; an autosave joins the text's current revision stretch.
    Status saveNow(SaveReason reason = SaveReason::Autosave);
    // File › Save Now (Ctrl+S): always a revision of its own.
    void saveExplicitly();
    // The same, for callers content with the report in the status bar.
    void flush();
    // Shows the stored text anew (after it was changed elsewhere, e.g. side by side); call
    // flush() first.
    void reload();
    // After a commit elsewhere: shows the stored page text anew when it is not what the pane
    // shows (and nothing is typed here), so that other pages' changes and colleagues' leases
    // leave the cursor alone. Whether it did.
    bool reloadIfChangedElsewhere();
    // Who else has which page text open (never this window): the line above the form says who
    // is on this page, more visibly when it is the same text.
    void setPresence(const QList<PresenceRepository::Presence> &others);
    // Edited and not saved yet.
    bool isModified() const;
    // A team site's server could not be reached at the last save: what is typed is kept on
    // this computer (offlineEdits()) and saved again every few seconds until it goes through.
    bool isOffline() const { return m_offline; }
    // The site's journal of texts kept while its server was away (null: no site).
    OfflineEdits *offlineEdits() const { return m_offlineEdits.get(); }
    // Brings a text kept while offline into the page text shown, which must be the entry's,
    // and saves it at once: merged with what changed meanwhile, or a conflict to resolve.
    Status bringBack(const OfflineJournal::Entry &entry);
    // A site opened read-only (a damaged one, to copy text out): nothing can be edited.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // What the person connected may do (a team site's role): the fields of what they may
    // not change are greyed out, saying why in their tooltips.
    void setPermissions(const Permissions &permissions);
    const Permissions &permissions() const { return m_permissions; }

signals:
    void languageChanged(const QString &language);
    void statusMessage(const QString &message);
    // After a save, so that the tree can show the new title and status.
    void pageSaved(qint64 pageId);
    // Anything shown changed (typing, another page or language): for the preview and counts.
    void contentChanged();
    // The server went away (a save could not reach it) or came back.
    void offlineChanged(bool offline);
    // The page text shown now (0: none), for the window's presence lease.
    void textOpened(qint64 pageId, const QString &language);

private:
    void createToolbar(class QToolBar *toolbar);
    void format(const std::function<void(QTextCursor &)> &command);
    void editLink();
    void updateFormatState();
    void load();
    void scheduleSave();
    void showFields();
    void updateHeading();
    // The fields editable as the page, its language and the permissions allow.
    void applyPermissions();
    // A save the server refused for the person's role, as one line naming the page.
    QString refusal(const Status &status);
    void askAboutConflict(const PageEditSession::Conflict &conflict);
    void showMergedFields();
    void updatePresence();
    // `failure` says a team site's server cannot be reached (what the offline journal is for).
    bool serverAway(const Status &failure) const;
    void setOffline(bool offline);
    // The page text went to the store: the copy kept while offline, if any, goes.
    void forgetKept(qint64 pageId, const QString &language);

    SiteDatabase *m_site = nullptr;
    QString m_mergeMessage; // what the last save said about a change made elsewhere
    QPointer<ConflictDialog> m_conflictDialog;
    bool m_readOnly = false;
    Permissions m_permissions;
    QMap<QString, QString> m_siteTitles; // language → the site's title in it
    std::unique_ptr<PageEditSession> m_session;
    std::unique_ptr<OfflineEdits> m_offlineEdits;
    bool m_offline = false;
    QStringList m_languages;
    qint64 m_pageId = 0;
    bool m_loading = false;
    QTimer *m_autosave = nullptr;
    QTimer *m_retryLoad = nullptr;

    QTabBar *m_languageBar = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_presence = nullptr;
    QList<PresenceRepository::Presence> m_others;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_status = nullptr;
    QDateTimeEdit *m_date = nullptr;
    ArticleEditor *m_body = nullptr;
    class FindBar *m_findBar = nullptr;
    QComboBox *m_style = nullptr;
    QAction *m_strong = nullptr;
    QAction *m_em = nullptr;
    QAction *m_bulleted = nullptr;
    QAction *m_numbered = nullptr;
    QAction *m_quote = nullptr;
    class QActionGroup *m_styleActions = nullptr;
    QList<QAction *> m_editActions;
    QList<QAction *> m_formatActions;
};
