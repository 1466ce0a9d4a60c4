#pragma once

#include "content/page.h"
#include "core/result.h"
#include "editing/threewaymerge.h"
#include "store/pagerepository.h"

#include <QObject>

class SiteDatabase;

// The page and language being edited, apart from any widget: it loads them from the store,
// holds the edited values, and saves what changed. The slug belongs to the page: it follows
// the title of the site's source language until it is edited by hand, and only while the page
// is a draft that was never published, so a published URL never changes behind the user's
// back and a translated title (Georgian) never moves the page's address. A save never loses text:
// when the slug cannot be taken, the text is saved all the same and the slug problem reported.
//
// No save goes over a change made elsewhere (another window, another person on a team site):
// every write names the version this session started from. When the stored text or page moved
// on, the save merges three ways (the version started from, this session's, the stored one): if
// everything merged by itself, the merged text is saved and handed to the editor (merged());
// else nothing is saved over the other change and conflicted() hands over the merge, for the user
// to choose per block (resolve()). Either way this session's own text is first recorded as a
// revision, so that both sides stay in the page's history.
class PageEditSession : public QObject
{
    Q_OBJECT

public:
    using Fields = EditedFields;

    // What a save met when the stored text or page had moved on: the three sides and their
    // merge, with who made the other change and when.
    struct Conflict
    {
        Fields base, mine, theirs;
        QList<ThreeWayMerge::Part> body;
        QList<ThreeWayMerge::Field> fields; // title, summary, slug, status, date
        QString theirAuthor; // empty: not known
        QDateTime theirTime;
        qint64 theirVersion = 0; // the text's (0: no text)
        qint64 theirPageVersion = 0;
        int conflictCount() const;
        // Mine where open or chosen, theirs where chosen or changed only there, both where chosen.
        Fields result() const;
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
    // The page's own version, likewise.
    qint64 storedPageVersion() const { return m_storedPageVersion; }
    // The fields as this session read or last wrote them: the base of a merge.
    const Fields &baseFields() const { return m_stored; }
    // Edits made elsewhere (a journal kept while offline) brought into this open session: `mine`
    // made from `base` at text version `baseVersion` (page version `basePageVersion`; AnyVersion:
    // compared by value). The next save() checks them against the store like any other edits.
    void restoreEdits(const Fields &base, qint64 baseVersion, const Fields &mine,
        qint64 basePageVersion = PageRepository::AnyVersion);
    // A conflict the user resolved (choices set on its parts and fields): its result is saved
    // against the other side's version, with this session's text kept as a revision; if the
    // store moved on again meanwhile, it merges again (merged() or conflicted() once more).
    Status resolve(const Conflict &resolved);

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
    // A change made elsewhere meanwhile: see the class comment; a merge with conflicts saves
    // nothing over it and returns a failure of kind Conflict (the session stays modified).
    Status save(SaveReason reason = SaveReason::Save);

signals:
    // The stored text or page had changed elsewhere, everything merged by itself and the merge
    // was saved: `fields` are the session's fields now, for the editor to show. One line says
    // what happened, naming the page and the person.
    void merged(const PageEditSession::Fields &fields, const QString &message);
    // The stored text or page had changed elsewhere and some blocks or fields were changed on
    // both sides: nothing was saved over it; choose, then resolve().
    void conflicted(const PageEditSession::Conflict &conflict);
    void modifiedChanged(bool modified);
    void slugChanged(const QString &slug); // also when it followed the title
    void saved();

private:
    void setModified(bool modified);
    Status write(SaveReason reason);
    Conflict merge(const Fields &theirs) const;
    Status recordMine(); // inside the save's transaction

    SiteDatabase &m_db;
    qint64 m_pageId = 0;
    QString m_language;
    PageKind m_kind = PageKind::Page;
    bool m_hasText = false;
    Fields m_fields;
    Fields m_stored;
    qint64 m_storedVersion = 0;
    qint64 m_storedPageVersion = PageRepository::AnyVersion;
    Fields m_recordedMine; // this session's text as last kept as a revision in a conflict
    bool m_hasRecordedMine = false;
    bool m_slugFollowsTitle = false;
    bool m_modified = false;
};

Q_DECLARE_METATYPE(PageEditSession::Fields)
Q_DECLARE_METATYPE(PageEditSession::Conflict)
