#include "pagerepository.h"

#include "content/pagetree.h"
#include "content/slug.h"
#include "core/timestamps.h"
#include "revisionrepository.h"
#include "rowreader.h"
#include "searchrepository.h"
#include "sitedatabase.h"
#include "sqlaccess.h"
#include "translationbasisrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString PageColumns = QStringLiteral(
    "p.id, p.parent_id, p.position, p.kind, p.slug, p.status, p.publish_at, p.created_at, "
    "p.updated_at, p.first_published_at, p.version, p.lead_media_id");
const int PageColumnCount = 12;

template<class Row>
Page readPage(const Row &query)
{
    Page page;
    page.id = query.value(0).toLongLong();
    page.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    page.position = query.value(2).toInt();
    page.kind = pageKindFromName(query.value(3).toString()).value_or(PageKind::Page);
    page.slug = query.value(4).toString();
    page.status = pageStatusFromName(query.value(5).toString()).value_or(PageStatus::Draft);
    page.publishAt = Timestamps::fromStored(query.value(6).toString());
    page.createdAt = Timestamps::fromStored(query.value(7).toString());
    page.updatedAt = Timestamps::fromStored(query.value(8).toString());
    page.firstPublishedAt = Timestamps::fromStored(query.value(9).toString());
    page.version = query.value(10).toLongLong();
    page.leadMediaId = query.value(11).isNull() ? 0 : query.value(11).toLongLong();
    return page;
}

// NULL-safe "parent is" condition that still uses the (parent_id, position) index.
QString parentIs(qint64 parentId)
{
    return parentId == 0 ? QStringLiteral("parent_id IS NULL")
                         : QStringLiteral("parent_id = %1").arg(parentId);
}

QVariant parentValue(qint64 parentId)
{
    return parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(parentId);
}

// A null QString binds as SQL NULL; text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Columns: page_id, language, title, summary, body_html, updated_at, source_fingerprint,
// version, content_fingerprint, open_segments, open_words.
const QString TranslationColumns = QStringLiteral(
    "page_id, language, title, summary, body_html, updated_at, source_fingerprint, version, "
    "content_fingerprint, open_segments, open_words");
const QString TranslationColumnsWithoutBody = QStringLiteral(
    "page_id, language, title, summary, '', updated_at, source_fingerprint, version, "
    "content_fingerprint, open_segments, open_words");

template<class Row>
Translation readTranslation(const Row &query)
{
    Translation text;
    text.pageId = query.value(0).toLongLong();
    text.language = query.value(1).toString();
    text.title = query.value(2).toString();
    text.summary = query.value(3).toString();
    text.bodyHtml = query.value(4).toString();
    text.updatedAt = Timestamps::fromStored(query.value(5).toString());
    text.sourceFingerprint = query.value(6).toString();
    text.version = query.value(7).toLongLong();
    text.contentFingerprint = query.value(8).toString();
    text.openSegments = query.value(9).toInt();
    text.openWords = query.value(10).toInt();
    return text;
}

// A text in a listing with what its state needs: the language, title, basis fingerprint, open
// segments, whether it is the source, and the source text's fingerprint (NULL: no source).
const QString ListingTextColumns = QStringLiteral(
    "t.language, t.title, t.source_fingerprint, t.open_segments, "
    "t.language = (SELECT source_language FROM site WHERE id = 1), src.content_fingerprint, "
    "t.version");
// In a file through the heads index: it holds content_fingerprint, which the table row keeps
// after the body, so that reading it from the row walks the body's overflow pages. (A server
// has no such index and no INDEXED BY: it keeps long values out of the row anyway.)
QString listingSourceJoin(const SiteDatabase &db)
{
    return QStringLiteral("LEFT JOIN page_translation src %1 ON src.page_id = t.page_id "
                          "AND src.language = (SELECT source_language FROM site WHERE id = 1)")
        .arg(db.dialect() == SiteDatabase::Dialect::Sqlite
                ? QStringLiteral("INDEXED BY page_translation_heads")
                : QString());
}

