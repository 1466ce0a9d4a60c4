#include "imagesupport.h"
#include "publish/imagederivatives.h"
#include "store/mediarepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QPointF>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Variant = ImageDerivatives::Variant;

class TestImageDerivatives : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void widthsAreNeverUpscaled_data();
    void widthsAreNeverUpscaled();
    void aPhonePhotoComesOutUprightWithoutItsMetadata_data();
    void aPhonePhotoComesOutUprightWithoutItsMetadata();
    void theSameImageGivesTheSameBytesFromTheCache();
    void aBrokenImageIsOneLineNamingIt();
    void thumbnailsAre16by9AndNeverUpscaled_data();
    void thumbnailsAre16by9AndNeverUpscaled();
    void thumbnailsKeepTheFocalPointInView_data();
    void thumbnailsKeepTheFocalPointInView();

private:
    static MediaItem itemOf(const QByteArray &bytes, const QString &mime, QSize upright);
    QTemporaryDir m_cache;
};

MediaItem TestImageDerivatives::itemOf(const QByteArray &bytes, const QString &mime, QSize upright)
{
    MediaItem item;
    item.id = 1;
    item.fileName = QStringLiteral("shelter.jpg");
    item.mimeType = mime;
    item.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    item.width = upright.width();
    item.height = upright.height();
    return item;
}

void TestImageDerivatives::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit());
    QVERIFY(ImageDerivatives::cacheFolder().startsWith(m_cache.path()));
}

void TestImageDerivatives::widthsAreNeverUpscaled_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QList<int>>("widths");
    QTest::addColumn<QList<int>>("heights");
    QTest::addColumn<QString>("fallback");
    QTest::newRow("12 MP photo") << QSize(4000, 3000) << u"image/jpeg"_qs
                                 << QList<int> { 480, 960, 1600 } << QList<int> { 360, 720, 1200 }
                                 << u"jpg"_qs;
    QTest::newRow("1200 px wide: its own width last")
        << QSize(1200, 800) << u"image/jpeg"_qs << QList<int> { 480, 960, 1200 }
        << QList<int> { 320, 640, 800 } << u"jpg"_qs;
    QTest::newRow("exactly 960") << QSize(960, 960) << u"image/png"_qs << QList<int> { 480, 960 }
                                 << QList<int> { 480, 960 } << u"png"_qs;
    QTest::newRow("a small logo: once, as it is")
        << QSize(300, 100) << u"image/webp"_qs << QList<int> { 300 } << QList<int> { 100 }
        << u"png"_qs;
    QTest::newRow("portrait") << QSize(3000, 4000) << u"image/jpeg"_qs
                              << QList<int> { 480, 960, 1600 } << QList<int> { 640, 1280, 2133 }
                              << u"jpg"_qs;
}

void TestImageDerivatives::widthsAreNeverUpscaled()
{
    QFETCH(QSize, size);
    QFETCH(QString, mime);
    QFETCH(QList<int>, widths);
    QFETCH(QList<int>, heights);
    QFETCH(QString, fallback);
    MediaItem item = itemOf("x", mime, size);
    const QList<Variant> webp = ImageDerivatives::variants(item);
    const QList<Variant> other = ImageDerivatives::fallbacks(item);
    QCOMPARE(webp.size(), widths.size());
    QCOMPARE(other.size(), widths.size());
    for (qsizetype i = 0; i < widths.size(); ++i) {
        QCOMPARE(webp[i].width, widths[i]);
        QCOMPARE(webp[i].height, heights[i]);
        QCOMPARE(webp[i].file, u"media/%1-%2.webp"_qs.arg(item.sha256.left(16)).arg(widths[i]));
        QCOMPARE(other[i].file,
            u"media/%1-%2.%3"_qs.arg(item.sha256.left(16)).arg(widths[i]).arg(fallback));
    }
    QCOMPARE(ImageDerivatives::srcset(webp.mid(0, 1), u"../../"_qs),
        u"../../%1 %2w"_qs.arg(webp[0].file).arg(widths[0]));
}

void TestImageDerivatives::aPhonePhotoComesOutUprightWithoutItsMetadata_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("webp") << u"webp"_qs;
    QTest::newRow("jpg") << u"jpg"_qs;
}

