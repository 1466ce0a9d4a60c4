#include "exportcache.h"

#include "core/parallel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr quint32 Magic = 0x4e444543; // "NDEC"
constexpr quint32 Version = 3;

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
    in >> absolute >> cache.manifest.exists >> cache.manifest.size >> cache.manifest.modifiedNs
        >> count;
    if (absolute != QFileInfo(folder).absoluteFilePath() || count < 0 || count > 10'000'000)
        return {};
    cache.entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString path;
        Entry entry;
        in >> path >> entry.fingerprint >> entry.sha256 >> entry.size >> entry.modifiedNs
            >> entry.media >> entry.findings;
        cache.entries.insert(path, entry);
    }
    if (in.status() != QDataStream::Ok)
        return {}; // all or nothing: a partly read cache is no cache
    return cache;
}

Status ExportCache::save(const QString &folder) const
{
    QByteArray bytes;
    bytes.reserve(entries.size() * 200);
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << Magic << Version << QFileInfo(folder).absoluteFilePath() << manifest.exists
            << manifest.size << manifest.modifiedNs << qint64(entries.size());
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            out << it.key() << it->fingerprint << it->sha256 << it->size << it->modifiedNs
                << it->media << it->findings;
        }
    }
    // Written beside and renamed over, never synced to disk: after a crash the cache may be
    // missing or unreadable, which only costs the next export time.
    const QString path = fileFor(folder);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Named for this process: two exports into one folder never share a partial file.
    const QString partial
        = path + QStringLiteral(".%1.partial").arg(QCoreApplication::applicationPid());
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return failure(
            QCoreApplication::translate("ExportCache", "%1: cannot write: %2").arg(path, error));
    }
    file.close();
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData())
        != 0) {
        const QString error = qt_error_string(errno);
        QFile::remove(partial);
        return failure(
            QCoreApplication::translate("ExportCache", "%1: cannot write: %2").arg(path, error));
    }
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
    return intact(folder, QStringList { path }).constFirst();
}

QList<const ExportCache::Entry *> ExportCache::intact(
    const QString &folder, const QStringList &paths) const
{
    QList<const Entry *> found(paths.size(), nullptr);
    const int directory
        = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory < 0)
        return found;
    // One stat per file, relative to the folder (the kernel walks only the rest of the path),
    // on all cores.
    Parallel::forEach(paths.size(), 512, [&](qsizetype i) {
        const auto entry = entries.constFind(paths[i]);
        if (entry == entries.cend())
            return;
        struct stat info;
        if (::fstatat(directory, QFile::encodeName(paths[i]).constData(), &info, 0) == 0
            && S_ISREG(info.st_mode) && info.st_size == entry->size
            && qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec
                == entry->modifiedNs)
            found[i] = &*entry;
    });
    ::close(directory);
    return found;
}
