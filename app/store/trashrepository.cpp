#include "trashrepository.h"

#include "core/timestamps.h"
#include "mediarepository.h"
#include "pagerepository.h"
#include "searchrepository.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

// The tables that hold a page's things, each with the column naming the page. Rows are copied
// whole; a revision gets a new id on restore (its old one may be taken).
struct PageTable
{
    const char *name;
    const char *pageColumn;
};
constexpr PageTable Tables[] = {
    { "page", "id" },
    { "page_translation", "page_id" },
    { "translation_basis", "page_id" },
    { "revision", "page_id" },
};

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // a server's BIGINT, when not negative
    case QMetaType::Int:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>()); // NULL
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QVariant(value.toInteger())
                                                             : QVariant(value.toDouble());
    default:
        return value.toVariant();
    }
}

} // namespace

Result<qint64> TrashRepository::moveToTrash(qint64 pageId, const PageRepository::SeenTree &seen)
{
    qint64 trashId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        PageRepository pages(m_db);
        const auto top = pages.page(pageId);
        if (!top)
            return top.failure();

        const auto subtree = pages.subtree(pageId);
        if (!subtree)
            return subtree.failure();
        QStringList ids;
        for (const qint64 id : *subtree)
            ids.append(QString::number(id));

        QJsonObject snapshot;
        for (const PageTable &table : Tables) {
            QSqlQuery rows = SqlAccess::query(m_db);
            rows.setForwardOnly(true);
            // The ids are numbers read from the store, not input.
            const QString order = QLatin1String(table.name) == QLatin1String("page")
                ? QStringLiteral(" ORDER BY CASE id %1 END").arg([&] {
                      QString cases;
                      for (qsizetype i = 0; i < ids.size(); ++i)
                          cases += QStringLiteral("WHEN %1 THEN %2 ").arg(ids[i]).arg(i);
                      return cases;
                  }())
                : QString();
            if (!rows.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)%4")
                               .arg(QLatin1String(table.name), QLatin1String(table.pageColumn),
                                   ids.join(u','), order))) {
                return m_db.sqlFailure(
                    tr("copy page %1 to the trash").arg(pageId), rows.lastError());
            }
            QJsonArray list;
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                QJsonObject row;
                for (int i = 0; i < record.count(); ++i)
                    row.insert(record.fieldName(i), toJson(record.value(i)));
                list.append(row);
            }
            snapshot.insert(QLatin1String(table.name), list);
        }

        QSqlQuery title = SqlAccess::query(m_db);
        title.prepare(QStringLiteral(
            "SELECT COALESCE((SELECT title FROM page_translation WHERE page_id = :id AND "
            "language = (SELECT source_language FROM site WHERE id = 1)), (SELECT title FROM "
            "page_translation WHERE page_id = :id ORDER BY language LIMIT 1), '')"));
        title.bindValue(QStringLiteral(":id"), pageId);
        if (auto s = m_db.exec(title, tr("read the title of page %1").arg(pageId)); !s)
            return s;
        title.next();

        QSqlQuery insert = SqlAccess::query(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO trash (page_id, parent_id, position, title, page_count, deleted_at, "
            "snapshot, deleted_by) VALUES (:page, :parent, :position, :title, :count, :now, "
            ":snapshot, :by) RETURNING id"));
        insert.bindValue(QStringLiteral(":by"), m_db.author());
        insert.bindValue(QStringLiteral(":page"), pageId);
        insert.bindValue(QStringLiteral(":parent"),
            top->parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(top->parentId));
        insert.bindValue(QStringLiteral(":position"), top->position);
        insert.bindValue(QStringLiteral(":title"), title.value(0).toString());
        insert.bindValue(QStringLiteral(":count"), ids.size());
        insert.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        insert.bindValue(QStringLiteral(":snapshot"),
            QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
        if (auto s = m_db.exec(insert, tr("move page %1 to the trash").arg(pageId)); !s)
            return s;
        if (!insert.next())
            return m_db.sqlFailure(tr("move page %1 to the trash").arg(pageId), insert.lastError());
        trashId = insert.value(0).toLongLong();
        insert.finish();
        return pages.deletePage(pageId, seen);
    });
    if (!status)
        return status.failure();
    return trashId;
}

Result<QList<TrashRepository::Item>> TrashRepository::items() const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, page_id, parent_id, position, title, page_count, "
                       "deleted_at, deleted_by FROM trash ORDER BY deleted_at DESC, id DESC"));
    if (auto s = m_db.exec(query, tr("list the trash")); !s)
        return s.failure();
    QList<Item> list;
    while (query.next()) {
        list.append(
            { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                query.value(3).toInt(), query.value(4).toString(), query.value(5).toInt(),
                Timestamps::fromStored(query.value(6).toString()), query.value(7).toString() });
    }
    return list;
}

