#include "bundlewriter.h"

#include "core/parallel.h"
#include "core/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

qint64 modifiedNs(const struct stat &info)
{
    return qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

} // namespace

BundleWriter::BundleWriter(const QString &folder)
    : m_folder(folder)
    , m_manifestPath(folder + QStringLiteral("/manifest.json"))
    , m_cache(ExportCache::load(folder))
    , m_manifestStamp(ExportCache::stamp(m_manifestPath))
{
    m_manifestKnown = m_manifestStamp.exists && m_manifestStamp == m_cache.manifest;
    if (m_manifestKnown) {
        m_previous.reserve(m_cache.entries.size());
        for (auto it = m_cache.entries.cbegin(); it != m_cache.entries.cend(); ++it)
            m_previous.insert(it.key(), { it->sha256, it->size });
    } else {
        m_previous = Manifest::read(m_manifestPath, &m_previousManifest);
    }
}

bool BundleWriter::isInside(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u'\0'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

void BundleWriter::writeOne(
    int root, const QString &file, const QByteArray &bytes, Written &result) const
{
    const QByteArray name = QFile::encodeName(file);
    struct stat info;
    // Listed with these bytes and still of their size: left as it is.
    if (const auto was = m_previous.constFind(file); was != m_previous.cend()
        && was->sha256 == result.entry.sha256 && ::fstatat(root, name.constData(), &info, 0) == 0
        && S_ISREG(info.st_mode) && info.st_size == bytes.size()) {
        result.entry.modifiedNs = modifiedNs(info);
        return;
    }
    const auto fail = [&](const QString &message) {
        result.outcome = Outcome::Failed;
        result.error = message;
    };
    // A new file, else the one there replaced (never through a symbolic link).
    result.outcome = Outcome::Added;
    int fd = ::openat(root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT) {
        const QString dir = QFileInfo(m_folder + u'/' + file).path();
        if (!QDir().mkpath(dir))
            return fail(tr("%1: cannot create the folder").arg(dir));
        fd = ::openat(root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    } else if (fd < 0 && errno == EEXIST) {
        result.outcome = Outcome::Changed;
        fd = ::openat(root, name.constData(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
        // A symbolic link is replaced by the file; what it points to stays untouched.
        if (fd < 0 && errno == ELOOP && ::unlinkat(root, name.constData(), 0) == 0)
            fd = ::openat(root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
    const QString path = m_folder + u'/' + file;
    if (fd < 0)
        return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(errno)));
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(error)));
        }
        written += n;
    }
    if (::fstat(fd, &info) == 0)
        result.entry.modifiedNs = modifiedNs(info);
    if (::close(fd) != 0)
        return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(errno)));
}

QList<BundleWriter::Written> BundleWriter::writeAll(int root, const QList<QString> &paths,
    const QMap<QString, QByteArray> &files, const QHash<QString, QByteArray> &hashes,
    const ExportCache &next, const std::function<void(int, int)> &progress) const
{
    const qsizetype count = paths.size();
    QList<Written> results(count);
    const auto writeIndex = [&](qsizetype index) {
        const QString &file = paths[index];
        const QByteArray &bytes = files[file];
        Written &result = results[index];
        const QByteArray hash = hashes.value(file);
        result.entry = next.entries.value(file);
        result.entry.sha256 = hash.isEmpty() ? Sha256::hash(bytes) : hash;
        result.entry.size = bytes.size();
        writeOne(root, file, bytes, result);
    };
    // Each thread writes a stretch of the sorted paths, so two threads rarely make files in one
    // folder at once (they would wait on the folder's lock). Progress every 256 files.
    Parallel::forEachReporting(
        count, Parallel::threadsFor(count, 64), Parallel::Order::Stretches, 256,
        [&](int, qsizetype i) {
            writeIndex(i);
            return true;
        },
        [&](qsizetype done) {
            if (progress)
                progress(int(done), int(count));
        });
    return results;
}

