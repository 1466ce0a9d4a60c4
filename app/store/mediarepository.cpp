#include "mediarepository.h"

#include "core/timestamps.h"
#include "pagerepository.h"
#include "rowreader.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QRegularExpression>
#include <QSqlQuery>

Result<MediaRepository::Checked> MediaRepository::check(
    const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return failure(tr("%1: the image is too large (%2 MB; at most %3 MB)")
                           .arg(fileName)
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(MaxBytes / (1024 * 1024)));
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    static const QHash<QByteArray, QString> types {
        { "png", QStringLiteral("image/png") },
        { "jpeg", QStringLiteral("image/jpeg") },
        { "jpg", QStringLiteral("image/jpeg") },
        { "gif", QStringLiteral("image/gif") },
        { "webp", QStringLiteral("image/webp") },
    };
    QSize size = reader.size();
    if (!types.contains(format) || !size.isValid())
        return failure(
            tr("%1: not an image Newsdesk can store (PNG, JPEG, GIF or WebP)").arg(fileName));
    // Kept upright, as it is published: a phone's portrait photo is stored landscape with an
    // EXIF orientation that turns it.
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    if (qint64(size.width()) * size.height() > MaxPixels)
        return failure(tr("%1: the image has %2 megapixels; at most %3 can be stored (make it "
                          "smaller first)")
                           .arg(fileName)
                           .arg(qint64(size.width()) * size.height() / 1000000.0, 0, 'f', 1)
                           .arg(MaxPixels / 1000000));
    return Checked { types.value(format), size,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) };
}

Result<qint64> MediaRepository::add(const QByteArray &bytes, const QString &fileName)
{
    const auto checked = check(bytes, fileName);
    if (!checked)
        return checked.failure();
    const QString &sha256 = checked->sha256;
    const QSize size = checked->size;
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery existing = SqlAccess::query(m_db);
        existing.prepare(QStringLiteral("SELECT id FROM media WHERE sha256 = :sha"));
        existing.bindValue(QStringLiteral(":sha"), sha256);
        if (auto s = m_db.exec(existing, tr("look up an image")); !s)
            return s;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
            return {};
        }
        QSqlQuery insert = SqlAccess::query(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO media (file_name, mime_type, sha256, byte_size, width, height, bytes, "
            "created_at) VALUES (:name, :mime, :sha, :size, :width, :height, :bytes, :now) "
            "RETURNING id"));
        insert.bindValue(QStringLiteral(":name"), fileName);
        insert.bindValue(QStringLiteral(":mime"), checked->mimeType);
        insert.bindValue(QStringLiteral(":sha"), sha256);
        insert.bindValue(QStringLiteral(":size"), qint64(bytes.size()));
        insert.bindValue(QStringLiteral(":width"), size.width());
        insert.bindValue(QStringLiteral(":height"), size.height());
        insert.bindValue(QStringLiteral(":bytes"), bytes);
        insert.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        if (auto s = m_db.exec(insert, tr("store the image %1").arg(fileName)); !s)
            return s;
        insert.next();
        id = insert.value(0).toLongLong();
        return {};
    });
    if (!status)
        return status.failure();
    return id;
}

namespace {

const QString ItemColumns = QStringLiteral(
    "id, file_name, mime_type, sha256, byte_size, width, height, focus_x, focus_y");

MediaItem readItem(const QSqlQuery &query)
{
    MediaItem item;
    item.id = query.value(0).toLongLong();
    item.fileName = query.value(1).toString();
    item.mimeType = query.value(2).toString();
    item.sha256 = query.value(3).toString();
    item.byteSize = query.value(4).toLongLong();
    item.width = query.value(5).toInt();
    item.height = query.value(6).toInt();
    item.focusX = query.value(7).toDouble();
    item.focusY = query.value(8).toDouble();
    return item;
}

// An image's words in one language from columns language, alt_text, caption, credit.
void addTexts(MediaItem &item, const QSqlQuery &query, int first)
{
    const QString language = query.value(first).toString();
    item.alts.insert(language, query.value(first + 1).toString());
    if (const QString caption = query.value(first + 2).toString(); !caption.isEmpty())
        item.captions.insert(language, caption);
    if (const QString credit = query.value(first + 3).toString(); !credit.isEmpty())
        item.credits.insert(language, credit);
}

} // namespace