template<class Row>
void addListedText(PageListing &listing, const Row &query, int first)
{
    if (query.value(first).isNull())
        return; // a page without texts
    const QString language = query.value(first).toString();
    listing.titles.insert(language, query.value(first + 1).toString());
    Translation text, source;
    text.sourceFingerprint = query.value(first + 2).toString();
    text.openSegments = query.value(first + 3).toInt();
    const bool isSource = query.value(first + 4).toBool();
    const bool hasSource = !query.value(first + 5).isNull();
    source.contentFingerprint = query.value(first + 5).toString();
    listing.textsVersion = std::max(listing.textsVersion, query.value(first + 6).toLongLong());
    listing.states.insert(
        language, translationState(&text, hasSource ? &source : nullptr, isSource));
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(Timestamps::toStored(time))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString PageRepository::pageName(qint64 id) const
{
    return tr("%1: page %2").arg(m_db.path(), QString::number(id));
}

QString PageRepository::displayName(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT COALESCE((SELECT NULLIF(title, '') FROM page_translation WHERE page_id = :id AND "
        "language = (SELECT source_language FROM site WHERE id = 1)), (SELECT MIN(NULLIF(title, "
        "'')) FROM page_translation WHERE page_id = :id), (SELECT slug FROM page WHERE id = "
        ":id))"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!m_db.exec(query, tr("read the title of page %1").arg(id)) || !query.next()
        || query.value(0).toString().isEmpty())
        return tr("page %1").arg(id);
    return query.value(0).toString();
}

Result<PageRepository::Change> PageRepository::lastChange(
    qint64 pageId, const QString &language) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT author FROM revision WHERE page_id = :page AND language = :language "
        "ORDER BY saved_at DESC, id DESC LIMIT 1), t.updated_at, t.version FROM page_translation t "
        "WHERE t.page_id = :page AND t.language = :language"));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read who changed page %1 in %2").arg(pageId).arg(language));
        !s)
        return s.failure();
    if (!query.next())
        return Change {};
    return Change { query.value(0).toString(), Timestamps::fromStored(query.value(1).toString()),
        query.value(2).toLongLong() };
}

Status PageRepository::holdForWriting(qint64 pageId)
{
    // A file's write transaction has the file to itself already.
    if (m_db.dialect() != SiteDatabase::Dialect::Postgres)
        return {};
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM page WHERE id = :id FOR UPDATE"));
    query.bindValue(QStringLiteral(":id"), pageId);
    if (auto s = m_db.exec(query, tr("hold page %1 for writing").arg(pageId)); !s)
        return s;
    if (!query.next())
        return failure(ErrorKind::NotFound,
            tr("%1: no page with id %2").arg(m_db.path(), QString::number(pageId)));
    return {};
}

Result<PageRepository::Change> PageRepository::lastPageChange(qint64 pageId) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(
        QStringLiteral("SELECT changed_by, updated_at, version FROM page WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), pageId);
    if (auto s = m_db.exec(query, tr("read who changed page %1").arg(pageId)); !s)
        return s.failure();
    if (!query.next())
        return failure(ErrorKind::NotFound,
            tr("%1: no page with id %2").arg(m_db.path(), QString::number(pageId)));
    return Change { query.value(0).toString(), Timestamps::fromStored(query.value(1).toString()),
        query.value(2).toLongLong() };
}

QString PageRepository::changedMessage(
    qint64 pageId, const Change &change, const QString &language) const
{
    const QDateTime local = change.at.toLocalTime();
    const QString time = local.date() == QDate::currentDate()
        ? local.toString(QStringLiteral("HH:mm"))
        : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString page = language.isEmpty()
        ? QStringLiteral("“%1”").arg(displayName(pageId))
        : QStringLiteral("“%1” (%2)").arg(displayName(pageId), language);
    return change.author.isEmpty()
        ? tr("%1 was changed elsewhere at %2 (version %3)").arg(page, time).arg(change.version)
        : tr("%1 was changed by %2 at %3 (version %4)")
              .arg(page, change.author, time)
              .arg(change.version);
}

Status PageRepository::pageConflict(qint64 id) const
{
    const auto change = lastPageChange(id);
    if (!change)
        return change.failure();
    return failure(ErrorKind::Conflict, tr("%1; not done").arg(changedMessage(id, *change)));
}

Result<qint64> PageRepository::textsVersion(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(version), 0) FROM page_translation WHERE page_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("read the versions of page %1").arg(id)); !s)
        return s.failure();
    query.next();
    return query.value(0).toLongLong();
}

