#include "searchrepository.h"

#include "body/articlebody.h"
#include "body/body.h"
#include "rowreader.h"
#include "sitedatabase.h"
#include "sqlaccess.h"
#include "trashrepository.h"

#include <QSqlQuery>

#include <algorithm>

using Dialect = SiteDatabase::Dialect;

namespace {
// Text columns are NOT NULL, and a null QString binds as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The start of a text, its first `count` words: what a server's ranking weighs of a body.
QString leadOf(const QString &text, int count)
{
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool space = text.at(i).isSpace();
        if (inWord && space && --count == 0)
            return text.left(i);
        inWord = !space;
    }
    return text;
}
} // namespace

QString SearchRepository::bodyText(const QString &bodyHtml)
{
    return BodyText::plainText(ArticleBody::parse(bodyHtml));
}

Status SearchRepository::update(qint64 pageId, const QString &language, const QString &title,
    const QString &summary, const QString &bodyHtml)
{
    const QString what = tr("index page %1 in %2 for search").arg(pageId).arg(language);
    const QString body = bodyText(bodyHtml);
    const bool server = m_db.dialect() == Dialect::Postgres;
    QSqlQuery row = SqlAccess::query(m_db);
    row.prepare(server ? QStringLiteral(
                    "INSERT INTO search_text (page_id, language, title, summary, body, words, "
                    "lead_words) VALUES (:page, :language, :title, :summary, :body, "
                    "setweight(to_tsvector('simple', :ftitle), 'A') || "
                    "setweight(to_tsvector('simple', :fsummary), 'B') || "
                    "setweight(to_tsvector('simple', :fbody), 'C'), "
                    "setweight(to_tsvector('simple', :ftitle), 'A') || "
                    "setweight(to_tsvector('simple', :fsummary), 'B') || "
                    "setweight(to_tsvector('simple', :flead), 'C')) "
                    "ON CONFLICT (page_id, language) DO UPDATE SET title = excluded.title, "
                    "summary = excluded.summary, body = excluded.body, words = excluded.words, "
                    "lead_words = excluded.lead_words "
                    "WHERE (search_text.title, search_text.summary, search_text.body) IS "
                    "DISTINCT FROM (excluded.title, excluded.summary, excluded.body) "
                    "RETURNING id")
                       : QStringLiteral(
                           "INSERT INTO search_text (page_id, language, title, summary, body) "
                           "VALUES (:page, :language, :title, :summary, :body) "
                           "ON CONFLICT (page_id, language) DO UPDATE SET title = excluded.title, "
                           "summary = excluded.summary, body = excluded.body "
                           "WHERE search_text.title IS NOT excluded.title OR search_text.summary "
                           "IS NOT excluded.summary OR search_text.body IS NOT excluded.body "
                           "RETURNING id"));
    row.bindValue(QStringLiteral(":page"), pageId);
    row.bindValue(QStringLiteral(":language"), language);
    row.bindValue(QStringLiteral(":title"), notNull(title));
    row.bindValue(QStringLiteral(":summary"), notNull(summary));
    row.bindValue(QStringLiteral(":body"), notNull(body));
    if (server) {
        row.bindValue(QStringLiteral(":ftitle"), notNull(SearchText::fold(title)));
        row.bindValue(QStringLiteral(":fsummary"), notNull(SearchText::fold(summary)));
        const QString folded = SearchText::fold(body);
        row.bindValue(QStringLiteral(":fbody"), notNull(folded));
        row.bindValue(QStringLiteral(":flead"), notNull(leadOf(folded, LeadWords)));
    }
    if (auto s = m_db.exec(row, what); !s)
        return s;
    // No row: the words are as they were (a save that only changed the formatting, or a
    // status), and the index stays as it is.
    if (server || !row.next())
        return {};
    const qint64 id = row.value(0).toLongLong();
    row.finish();

    // The folded words, row for row.
    QSqlQuery drop = SqlAccess::query(m_db);
    drop.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = :id"));
    drop.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(drop, what); !s)
        return s;
    return insertWords(id, title, summary, body, what);
}

Status SearchRepository::insertWords(qint64 id, const QString &title, const QString &summary,
    const QString &body, const QString &what)
{
    QSqlQuery words = SqlAccess::query(m_db);
    words.prepare(QStringLiteral("INSERT INTO search_index (rowid, title, summary, body) "
                                 "VALUES (:id, :title, :summary, :body)"));
    words.bindValue(QStringLiteral(":id"), id);
    words.bindValue(QStringLiteral(":title"), notNull(SearchText::fold(title)));
    words.bindValue(QStringLiteral(":summary"), notNull(SearchText::fold(summary)));
    words.bindValue(QStringLiteral(":body"), notNull(SearchText::fold(body)));
    return m_db.exec(words, what);
}

