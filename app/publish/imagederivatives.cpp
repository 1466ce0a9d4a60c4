#include "imagederivatives.h"

#include "store/mediarepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRect>
#include <QSaveFile>
#include <QSize>
#include <QStandardPaths>
#include <QtEndian>

// GLib (under libvips) names a field `signals`, which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <vips/vips.h>
#pragma pop_macro("signals")

#include <atomic>
#include <cmath>
#include <mutex>

namespace {

std::atomic_int encodedCopies { 0 };

// libvips once per process; its cache of operations off (each image is made once, and the
// cache would hold every photo of a site), one thread per image: the exporter runs images on
// several cores itself.
bool startVips()
{
    static std::once_flag once;
    static bool started = false;
    std::call_once(once, [] {
        started = vips_init("newsdesk") == 0;
        if (started) {
            vips_cache_set_max(0);
            vips_concurrency_set(1);
        }
    });
    return started;
}

QString vipsError()
{
    QString text = QString::fromUtf8(vips_error_buffer()).trimmed();
    vips_error_clear();
    // libvips writes "loader: message" lines; the first says what went wrong.
    return text.section(u'\n', 0, 0);
}

// A WebP file without its EXIF, XMP and ICC chunks: libvips 8.14 writes an EXIF chunk of its
// own (resolution, size) even when told to strip. The chunks are RIFF ones: a four-letter
// name, a little-endian size, the data padded to an even length.
QByteArray withoutWebpMetadata(const QByteArray &webp)
{
    if (webp.size() < 30 || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP"
        || webp.mid(12, 4) != "VP8X")
        return webp; // a simple WebP has no room for metadata
    QByteArray out = webp.left(12);
    for (qsizetype at = 12; at + 8 <= webp.size();) {
        const QByteArray name = webp.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(webp.constData() + at + 4);
        const qsizetype whole = 8 + size + (size & 1);
        if (at + whole > webp.size())
            return webp; // not as libvips writes it: left as it is, the test will say
        if (name != "EXIF" && name != "XMP " && name != "ICCP")
            out += webp.mid(at, whole);
        at += whole;
    }
    // The VP8X chunk's flags: no ICC profile (0x20), EXIF (0x08) or XMP (0x04) any more.
    out[20] = char(uchar(out[20]) & ~(0x20 | 0x08 | 0x04));
    qToLittleEndian<quint32>(quint32(out.size() - 8), out.data() + 4);
    return out;
}

QString fallbackFormat(const MediaItem &item)
{
    // A JPEG is never transparent; PNG, GIF and WebP may be.
    return item.mimeType == QLatin1String("image/jpeg") ? QStringLiteral("jpg")
                                                        : QStringLiteral("png");
}

QList<ImageDerivatives::Variant> variantsIn(const MediaItem &item, const QString &format)
{
    QList<ImageDerivatives::Variant> list;
    if (item.width <= 0 || item.height <= 0)
        return list;
    QList<int> widths;
    for (int width : ImageDerivatives::Widths) {
        if (width < item.width)
            widths.append(width);
    }
    const int largest = std::end(ImageDerivatives::Widths)[-1];
    if (item.width <= largest)
        widths.append(item.width);
    for (int width : std::as_const(widths)) {
        const int height = qMax(1, int(std::lround(double(item.height) * width / item.width)));
        list.append({ width, height, format,
            QStringLiteral("media/%1-%2.%3").arg(item.sha256.left(16)).arg(width).arg(format) });
    }
    return list;
}

// "<width>" of a copy of the whole image, "<width>x<height>-<x>-<y>" of a crop.
QString copyName(const ImageDerivatives::Variant &variant)
{
    if (!variant.isCrop())
        return QString::number(variant.width);
    return QStringLiteral("%1x%2-%3-%4")
        .arg(variant.width)
        .arg(variant.height)
        .arg(variant.focusX)
        .arg(variant.focusY);
}

QString cachePath(const MediaItem &item, const ImageDerivatives::Variant &variant)
{
    return ImageDerivatives::cacheFolder()
        + QStringLiteral("/%1-%2.%3").arg(item.sha256, copyName(variant), variant.format);
}

QList<ImageDerivatives::Variant> cropsIn(const MediaItem &item, const QString &format)
{
    QList<ImageDerivatives::Variant> list;
    if (item.width <= 0 || item.height <= 0)
        return list;
    QList<QSize> boxes;
    for (int width : ImageDerivatives::ThumbnailWidths) {
        const QSize box(width, width * 9 / 16);
        if (box.width() <= item.width && box.height() <= item.height)
            boxes.append(box);
    }
    if (boxes.isEmpty()) { // a small image: the largest 16:9 part of it
        const int width = qMax(16, qMin(item.width, item.height * 16 / 9));
        boxes.append(QSize(width, qMax(1, width * 9 / 16)));
    }
    const auto percent
        = [](double share) { return int(std::lround(qBound(0.0, share, 1.0) * 100)); };
    for (const QSize &box : std::as_const(boxes)) {
        ImageDerivatives::Variant variant { box.width(), box.height(), format, QString(),
            percent(item.focusX), percent(item.focusY) };
        variant.file
            = QStringLiteral("media/%1-%2.%3").arg(item.sha256.left(16), copyName(variant), format);
        list.append(variant);
    }
    return list;
}

// The part of `image` (already as large as the crop covers) that a crop keeps: `box` placed
// with the focal point as near its middle as the image's edges allow.
QRect cropArea(const QSize &image, const ImageDerivatives::Variant &variant)
{
    const int width = qMin(variant.width, image.width());
    const int height = qMin(variant.height, image.height());
    const auto start = [](int whole, int part, int focus) {
        return qBound(0, int(std::lround(whole * focus / 100.0 - part / 2.0)), whole - part);
    };
    return QRect(start(image.width(), width, variant.focusX),
        start(image.height(), height, variant.focusY), width, height);
}

Result<QByteArray> encode(const QByteArray &original, const ImageDerivatives::Variant &variant)
{
    if (!startVips())
        return failure(ImageDerivatives::tr("cannot start libvips"));
    VipsImage *image = nullptr;
    // A crop is cut from the image made just large enough to cover it.
    int width = variant.width;
    if (variant.isCrop()) {
        const QSize upright = ImageDerivatives::uprightSize(original);
        if (upright.isEmpty())
            return failure(ImageDerivatives::tr("not an image libvips reads"));
        width = qMax(variant.width,
            int(std::ceil(double(upright.width()) * variant.height / upright.height())));
    }
    // Shrunk as it is read (a JPEG decodes at a fraction of its size), turned upright by its
    // orientation, never made larger.
    if (vips_thumbnail_buffer(const_cast<char *>(original.constData()), size_t(original.size()),
            &image, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, nullptr)
        != 0)
        return failure(vipsError());
    if (variant.isCrop()) {
        const QRect area
            = cropArea(QSize(vips_image_get_width(image), vips_image_get_height(image)), variant);
        VipsImage *part = nullptr;
        const int cropped = vips_extract_area(
            image, &part, area.x(), area.y(), area.width(), area.height(), nullptr);
        g_object_unref(image);
        if (cropped != 0)
            return failure(vipsError());
        image = part;
    }
    // No EXIF, GPS, XMP, IPTC or ICC data in the copy: every piece of metadata taken off the
    // image, as "strip" alone leaves the EXIF block (GPS included) in WebP with libvips 8.14.
    VipsImage *bare = nullptr;
    if (vips_copy(image, &bare, nullptr) != 0) {
        g_object_unref(image);
        return failure(vipsError());
    }
    g_object_unref(image);
    image = bare;
    if (gchar **fields = vips_image_get_fields(image)) {
        for (gchar **field = fields; *field; ++field)
            vips_image_remove(image, *field); // the header's own fields stay
        g_strfreev(fields);
    }
    void *buffer = nullptr;
    size_t length = 0;
    int result = -1;
    if (variant.format == QLatin1String("webp"))
        result = vips_webpsave_buffer(
            image, &buffer, &length, "Q", 80, "strip", TRUE, "effort", 4, nullptr);
    else if (variant.format == QLatin1String("jpg"))
        result = vips_jpegsave_buffer(image, &buffer, &length, "Q", 82, "strip", TRUE,
            "optimize_coding", TRUE, "interlace", FALSE, nullptr);
    else
        result = vips_pngsave_buffer(image, &buffer, &length, "strip", TRUE, nullptr);
    g_object_unref(image);
    if (result != 0)
        return failure(vipsError());
    QByteArray bytes(static_cast<const char *>(buffer), qsizetype(length));
    g_free(buffer);
    if (variant.format == QLatin1String("webp"))
        bytes = withoutWebpMetadata(bytes);
    ++encodedCopies;
    return bytes;
}

} // namespace