void TestImageDerivatives::aPhonePhotoComesOutUprightWithoutItsMetadata()
{
    QFETCH(QString, format);
    // Stored landscape, 1200 × 900, with "turn a quarter clockwise" and a GPS position: a red
    // top-left corner, the rest blue. Upright it is 900 × 1200 with the red corner top right.
    QImage stored(1200, 900, QImage::Format_RGB32);
    stored.fill(Qt::blue);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            stored.setPixel(x, y, qRgb(255, 0, 0));
    const QByteArray photo = ImageSupport::withExif(ImageSupport::encoded(stored, "JPEG"), 6);
    QVERIFY(photo.contains(ImageSupport::latitudeBytes()));
    QCOMPARE(ImageDerivatives::uprightSize(photo), QSize(900, 1200));

    const MediaItem item = itemOf(photo, u"image/jpeg"_qs, QSize(900, 1200));
    const QList<Variant> variants
        = format == u"webp" ? ImageDerivatives::variants(item) : ImageDerivatives::fallbacks(item);
    QCOMPARE(variants.size(), 2); // 480 and 900
    const Variant &small = variants.first();
    const auto bytes = ImageDerivatives::make(item, small, [&] { return Result(photo); });
    QVERIFY2(bytes, qPrintable(bytes.error()));
    QVERIFY(!bytes->contains(ImageSupport::latitudeBytes()));
    QVERIFY(!bytes->contains(QByteArray("Exif\0\0", 6)));
    QVERIFY(!bytes->contains("http://ns.adobe.com/xap")); // no XMP
    QVERIFY(!bytes->contains("ICC_PROFILE"));

    QBuffer buffer;
    buffer.setData(*bytes);
    QImageReader reader(&buffer);
    QCOMPARE(reader.format(), format == u"webp" ? QByteArray("webp") : QByteArray("jpeg"));
    QCOMPARE(reader.transformation(), QImageIOHandler::TransformationNone);
    const QImage copy = reader.read();
    QCOMPARE(copy.size(), QSize(small.width, small.height));
    QCOMPARE(copy.size(), QSize(480, 640));
    const QColor topRight = copy.pixelColor(copy.width() - 20, 20);
    const QColor topLeft = copy.pixelColor(20, 20);
    QVERIFY2(topRight.red() > 200 && topRight.blue() < 60, qPrintable(topRight.name()));
    QVERIFY2(topLeft.blue() > 200 && topLeft.red() < 60, qPrintable(topLeft.name()));
}

void TestImageDerivatives::theSameImageGivesTheSameBytesFromTheCache()
{
    QImage image(1000, 700, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    const QByteArray png = ImageSupport::encoded(image, "PNG");
    const MediaItem item = itemOf(png, u"image/png"_qs, image.size());
    int reads = 0;
    const auto original = [&] {
        ++reads;
        return Result(png);
    };
    const Variant variant = ImageDerivatives::fallbacks(item).value(1); // 960 px, PNG
    QCOMPARE(variant.width, 960);
    QVERIFY(ImageDerivatives::cached(item, variant).isEmpty());
    const int before = ImageDerivatives::encoded();
    const QByteArray first = ImageDerivatives::make(item, variant, original).value();
    QCOMPARE(ImageDerivatives::encoded(), before + 1);
    QCOMPARE(ImageDerivatives::cached(item, variant), first);
    // Made again from the cache: not encoded, the original not even read.
    QCOMPARE(ImageDerivatives::make(item, variant, original).value(), first);
    QCOMPARE(ImageDerivatives::encoded(), before + 1);
    QCOMPARE(reads, 1);
    // Made again without the cache: the same bytes.
    QVERIFY(QDir(ImageDerivatives::cacheFolder()).removeRecursively());
    QCOMPARE(ImageDerivatives::make(item, variant, original).value(), first);
    QCOMPARE(ImageDerivatives::encoded(), before + 2);
}

void TestImageDerivatives::aBrokenImageIsOneLineNamingIt()
{
    // A stored image whose bytes went bad: the export says which, in one line.
    const QByteArray broken("\xff\xd8\xff\xe0 no longer a JPEG", 24);
    const MediaItem item = itemOf(broken, u"image/jpeg"_qs, QSize(800, 600));
    const auto bytes = ImageDerivatives::make(
        item, ImageDerivatives::variants(item).first(), [&] { return Result(broken); });
    QVERIFY(!bytes);
    QVERIFY2(bytes.error().startsWith(u"shelter.jpg: cannot make the 480 px copy: "_qs),
        qPrintable(bytes.error()));
    QVERIFY(!bytes.error().contains(u'\n'));
    QVERIFY(ImageDerivatives::cached(item, ImageDerivatives::variants(item).first()).isEmpty());
}

void TestImageDerivatives::thumbnailsAre16by9AndNeverUpscaled_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QList<QSize>>("boxes");
    QTest::newRow("photo") << QSize(1600, 1000) << QList<QSize> { { 480, 270 }, { 960, 540 } };
    QTest::newRow("portrait") << QSize(1000, 1500) << QList<QSize> { { 480, 270 }, { 960, 540 } };
    QTest::newRow("covers only the small box") << QSize(800, 600) << QList<QSize> { { 480, 270 } };
    QTest::newRow("too small for any: its largest 16:9 part")
        << QSize(300, 100) << QList<QSize> { { 177, 99 } };
}