Result<QList<PageListing>> PageRepository::listing(ListingParts parts) const
{
    const bool withTexts = parts == ListingParts::WithTexts;
    RowReader query(m_db,
        withTexts ? QStringLiteral("SELECT %1, %2 FROM page p "
                                   "LEFT JOIN page_translation t ON t.page_id = p.id %3 "
                                   "ORDER BY COALESCE(p.parent_id, 0), p.position, p.id")
                        .arg(PageColumns, ListingTextColumns, listingSourceJoin(m_db))
                  : QStringLiteral("SELECT %1 FROM page p "
                                   "ORDER BY COALESCE(p.parent_id, 0), p.position, p.id")
                        .arg(PageColumns),
        tr("list the pages"));
    QList<PageListing> pages;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (pages.isEmpty() || pages.last().page.id != id)
            pages.append({ readPage(query), {}, {}, 0 });
        if (withTexts)
            addListedText(pages.last(), query, PageColumnCount);
    }
    if (auto s = query.status(); !s)
        return s.failure();
    return pages;
}

Result<PageListing> PageRepository::listing(qint64 id) const
{
    const auto found = page(id);
    if (!found)
        return found.failure();
    PageListing listing { *found, {}, {}, 0 };
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM page_translation t %2 WHERE t.page_id = :id")
                      .arg(ListingTextColumns, listingSourceJoin(m_db)));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("list page %1").arg(id)); !s)
        return s.failure();
    while (query.next())
        addListedText(listing, query, 0);
    return listing;
}

Result<Page> PageRepository::page(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM page p WHERE p.id = :id").arg(PageColumns));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("read page %1").arg(id)); !s)
        return s.failure();
    if (!query.next())
        return failure(ErrorKind::NotFound,
            tr("%1: no page with id %2").arg(m_db.path(), QString::number(id)));
    return readPage(query);
}

Result<std::optional<Translation>> PageRepository::translation(
    qint64 pageId, const QString &language) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM page_translation "
                                 "WHERE page_id = :page AND language = :language")
                      .arg(TranslationColumns));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read page %1 in %2").arg(pageId).arg(language)); !s)
        return s.failure();
    if (!query.next())
        return std::optional<Translation>();
    return std::optional<Translation>(readTranslation(query));
}

Result<QHash<qint64, Translation>> PageRepository::translations(
    const QString &language, TextParts parts, Share share) const
{
    RowReader query(m_db,
        QStringLiteral("SELECT %1 FROM page_translation WHERE language = ?%2")
            .arg(parts == TextParts::WithBody ? TranslationColumns : TranslationColumnsWithoutBody,
                share.of > 1 ? QStringLiteral(" AND page_id % ? = ?") : QString()),
        tr("read the texts in %1").arg(language));
    query.bind(1, language);
    if (share.of > 1) {
        query.bind(2, qint64(share.of));
        query.bind(3, qint64(share.part));
    }
    QHash<qint64, Translation> texts;
    while (query.next()) {
        Translation text = readTranslation(query);
        texts.insert(text.pageId, std::move(text));
    }
    if (auto s = query.status(); !s)
        return s.failure();
    return texts;
}

Result<qint64> PageRepository::resolve(const QString &idOrPath) const
{
    bool isNumber = false;
    const qint64 id = idOrPath.toLongLong(&isNumber);
    if (isNumber) {
        const auto found = page(id);
        if (!found)
            return found.failure();
        return id;
    }
    const QStringList slugs = idOrPath.split(u'/', Qt::SkipEmptyParts);
    if (slugs.isEmpty())
        return failure(
            ErrorKind::NotFound, tr("%1: no page at path '%2'").arg(m_db.path(), idOrPath));
    qint64 parent = 0;
    QString walked;
    for (const QString &slug : slugs) {
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(
            QStringLiteral("SELECT id FROM page WHERE %1 AND slug = :slug").arg(parentIs(parent)));
        query.bindValue(QStringLiteral(":slug"), slug);
        if (auto s = m_db.exec(query, tr("look up '%1'").arg(idOrPath)); !s)
            return s.failure();
        if (!query.next()) {
            return failure(ErrorKind::NotFound,
                walked.isEmpty() ? tr("%1: no page at path '%2' (no top-level page '%3')")
                                       .arg(m_db.path(), idOrPath, slug)
                                 : tr("%1: no page at path '%2' (no '%3' under '%4')")
                                       .arg(m_db.path(), idOrPath, slug, walked));
        }
        parent = query.value(0).toLongLong();
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + slug;
    }
    return parent;
}

