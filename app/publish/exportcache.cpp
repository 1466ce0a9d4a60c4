#include "exportcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace {

constexpr quint32 Magic = 0x4e444543; // "NDEC"
constexpr quint32 Version = 2;

} // namespace

QString ExportCache::fileFor(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QByteArray key
        = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/exports/") + QString::fromLatin1(key);
}

ExportCache ExportCache::load(const QString &folder)
{
    ExportCache cache;
    QFile file(fileFor(folder));
    if (!file.open(QIODevice::ReadOnly))
        return cache;
    QDataStream in(&file);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return cache;
    QString absolute;
    qint64 count = 0;
    in >> absolute >> count;
    if (absolute != QFileInfo(folder).absoluteFilePath() || count < 0 || count > 10'000'000)
        return cache;
    cache.entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString path;
        Entry entry;
        in >> path >> entry.fingerprint >> entry.sha256 >> entry.size >> entry.modifiedNs
            >> entry.media >> entry.findings;
        cache.entries.insert(path, entry);
    }
    if (in.status() != QDataStream::Ok)
        cache.entries.clear();
    return cache;
}

Status ExportCache::save(const QString &folder) const
{
    const QString path = fileFor(folder);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(QCoreApplication::translate("ExportCache", "%1: cannot write: %2")
                           .arg(path, file.errorString()));
    QDataStream out(&file);
    out << Magic << Version << QFileInfo(folder).absoluteFilePath() << qint64(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        out << it.key() << it->fingerprint << it->sha256 << it->size << it->modifiedNs << it->media
            << it->findings;
    }
    if (!file.commit())
        return failure(QCoreApplication::translate("ExportCache", "%1: cannot write: %2")
                           .arg(path, file.errorString()));
    return {};
}

ExportCache::Stamp ExportCache::stamp(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return { true, qint64(info.st_size),
        qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec };
}

const ExportCache::Entry *ExportCache::intact(const QString &folder, const QString &path) const
{
    const auto found = entries.constFind(path);
    if (found == entries.cend())
        return nullptr;
    const Stamp now = stamp(folder + u'/' + path);
    return now.exists && now.size == found->size && now.modifiedNs == found->modifiedNs ? &*found
                                                                                        : nullptr;
}
