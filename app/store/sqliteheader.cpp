#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <memory>
#include <sqlite3.h>

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
    // Through SQLite's own handle of the file, never one of ours: closing a descriptor of the
    // file drops every POSIX lock this process holds on it, those of its open connections too,
    // and another process may then check the write-ahead log in and delete it under them
    // (SQLite's "How To Corrupt An SQLite Database File", 2.2). SQLite keeps a handle whose
    // file other connections of the process still lock open until they are done.
    if (!QFileInfo(path).isFile()) {
        QFile missing(path); // not a file: no connection can have it open
        const QString reason
            = missing.open(QIODevice::ReadOnly) ? Tr::tr("not a file") : missing.errorString();
        return failure(ErrorKind::Io, Tr::tr("%1: cannot read the file: %2").arg(path, reason));
    }
    sqlite3 *opened = nullptr;
    const int status = sqlite3_open_v2(
        QFile::encodeName(path).constData(), &opened, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> connection(opened, &sqlite3_close);
    sqlite3_file *file = nullptr;
    if (status != SQLITE_OK
        || sqlite3_file_control(opened, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || !file || !file->pMethods)
        return failure(ErrorKind::Io,
            Tr::tr("%1: cannot read the file: %2")
                .arg(path,
                    QString::fromUtf8(opened ? sqlite3_errmsg(opened) : sqlite3_errstr(status))));

    SqliteHeader header;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return failure(ErrorKind::Io,
            Tr::tr("%1: cannot read the file: %2").arg(path, sqlite3_errstr(SQLITE_IOERR)));
    header.fileSize = size;
    if (header.fileSize == 0)
        return failure(Tr::tr("%1: not a Newsdesk site: the file is empty").arg(path));

    QByteArray bytes(HeaderSize, '\0');
    const int read = file->pMethods->xRead(file, bytes.data(), HeaderSize, 0);
    if (read == SQLITE_IOERR_SHORT_READ)
        bytes.truncate(int(qMin<qint64>(header.fileSize, HeaderSize)));
    else if (read != SQLITE_OK)
        return failure(
            ErrorKind::Io, Tr::tr("%1: cannot read the file: %2").arg(path, sqlite3_errstr(read)));
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
