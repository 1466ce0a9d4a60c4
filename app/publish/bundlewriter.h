#pragma once

#include "core/result.h"
#include "exportcache.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

// Writes a bundle into a folder the way a repeated export wants it: only files whose bytes
// changed are written (new ones created exclusively, never through a symbolic link), on all
// cores, each thread its own stretch of the sorted paths (threads creating files in one folder
// wait on its lock); files an earlier export wrote and this one does not are removed (nothing
// else is touched); everything written is on disk before the manifest.json that describes it,
// and the export cache remembers what was written. A failure leaves the previous manifest.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    struct Counts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
        int files = 0; // in the bundle, manifest.json included
    };

    // Reads what the folder holds as the last export described it: the cache while
    // manifest.json is the one that export wrote, else manifest.json itself.
    explicit BundleWriter(const QString &folder);

    const QString &folder() const { return m_folder; }
    const ExportCache &cache() const { return m_cache; }

    // Writes `files` (path → bytes; `hashes` has the sha256 of those known already) into the
    // folder. `next` holds an entry for every file of the bundle: those not in `files` are
    // kept as they are (their entries complete), the others get their hash, size and time.
    // On success `next` is saved as the folder's cache. `progress(done, total)` is called on
    // this thread.
    Result<Counts> write(const QMap<QString, QByteArray> &files,
        const QHash<QString, QByteArray> &hashes, ExportCache &next,
        const std::function<void(int done, int total)> &progress);

    // A bundle path that stays inside the bundle.
    static bool isInside(const QString &path);

private:
    enum class Outcome
    {
        Unchanged,
        Changed,
        Added,
        Failed
    };
    struct Written
    {
        Outcome outcome = Outcome::Unchanged;
        ExportCache::Entry entry;
        QString error;
    };
    void writeOne(int root, const QString &file, const QByteArray &bytes, Written &result) const;
    QList<Written> writeAll(int root, const QList<QString> &paths,
        const QMap<QString, QByteArray> &files, const QHash<QString, QByteArray> &hashes,
        const ExportCache &next, const std::function<void(int, int)> &progress) const;
    Status sync(const QStringList &written) const;

    QString m_folder;
    QString m_manifestPath;
    ExportCache m_cache;
    ExportCache::Stamp m_manifestStamp;
    bool m_manifestKnown = false;
    QByteArray m_previousManifest; // its bytes, when read
    Manifest::Listing m_previous;
};
