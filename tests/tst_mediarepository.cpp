#include "imagesupport.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
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
    void wordsAndFocalPointPerImage();
    void leadImageOfAPage();
    void usesNameEveryPageThatShowsAnImage();
    void deletesOnlyAnImageNoPageShows();
    void replacesTheFileAndKeepsTheWords();

private:
    qint64 addPage(const QString &slug, const QString &body);
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

qint64 TestMediaRepository::addPage(const QString &slug, const QString &body)
{
    PageRepository pages(*m_site);
    PageRepository::NewPage page;
    page.kind = PageKind::News;
    page.slug = slug;
    Translation text;
    text.language = QStringLiteral("en");
    text.title = slug;
    text.bodyHtml = body;
    return pages.addPage(page, text).value();
}

void TestMediaRepository::wordsAndFocalPointPerImage()
{
    MediaRepository media(*m_site);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const qint64 id = media.add(encode(image, "PNG"), QStringLiteral("field.png")).value();
    QCOMPARE(media.item(id)->focusX, 0.5); // the middle until someone says otherwise
    QCOMPARE(media.item(id)->focusY, 0.5);
    QVERIFY(media.setCaption(id, QStringLiteral("ka"), QStringLiteral("  მინდორი  ")).ok());
    QVERIFY(media.setCredit(id, QStringLiteral("ka"), QStringLiteral("ფოტო: ნინო")).ok());
    QVERIFY(media.setAlt(id, QStringLiteral("en"), QStringLiteral("A green field")).ok());
    QVERIFY(media.setCredit(id, QStringLiteral("en"), QStringLiteral("Photo: Nino")).ok());
    QVERIFY(media.setFocus(id, 0.25, 0.8).ok());
    const MediaItem item = media.item(id).value();
    QCOMPARE(item.captions.value(QStringLiteral("ka")), QStringLiteral("მინდორი"));
    QCOMPARE(item.credits.value(QStringLiteral("ka")), QStringLiteral("ფოტო: ნინო"));
    QCOMPARE(item.alts.value(QStringLiteral("ka")), QString()); // a caption brings no alt
    QCOMPARE(item.alts.value(QStringLiteral("en")), QStringLiteral("A green field"));
    QCOMPARE(item.credits.value(QStringLiteral("en")), QStringLiteral("Photo: Nino"));
    QVERIFY(!item.captions.contains(QStringLiteral("en")));
    QCOMPARE(item.focusX, 0.25);
    QCOMPARE(item.focusY, 0.8);
    // all() reads the same as item().
    const MediaItem listed = media.all()->value(id);
    QCOMPARE(listed.captions, item.captions);
    QCOMPARE(listed.credits, item.credits);
    QCOMPARE(listed.focusX, 0.25);
    // A focal point off the image is refused and changes nothing.
    const Status outside = media.setFocus(id, 1.5, 0.2);
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().contains(QStringLiteral(": image %1: ").arg(id)),
        qPrintable(outside.error()));
    QCOMPARE(media.item(id)->focusX, 0.25);
}

void TestMediaRepository::leadImageOfAPage()
{
    MediaRepository media(*m_site);
    PageRepository pages(*m_site);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    const qint64 photo = media.add(encode(image, "PNG"), QStringLiteral("lead.png")).value();
    const qint64 page = addPage(QStringLiteral("visit"), QStringLiteral("<p>Text</p>"));
    QCOMPARE(pages.page(page)->leadMediaId, 0);
    const qint64 version = pages.page(page)->version;
    QVERIFY(pages.setLeadImage(page, photo).ok());
    QCOMPARE(pages.page(page)->leadMediaId, photo);
    // The page's own version stays: a colleague's status change is no conflict with it.
    QCOMPARE(pages.page(page)->version, version);
    QCOMPARE(
        pages.listing(PageRepository::ListingParts::PagesOnly)->first().page.leadMediaId, photo);
    // A copy of the page has the same lead image.
    const qint64 copy = pages.duplicatePage(page).value();
    QCOMPARE(pages.page(copy)->leadMediaId, photo);
    const Status unknown = pages.setLeadImage(page, photo + 100);
    QCOMPARE(unknown.kind(), ErrorKind::NotFound);
    QCOMPARE(pages.page(page)->leadMediaId, photo);
    QVERIFY(pages.setLeadImage(page, 0).ok());
    QCOMPARE(pages.page(page)->leadMediaId, 0);
}

