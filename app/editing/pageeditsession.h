#pragma once

#include "content/page.h"
#include "core/result.h"
#include "store/pagerepository.h"

#include <QObject>

class SiteDatabase;

// The page and language being edited, apart from any widget: it loads them from the store,
// holds the edited values, and saves what changed. The slug belongs to the page: it follows
// the title of the site's source language until it is edited by hand, and only while the page
// is a draft that was never published, so a published URL never changes behind the user's
// back and a translated title (Georgian) never moves the page's address. A save never loses text:
// when the slug cannot be taken, the text is saved all the same and the slug problem reported.
class PageEditSession : public QObject
{
    Q_OBJECT

public:
    struct Fields
    {
        QString title;
        QString slug;
        QString summary;
        QString bodyHtml;
        PageStatus status = PageStatus::Draft;
        QDateTime publishAt;
    };

    explicit PageEditSession(SiteDatabase &db, QObject *parent = nullptr);

    // Opens a page in a language (the current one is not saved: call save() first).
    Status open(qint64 pageId, const QString &language);
    void close();

    qint64 pageId() const { return m_pageId; }
    QString language() const { return m_language; }
    PageKind kind() const { return m_kind; }
    bool hasText() const { return m_hasText; } // a text in this language exists in the store
    const Fields &fields() const { return m_fields; }
    bool isModified() const { return m_modified; }
    // The text's version as this session last read or wrote it (0: no text).
    qint64 storedVersion() const { return m_storedVersion; }

    void setTitle(const QString &title);
    void setSlug(const QString &slug);
    void setSummary(const QString &summary);
    void setBodyHtml(const QString &html);
    void setStatus(PageStatus status);
    void setPublishAt(const QDateTime &publishAt);
    // The body changed in the editor; its HTML is handed over with setBodyHtml() before saving.
    void markModified();

    // Writes what changed in one transaction. On success the session is unmodified; a slug
    // that could not be taken is reported but the rest is saved. An autosave joins the text's
    // current revision stretch, unless the status or date changed (those always make one).
    Status save(SaveReason reason = SaveReason::Save);

signals:
    // The text was changed elsewhere (another window or process) since this session read it,
    // and this save went over it: both versions are revisions in the page's history.
    void conflict(const QString &message);
    void modifiedChanged(bool modified);
    void slugChanged(const QString &slug); // also when it followed the title
    void saved();

private:
    void setModified(bool modified);

    SiteDatabase &m_db;
    qint64 m_pageId = 0;
    QString m_language;
    PageKind m_kind = PageKind::Page;
    bool m_hasText = false;
    Fields m_fields;
    Fields m_stored;
    qint64 m_storedVersion = 0;
    bool m_slugFollowsTitle = false;
    bool m_modified = false;
};
