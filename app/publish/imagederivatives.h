#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

struct MediaItem;

// What a published image becomes (issue 18): copies at a few widths, never wider than the
// image, as WebP and as JPEG (PNG for an image that may be transparent), turned upright by its
// EXIF orientation and with every piece of metadata left out (EXIF, GPS, XMP, IPTC, ICC: a
// photo of a shelter must not carry its place onto the web). Made with libvips; kept in a cache
// by the image's content hash, so an unchanged image is never made again, and the same image
// always gives the same bytes.
class ImageDerivatives
{
    Q_DECLARE_TR_FUNCTIONS(ImageDerivatives)

public:
    static constexpr int Widths[] = { 480, 960, 1600 };
    // Made under this name in the cache; a change to how copies are made changes it.
    static constexpr char Recipe[] = "v1";

    struct Variant
    {
        int width = 0;
        int height = 0;
        QString format; // "webp", "jpg" or "png"
        QString file; // "media/<first 16 hex digits of sha256>-<width>.<format>"
        // A crop (a thumbnail) of width × height around this point, in per cent of the
        // image's width and height; -1: the whole image.
        int focusX = -1;
        int focusY = -1;
        bool isCrop() const { return focusX >= 0; }
        bool operator==(const Variant &) const = default;
    };

    // The copies an image gets, WebP ones first, each list narrowest first: every width of
    // Widths below the image's own, and the image's own (at most the largest) once.
    static QList<Variant> variants(const MediaItem &item);
    // The fallback (JPEG or PNG) copies of variants().
    static QList<Variant> fallbacks(const MediaItem &item);
    // The thumbnails a card shows of a lead image: 16:9 crops around the image's focal point
    // at the widths of ThumbnailWidths the image covers (or the largest 16:9 crop it holds),
    // WebP ones first, then the fallbacks; each list narrowest first.
    static constexpr int ThumbnailWidths[] = { 480, 960 };
    static QList<Variant> thumbnails(const MediaItem &item);
    // What `srcset` says of these copies: "media/…-480.webp 480w, …", with `prefix` before
    // each file (the way from the page to the bundle's top).
    static QString srcset(const QList<Variant> &variants, const QString &prefix);

    // A copy's bytes: from the cache, or made from `original` (the stored image's bytes) and
    // kept there. `original` is read only when the cache lacks the copy: pass a loader.
    static Result<QByteArray> make(const MediaItem &item, const Variant &variant,
        const std::function<Result<QByteArray>()> &original);
    // A copy's bytes from the cache alone; empty when it is not there.
    static QByteArray cached(const MediaItem &item, const Variant &variant);

    // What the image weighs where a page loads its largest copy: that copy's size when the
    // cache has it, else the original's bytes in proportion to the pixels.
    static qint64 largestWeight(const MediaItem &item);

    // How many copies were made (encoded) since the program started: for tests and benches.
    static int encoded();
    // $XDG_CACHE_HOME/newsdesk/images/<Recipe>
    static QString cacheFolder();

    // The upright size of an image's bytes (its EXIF orientation applied); invalid when the
    // bytes are not an image libvips reads.
    static QSize uprightSize(const QByteArray &bytes);
};
