#pragma once

#include "content/page.h"
#include "content/searchquery.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class SiteDatabase;

// The search index of a site's texts, the same in both stores: a file's SQLite FTS5 table, a
// team site's tsvector (schema 14, search_text). Kept in the transaction that saves a text, so a
// search never misses what was saved; built again whole after a copy or an upgrade.
class SearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    explicit SearchRepository(SiteDatabase &db)
        : m_db(db)
    { }

    // A text as it was saved (its body as stored HTML): its row in the index, made or renewed.
    Status update(qint64 pageId, const QString &language, const QString &title,
        const QString &summary, const QString &bodyHtml);
    // Every text of the site indexed again from page_translation, in a transaction.
    Status rebuild();
    // The same in the caller's transaction (a schema upgrade's).
    Status indexAll();
    // A site file's FTS rows made again from search_text, in the caller's transaction (the
    // upgrade to schema 15, which remade the FTS table).
    Status refillWords();

    struct Filter
    {
        QString language; // empty: every language
        std::optional<PageKind> kind;
        std::optional<PageStatus> status; // none: any but drafts, unless `drafts`
        bool drafts = false;
        qint64 section = 0; // not 0: this page and the pages below it only
        int limit = 200;
        // The excerpt of each hit (SearchQuery::excerpt): its width and how much before the match.
        int excerptWidth = 140;
        int excerptLead = -1;
        // The texts of the pages in the trash instead of the site's (newest entry first, not
        // ranked; the status and the section do not apply).
        bool trash = false;
    };

    // A page text that holds every part of the query, and where it shows the match.
    struct Hit
    {
        qint64 pageId = 0;
        QString language;
        QString title;
        SearchQuery::Excerpt excerpt;
        qint64 trashId = 0; // a page in the trash: its entry
    };

    // The texts that match, best first.
    Result<QList<Hit>> find(const SearchQuery &query, const Filter &filter) const;

    // The plain text a body's HTML stands for in the index (a line per block).
    static QString bodyText(const QString &bodyHtml);
    // How many of a body's first words a server ranks by, with the title and summary.
    static constexpr int LeadWords = 50;

private:
    Result<QList<Hit>> findInTrash(const SearchQuery &query, const Filter &filter) const;
    Status insertWords(qint64 id, const QString &title, const QString &summary, const QString &body,
        const QString &what);

    SiteDatabase &m_db;
};