void TestMediaRepository::usesNameEveryPageThatShowsAnImage()
{
    MediaRepository media(*m_site);
    PageRepository pages(*m_site);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const qint64 first = media.add(encode(image, "PNG"), QStringLiteral("a.png")).value();
    image.fill(Qt::yellow);
    const qint64 second = media.add(encode(image, "PNG"), QStringLiteral("b.png")).value();
    image.fill(Qt::cyan);
    const qint64 unused = media.add(encode(image, "PNG"), QStringLiteral("c.png")).value();
    const QString figure = QStringLiteral("<figure><img src=\"media:%1\" alt=\"\"></figure>");
    const qint64 report = addPage(QStringLiteral("report"), figure.arg(first) + figure.arg(second));
    Translation ka = pages.translation(report, QStringLiteral("en"))->value();
    ka.language = QStringLiteral("ka");
    ka.bodyHtml = figure.arg(first);
    QVERIFY(pages.saveTranslation(ka).ok());
    const qint64 story
        = addPage(QStringLiteral("story"), QStringLiteral("<p>media:%1</p>").arg(second));
    QVERIFY(pages.setLeadImage(story, first).ok());

    const auto uses = media.uses().value();
    const QList<MediaUse> expected { { report, QStringLiteral("en") },
        { report, QStringLiteral("ka") }, { story, QString() } };
    QCOMPARE(uses.value(first), expected);
    // Text that only looks like a source is no use; a 1 is not a 12.
    QCOMPARE(uses.value(second), (QList<MediaUse> { { report, QStringLiteral("en") } }));
    QVERIFY(!uses.contains(unused));
}

void TestMediaRepository::deletesOnlyAnImageNoPageShows()
{
    MediaRepository media(*m_site);
    PageRepository pages(*m_site);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    const qint64 shown = media.add(encode(image, "PNG"), QStringLiteral("shown.png")).value();
    image.fill(Qt::gray);
    const qint64 lead = media.add(encode(image, "PNG"), QStringLiteral("lead.png")).value();
    image.fill(Qt::black);
    const qint64 unused = media.add(encode(image, "PNG"), QStringLiteral("unused.png")).value();
    addPage(QStringLiteral("annual-report"),
        QStringLiteral("<figure><img src=\"media:%1\" alt=\"\"></figure>").arg(shown));
    const qint64 visit = addPage(QStringLiteral("visit"), QStringLiteral("<p>x</p>"));
    QVERIFY(pages.setLeadImage(visit, lead).ok());

    const Status inBody = media.remove(shown);
    QCOMPARE(inBody.kind(), ErrorKind::Conflict);
    QVERIFY2(inBody.error().contains(QStringLiteral("shown.png"))
            && inBody.error().contains(QStringLiteral("“annual-report”")),
        qPrintable(inBody.error()));
    const Status asLead = media.remove(lead);
    QVERIFY2(asLead.error().contains(QStringLiteral("“visit”")), qPrintable(asLead.error()));
    QVERIFY(media.item(shown).ok());
    QVERIFY(media.item(lead).ok());

    QVERIFY(media.remove(unused).ok());
    QCOMPARE(media.item(unused).kind(), ErrorKind::NotFound);
    QCOMPARE(media.remove(unused).kind(), ErrorKind::NotFound);
}

void TestMediaRepository::replacesTheFileAndKeepsTheWords()
{
    MediaRepository media(*m_site);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    const qint64 id = media.add(encode(image, "PNG"), QStringLiteral("old.png")).value();
    QVERIFY(media.setAlt(id, QStringLiteral("ka"), QStringLiteral("წითელი")).ok());
    QVERIFY(media.setFocus(id, 0.1, 0.9).ok());
    QImage wider(80, 20, QImage::Format_RGB32);
    wider.fill(Qt::darkCyan);
    const QByteArray bytes = encode(wider, "JPEG");
    QVERIFY(media.replace(id, bytes, QStringLiteral("new.jpg")).ok());
    const MediaItem item = media.item(id).value();
    QCOMPARE(item.fileName, QStringLiteral("new.jpg"));
    QCOMPARE(item.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(QSize(item.width, item.height), QSize(80, 20));
    QCOMPARE(media.bytes(id).value(), bytes);
    QCOMPARE(item.alts.value(QStringLiteral("ka")), QStringLiteral("წითელი"));
    QCOMPARE(item.focusX, 0.1);

    // Bytes that another image holds, or that are no image: refused, nothing changed.
    image.fill(Qt::white);
    const qint64 other = media.add(encode(image, "PNG"), QStringLiteral("other.png")).value();
    const Status twice = media.replace(id, media.bytes(other).value(), QStringLiteral("x.png"));
    QCOMPARE(twice.kind(), ErrorKind::Conflict);
    QVERIFY2(
        twice.error().contains(QStringLiteral("image %1").arg(other)), qPrintable(twice.error()));
    QVERIFY(!media.replace(id, QByteArray("text"), QStringLiteral("notes.txt")).ok());
    QCOMPARE(media.bytes(id).value(), bytes);
}

QTEST_MAIN(TestMediaRepository)
#include "tst_mediarepository.moc"
