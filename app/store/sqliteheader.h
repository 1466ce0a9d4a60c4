#pragma once

#include "core/result.h"

#include <QString>

// The first 100 bytes of an SQLite database file, read before any database connection uses it,
// so that a foreign, damaged or newer file can be refused before anything touches it. They are
// read through SQLite's own file handle (a descriptor of ours, closed, would drop the locks of
// the process's other connections to the file).
// Format: https://www.sqlite.org/fileformat2.html#the_database_header
struct SqliteHeader
{
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // "in-header database size"
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    // Fails with "<file>: …" when the file is missing, unreadable, not SQLite, or shorter than
    // its header says (checked only when no write-ahead log could still hold the rest).
    static Result<SqliteHeader> read(const QString &path);
};