Status SearchRepository::refillWords()
{
    const QString what = tr("build the search index again");
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM search_index"), what); !s)
        return s;
    RowReader rows(
        m_db, QStringLiteral("SELECT id, title, summary, body FROM search_text ORDER BY id"), what);
    while (rows.next()) {
        if (auto s = insertWords(rows.value(0).toLongLong(), rows.value(1).toString(),
                rows.value(2).toString(), rows.value(3).toString(), what);
            !s)
            return s;
    }
    return rows.status();
}

Status SearchRepository::rebuild()
{
    return m_db.transaction([&] { return indexAll(); });
}

Status SearchRepository::indexAll()
{
    {
        const QString what = tr("build the search index again");
        if (m_db.dialect() == Dialect::Sqlite) {
            if (auto s = m_db.exec(QStringLiteral("DELETE FROM search_index"), what); !s)
                return s;
        }
        if (auto s = m_db.exec(QStringLiteral("DELETE FROM search_text"), what); !s)
            return s;
        struct Text
        {
            qint64 pageId;
            QString language, title, summary, body;
        };
        QList<Text> texts;
        {
            RowReader query(m_db,
                QStringLiteral("SELECT page_id, language, title, summary, body_html FROM "
                               "page_translation ORDER BY page_id, language"),
                what);
            while (query.next())
                texts.append({ query.value(0).toLongLong(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString(),
                    query.value(4).toString() });
            if (auto s = query.status(); !s)
                return s;
        }
        for (const Text &text : std::as_const(texts)) {
            if (auto s = update(text.pageId, text.language, text.title, text.summary, text.body);
                !s)
                return s;
        }
        return {};
    }
}

namespace {

// The conditions of a filter on the rows of search_text `t` joined with page `p`, with their
// values in order.
struct Conditions
{
    QStringList sql;
    QList<QVariant> values;
};

Conditions conditionsOf(const SearchRepository::Filter &filter)
{
    Conditions c;
    if (!filter.language.isEmpty()) {
        c.sql << QStringLiteral("t.language = ?");
        c.values << filter.language;
    }
    if (filter.kind) {
        c.sql << QStringLiteral("p.kind = ?");
        c.values << pageKindName(*filter.kind);
    }
    if (filter.status) {
        c.sql << QStringLiteral("p.status = ?");
        c.values << pageStatusName(*filter.status);
    } else if (!filter.drafts) {
        c.sql << QStringLiteral("p.status <> 'draft'");
    }
    if (filter.section != 0) {
        c.sql << QStringLiteral(
            "t.page_id IN (WITH RECURSIVE under (id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
            "SELECT c.id FROM page c JOIN under u ON c.parent_id = u.id) SELECT id FROM under)");
        c.values << filter.section;
    }
    return c;
}

void bindAll(RowReader &rows, const QList<QVariant> &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString)
            rows.bind(first + i, values[i].toString());
        else
            rows.bind(first + i, values[i].toLongLong());
    }
}

} // namespace

Result<QList<SearchRepository::Hit>> SearchRepository::findInTrash(
    const SearchQuery &query, const Filter &filter) const
{
    // Not indexed: the trash holds a few deleted pages, read whole when asked.
    const auto texts = TrashRepository(m_db).texts();
    if (!texts)
        return texts.failure();
    QList<Hit> hits;
    for (const TrashRepository::Text &text : *texts) {
        if (hits.size() >= filter.limit)
            break;
        if ((!filter.language.isEmpty() && text.language != filter.language)
            || (filter.kind && text.kind != *filter.kind))
            continue;
        auto excerpt = query.match(text.title, text.summary, bodyText(text.bodyHtml),
            filter.excerptWidth, filter.excerptLead);
        if (excerpt)
            hits.append(
                { text.pageId, text.language, text.title, std::move(*excerpt), text.trashId });
    }
    return hits;
}