Result<QList<TrashRepository::Text>> TrashRepository::texts() const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, snapshot FROM trash ORDER BY deleted_at DESC, id DESC"));
    if (auto s = m_db.exec(query, tr("read the trash")); !s)
        return s.failure();
    QList<Text> texts;
    while (query.next()) {
        const qint64 trashId = query.value(0).toLongLong();
        const QJsonObject snapshot
            = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QHash<qint64, PageKind> kinds;
        for (const QJsonValue &page : snapshot.value(QLatin1String("page")).toArray()) {
            const QJsonObject row = page.toObject();
            kinds.insert(row.value(QLatin1String("id")).toInteger(),
                pageKindFromName(row.value(QLatin1String("kind")).toString())
                    .value_or(PageKind::Page));
        }
        for (const QJsonValue &text : snapshot.value(QLatin1String("page_translation")).toArray()) {
            const QJsonObject row = text.toObject();
            const qint64 pageId = row.value(QLatin1String("page_id")).toInteger();
            texts.append({ trashId, pageId, kinds.value(pageId, PageKind::Page),
                row.value(QLatin1String("language")).toString(),
                row.value(QLatin1String("title")).toString(),
                row.value(QLatin1String("summary")).toString(),
                row.value(QLatin1String("body_html")).toString() });
        }
    }
    return texts;
}