Result<QString> PageRepository::path(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("WITH RECURSIVE up(id, parent_id, slug, depth) AS ("
                                 " SELECT id, parent_id, slug, 0 FROM page WHERE id = :id"
                                 " UNION ALL"
                                 " SELECT p.id, p.parent_id, p.slug, up.depth + 1"
                                 " FROM page p JOIN up ON p.id = up.parent_id)"
                                 " SELECT slug FROM up ORDER BY depth DESC"));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("find the path of page %1").arg(id)); !s)
        return s.failure();
    QStringList slugs;
    while (query.next())
        slugs.append(query.value(0).toString());
    if (slugs.isEmpty())
        return failure(ErrorKind::NotFound,
            tr("%1: no page with id %2").arg(m_db.path(), QString::number(id)));
    return slugs.join(u'/');
}

Result<QString> PageRepository::uniqueSlug(
    qint64 parentId, const QString &wanted, qint64 exceptId) const
{
    const QString base = wanted.isEmpty() ? QStringLiteral("page") : wanted;
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT slug FROM page WHERE %1 AND id <> :except AND "
                                 "(slug = :base OR slug LIKE :pattern)")
                      .arg(parentIs(parentId)));
    query.bindValue(QStringLiteral(":except"), exceptId);
    query.bindValue(QStringLiteral(":base"), base);
    query.bindValue(QStringLiteral(":pattern"), QString(base + QStringLiteral("-%")));
    if (auto s = m_db.exec(query, tr("check the slug '%1'").arg(base)); !s)
        return s.failure();
    QSet<QString> taken;
    while (query.next())
        taken.insert(query.value(0).toString());
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        const QString candidate = base.left(Slug::MaxLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

Status PageRepository::checkParent(qint64 parentId) const
{
    if (parentId == 0)
        return {};
    const auto parent = page(parentId);
    if (!parent)
        return parent.failure();
    if (parent->kind == PageKind::News)
        return failure(tr("%1: page %2 is a news article and cannot contain other pages")
                           .arg(m_db.path(), QString::number(parentId)));
    return {};
}

Status PageRepository::checkSlugFree(qint64 parentId, const QString &slug, qint64 exceptId) const
{
    if (!Slug::isValid(slug))
        return failure(tr("%1: the slug '%2' is not valid: use a-z, 0-9 and single hyphens, at "
                          "most %3 characters")
                           .arg(m_db.path(), slug)
                           .arg(Slug::MaxLength));
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM page WHERE %1 AND slug = :slug AND id <> :id")
                      .arg(parentIs(parentId)));
    query.bindValue(QStringLiteral(":slug"), slug);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (auto s = m_db.exec(query, tr("check the slug '%1'").arg(slug)); !s)
        return s;
    if (query.next())
        return failure(tr("%1: the slug '%2' is already used by page %3 at the same level")
                           .arg(m_db.path(), slug)
                           .arg(query.value(0).toLongLong()));
    return {};
}

Result<int> PageRepository::childCount(qint64 parentId, qint64 exceptId) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM page WHERE %1 AND id <> :id").arg(parentIs(parentId)));
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (auto s = m_db.exec(query, tr("count pages")); !s)
        return s.failure();
    query.next();
    return query.value(0).toInt();
}

Status PageRepository::shiftPositions(qint64 parentId, int from, int delta, qint64 exceptId)
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("UPDATE page SET position = position + :delta "
                                 "WHERE %1 AND position >= :from AND id <> :id")
                      .arg(parentIs(parentId)));
    query.bindValue(QStringLiteral(":delta"), delta);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":id"), exceptId);
    return m_db.exec(query, tr("renumber pages"));
}

