#include "searchrepository.h"

#include "body/articlebody.h"
#include "body/body.h"
#include "rowreader.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>

#include <algorithm>

using Dialect = SiteDatabase::Dialect;

namespace {
// Text columns are NOT NULL, and a null QString binds as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
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
                    "INSERT INTO search_text (page_id, language, title, summary, body, words) "
                    "VALUES (:page, :language, :title, :summary, :body, "
                    "setweight(to_tsvector('simple', :ftitle), 'A') || "
                    "setweight(to_tsvector('simple', :fsummary), 'B') || "
                    "setweight(to_tsvector('simple', :fbody), 'C')) "
                    "ON CONFLICT (page_id, language) DO UPDATE SET title = excluded.title, "
                    "summary = excluded.summary, body = excluded.body, words = excluded.words "
                    "RETURNING id")
                       : QStringLiteral(
                           "INSERT INTO search_text (page_id, language, title, summary, body) "
                           "VALUES (:page, :language, :title, :summary, :body) "
                           "ON CONFLICT (page_id, language) DO UPDATE SET title = excluded.title, "
                           "summary = excluded.summary, body = excluded.body RETURNING id"));
    row.bindValue(QStringLiteral(":page"), pageId);
    row.bindValue(QStringLiteral(":language"), language);
    row.bindValue(QStringLiteral(":title"), notNull(title));
    row.bindValue(QStringLiteral(":summary"), notNull(summary));
    row.bindValue(QStringLiteral(":body"), notNull(body));
    if (server) {
        row.bindValue(QStringLiteral(":ftitle"), notNull(SearchText::fold(title)));
        row.bindValue(QStringLiteral(":fsummary"), notNull(SearchText::fold(summary)));
        row.bindValue(QStringLiteral(":fbody"), notNull(SearchText::fold(body)));
    }
    if (auto s = m_db.exec(row, what); !s)
        return s;
    if (server)
        return {};
    if (!row.next())
        return m_db.sqlFailure(what, row.lastError());
    const qint64 id = row.value(0).toLongLong();
    row.finish();

    // The folded words, row for row.
    QSqlQuery drop = SqlAccess::query(m_db);
    drop.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = :id"));
    drop.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(drop, what); !s)
        return s;
    QSqlQuery words = SqlAccess::query(m_db);
    words.prepare(QStringLiteral("INSERT INTO search_index (rowid, title, summary, body) "
                                 "VALUES (:id, :title, :summary, :body)"));
    words.bindValue(QStringLiteral(":id"), id);
    words.bindValue(QStringLiteral(":title"), notNull(SearchText::fold(title)));
    words.bindValue(QStringLiteral(":summary"), notNull(SearchText::fold(summary)));
    words.bindValue(QStringLiteral(":body"), notNull(SearchText::fold(body)));
    return m_db.exec(words, what);
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

Result<QList<SearchRepository::Hit>> SearchRepository::find(
    const SearchQuery &query, const Filter &filter) const
{
    if (query.isEmpty())
        return QList<Hit> {};
    const bool server = m_db.dialect() == Dialect::Postgres;
    QStringList conditions;
    QList<QVariant> values;
    if (server) {
        conditions << QStringLiteral("t.words @@ to_tsquery('simple', ?)");
        values << query.tsQuery();
    } else {
        conditions << QStringLiteral("search_index MATCH ?");
        values << query.ftsExpression();
    }
    if (!filter.language.isEmpty()) {
        conditions << QStringLiteral("t.language = ?");
        values << filter.language;
    }
    if (filter.kind) {
        conditions << QStringLiteral("p.kind = ?");
        values << pageKindName(*filter.kind);
    }
    if (filter.status) {
        conditions << QStringLiteral("p.status = ?");
        values << pageStatusName(*filter.status);
    } else if (!filter.drafts) {
        conditions << QStringLiteral("p.status <> 'draft'");
    }
    QString with;
    if (filter.section != 0) {
        with = QStringLiteral("WITH RECURSIVE under (id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
                              "SELECT c.id FROM page c JOIN under u ON c.parent_id = u.id) ");
        values.prepend(filter.section);
        conditions << QStringLiteral("t.page_id IN (SELECT id FROM under)");
    }
    // Ranked by the store: BM25 (a file; lower is better) or ts_rank (a server), titles
    // weighing most, then summaries. More rows than asked for: the check below may drop some.
    const QString sql = server
        ? QStringLiteral("%1SELECT t.page_id, t.language, t.title, t.summary, t.body, "
                         "ts_rank(t.words, to_tsquery('simple', ?)) AS score FROM search_text t "
                         "JOIN page p ON p.id = t.page_id WHERE %2 ORDER BY score DESC, "
                         "t.page_id, t.language LIMIT ?")
        : QStringLiteral("%1SELECT t.page_id, t.language, t.title, t.summary, t.body, "
                         "-bm25(search_index, 10.0, 4.0, 1.0) AS score FROM search_index "
                         "JOIN search_text t ON t.id = search_index.rowid "
                         "JOIN page p ON p.id = t.page_id WHERE %2 ORDER BY score DESC, "
                         "t.page_id, t.language LIMIT ?");
    if (server)
        values.insert(filter.section != 0 ? 1 : 0, query.tsQuery());
    values << qint64(filter.limit) * 2;
    RowReader rows(m_db, sql.arg(with, conditions.join(QStringLiteral(" AND "))),
        tr("search the site for %1").arg(query.text()));
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString)
            rows.bind(i + 1, values[i].toString());
        else
            rows.bind(i + 1, values[i].toLongLong());
    }
    QList<Hit> hits;
    while (rows.next() && hits.size() < filter.limit) {
        Hit hit { rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
            rows.value(3).toString(), rows.value(4).toString() };
        // The stores' matching is wider than the words' (a phrase's words by their common
        // start): a text is a hit when the query finds every part in it.
        if (query.find(hit.title + u'\n' + hit.summary + u'\n' + hit.body).isEmpty())
            continue;
        hits.append(hit);
    }
    if (auto s = rows.status(); !s)
        return s.failure();
    return hits;
}
