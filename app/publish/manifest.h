#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// manifest.json of a bundle: every file with its sha256 and size, sorted by path. An export
// into a folder reads the previous one to know which files it wrote there (and may remove).
namespace Manifest {

struct Entry
{
    QByteArray sha256; // raw
    qint64 size = 0;
    bool operator==(const Entry &other) const = default;
};
using Listing = QHash<QString, Entry>;

QByteArray write(const Listing &files);
// The listing of a manifest.json file (empty when missing or not a manifest), and its bytes.
Listing read(const QString &path, QByteArray *bytes);

} // namespace Manifest