Result<qint64> PageRepository::createPage(const NewPage &newPage)
{
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        if (auto s = checkParent(newPage.parentId); !s)
            return s;
        if (auto s = checkSlugFree(newPage.parentId, newPage.slug, 0); !s)
            return s;
        const auto count = childCount(newPage.parentId);
        if (!count)
            return count.failure();
        const int position = newPage.position < 0 ? *count : std::min(newPage.position, *count);
        if (auto s = shiftPositions(newPage.parentId, position, 1, 0); !s)
            return s;

        const QString now = Timestamps::toStored(Timestamps::now());
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral(
            "INSERT INTO page (parent_id, position, kind, slug, status, publish_at, created_at, "
            "updated_at, first_published_at, changed_by) VALUES (:parent, :position, :kind, :slug, "
            ":status, :publish, :now, :now, CASE WHEN :status = 'published' THEN :now END, "
            ":author) RETURNING id"));
        query.bindValue(QStringLiteral(":author"), text(m_db.author()));
        query.bindValue(QStringLiteral(":parent"), parentValue(newPage.parentId));
        query.bindValue(QStringLiteral(":position"), position);
        query.bindValue(QStringLiteral(":kind"), pageKindName(newPage.kind));
        query.bindValue(QStringLiteral(":slug"), newPage.slug);
        query.bindValue(QStringLiteral(":status"), pageStatusName(newPage.status));
        query.bindValue(QStringLiteral(":publish"), optionalTime(newPage.publishAt));
        query.bindValue(QStringLiteral(":now"), now);
        if (auto s = m_db.exec(query, tr("create the page '%1'").arg(newPage.slug)); !s)
            return s;
        query.next();
        id = query.value(0).toLongLong();
        return {};
    });
    if (!status)
        return status.failure();
    return id;
}

Result<qint64> PageRepository::addPage(NewPage page, Translation text)
{
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        if (page.slug.isEmpty()) {
            const auto unique = uniqueSlug(page.parentId, Slug::fromTitle(text.title));
            if (!unique)
                return unique.failure();
            page.slug = *unique;
        }
        const auto created = createPage(page);
        if (!created)
            return created.failure();
        id = *created;
        text.pageId = id;
        return saveTranslation(text);
    });
    if (!status)
        return status.failure();
    return id;
}

Status PageRepository::updatePage(const Page &page, qint64 seenVersion)
{
    return m_db.transaction([&]() -> Status {
        const auto stored = this->page(page.id);
        if (!stored)
            return stored.failure();
        if (seenVersion != AnyVersion && stored->version != seenVersion)
            return pageConflict(page.id);
        if (auto s = checkSlugFree(stored->parentId, page.slug, page.id); !s)
            return s;
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE page SET kind = :kind, slug = :slug, status = :status, publish_at = :publish, "
            "updated_at = :now, changed_by = :author, first_published_at = CASE WHEN :status = "
            "'published' THEN COALESCE(first_published_at, :now) ELSE first_published_at END "
            "WHERE id = :id%1")
                          .arg(seenVersion == AnyVersion ? QString()
                                                         : QStringLiteral(" AND version = :seen")));
        if (seenVersion != AnyVersion)
            query.bindValue(QStringLiteral(":seen"), seenVersion);
        query.bindValue(QStringLiteral(":author"), text(m_db.author()));
        query.bindValue(QStringLiteral(":kind"), pageKindName(page.kind));
        query.bindValue(QStringLiteral(":slug"), page.slug);
        query.bindValue(QStringLiteral(":status"), pageStatusName(page.status));
        query.bindValue(QStringLiteral(":publish"), optionalTime(page.publishAt));
        query.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        query.bindValue(QStringLiteral(":id"), page.id);
        if (auto s = m_db.exec(query, tr("save page %1").arg(page.id)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return pageConflict(page.id);
        return {};
    });
}

