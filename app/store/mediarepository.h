#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

class SiteDatabase;

struct MediaItem
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    QString sha256;
    qint64 byteSize = 0;
    int width = 0;
    int height = 0;
    QMap<QString, QString> alts; // language → alt text; filled by all()
};

// Images stored in the site file. The same bytes are stored once (by sha256); alt text is
// kept per language.
class MediaRepository
{
    Q_DECLARE_TR_FUNCTIONS(MediaRepository)

public:
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxPixels = 20'000'000;

    explicit MediaRepository(SiteDatabase &db)
        : m_db(db)
    { }

    // Adds an image (PNG, JPEG, GIF or WebP that Qt can read, at most MaxPixels) and returns
    // its id; an image already stored returns the existing id. Its size is the upright one.
    Result<qint64> add(const QByteArray &bytes, const QString &fileName);
    Result<MediaItem> item(qint64 id) const;
    // Every image without its bytes, with its alt texts (one pass: for whole-site work).
    Result<QHash<qint64, MediaItem>> all() const;
    Result<QByteArray> bytes(qint64 id) const;
    Status setAlt(qint64 id, const QString &language, const QString &alt);
    Result<QString> alt(qint64 id, const QString &language) const;

private:
    SiteDatabase &m_db;
};
