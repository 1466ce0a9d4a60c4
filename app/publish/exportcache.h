#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// What the last export into a folder wrote, kept in the user's cache folder (never in the
// bundle): per file the fingerprint of what it was made from, its sha256, and its size and
// modification time when written. A file whose inputs, size and time are unchanged is not
// rendered again. Losing the cache only costs time.
class ExportCache
{
public:
    struct Entry
    {
        QByteArray fingerprint; // of the inputs; empty for files rendered every time
        QByteArray sha256; // raw
        qint64 size = 0;
        qint64 modifiedNs = 0;
        QList<qint64> media; // images the file uses
        QByteArray findings; // the pre-publish check's, for the page's text (JSON)
    };
    struct Stamp
    {
        bool exists = false;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        bool operator==(const Stamp &other) const = default;
    };

    static QString fileFor(const QString &folder);
    static ExportCache load(const QString &folder); // empty when missing or unreadable
    Status save(const QString &folder) const;
    static Stamp stamp(const QString &path);
    // The entry for `path` when the file on disk is still the one recorded.
    const Entry *intact(const QString &folder, const QString &path) const;
    // The same for many files at once: one entry or null per path.
    QList<const Entry *> intact(const QString &folder, const QStringList &paths) const;

    QHash<QString, Entry> entries;
    // manifest.json as the export wrote it: while it is unchanged, it lists `entries`.
    Stamp manifest;
};
