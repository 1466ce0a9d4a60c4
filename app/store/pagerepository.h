#pragma once

#include "content/page.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class SiteDatabase;
class QSqlQuery;

// Pages, their place in the tree and their texts per language. Tree operations keep sibling
// positions dense (0, 1, 2, …), keep slugs unique among siblings and refuse cycles; every
// write is one transaction.
class PageRepository
{
    Q_DECLARE_TR_FUNCTIONS(PageRepository)

public:
    explicit PageRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct NewPage
    {
        qint64 parentId = 0;
        PageKind kind = PageKind::Page;
        QString slug;
        PageStatus status = PageStatus::Draft;
        QDateTime publishAt;
        int position = -1; // -1: after the last sibling
    };

    // A write that names no version it saw writes over whatever is stored (the command line
    // without --if-version, restoring from the trash).
    static constexpr qint64 AnyVersion = -1;
    // The last change of a text or of a page's own fields: who made it, when, and the version
    // it made (revision.author/saved_at of the newest revision; page.changed_by/updated_at).
    struct Change
    {
        QString author; // empty: not known (a change made before schema 10, or by a tool)
        QDateTime at;
        qint64 version = 0;
    };

    enum class ListingParts
    {
        WithTexts, // titles and translation states
        PagesOnly, // for whole-site work that reads the texts by language anyway
    };
    // Every page with the titles of its translations, ordered by parent and position.
    Result<QList<PageListing>> listing(ListingParts parts = ListingParts::WithTexts) const;
    // One page's listing (after it changed).
    Result<PageListing> listing(qint64 id) const;
    Result<Page> page(qint64 id) const;
    Result<std::optional<Translation>> translation(qint64 pageId, const QString &language) const;
    enum class TextParts
    {
        WithBody,
        WithoutBody, // bodyHtml left empty: titles, summaries and versions only
    };
    // Every text in a language, by page (one query: for whole-site work such as the export).
    // A share reads only the pages whose id modulo `of` is `part`, so that connections of
    // their own can read the others at the same time.
    struct Share
    {
        int part;
        int of;
    };
    Result<QHash<qint64, Translation>> translations(const QString &language,
        TextParts parts = TextParts::WithBody, Share share = { 0, 1 }) const;
    // "12" (an id) or a slug path such as "news/online-seminar-on-trafficking".
    Result<qint64> resolve(const QString &idOrPath) const;
    Result<QString> path(qint64 id) const;
    // `wanted` if it is free under `parentId`, else wanted-2, wanted-3, …
    Result<QString> uniqueSlug(qint64 parentId, const QString &wanted, qint64 exceptId = 0) const;

    Result<qint64> createPage(const NewPage &page);
    // Creates a page with its first text in one transaction. An empty slug is made from the
    // title (Georgian romanised) and numbered if a sibling has it; a given slug must be free.
    Result<qint64> addPage(NewPage page, Translation text);
    // Saves kind, slug, status and publish date of an existing page. With a version seen, the
    // page must still be at that version, else nothing is saved and the failure is a Conflict
    // naming the page and who changed it when.
    Status updatePage(const Page &page, qint64 seenVersion = AnyVersion);
    // Creates or replaces the text in one language; a change also records a revision (see
    // SaveReason and RevisionRepository::record). An explicit save of an unchanged text closes the
    // current autosave stretch. A new translation is recorded as made from the source text as it is
    // now; an existing one keeps what it was made from (translation.sourceFingerprint is not read).
    // With a version seen (0: there was no text), the text must still be at that version: else
    // nothing is saved and the failure is a Conflict ("… changed by Nino at 14:02 (version 41);
    // not saved"). The check is the write itself (UPDATE … WHERE version = :seen), so two
    // writers at once cannot both pass it.
    Status saveTranslation(const Translation &translation, SaveReason reason = SaveReason::Save,
        qint64 seenVersion = AnyVersion);
    Result<Change> lastChange(qint64 pageId, const QString &language) const;
    Result<Change> lastPageChange(qint64 pageId) const;
    // Inside a transaction: no other transaction changes the page's row until this one ends
    // (PostgreSQL's SELECT … FOR UPDATE; a file's writer holds the whole file), so that what
    // the transaction reads of the page and its texts before and after its writes belongs to
    // the versions it read. Without it, a status a colleague committed between two reads could
    // be taken for the version read after it, and written over by the next save.
    Status holdForWriting(qint64 pageId);
    // "“About” was changed by Nino at 14:02 (version 41)": one line for a conflict.
    QString changedMessage(qint64 pageId, const Change &change, const QString &language = {}) const;
    // Records that a translation was brought in line with the source as it is now.
    Status markUpToDate(qint64 pageId, const QString &language);
    // With the page's version seen (Page::version), a page changed or moved meanwhile is not
    // moved: a Conflict naming the page.
    Status movePage(
        qint64 id, qint64 newParentId, int newPosition, qint64 seenVersion = AnyVersion);
    // Makes an image the page's lead image (0: none). The page and the image must exist.
    Status setLeadImage(qint64 pageId, qint64 mediaId);
    // A copy of one page (not its subpages) right after it, as a draft with all its texts;
    // titles get " (copy)" and the slug a free number.
    Result<qint64> duplicatePage(qint64 id);
    // What a window saw of a page before acting on it (its tree listing): the page's own version
    // and its newest text's (PageListing::textsVersion).
    struct Seen
    {
        qint64 version = AnyVersion;
        qint64 textsVersion = AnyVersion;
    };
    // A subtree as seen: page id → Seen, for the page and every subpage the window showed.
    using SeenTree = QHash<qint64, Seen>;
    static SeenTree seenTree(const class PageTree &tree, qint64 top);
    // The page and its subpages as stored, parents before children.
    Result<QList<qint64>> subtree(qint64 id) const;
    // Deletes the page with its subtree. With the subtree seen (else nothing is checked), a
    // page of it changed meanwhile, or a subpage made meanwhile, and nothing is deleted: a
    // Conflict naming that page and who changed it. A subpage deleted meanwhile is no matter.
    Status deletePage(qint64 id, const SeenTree &seen = {});
    // A one-line name for messages: the page's title in the source language (else any), or slug.
    QString displayName(qint64 id) const;

private:
    Status checkParent(qint64 parentId) const;
    Status checkSlugFree(qint64 parentId, const QString &slug, qint64 exceptId) const;
    Result<int> childCount(qint64 parentId, qint64 exceptId = 0) const;
    Status shiftPositions(qint64 parentId, int from, int delta, qint64 exceptId);
    QString pageName(qint64 id) const;
    Status pageConflict(qint64 id) const;
    Result<qint64> textsVersion(qint64 id) const;
    // Whether page `id` is still as `seen` (a version of none seen: a page made meanwhile).
    Status checkUnchanged(qint64 id, const std::optional<Seen> &seen) const;

    SiteDatabase &m_db;
};
