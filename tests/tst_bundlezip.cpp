// BundleZip: a bundle as one .zip that any unzip reads back byte for byte, the same bytes for
// the same bundle, text deflated and already compressed data stored.
#include "publish/bundlezip.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace TestSupport;

class TestBundleZip : public QObject
{
    Q_OBJECT

private slots:
    void entriesReadBackAsWritten_data();
    void entriesReadBackAsWritten();
    void theSameFilesGiveTheSameBytes();
    void aFailedWriteKeepsTheOldZip();
    void aZipThatIsNoneIsNamedAsItIs();

private:
    static QByteArray noise(qsizetype size, quint32 seed);
    static zip_uint16_t methodOf(const QString &zipPath, const QString &entry);
    QTemporaryDir m_dir;
};

QByteArray TestBundleZip::noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

zip_uint16_t TestBundleZip::methodOf(const QString &zipPath, const QString &entry)
{
    int error = 0;
    zip_t *zip
        = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip)
        return 0xffff;
    zip_stat_t stat;
    const bool found = zip_stat(zip, entry.toUtf8().constData(), ZIP_FL_ENC_UTF_8, &stat) == 0;
    zip_discard(zip);
    return found ? stat.comp_method : 0xffff;
}

void TestBundleZip::entriesReadBackAsWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("method");
    const QByteArray page = QByteArray("<!DOCTYPE html><html lang=\"ka\"><p>")
        + QStringLiteral("საქართველო ").repeated(400).toUtf8() + "</p></html>";
    QTest::newRow("html page") << "ka/index.html" << page << int(ZIP_CM_DEFLATE);
    QTest::newRow("large page") << "en/big/index.html" << page.repeated(300) << int(ZIP_CM_DEFLATE);
    QTest::newRow("already compressed")
        << "media/0123456789abcdef.png" << noise(40'000, 1) << int(ZIP_CM_STORE);
    QTest::newRow("empty") << "robots.txt" << QByteArray() << int(ZIP_CM_STORE);
    QTest::newRow("one byte") << "a.txt" << QByteArray("a") << int(ZIP_CM_STORE);
    QTest::newRow("georgian name")
        << "assets/ლოგო.svg" << QByteArray("<svg/>").repeated(50) << int(ZIP_CM_DEFLATE);
}

void TestBundleZip::entriesReadBackAsWritten()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, method);
    QMap<QString, QByteArray> files { { name, bytes },
        { QStringLiteral("manifest.json"), QByteArray("{ \"files\": [] }\n") } };
    const QString path = m_dir.filePath(QStringLiteral("%1.zip").arg(QTest::currentDataTag()));
    const Status written = BundleZip::write(files, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    // libzip checks each entry's CRC as it reads, and the archive's consistency on open.
    const auto read = BundleZip::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->keys(), files.keys());
    QCOMPARE(read->value(name), bytes);
    QCOMPARE(int(methodOf(path, name)), method);
}

void TestBundleZip::theSameFilesGiveTheSameBytes()
{
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 300; ++i) {
        files.insert(QStringLiteral("en/page-%1/index.html").arg(i),
            QByteArray("<p>Page ") + QByteArray::number(i) + "</p>" + QByteArray(i * 10, 'x'));
    }
    files.insert(QStringLiteral("media/noise.bin"), noise(5000, 7));
    const QString first = m_dir.filePath(QStringLiteral("first.zip"));
    const QString second = m_dir.filePath(QStringLiteral("second.zip"));
    QVERIFY(BundleZip::write(files, first).ok());
    QVERIFY(BundleZip::write(files, second).ok());
    QVERIFY(!readFile(first).isEmpty());
    QCOMPARE(fileHash(first), fileHash(second));
    QCOMPARE(BundleZip::read(first).value(), files);
}

void TestBundleZip::aFailedWriteKeepsTheOldZip()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.zip"));
    QVERIFY(BundleZip::write({ { QStringLiteral("a.txt"), QByteArray("old") } }, path).ok());
    const QByteArray before = readFile(path);
    // A .part that cannot be created (a folder is in its place): the old zip stays.
    QVERIFY(QDir().mkpath(path + QStringLiteral(".part/x")));
    const Status failed
        = BundleZip::write({ { QStringLiteral("a.txt"), QByteArray("new") } }, path);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().startsWith(path + QStringLiteral(": ")), qPrintable(failed.error()));
    QCOMPARE(readFile(path), before);
}

void TestBundleZip::aZipThatIsNoneIsNamedAsItIs()
{
    // A name with a per-cent sign and a digit, as a person may well give one: the message names
    // it as it is (a placeholder inside it is not filled with the error number).
    const QString path = m_dir.filePath(QStringLiteral("report %2 draft.zip"));
    QVERIFY(writeFile(path, QByteArray("not a zip at all")));
    const auto read = BundleZip::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(path + QStringLiteral(": cannot open the zip (libzip error ")),
        qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestBundleZip)
#include "tst_bundlezip.moc"