Status PageRepository::saveTranslation(
    const Translation &translation, SaveReason reason, qint64 seenVersion)
{
    return m_db.transaction([&]() -> Status {
        if (auto found = page(translation.pageId); !found)
            return found.failure();
        QSqlQuery language = SqlAccess::query(m_db);
        language.prepare(QStringLiteral("SELECT 1 FROM site_language WHERE code = :code"));
        language.bindValue(QStringLiteral(":code"), translation.language);
        if (auto s = m_db.exec(language, tr("check the language")); !s)
            return s;
        if (!language.next())
            return failure(tr("%1: '%2' is not a language of this site")
                               .arg(pageName(translation.pageId), translation.language));

        const auto stored = this->translation(translation.pageId, translation.language);
        if (!stored)
            return stored.failure();
        const bool changed = !stored->has_value() || (*stored)->title != translation.title
            || (*stored)->summary != translation.summary
            || (*stored)->bodyHtml != translation.bodyHtml;
        if (!changed)
            return RevisionRepository(m_db).record(translation, reason, false);
        const auto conflict = [&]() -> Status {
            const auto change = lastChange(translation.pageId, translation.language);
            if (!change)
                return change.failure();
            return failure(ErrorKind::Conflict,
                tr("%1; not saved")
                    .arg(changedMessage(translation.pageId, *change, translation.language)));
        };
        const qint64 storedVersion = stored->has_value() ? (*stored)->version : 0;
        if (seenVersion != AnyVersion && storedVersion != seenVersion)
            return conflict();

        const QString now = Timestamps::toStored(Timestamps::now());
        QSqlQuery query = SqlAccess::query(m_db);
        if (seenVersion == AnyVersion) {
            query.prepare(QStringLiteral(
                "INSERT INTO page_translation (page_id, language, title, summary, body_html, "
                "updated_at) VALUES (:page, :language, :title, :summary, :body, :now) "
                "ON CONFLICT (page_id, language) DO UPDATE SET title = excluded.title, "
                "summary = excluded.summary, body_html = excluded.body_html, "
                "updated_at = excluded.updated_at"));
        } else if (seenVersion == 0) {
            // A first text: another writer's first text made at the same time wins the row.
            query.prepare(QStringLiteral(
                "INSERT INTO page_translation (page_id, language, title, summary, body_html, "
                "updated_at) VALUES (:page, :language, :title, :summary, :body, :now) "
                "ON CONFLICT (page_id, language) DO NOTHING"));
        } else {
            query.prepare(QStringLiteral(
                "UPDATE page_translation SET title = :title, summary = :summary, body_html = "
                ":body, updated_at = :now WHERE page_id = :page AND language = :language AND "
                "version = :seen"));
            query.bindValue(QStringLiteral(":seen"), seenVersion);
        }
        query.bindValue(QStringLiteral(":page"), translation.pageId);
        query.bindValue(QStringLiteral(":language"), translation.language);
        query.bindValue(QStringLiteral(":title"), text(translation.title));
        query.bindValue(QStringLiteral(":summary"), text(translation.summary));
        query.bindValue(QStringLiteral(":body"), text(translation.bodyHtml));
        query.bindValue(QStringLiteral(":now"), now);
        if (auto s = m_db.exec(
                query, tr("save page %1 in %2").arg(translation.pageId).arg(translation.language));
            !s)
            return s;
        if (seenVersion != AnyVersion && query.numRowsAffected() == 0)
            return conflict(); // saved by another writer between the read and this write
        if (auto s = TranslationBasisRepository(m_db).update(
                translation.pageId, translation.language, TranslationBasisRepository::Basis::Keep);
            !s)
            return s;

        if (auto s = SearchRepository(m_db).update(translation.pageId, translation.language,
                translation.title, translation.summary, translation.bodyHtml);
            !s)
            return s;
        if (auto s = RevisionRepository(m_db).record(translation, reason, true); !s)
            return s;

        QSqlQuery touch = SqlAccess::query(m_db);
        touch.prepare(QStringLiteral("UPDATE page SET updated_at = :now WHERE id = :id"));
        touch.bindValue(QStringLiteral(":now"), now);
        touch.bindValue(QStringLiteral(":id"), translation.pageId);
        return m_db.exec(touch, tr("save page %1").arg(translation.pageId));
    });
}

Status PageRepository::markUpToDate(qint64 pageId, const QString &language)
{
    return m_db.transaction([&]() -> Status {
        const auto text = translation(pageId, language);
        if (!text)
            return text.failure();
        if (!text->has_value())
            return failure(
                tr("%1 has no %2 text to mark as up to date").arg(pageName(pageId), language));
        return TranslationBasisRepository(m_db).update(
            pageId, language, TranslationBasisRepository::Basis::Renew);
    });
}