void TestImageDerivatives::thumbnailsAre16by9AndNeverUpscaled()
{
    QFETCH(QSize, size);
    QFETCH(QList<QSize>, boxes);
    MediaItem item = itemOf("x", u"image/jpeg"_qs, size);
    item.focusX = 0.3;
    item.focusY = 0.7;
    const QList<Variant> thumbnails = ImageDerivatives::thumbnails(item);
    QCOMPARE(thumbnails.size(), 2 * boxes.size());
    for (int i = 0; i < thumbnails.size(); ++i) {
        const Variant &thumbnail = thumbnails.at(i);
        const QSize box = boxes.at(i % boxes.size());
        QCOMPARE(QSize(thumbnail.width, thumbnail.height), box);
        QCOMPARE(thumbnail.format, i < boxes.size() ? u"webp"_qs : u"jpg"_qs);
        QVERIFY(thumbnail.isCrop());
        // The name says what it holds: another focal point is another file.
        QCOMPARE(thumbnail.file,
            QStringLiteral("media/%1-%2x%3-30-70.%4")
                .arg(item.sha256.left(16))
                .arg(box.width())
                .arg(box.height())
                .arg(thumbnail.format));
    }
}

void TestImageDerivatives::thumbnailsKeepTheFocalPointInView_data()
{
    QTest::addColumn<QPointF>("focus");
    QTest::addColumn<bool>("redInTheMiddle");
    QTest::addColumn<bool>("redAnywhere");
    // A panorama with a red disc at 70 % of its width, shrunk to 864×270 for the 480×270
    // crop, which moves across it with the focal point.
    QTest::newRow("on the disc") << QPointF(0.7, 0.5) << true << true;
    QTest::newRow("far from it") << QPointF(0.1, 0.5) << false << false;
    QTest::newRow("the middle: the disc at the side") << QPointF(0.5, 0.5) << false << true;
}

void TestImageDerivatives::thumbnailsKeepTheFocalPointInView()
{
    QFETCH(QPointF, focus);
    QFETCH(bool, redInTheMiddle);
    QFETCH(bool, redAnywhere);
    QImage panorama(3200, 1000, QImage::Format_RGB32);
    panorama.fill(Qt::white);
    for (int y = 350; y < 650; ++y)
        for (int x = 2090; x < 2390; ++x)
            if ((x - 2240) * (x - 2240) + (y - 500) * (y - 500) <= 150 * 150)
                panorama.setPixel(x, y, qRgb(220, 0, 0));
    const QByteArray png = ImageSupport::encoded(panorama, "PNG");
    MediaItem item = itemOf(png, u"image/png"_qs, panorama.size());
    item.focusX = focus.x();
    item.focusY = focus.y();
    const QList<Variant> thumbnails = ImageDerivatives::thumbnails(item);
    const auto png480 = std::find_if(thumbnails.cbegin(), thumbnails.cend(),
        [](const Variant &v) { return v.format == u"png"_qs && v.width == 480; });
    QVERIFY(png480 != thumbnails.cend());
    const Variant small = *png480;
    QCOMPARE(QSize(small.width, small.height), QSize(480, 270));
    const QByteArray bytes
        = ImageDerivatives::make(item, small, [&] { return Result(png); }).value();
    QImage thumbnail;
    QVERIFY(thumbnail.loadFromData(bytes));
    QCOMPARE(thumbnail.size(), QSize(480, 270));
    const auto red = [](QRgb pixel) { return qRed(pixel) > 180 && qGreen(pixel) < 80; };
    QCOMPARE(red(thumbnail.pixel(240, 135)), redInTheMiddle);
    bool any = false;
    for (int y = 0; y < thumbnail.height() && !any; ++y)
        for (int x = 0; x < thumbnail.width() && !any; ++x)
            any = red(thumbnail.pixel(x, y));
    QCOMPARE(any, redAnywhere);
}

QTEST_GUILESS_MAIN(TestImageDerivatives)
#include "tst_imagederivatives.moc"
