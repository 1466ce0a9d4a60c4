#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHeader)
};

constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL byte

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<SqliteHeader> SqliteHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            ErrorKind::Io, Tr::tr("%1: cannot read the file: %2").arg(path, file.errorString()));

    SqliteHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return failure(Tr::tr("%1: not a Newsdesk site: the file is empty").arg(path));

    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArray(Magic, sizeof Magic)))
        return failure(
            Tr::tr("%1: not a Newsdesk site: the file is not an SQLite database").arg(path));

    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = (header.pageSize & (header.pageSize - 1)) == 0;
    if (header.pageSize < 512 || header.pageSize > 65536 || !powerOfTwo)
        return failure(ErrorKind::Damaged,
            Tr::tr("%1: the site file is damaged: its header is invalid").arg(path));

    const quint32 changeCounter = be32(bytes, 24);
    header.pageCount = be32(bytes, 28);
    header.pageCountValid = header.pageCount > 0 && changeCounter == be32(bytes, 92);
    header.userVersion = be32(bytes, 60);
    header.applicationId = be32(bytes, 68);

    // A crash in the middle of a checkpoint can leave the main file shorter than its header
    // says while the write-ahead log still holds the pages; SQLite repairs that on open.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walMayHoldPages = wal.exists() && wal.size() > 0;
    if (!walMayHoldPages) {
        const qint64 expected = qint64(header.pageCount) * header.pageSize;
        if (header.fileSize % header.pageSize != 0
            || (header.pageCountValid && header.fileSize < expected)) {
            return failure(ErrorKind::Damaged,
                Tr::tr("%1: the site file is damaged: it is truncated (%2 of %3 bytes)")
                    .arg(path)
                    .arg(header.fileSize)
                    .arg(expected));
        }
    }
    return header;
}