Status PageRepository::movePage(qint64 id, qint64 newParentId, int newPosition, qint64 seenVersion)
{
    return m_db.transaction([&]() -> Status {
        const auto moving = page(id);
        if (!moving)
            return moving.failure();
        if (seenVersion != AnyVersion && moving->version != seenVersion)
            return pageConflict(id);
        // Walk up from the new parent: meeting the page itself would make a cycle.
        for (qint64 ancestor = newParentId; ancestor != 0;) {
            if (ancestor == id)
                return failure(tr("%1: cannot move page %2 into itself or one of its subpages")
                                   .arg(m_db.path(), QString::number(id)));
            const auto up = page(ancestor);
            if (!up)
                return up.failure();
            ancestor = up->parentId;
        }
        if (auto s = checkParent(newParentId); !s)
            return s;
        if (newParentId != moving->parentId) {
            if (auto s = checkSlugFree(newParentId, moving->slug, id); !s)
                return s;
        }
        if (auto s = shiftPositions(moving->parentId, moving->position + 1, -1, id); !s)
            return s;
        const auto count = childCount(newParentId, id);
        if (!count)
            return count.failure();
        const int position = std::clamp(newPosition, 0, *count);
        if (auto s = shiftPositions(newParentId, position, 1, id); !s)
            return s;

        QSqlQuery query = SqlAccess::query(m_db);
        // Setting parent_id counts as a change of the page, even to the same parent.
        query.prepare(QStringLiteral("UPDATE page SET parent_id = :parent, position = :position, "
                                     "updated_at = :now, changed_by = :author WHERE id = :id%1")
                          .arg(seenVersion == AnyVersion ? QString()
                                                         : QStringLiteral(" AND version = :seen")));
        if (seenVersion != AnyVersion)
            query.bindValue(QStringLiteral(":seen"), seenVersion);
        query.bindValue(QStringLiteral(":parent"), parentValue(newParentId));
        query.bindValue(QStringLiteral(":position"), position);
        query.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        query.bindValue(QStringLiteral(":author"), text(m_db.author()));
        query.bindValue(QStringLiteral(":id"), id);
        if (auto s = m_db.exec(query, tr("move page %1").arg(id)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return pageConflict(id);
        return {};
    });
}

Status PageRepository::setLeadImage(qint64 pageId, qint64 mediaId)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = holdForWriting(pageId); !s)
            return s;
        if (auto found = page(pageId); !found)
            return found.failure();
        if (mediaId != 0) {
            QSqlQuery image = SqlAccess::query(m_db);
            image.prepare(QStringLiteral("SELECT 1 FROM media WHERE id = :id"));
            image.bindValue(QStringLiteral(":id"), mediaId);
            if (auto s = m_db.exec(image, tr("look up image %1").arg(mediaId)); !s)
                return s;
            if (!image.next())
                return failure(ErrorKind::NotFound,
                    tr("%1: no image with id %2").arg(pageName(pageId), QString::number(mediaId)));
        }
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral("UPDATE page SET lead_media_id = :media, updated_at = :now, "
                                     "changed_by = :author WHERE id = :id"));
        query.bindValue(QStringLiteral(":media"),
            mediaId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(mediaId));
        query.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        query.bindValue(QStringLiteral(":author"), text(m_db.author()));
        query.bindValue(QStringLiteral(":id"), pageId);
        return m_db.exec(query, tr("set the lead image of %1").arg(pageName(pageId)));
    });
}

