// ExportCache: what the last export into a folder wrote, kept outside the bundle; a damaged
// or foreign cache is no cache, and a file changed since it was written is not intact.
#include "publish/exportcache.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace TestSupport;

class TestExportCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savedCacheLoadsAsSaved();
    void damagedCacheFilesLoadEmpty_data();
    void damagedCacheFilesLoadEmpty();
    void aCacheBelongsToItsFolder();
    void onlyUnchangedFilesAreIntact_data();
    void onlyUnchangedFilesAreIntact();

private:
    ExportCache written(const QStringList &files); // files written now, recorded as written
    QTemporaryDir m_dir;
    QString m_folder;
};

void TestExportCache::init()
{
    m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QDir(m_folder).removeRecursively();
    QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/en/about")));
}

ExportCache TestExportCache::written(const QStringList &files)
{
    ExportCache cache;
    for (const QString &file : files) {
        const QByteArray bytes = "<p>" + file.toUtf8() + "</p>";
        QDir().mkpath(QFileInfo(m_folder + u'/' + file).path());
        if (!writeFile(m_folder + u'/' + file, bytes))
            qFatal("cannot write %s", qPrintable(file));
        const ExportCache::Stamp stamp = ExportCache::stamp(m_folder + u'/' + file);
        ExportCache::Entry entry;
        entry.fingerprint = "inputs of " + file.toUtf8();
        entry.sha256 = QByteArray(32, 'h');
        entry.size = stamp.size;
        entry.modifiedNs = stamp.modifiedNs;
        entry.media = { 7, 9 };
        entry.findings = "[]";
        cache.entries.insert(file, entry);
    }
    return cache;
}

void TestExportCache::savedCacheLoadsAsSaved()
{
    ExportCache cache = written({ QStringLiteral("en/index.html"),
        QStringLiteral("en/about/index.html"), QStringLiteral("ka/ჩვენ-შესახებ.html") });
    QVERIFY(writeFile(m_folder + QStringLiteral("/manifest.json"), "{}"));
    cache.manifest = ExportCache::stamp(m_folder + QStringLiteral("/manifest.json"));
    QVERIFY(cache.save(m_folder).ok());
    const QFileInfo file(ExportCache::fileFor(m_folder));
    QCOMPARE(file.dir().entryList({ QStringLiteral("*.partial") }, QDir::Files), QStringList());

    const ExportCache loaded = ExportCache::load(m_folder);
    QCOMPARE(loaded.entries.keys().size(), 3);
    for (auto it = cache.entries.cbegin(); it != cache.entries.cend(); ++it) {
        const ExportCache::Entry entry = loaded.entries.value(it.key());
        QCOMPARE(entry.fingerprint, it->fingerprint);
        QCOMPARE(entry.sha256, it->sha256);
        QCOMPARE(entry.size, it->size);
        QCOMPARE(entry.modifiedNs, it->modifiedNs);
        QCOMPARE(entry.media, it->media);
        QCOMPARE(entry.findings, it->findings);
    }
    QVERIFY(loaded.manifest.exists);
    QVERIFY(loaded.manifest == cache.manifest);
}

void TestExportCache::damagedCacheFilesLoadEmpty_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut short") << "truncate";
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("empty") << "empty";
    QTest::newRow("older format") << "version";
}

// All or nothing: a partly readable cache would claim files it knows nothing of.
void TestExportCache::damagedCacheFilesLoadEmpty()
{
    QFETCH(QString, damage);
    ExportCache cache = written({ QStringLiteral("en/index.html"), QStringLiteral("a.css") });
    cache.manifest = { true, 10, 20 };
    QVERIFY(cache.save(m_folder).ok());
    const QString path = ExportCache::fileFor(m_folder);
    QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 100);
    if (damage == QLatin1String("truncate"))
        bytes.chop(bytes.size() / 3);
    else if (damage == QLatin1String("garbage"))
        bytes = QByteArray(bytes.size(), '\xA5');
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else
        bytes[7] = char(bytes[7] - 1); // the format version, after the 4-byte mark
    QVERIFY(writeFile(path, bytes));
    const ExportCache loaded = ExportCache::load(m_folder);
    QVERIFY(loaded.entries.isEmpty());
    QVERIFY(!loaded.manifest.exists);
}

void TestExportCache::aCacheBelongsToItsFolder()
{
    ExportCache cache = written({ QStringLiteral("en/index.html") });
    QVERIFY(cache.save(m_folder).ok());
    const QString other = m_folder + QStringLiteral("-copy");
    QVERIFY(ExportCache::fileFor(other) != ExportCache::fileFor(m_folder));
    QVERIFY(ExportCache::load(other).entries.isEmpty());
    // Even when its file is found under the other folder's name.
    QDir().mkpath(QFileInfo(ExportCache::fileFor(other)).path());
    QFile::remove(ExportCache::fileFor(other));
    QVERIFY(QFile::copy(ExportCache::fileFor(m_folder), ExportCache::fileFor(other)));
    QVERIFY(ExportCache::load(other).entries.isEmpty());
    QCOMPARE(ExportCache::load(m_folder).entries.size(), 1);
}

void TestExportCache::onlyUnchangedFilesAreIntact_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("intact");
    QTest::newRow("unchanged") << "" << true;
    QTest::newRow("rewritten with other bytes") << "bytes" << false;
    QTest::newRow("same size, touched") << "touch" << false;
    QTest::newRow("deleted") << "delete" << false;
    QTest::newRow("a folder in its place") << "folder" << false;
    QTest::newRow("not in the cache") << "unknown" << false;
}

void TestExportCache::onlyUnchangedFilesAreIntact()
{
    QFETCH(QString, change);
    QFETCH(bool, intact);
    const QString file = QStringLiteral("en/about/index.html");
    const ExportCache cache = written({ file, QStringLiteral("en/index.html") });
    const QString path = m_folder + u'/' + file;
    if (change == QLatin1String("bytes")) {
        QVERIFY(writeFile(path, "edited by hand"));
    } else if (change == QLatin1String("touch")) {
        const utimbuf times { 1'000'000'000, 1'000'000'000 }; // 2001, not when it was written
        QCOMPARE(::utime(QFile::encodeName(path).constData(), &times), 0);
    } else if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(path));
    } else if (change == QLatin1String("folder")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path));
    }
    const QString asked
        = change == QLatin1String("unknown") ? QStringLiteral("en/new/index.html") : file;
    const QList<const ExportCache::Entry *> found
        = cache.intact(m_folder, QStringList { asked, QStringLiteral("en/index.html") });
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0] != nullptr, intact);
    QVERIFY(found[1]); // the other file is untouched
    QCOMPARE(cache.intact(m_folder, asked) != nullptr, intact);
}

QTEST_GUILESS_MAIN(TestExportCache)
#include "tst_exportcache.moc"
