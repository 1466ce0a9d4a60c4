#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

// The content model shared by the store, the command line, the tree model and (later) export.

enum class PageKind
{
    Section,
    Page,
    News
};
enum class PageStatus
{
    Draft,
    Review,
    Published
};

QString pageKindName(PageKind kind);
std::optional<PageKind> pageKindFromName(const QString &name);
QString pageStatusName(PageStatus status);
std::optional<PageStatus> pageStatusFromName(const QString &name);

// One node of the page tree; language-independent.
struct Page
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    int position = 0; // dense among siblings: 0, 1, 2, …
    PageKind kind = PageKind::Page;
    QString slug;
    PageStatus status = PageStatus::Draft;
    QDateTime publishAt; // UTC; invalid when not set
    QDateTime createdAt;
    QDateTime updatedAt;
    // When it was first published (invalid: never). Kept by the store, never written through
    // this struct: a page that was ever published keeps its address.
    QDateTime firstPublishedAt;
    bool wasEverPublished() const { return firstPublishedAt.isValid(); }
    // Changes with every change of kind, slug, status, publish date or parent, and with a move
    // (a site-wide count kept by the store, like a text's version; never written through this
    // struct). A write that names the version it saw is refused when the page moved on.
    qint64 version = 0;
    // The page's lead image (media id; 0: none): what lists and cards show of it, what its
    // article opens with, its og:image. Written with PageRepository::setLeadImage() only.
    qint64 leadMediaId = 0;
};

// What a person edits of a page in one language: its text's title, summary and body, and the
// page's own slug, status and publish date (invalid: none). The editor's session holds them;
// the offline journal keeps them.
struct EditedFields
{
    QString title;
    QString slug;
    QString summary;
    QString bodyHtml;
    PageStatus status = PageStatus::Draft;
    QDateTime publishAt;
    bool operator==(const EditedFields &) const = default;
};

// The text of a page in one language.
struct Translation
{
    qint64 pageId = 0;
    QString language;
    QString title;
    QString summary;
    QString bodyHtml;
    QDateTime updatedAt;
    // Kept by the store (see TranslationBasisRepository), never written through this struct:
    // the fingerprint of this text's segments,
    QString contentFingerprint;
    // of the source segments a translation was made from (empty for the source language),
    QString sourceFingerprint;
    // and how many of those are still to translate, with their words.
    int openSegments = 0;
    int openWords = 0;
    // Changes with every save of title, summary or body (a site-wide count kept by the store).
    qint64 version = 0;
};

// Why a text was saved, kept with each revision as its name ("save", "autosave", …).
enum class SaveReason
{
    Save, // an explicit save (Ctrl+S, a command, a dialog): always its own revision
    Autosave, // the editor saving as you type: one revision per 10-minute stretch
    Restore, // an older revision brought back
    Import, // a translation file applied
};

QString saveReasonName(SaveReason reason);
std::optional<SaveReason> saveReasonFromName(const QString &name);

// Where a page's text in one language stands, derived from the store (never typed in).
enum class TranslationState
{
    Missing, // no text in that language
    InProgress, // some source segments are not translated yet
    UpToDate,
    Outdated, // the source changed since the translation was made
    Source, // the text is the source
};

QString translationStateName(TranslationState state); // "missing", "in-progress", …
// `text` and `source` may be null (no text); `isSource`: the text is in the source language.
TranslationState translationState(
    const Translation *text, const Translation *source, bool isSource);

// A page with the titles of the translations it has, as listed in trees.
struct PageListing
{
    Page page;
    QMap<QString, QString> titles; // language → title, only for existing translations
    QMap<QString, TranslationState> states; // language → state, for existing translations
    // The versions of the page's own fields and of its newest text, as listed: what a move or a
    // delete from the tree saw (see PageRepository::Seen).
    qint64 textsVersion = 0;
};