Result<qint64> PageRepository::duplicatePage(qint64 id)
{
    qint64 copy = 0;
    const Status status = m_db.transaction([&]() -> Status {
        const auto original = page(id);
        if (!original)
            return original.failure();
        const auto slug = uniqueSlug(original->parentId, original->slug);
        if (!slug)
            return slug.failure();
        NewPage page;
        page.parentId = original->parentId;
        page.kind = original->kind;
        page.slug = *slug;
        page.status = PageStatus::Draft;
        page.publishAt = original->publishAt;
        page.position = original->position + 1;
        const auto created = createPage(page);
        if (!created)
            return created.failure();
        copy = *created;
        if (original->leadMediaId != 0) {
            if (auto s = setLeadImage(copy, original->leadMediaId); !s)
                return s;
        }
        QSqlQuery languages = SqlAccess::query(m_db);
        // The source text first: a translation's copy is counted as made from the copy's source.
        languages.prepare(QStringLiteral(
            "SELECT language FROM page_translation WHERE page_id = :id "
            "ORDER BY language <> (SELECT source_language FROM site WHERE id = 1), language"));
        languages.bindValue(QStringLiteral(":id"), id);
        if (auto s = m_db.exec(languages, tr("copy page %1").arg(id)); !s)
            return s;
        QStringList codes;
        while (languages.next())
            codes.append(languages.value(0).toString());
        for (const QString &code : std::as_const(codes)) {
            const auto text = translation(id, code);
            if (!text)
                return text.failure();
            Translation duplicate = **text;
            duplicate.pageId = copy;
            duplicate.title = tr("%1 (copy)").arg(duplicate.title);
            if (auto s = saveTranslation(duplicate); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.failure();
    return copy;
}

PageRepository::SeenTree PageRepository::seenTree(const PageTree &tree, qint64 top)
{
    SeenTree seen;
    for (QList<qint64> pending { top }; !pending.isEmpty();) {
        const qint64 id = pending.takeFirst();
        if (const PageListing *listing = tree.find(id))
            seen.insert(id, { listing->page.version, listing->textsVersion });
        pending.append(tree.children(id));
    }
    return seen;
}

Status PageRepository::checkUnchanged(qint64 id, const std::optional<Seen> &seen) const
{
    const auto stored = page(id);
    if (!stored)
        return stored.failure();
    if (!seen || (seen->version != AnyVersion && stored->version != seen->version))
        return pageConflict(id);
    if (seen->textsVersion == AnyVersion)
        return {};
    const auto texts = textsVersion(id);
    if (!texts)
        return texts.failure();
    if (*texts == seen->textsVersion)
        return {};
    // The newest text's change, to say who made it.
    QSqlQuery newest = SqlAccess::query(m_db);
    newest.prepare(QStringLiteral("SELECT language FROM page_translation WHERE "
                                  "page_id = :id ORDER BY version DESC LIMIT 1"));
    newest.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(newest, tr("read the versions of page %1").arg(id)); !s)
        return s;
    const QString language = newest.next() ? newest.value(0).toString() : QString();
    const auto change = lastChange(id, language);
    if (!change)
        return change.failure();
    return failure(
        ErrorKind::Conflict, tr("%1; not done").arg(changedMessage(id, *change, language)));
}

Result<QList<qint64>> PageRepository::subtree(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(
        QStringLiteral("WITH RECURSIVE sub(id, depth) AS (SELECT CAST(:id AS BIGINT), 0 UNION ALL "
                       "SELECT p.id, sub.depth + 1 FROM page p JOIN sub ON p.parent_id = sub.id) "
                       "SELECT id FROM sub ORDER BY depth, id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("list the subpages of page %1").arg(id)); !s)
        return s.failure();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status PageRepository::deletePage(qint64 id, const SeenTree &seen)
{
    return m_db.transaction([&]() -> Status {
        const auto doomed = page(id);
        if (!doomed)
            return doomed.failure();
        if (!seen.isEmpty()) {
            // Every page of the subtree as it is now: each as it was seen.
            const auto ids = subtree(id);
            if (!ids)
                return ids.failure();
            for (const qint64 page : *ids) {
                const auto it = seen.constFind(page);
                if (auto s = checkUnchanged(
                        page, it == seen.cend() ? std::nullopt : std::optional<Seen>(*it));
                    !s)
                    return s;
            }
        }
        const qint64 seenVersion = seen.value(id, Seen {}).version;
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral("DELETE FROM page WHERE id = :id%1")
                          .arg(seenVersion == AnyVersion ? QString()
                                                         : QStringLiteral(" AND version = :seen")));
        query.bindValue(QStringLiteral(":id"), id);
        if (seenVersion != AnyVersion)
            query.bindValue(QStringLiteral(":seen"), seenVersion);
        if (auto s = m_db.exec(query, tr("delete page %1").arg(id)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return pageConflict(id);
        return shiftPositions(doomed->parentId, doomed->position + 1, -1, id);
    });
}
