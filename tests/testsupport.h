#pragma once

// Helpers shared by the tests: sites in temporary folders, file fingerprints.

#include "demo/demosite.h"
#include "postgrestestsupport.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/sqlaccess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// An image of one colour, encoded as PNG.
inline QByteArray pngBytes(int width, int height, Qt::GlobalColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A new site at `path`, with the demo content when `demo`; closed again so that its file is
// complete on disk (the last connection checkpoints the write-ahead log).
inline bool createClosedSite(const QString &path, bool demo)
{
    auto site
        = demo ? DemoSite::createSite(path) : SiteDatabase::open(path, SiteDatabase::Mode::Create);
    return site.ok();
}

// Damage as a disk or a crash leaves it in a closed site file.
enum class Damage
{
    Header, // the header's page size (bytes 16–17) impossible: the file does not open at all
    Pages, // every page after the first overwritten with noise: quick_check finds it
};

inline bool damageSite(const QString &path, Damage damage)
{
    QByteArray bytes = readFile(path);
    if (bytes.size() <= 4096)
        return false;
    if (damage == Damage::Header) {
        bytes[16] = char(0x12);
        bytes[17] = char(0x34);
    } else {
        QRandomGenerator noise(20201125);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(noise.bounded(256));
    }
    return writeFile(path, bytes);
}

// Garbles the first page of `table` in a closed site file: the site opens (as long as opening
// reads nothing of that table) and PRAGMA quick_check finds the damage.
inline bool damageTable(const QString &path, const QString &table)
{
    qint64 root = 0, pageSize = 0;
    {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
        if (!site)
            return false;
        QSqlQuery query = SqlAccess::query(**site);
        query.prepare(QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size()) "
                                     "FROM sqlite_master WHERE name = ?"));
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            return false;
        root = query.value(0).toLongLong();
        pageSize = query.value(1).toLongLong();
    }
    QByteArray bytes = readFile(path);
    if (root < 1 || bytes.size() < root * pageSize)
        return false;
    for (qsizetype i = (root - 1) * pageSize; i < root * pageSize; ++i)
        bytes[i] = char(0xA5);
    return writeFile(path, bytes);
}

// What takes a site back from schema 17 (lead images, focal points, captions and credits) to
// 16, for tests that put a site back to an older schema and open it again: each step after
// the one a test goes back to must run again. The same statements on a file and a server.
inline QStringList beforeLeadImages()
{
    return { QStringLiteral("DROP INDEX page_by_lead_media"),
        QStringLiteral("ALTER TABLE page DROP COLUMN lead_media_id"),
        QStringLiteral("ALTER TABLE media DROP COLUMN focus_x"),
        QStringLiteral("ALTER TABLE media DROP COLUMN focus_y"),
        QStringLiteral("ALTER TABLE media_alt DROP COLUMN caption"),
        QStringLiteral("ALTER TABLE media_alt DROP COLUMN credit") };
}

// Makes a closed site look written by a newer Newsdesk (schema 99).
inline bool markAsNewer(const QString &path)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    return site && SqlAccess::query(**site).exec(QStringLiteral("PRAGMA user_version = 99"));
}

// A migrations folder holding only schema 1, to make sites as the first Newsdesk did.
inline bool makeSchemaOneFolder(const QString &folder)
{
    return QDir().mkpath(folder)
        && QFile::copy(QStringLiteral(":/migrations/sqlite/0001_initial.sql"),
            folder + QStringLiteral("/0001_initial.sql"));
}

// A site file in `dir` named after the running test function (one per test), removed first.
inline QString freshSitePath(const QTemporaryDir &dir)
{
    const QString path
        = dir.filePath(QStringLiteral("%1.newsdesk").arg(QTest::currentTestFunction()));
    SiteDatabase::removeFiles(path);
    return path;
}

// The store a test's site lives in. A test that runs on both adds the rows with addStoreRows()
// in initTestCase_data, and makes its sites with currentStore(): every test function then runs
// once on a site file and once on a team site of the test cluster.
enum class Store
{
    File,
    Server,
};

inline void addStoreRows()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("PostgreSQL") << true;
}

inline Store currentStore()
{
    QFETCH_GLOBAL(bool, server);
    return server ? Store::Server : Store::File;
}

// Where a new site of the running test goes: a file in `dir` named after the test function, or
// a new, empty database on the test cluster named after the test executable.
inline QString freshSiteLocation(const QTemporaryDir &dir, Store store)
{
    if (store == Store::File)
        return freshSitePath(dir);
    const QString uri
        = PostgresTestSupport::freshDatabaseUri(QCoreApplication::applicationName().toLower());
    if (uri.isEmpty())
        qFatal("no database for the test on the test cluster");
    return uri;
}

// A new demo site, open (one per test).
inline std::unique_ptr<SiteDatabase> freshDemoSite(
    const QTemporaryDir &dir, Store store = Store::File)
{
    auto site = DemoSite::createSite(freshSiteLocation(dir, store));
    if (!site)
        qFatal("%s", qPrintable(site.error()));
    return std::move(site).value();
}

// A new empty site (English, the source, and Georgian), open (one per test).
inline std::unique_ptr<SiteDatabase> freshSite(const QTemporaryDir &dir, Store store = Store::File)
{
    auto site = SiteDatabase::open(freshSiteLocation(dir, store), SiteDatabase::Mode::Create);
    if (!site)
        qFatal("%s", qPrintable(site.error()));
    return std::move(site).value();
}

// Adds a page with its first text; its id, or 0 (with the store's message as a warning).
inline qint64 addPage(SiteDatabase &site, const PageRepository::NewPage &page,
    const QString &language, const QString &title, const QString &bodyHtml = {})
{
    Translation text;
    text.language = language;
    text.title = title;
    text.bodyHtml = bodyHtml;
    const auto id = PageRepository(site).addPage(page, text);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

// Saves a page's title and body (stored HTML) in a language; a refusal fails the test with the
// store's message.
inline void saveText(SiteDatabase &site, qint64 pageId, const QString &language,
    const QString &title, const QString &bodyHtml)
{
    Translation text;
    text.pageId = pageId;
    text.language = language;
    text.title = title;
    text.bodyHtml = bodyHtml;
    const Status saved = PageRepository(site).saveTranslation(text);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

} // namespace TestSupport