Result<MediaItem> MediaRepository::item(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM media WHERE id = :id").arg(ItemColumns));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("read image %1").arg(id)); !s)
        return s.failure();
    if (!query.next())
        return failure(ErrorKind::NotFound,
            tr("%1: no image with id %2").arg(m_db.path(), QString::number(id)));
    MediaItem item = readItem(query);
    QSqlQuery texts = SqlAccess::query(m_db);
    texts.prepare(QStringLiteral(
        "SELECT language, alt_text, caption, credit FROM media_alt WHERE media_id = :id"));
    texts.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(texts, tr("read the words of image %1").arg(id)); !s)
        return s.failure();
    while (texts.next())
        addTexts(item, texts, 0);
    return item;
}

Result<QHash<qint64, MediaItem>> MediaRepository::all() const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM media").arg(ItemColumns));
    if (auto s = m_db.exec(query, tr("read the images")); !s)
        return s.failure();
    QHash<qint64, MediaItem> items;
    while (query.next()) {
        const MediaItem item = readItem(query);
        items.insert(item.id, item);
    }
    QSqlQuery alts = SqlAccess::query(m_db);
    alts.setForwardOnly(true);
    alts.prepare(
        QStringLiteral("SELECT media_id, language, alt_text, caption, credit FROM media_alt"));
    if (auto s = m_db.exec(alts, tr("read the images' alt texts")); !s)
        return s.failure();
    while (alts.next()) {
        auto it = items.find(alts.value(0).toLongLong());
        if (it != items.end())
            addTexts(*it, alts, 1);
    }
    return items;
}

Result<QByteArray> MediaRepository::bytes(qint64 id) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT bytes FROM media WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("read image %1").arg(id)); !s)
        return s.failure();
    if (!query.next())
        return failure(ErrorKind::NotFound,
            tr("%1: no image with id %2").arg(m_db.path(), QString::number(id)));
    return query.value(0).toByteArray();
}

Status MediaRepository::setText(qint64 id, const QString &language, const char *column,
    const QString &text, const QString &what)
{
    QSqlQuery query = SqlAccess::query(m_db);
    // A row holds all three; a new one for a caption or credit has an empty alt text.
    const QLatin1String name(column);
    const bool alt = name == QLatin1String("alt_text");
    query.prepare(QStringLiteral("INSERT INTO media_alt (media_id, language, alt_text%1) "
                                 "VALUES (:id, :language, %2) ON CONFLICT (media_id, language) "
                                 "DO UPDATE SET %3 = excluded.%3")
                      .arg(alt ? QString() : QStringLiteral(", ") + name,
                          alt ? QStringLiteral(":text") : QStringLiteral("'', :text"), name));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(
        QStringLiteral(":text"), text.isNull() ? QStringLiteral("") : text.simplified());
    return m_db.exec(query, what);
}

Status MediaRepository::setAlt(qint64 id, const QString &language, const QString &alt)
{
    return setText(id, language, "alt_text", alt,
        tr("save the alt text of image %1 in %2").arg(id).arg(language));
}

Status MediaRepository::setCaption(qint64 id, const QString &language, const QString &caption)
{
    return setText(id, language, "caption", caption,
        tr("save the caption of image %1 in %2").arg(id).arg(language));
}

Status MediaRepository::setCredit(qint64 id, const QString &language, const QString &credit)
{
    return setText(id, language, "credit", credit,
        tr("save the credit of image %1 in %2").arg(id).arg(language));
}

Status MediaRepository::setFocus(qint64 id, double x, double y)
{
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1))
        return failure(
            tr("%1: image %2: a focal point is two shares between 0 and 1, not %3,%4")
                .arg(m_db.path(), QString::number(id), QString::number(x), QString::number(y)));
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("UPDATE media SET focus_x = :x, focus_y = :y WHERE id = :id"));
    query.bindValue(QStringLiteral(":x"), x);
    query.bindValue(QStringLiteral(":y"), y);
    query.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(query, tr("save the focal point of image %1").arg(id)); !s)
        return s;
    if (query.numRowsAffected() == 0)
        return failure(ErrorKind::NotFound,
            tr("%1: no image with id %2").arg(m_db.path(), QString::number(id)));
    return {};
}

Result<QString> MediaRepository::alt(qint64 id, const QString &language) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT alt_text FROM media_alt WHERE media_id = :id AND language = :language"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read the alt text of image %1").arg(id)); !s)
        return s.failure();
    return query.next() ? query.value(0).toString() : QString();
}

