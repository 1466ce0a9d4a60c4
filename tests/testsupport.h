#pragma once

// Helpers shared by the tests: sites in temporary folders, file fingerprints.

#include "demo/demosite.h"
#include "store/sitedatabase.h"

#include <QBuffer>
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

// Makes a closed site look written by a newer Newsdesk (schema 99).
inline bool markAsNewer(const QString &path)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Open);
    return site
        && QSqlQuery((*site)->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
}

// A migrations folder holding only schema 1, to make sites as the first Newsdesk did.
inline bool makeSchemaOneFolder(const QString &folder)
{
    return QDir().mkpath(folder)
        && QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"),
            folder + QStringLiteral("/0001_initial.sql"));
}

// A new demo site, open, named after the running test function (one per test).
inline std::unique_ptr<SiteDatabase> freshDemoSite(const QTemporaryDir &dir)
{
    const QString path
        = dir.filePath(QStringLiteral("%1.newsdesk").arg(QTest::currentTestFunction()));
    SiteDatabase::removeFiles(path);
    auto site = DemoSite::createSite(path);
    if (!site)
        qFatal("%s", qPrintable(site.error()));
    return std::move(site).value();
}

} // namespace TestSupport