// Everything written on disk before the manifest that describes it: a few files one by one,
// many at once (syncfs).
Status BundleWriter::sync(const QStringList &written) const
{
    const auto syncOne = [](const QString &path, bool all) -> Status {
        const int fd = ::open(
            QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (all ? O_DIRECTORY : 0));
        if (fd < 0)
            return failure(tr("%1: cannot write: %2").arg(path, qt_error_string(errno)));
        const int synced = all ? ::syncfs(fd) : ::fdatasync(fd);
        const int error = errno;
        ::close(fd);
        if (synced != 0)
            return failure(tr("%1: cannot write: %2").arg(path, qt_error_string(error)));
        return {};
    };
    if (written.size() > 64)
        return syncOne(m_folder, true);
    for (const QString &file : written) {
        if (auto synced = syncOne(m_folder + u'/' + file, false); !synced)
            return synced;
    }
    return {};
}

Result<BundleWriter::Counts> BundleWriter::write(const QMap<QString, QByteArray> &files,
    const QHash<QString, QByteArray> &hashes, ExportCache &next,
    const std::function<void(int done, int total)> &progress)
{
    Counts counts;
    Manifest::Listing listed; // the new manifest: the files kept as they are, then the written
    for (auto it = next.entries.cbegin(); it != next.entries.cend(); ++it) {
        if (!files.contains(it.key()))
            listed.insert(it.key(), { it->sha256, it->size });
    }
    counts.unchanged = int(listed.size());
    const QList<QString> paths = files.keys();
    for (const QString &file : paths) {
        if (!isInside(file))
            return failure(tr("%1: refusing to write outside the bundle").arg(file));
    }
    if (!QDir().mkpath(m_folder))
        return failure(tr("%1: cannot create the folder").arg(m_folder));
    // Paths relative to the bundle's folder: the kernel walks only the rest.
    const int root
        = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return failure(tr("%1: cannot open the folder: %2").arg(m_folder, qt_error_string(errno)));
    const QList<Written> results = writeAll(root, paths, files, hashes, next, progress);
    ::close(root);

    QStringList written;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Written &result = results[i];
        if (result.outcome == Outcome::Failed)
            return failure(result.error); // the manifest still describes the previous export
        listed.insert(paths[i], { result.entry.sha256, result.entry.size });
        next.entries.insert(paths[i], result.entry);
        if (result.outcome == Outcome::Unchanged) {
            ++counts.unchanged;
            continue;
        }
        result.outcome == Outcome::Changed ? ++counts.changed : ++counts.added;
        written.append(paths[i]);
    }

    // Remove what an earlier export wrote and this one does not (nothing else is touched).
    QStringList gone;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (!listed.contains(it.key()) && it.key() != QLatin1String("manifest.json")
            && isInside(it.key()))
            gone.append(it.key());
    }
    std::sort(gone.begin(), gone.end());
    for (const QString &file : std::as_const(gone)) {
        if (QFile::remove(m_folder + u'/' + file)) {
            ++counts.removed;
            // Folders it leaves empty go too (rmdir refuses non-empty ones).
            QString dir = file.section(u'/', 0, -2);
            while (!dir.isEmpty() && QDir(m_folder).rmdir(dir))
                dir = dir.section(u'/', 0, -2);
        }
    }
    for (auto it = next.entries.begin(); it != next.entries.end();)
        it = listed.contains(it.key()) ? std::next(it) : next.entries.erase(it);

    if (auto synced = sync(written); !synced)
        return synced.failure();
    const QByteArray manifestBytes
        = m_manifestKnown && listed == m_previous ? QByteArray() : Manifest::write(listed);
    if (manifestBytes.isEmpty() || manifestBytes == m_previousManifest) {
        ++counts.unchanged;
        next.manifest = m_manifestStamp;
    } else {
        QSaveFile file(m_manifestPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(manifestBytes) != manifestBytes.size()
            || !file.commit())
            return failure(tr("%1: cannot write: %2").arg(m_manifestPath, file.errorString()));
        m_manifestStamp.exists ? ++counts.changed : ++counts.added;
        next.manifest = ExportCache::stamp(m_manifestPath);
    }
    counts.files = int(listed.size()) + 1;
    if (auto saved = next.save(m_folder); !saved)
        qWarning("%s", qPrintable(saved.error())); // only costs time next export
    if (progress)
        progress(int(files.size()), int(files.size()));
    return counts;
}