Result<qint64> TrashRepository::restore(qint64 trashId)
{
    qint64 restored = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery entry = SqlAccess::query(m_db);
        entry.prepare(QStringLiteral(
            "SELECT page_id, parent_id, position, snapshot FROM trash WHERE id = :id"));
        entry.bindValue(QStringLiteral(":id"), trashId);
        if (auto s = m_db.exec(entry, tr("read the trash")); !s)
            return s;
        if (!entry.next())
            return failure(ErrorKind::NotFound,
                tr("%1: nothing in the trash with id %2")
                    .arg(m_db.path(), QString::number(trashId)));
        const qint64 topId = entry.value(0).toLongLong();
        qint64 parentId = entry.value(1).isNull() ? 0 : entry.value(1).toLongLong();
        const int position = entry.value(2).toInt();
        const QJsonObject snapshot
            = QJsonDocument::fromJson(entry.value(3).toString().toUtf8()).object();
        const QJsonArray pageRows = snapshot.value(QLatin1String("page")).toArray();
        if (pageRows.isEmpty())
            return failure(ErrorKind::Damaged,
                tr("%1: trash entry %2 is damaged").arg(m_db.path(), QString::number(trashId)));
        entry.finish();

        PageRepository pages(m_db);
        if (parentId != 0 && !pages.page(parentId))
            parentId = 0; // the parent is gone: back at the top level

        // Ids: the old ones while they are free.
        QHash<qint64, qint64> ids;
        QSqlQuery free = SqlAccess::query(m_db);
        free.prepare(QStringLiteral("SELECT 1 FROM page WHERE id = :id"));
        QSqlQuery highest = SqlAccess::query(m_db);
        qint64 next = 0;
        if (!highest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM page"))
            || !highest.next())
            return m_db.sqlFailure(tr("read the trash"), highest.lastError());
        next = highest.value(0).toLongLong();
        for (const QJsonValue &value : pageRows) {
            const qint64 old = value.toObject().value(QLatin1String("id")).toInteger();
            free.bindValue(QStringLiteral(":id"), old);
            if (auto s = m_db.exec(free, tr("restore page %1").arg(old)); !s)
                return s;
            const bool taken = free.next();
            free.finish();
            next = std::max(next, old);
            ids.insert(old, taken ? 0 : old);
        }
        for (auto it = ids.begin(); it != ids.end(); ++it) {
            if (it.value() == 0)
                it.value() = ++next;
        }
        const auto mapped = [&](const QJsonValue &value) {
            return QJsonValue(ids.value(value.toInteger(), value.toInteger()));
        };
        static const QRegularExpression pageLink(QStringLiteral("page:(\\d+)"));
        const auto relink = [&](QString html) {
            QString out;
            qsizetype at = 0;
            for (auto it = pageLink.globalMatch(html); it.hasNext();) {
                const auto match = it.next();
                out += html.mid(at, match.capturedStart() - at);
                out += QStringLiteral("page:%1").arg(
                    ids.value(match.captured(1).toLongLong(), match.captured(1).toLongLong()));
                at = match.capturedEnd();
            }
            return QString(out + html.mid(at));
        };

        for (const PageTable &table : Tables) {
            const QString name = QLatin1String(table.name);
            // Only columns the table has now (a snapshot from an older schema lacks new ones).
            const auto present = m_db.columnsOf(name);
            if (!present)
                return present.failure();
            const QSet<QString> columns(present->cbegin(), present->cend());
            for (const QJsonValue &value : snapshot.value(name).toArray()) {
                QJsonObject row = value.toObject();
                if (name == u"page") {
                    const qint64 old = row.value(QLatin1String("id")).toInteger();
                    row.insert(QStringLiteral("id"), mapped(row.value(QLatin1String("id"))));
                    if (old == topId) {
                        row.insert(QStringLiteral("parent_id"),
                            parentId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId));
                        const auto slug = pages.uniqueSlug(
                            parentId, row.value(QLatin1String("slug")).toString());
                        if (!slug)
                            return slug.failure();
                        row.insert(QStringLiteral("slug"), *slug);
                        row.insert(QStringLiteral("position"), 1 << 30); // moved below
                    } else {
                        row.insert(QStringLiteral("parent_id"),
                            mapped(row.value(QLatin1String("parent_id"))));
                    }
                    // A lead image deleted meanwhile: the page comes back without one.
                    if (const QJsonValue lead = row.value(QLatin1String("lead_media_id"));
                        !lead.isNull() && !lead.isUndefined()) {
                        const auto image = MediaRepository(m_db).item(lead.toInteger());
                        if (!image && image.kind() != ErrorKind::NotFound)
                            return image.failure();
                        if (!image)
                            row.insert(QStringLiteral("lead_media_id"), QJsonValue::Null);
                    }
                } else {
                    row.insert(
                        QStringLiteral("page_id"), mapped(row.value(QLatin1String("page_id"))));
                    if (name == u"revision")
                        row.remove(QStringLiteral("id"));
                    if (row.contains(QLatin1String("body_html")))
                        row.insert(QStringLiteral("body_html"),
                            relink(row.value(QLatin1String("body_html")).toString()));
                }
                QStringList names, marks;
                QVariantList values;
                for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                    if (!columns.contains(it.key()))
                        continue;
                    names.append(it.key());
                    marks.append(QStringLiteral("?"));
                    values.append(fromJson(it.value()));
                }
                QSqlQuery insert = SqlAccess::query(m_db);
                insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(name, names.join(u','), marks.join(u',')));
                for (const QVariant &v : std::as_const(values))
                    insert.addBindValue(v);
                if (auto s = m_db.exec(insert, tr("restore page %1 from the trash").arg(topId)); !s)
                    return s;
                if (name == u"page_translation") {
                    if (auto s = SearchRepository(m_db).update(
                            row.value(QLatin1String("page_id")).toInteger(),
                            row.value(QLatin1String("language")).toString(),
                            row.value(QLatin1String("title")).toString(),
                            row.value(QLatin1String("summary")).toString(),
                            row.value(QLatin1String("body_html")).toString());
                        !s)
                        return s;
                }
            }
        }
        restored = ids.value(topId);
        // Into its old place among its siblings (positions stay dense), as it was then.
        if (auto s = pages.movePage(restored, parentId, position); !s)
            return s;
        QSqlQuery stamp = SqlAccess::query(m_db);
        stamp.prepare(QStringLiteral("UPDATE page SET updated_at = :then WHERE id = :id"));
        stamp.bindValue(QStringLiteral(":then"),
            pageRows.first().toObject().value(QLatin1String("updated_at")).toString());
        stamp.bindValue(QStringLiteral(":id"), restored);
        if (auto s = m_db.exec(stamp, tr("restore page %1 from the trash").arg(topId)); !s)
            return s;
        QSqlQuery remove = SqlAccess::query(m_db);
        remove.prepare(QStringLiteral("DELETE FROM trash WHERE id = :id"));
        remove.bindValue(QStringLiteral(":id"), trashId);
        return m_db.exec(remove, tr("restore page %1 from the trash").arg(topId));
    });
    if (!status)
        return status.failure();
    return restored;
}

Result<int> TrashRepository::empty()
{
    QSqlQuery query = SqlAccess::query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM trash")))
        return m_db.sqlFailure(tr("empty the trash"), query.lastError());
    return int(query.numRowsAffected());
}
