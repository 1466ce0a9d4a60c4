#include "mediarepository.h"

#include "core/timestamps.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QSqlQuery>

Result<qint64> MediaRepository::add(const QByteArray &bytes, const QString &fileName)
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

    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
        insert.bindValue(QStringLiteral(":mime"), types.value(format));
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

const QString ItemColumns
    = QStringLiteral("id, file_name, mime_type, sha256, byte_size, width, height");

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
    return item;
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
    return readItem(query);
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
    alts.prepare(QStringLiteral("SELECT media_id, language, alt_text FROM media_alt"));
    if (auto s = m_db.exec(alts, tr("read the images' alt texts")); !s)
        return s.failure();
    while (alts.next()) {
        auto it = items.find(alts.value(0).toLongLong());
        if (it != items.end())
            it->alts.insert(alts.value(1).toString(), alts.value(2).toString());
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

Status MediaRepository::setAlt(qint64 id, const QString &language, const QString &alt)
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO media_alt (media_id, language, alt_text) VALUES (:id, :language, :alt) "
        "ON CONFLICT (media_id, language) DO UPDATE SET alt_text = excluded.alt_text"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":alt"), alt.isNull() ? QStringLiteral("") : alt.simplified());
    return m_db.exec(query, tr("save the alt text of image %1 in %2").arg(id).arg(language));
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