QList<ImageDerivatives::Variant> ImageDerivatives::variants(const MediaItem &item)
{
    return variantsIn(item, QStringLiteral("webp"));
}

QList<ImageDerivatives::Variant> ImageDerivatives::fallbacks(const MediaItem &item)
{
    return variantsIn(item, fallbackFormat(item));
}

QList<ImageDerivatives::Variant> ImageDerivatives::thumbnails(const MediaItem &item)
{
    return cropsIn(item, QStringLiteral("webp")) + cropsIn(item, fallbackFormat(item));
}

QString ImageDerivatives::srcset(const QList<Variant> &variants, const QString &prefix)
{
    QStringList parts;
    for (const Variant &variant : variants)
        parts << QStringLiteral("%1%2 %3w").arg(prefix, variant.file).arg(variant.width);
    return parts.join(QStringLiteral(", "));
}

QString ImageDerivatives::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/newsdesk/images/") + QLatin1String(Recipe);
}

QByteArray ImageDerivatives::cached(const MediaItem &item, const Variant &variant)
{
    QFile file(cachePath(item, variant));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<QByteArray> ImageDerivatives::make(const MediaItem &item, const Variant &variant,
    const std::function<Result<QByteArray>()> &original)
{
    if (QByteArray bytes = cached(item, variant); !bytes.isEmpty())
        return bytes;
    const auto source = original();
    if (!source)
        return source.failure();
    auto bytes = encode(*source, variant);
    if (!bytes)
        return failure(tr("%1: cannot make the %2 px copy: %3")
                           .arg(item.fileName)
                           .arg(variant.width)
                           .arg(bytes.error()));
    // Kept for the next export; a cache that cannot be written only costs time.
    const QString path = cachePath(item, variant);
    if (QDir().mkpath(QFileInfo(path).path())) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(*bytes);
            file.commit();
        }
    }
    return bytes;
}

qint64 ImageDerivatives::largestWeight(const MediaItem &item)
{
    const QList<Variant> copies = fallbacks(item);
    if (copies.isEmpty())
        return 0;
    const Variant &largest = copies.last();
    if (const QFileInfo made(cachePath(item, largest)); made.exists())
        return made.size();
    const double share
        = double(largest.width) * largest.height / (double(item.width) * item.height);
    return qint64(double(item.byteSize) * share);
}

int ImageDerivatives::encoded()
{
    return encodedCopies.load();
}

QSize ImageDerivatives::uprightSize(const QByteArray &bytes)
{
    if (!startVips())
        return {};
    VipsImage *image
        = vips_image_new_from_buffer(bytes.constData(), size_t(bytes.size()), "", nullptr);
    if (!image) {
        vips_error_clear();
        return {};
    }
    QSize size(vips_image_get_width(image), vips_image_get_height(image));
    int orientation = 1;
    if (vips_image_get_typeof(image, VIPS_META_ORIENTATION) != 0)
        vips_image_get_int(image, VIPS_META_ORIENTATION, &orientation);
    g_object_unref(image);
    // 5 to 8: turned by a quarter.
    return orientation >= 5 && orientation <= 8 ? size.transposed() : size;
}