namespace {

// The images a body shows: its "media:ID" sources.
QList<qint64> shownIn(const QString &bodyHtml)
{
    static const QRegularExpression source(QStringLiteral("\"media:(\\d+)\""));
    QList<qint64> ids;
    for (auto it = source.globalMatch(bodyHtml); it.hasNext();) {
        const qint64 id = it.next().captured(1).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

Result<QHash<qint64, QList<MediaUse>>> MediaRepository::uses() const
{
    QHash<qint64, QList<MediaUse>> uses;
    RowReader leads(m_db,
        QStringLiteral("SELECT id, lead_media_id FROM page WHERE lead_media_id IS NOT NULL "
                       "ORDER BY id"),
        tr("read the lead images"));
    while (leads.next())
        uses[leads.value(1).toLongLong()].append({ leads.value(0).toLongLong(), QString() });
    if (auto s = leads.status(); !s)
        return s.failure();
    RowReader bodies(m_db,
        QStringLiteral("SELECT page_id, language, body_html FROM page_translation "
                       "WHERE body_html LIKE '%\"media:%' ORDER BY page_id, language"),
        tr("read where the images are shown"));
    while (bodies.next()) {
        for (qint64 id : shownIn(bodies.value(2).toString()))
            uses[id].append({ bodies.value(0).toLongLong(), bodies.value(1).toString() });
    }
    if (auto s = bodies.status(); !s)
        return s.failure();
    for (auto &list : uses)
        std::stable_sort(list.begin(), list.end(),
            [](const MediaUse &a, const MediaUse &b) { return a.pageId < b.pageId; });
    return uses;
}

QString MediaRepository::pageNames(const QList<MediaUse> &uses) const
{
    const PageRepository pages(m_db);
    QStringList names;
    for (const MediaUse &use : uses) {
        const QString name = QStringLiteral("“%1”").arg(pages.displayName(use.pageId));
        if (!names.contains(name))
            names.append(name);
    }
    constexpr int Shown = 5;
    if (names.size() > Shown)
        return tr("%1 and %n more", nullptr, int(names.size() - Shown))
            .arg(names.mid(0, Shown).join(QStringLiteral(", ")));
    return names.join(QStringLiteral(", "));
}

Status MediaRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        const auto found = item(id);
        if (!found)
            return found.failure();
        const auto all = uses();
        if (!all)
            return all.failure();
        if (const QList<MediaUse> shown = all->value(id); !shown.isEmpty())
            return failure(ErrorKind::Conflict,
                tr("%1: image %2 (%3) is shown on %4; not deleted")
                    .arg(m_db.path(), QString::number(id), found->fileName, pageNames(shown)));
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral("DELETE FROM media WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        return m_db.exec(query, tr("delete image %1").arg(id));
    });
}

Status MediaRepository::replace(qint64 id, const QByteArray &bytes, const QString &fileName)
{
    const auto checked = check(bytes, fileName);
    if (!checked)
        return checked.failure();
    return m_db.transaction([&]() -> Status {
        if (auto found = item(id); !found)
            return found.failure();
        QSqlQuery existing = SqlAccess::query(m_db);
        existing.prepare(QStringLiteral("SELECT id FROM media WHERE sha256 = :sha"));
        existing.bindValue(QStringLiteral(":sha"), checked->sha256);
        if (auto s = m_db.exec(existing, tr("look up an image")); !s)
            return s;
        if (existing.next()) {
            const qint64 other = existing.value(0).toLongLong();
            if (other == id)
                return {}; // the same bytes again
            return failure(ErrorKind::Conflict,
                tr("%1: %2 is stored already as image %3; image %4 not replaced")
                    .arg(m_db.path(), fileName, QString::number(other), QString::number(id)));
        }
        QSqlQuery update = SqlAccess::query(m_db);
        update.prepare(QStringLiteral(
            "UPDATE media SET file_name = :name, mime_type = :mime, sha256 = :sha, byte_size = "
            ":size, width = :width, height = :height, bytes = :bytes WHERE id = :id"));
        update.bindValue(QStringLiteral(":name"), fileName);
        update.bindValue(QStringLiteral(":mime"), checked->mimeType);
        update.bindValue(QStringLiteral(":sha"), checked->sha256);
        update.bindValue(QStringLiteral(":size"), qint64(bytes.size()));
        update.bindValue(QStringLiteral(":width"), checked->size.width());
        update.bindValue(QStringLiteral(":height"), checked->size.height());
        update.bindValue(QStringLiteral(":bytes"), bytes);
        update.bindValue(QStringLiteral(":id"), id);
        return m_db.exec(update, tr("replace image %1 with %2").arg(id).arg(fileName));
    });
}
