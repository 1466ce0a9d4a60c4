#include "imagesupport.h"
#include "store/mediarepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestMediaRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data(); // every test on a site file and on a team site
    void init();
    void storesImagesOnce_data();
    void storesImagesOnce();
    void refusesWhatIsNotAnImage_data();
    void refusesWhatIsNotAnImage();
    void altTextPerLanguage();
    void refusesMoreThanTwentyMegapixels();
    void keepsThePhotosUprightSize();

private:
    static QByteArray encode(const QImage &image, const char *format);
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

QByteArray TestMediaRepository::encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

void TestMediaRepository::initTestCase_data()
{
    TestSupport::addStoreRows();
}

void TestMediaRepository::init()
{
    m_site = TestSupport::freshSite(m_dir, TestSupport::currentStore());
}

void TestMediaRepository::storesImagesOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QSize>("size");
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QTest::newRow("png") << encode(image, "PNG") << "image/png" << QSize(40, 30);
    QTest::newRow("jpeg") << encode(image, "JPEG") << "image/jpeg" << QSize(40, 30);
    QTest::newRow("webp") << encode(image, "WEBP") << "image/webp" << QSize(40, 30);
    // Qt writes no GIF: the smallest valid one, 1×1.
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
                                       "!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00"
                                       "\x01\x00\x00\x02\x02D\x01\x00;",
        43) << "image/gif"
                         << QSize(1, 1);
}

void TestMediaRepository::storesImagesOnce()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QFETCH(QSize, size);
    if (bytes.isEmpty())
        QFAIL("Qt could not encode the test image in this format");
    MediaRepository media(*m_site);
    const auto id = media.add(bytes, QStringLiteral("seminar.img"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto item = media.item(*id);
    QCOMPARE(item->mimeType, mime);
    QCOMPARE(QSize(item->width, item->height), size);
    QCOMPARE(item->byteSize, bytes.size());
    QCOMPARE(item->sha256.size(), 64);
    QCOMPARE(media.bytes(*id).value(), bytes);
    QCOMPARE(media.add(bytes, QStringLiteral("again.img")).value(), *id); // stored once
}

void TestMediaRepository::refusesWhatIsNotAnImage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("just text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
                                       "</script></svg>");
    QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
}

void TestMediaRepository::refusesWhatIsNotAnImage()
{
    QFETCH(QByteArray, bytes);
    const auto id = MediaRepository(*m_site).add(bytes, QStringLiteral("upload.bin"));
    QVERIFY(!id.ok());
    QCOMPARE(id.error(),
        QStringLiteral("upload.bin: not an image Newsdesk can store (PNG, JPEG, GIF or WebP)"));
}

void TestMediaRepository::altTextPerLanguage()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    MediaRepository media(*m_site);
    const qint64 id = media.add(encode(image, "PNG"), QStringLiteral("flag.png")).value();
    QCOMPARE(media.alt(id, QStringLiteral("ka")).value(), QString());
    QVERIFY(media.setAlt(id, QStringLiteral("en"), QStringLiteral("  A red   square ")).ok());
    QVERIFY(media.setAlt(id, QStringLiteral("ka"), u"წითელი კვადრატი"_qs).ok());
    QCOMPARE(media.alt(id, QStringLiteral("en")).value(), QStringLiteral("A red square"));
    QCOMPARE(media.alt(id, QStringLiteral("ka")).value(), u"წითელი კვადრატი"_qs);
    QVERIFY(media.setAlt(id, QStringLiteral("en"), QStringLiteral("Red")).ok());
    QCOMPARE(media.alt(id, QStringLiteral("en")).value(), QStringLiteral("Red"));
    QVERIFY(
        !media.setAlt(id, QStringLiteral("fr"), QStringLiteral("Rouge")).ok()); // no such language
    QVERIFY(!media.item(9999).ok());
}

void TestMediaRepository::refusesMoreThanTwentyMegapixels()
{
    // One bit per pixel: 24 megapixels in a few kilobytes.
    QImage large(6000, 4000, QImage::Format_Mono);
    large.fill(0);
    const auto id
        = MediaRepository(*m_site).add(ImageSupport::encoded(large, "PNG"), u"scan.png"_qs);
    QVERIFY(!id.ok());
    QCOMPARE(id.error(),
        u"scan.png: the image has 24.0 megapixels; at most 20 can be stored (make it smaller "
        "first)"_qs);
    QImage allowed(5000, 4000, QImage::Format_Mono);
    allowed.fill(0);
    QVERIFY(MediaRepository(*m_site).add(ImageSupport::encoded(allowed, "PNG"), u"20.png"_qs));
}

void TestMediaRepository::keepsThePhotosUprightSize()
{
    // A phone's portrait photo: stored 40 × 30 with "turn a quarter" in its EXIF.
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QByteArray photo = ImageSupport::withExif(ImageSupport::encoded(image, "JPEG"), 6);
    MediaRepository media(*m_site);
    const qint64 id = media.add(photo, u"portrait.jpg"_qs).value();
    const MediaItem item = media.item(id).value();
    QCOMPARE(QSize(item.width, item.height), QSize(30, 40));
}

QTEST_MAIN(TestMediaRepository)
#include "tst_mediarepository.moc"
