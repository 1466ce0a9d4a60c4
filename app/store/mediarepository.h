#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSize>
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
    // Where the subject is, as a share of the width and height from the top left; crops keep
    // it in view.
    double focusX = 0.5;
    double focusY = 0.5;
    // language → text; filled by all() and item()
    QMap<QString, QString> alts;
    QMap<QString, QString> captions;
    QMap<QString, QString> credits;
};

// Where an image is shown: a page's body in one language, or a page's lead image.
struct MediaUse
{
    qint64 pageId = 0;
    QString language; // empty: the lead image
    bool operator==(const MediaUse &) const = default;
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
    Status setCaption(qint64 id, const QString &language, const QString &caption);
    Status setCredit(qint64 id, const QString &language, const QString &credit);
    // The focal point, each share between 0 and 1.
    Status setFocus(qint64 id, double x, double y);

    // Where each image is shown (bodies that refer to "media:ID", lead images), in page order;
    // an image shown nowhere is not in the map.
    Result<QHash<qint64, QList<MediaUse>>> uses() const;
    // Deletes an image that no page shows; one shown is refused with a line naming the pages.
    Status remove(qint64 id);
    // Puts other bytes in an image's place (every page that shows it shows the new one); its
    // words and focal point stay. Bytes stored already as another image are refused.
    Status replace(qint64 id, const QByteArray &bytes, const QString &fileName);

private:
    struct Checked
    {
        QString mimeType;
        QSize size;
        QString sha256;
    };
    // What add() and replace() store of bytes, or why they cannot be stored.
    static Result<Checked> check(const QByteArray &bytes, const QString &fileName);
    Status setText(qint64 id, const QString &language, const char *column, const QString &text,
        const QString &what);
    QString pageNames(const QList<MediaUse> &uses) const;

    SiteDatabase &m_db;
};