Result<QList<SearchRepository::Hit>> SearchRepository::find(
    const SearchQuery &query, const Filter &filter) const
{
    if (query.isEmpty())
        return QList<Hit> {};
    if (filter.trash)
        return findInTrash(query, filter);
    const QString what = tr("search the site for %1").arg(query.text());
    const Conditions conditions = conditionsOf(filter);
    QList<Hit> hits;
    // A text is a hit when the query finds every part in it: the stores' matching is wider (a
    // phrase's words by their common start).
    const auto hitOf = [&](const RowReader &rows) -> std::optional<Hit> {
        const QString title = rows.value(2).toString();
        auto excerpt = query.match(title, rows.value(3).toString(), rows.value(4).toString(),
            filter.excerptWidth, filter.excerptLead);
        if (!excerpt)
            return std::nullopt;
        return Hit { rows.value(0).toLongLong(), rows.value(1).toString(), title,
            std::move(*excerpt) };
    };

    if (m_db.dialect() == Dialect::Postgres) {
        // Ranked by ts_rank over a text's lead (its title, summary and first words: schema
        // 16), titles weighing most; more rows than asked for, as the check may drop some. The
        // rank is taken where the words are read (OFFSET 0 keeps it there), and the texts are
        // read for the best rows only. The matches come from the GIN index: a sequential scan
        // reads every text's whole `words` from TOAST storage, which the planner does not
        // count (150 ms for a one-letter start that every text matches on a 10,000-page site,
        // 20 ms through the index: bench_textsearch), so this statement runs without one.
        const QString sql = QStringLiteral(
            "SELECT s.page_id, s.language, s.title, s.summary, s.body FROM ("
            "SELECT t.id, t.page_id, t.language, t.score FROM ("
            "SELECT id, page_id, language, ts_rank(lead_words, to_tsquery('simple', ?)) AS "
            "score FROM search_text WHERE words @@ to_tsquery('simple', ?) OFFSET 0) t "
            "JOIN page p ON p.id = t.page_id%1 "
            "ORDER BY t.score DESC, t.page_id, t.language LIMIT ?) r "
            "JOIN search_text s ON s.id = r.id ORDER BY r.score DESC, r.page_id, r.language")
                                .arg(conditions.sql.isEmpty() ? QString()
                                                              : u" WHERE "
                                            + conditions.sql.join(QStringLiteral(" AND ")));
        const Status read = m_db.transaction([&]() -> Status {
            if (auto s = m_db.exec(QStringLiteral("SET LOCAL enable_seqscan = off"), what); !s)
                return s;
            // The check dropped too many (a phrase's words apart): further down the ranking.
            for (qint64 wanted = qint64(filter.limit) * 2;; wanted *= 4) {
                hits.clear();
                RowReader rows(m_db, sql, what);
                rows.bind(1, query.tsRankQuery());
                rows.bind(2, query.tsQuery());
                bindAll(rows, conditions.values, 3);
                rows.bind(3 + int(conditions.values.size()), wanted);
                qint64 read = 0;
                while (hits.size() < filter.limit && rows.next()) {
                    ++read;
                    if (auto hit = hitOf(rows))
                        hits.append(std::move(*hit));
                }
                if (auto s = rows.status(); !s)
                    return s;
                if (hits.size() >= filter.limit || read < wanted)
                    break;
            }
            // Within a caller's transaction, the rest of it plans as usual.
            return m_db.exec(QStringLiteral("SET LOCAL enable_seqscan = DEFAULT"), what);
        });
        if (!read)
            return read.failure();
        return hits;
    }

    // A file: the FTS table ranks its matches alone (BM25, lower is better), and the texts are
    // read a batch of the best at a time, filtered, until there are enough: ranking every
    // match joined with its text and page took three times as long (bench_textsearch).
    RowReader ranked(m_db,
        QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY bm25(search_index, 10.0, 4.0, 1.0), rowid"),
        what);
    ranked.bind(1, query.ftsExpression());
    qsizetype batch = qsizetype(filter.limit) * 2;
    bool more = true; // a statement stepped past its end would start again
    while (more && hits.size() < filter.limit) {
        QList<qint64> ids;
        while (ids.size() < batch && (more = ranked.next()))
            ids.append(ranked.value(0).toLongLong());
        if (auto s = ranked.status(); !s)
            return s.failure();
        if (ids.isEmpty())
            break;
        QStringList marks(ids.size(), QStringLiteral("?"));
        QStringList where { u"t.id IN (" + marks.join(u',') + u')' };
        where += conditions.sql;
        RowReader rows(m_db,
            QStringLiteral("SELECT t.page_id, t.language, t.title, t.summary, t.body, t.id "
                           "FROM search_text t JOIN page p ON p.id = t.page_id WHERE %1")
                .arg(where.join(QStringLiteral(" AND "))),
            what);
        for (qsizetype i = 0; i < ids.size(); ++i)
            rows.bind(int(i) + 1, ids[i]);
        bindAll(rows, conditions.values, int(ids.size()) + 1);
        // Taken in the ranking's order.
        QHash<qint64, qsizetype> place;
        for (qsizetype i = 0; i < ids.size(); ++i)
            place.insert(ids[i], i);
        QList<std::optional<Hit>> found(ids.size());
        while (rows.next())
            found[place.value(rows.value(5).toLongLong())] = hitOf(rows);
        if (auto s = rows.status(); !s)
            return s.failure();
        for (qsizetype i = 0; i < ids.size() && hits.size() < filter.limit; ++i)
            if (found[i])
                hits.append(std::move(*found[i]));
        batch *= 4; // the filter or the check left too few: look further down the ranking
    }
    return hits;
}
