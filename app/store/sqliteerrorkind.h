#pragma once

#include "core/result.h"

#include <sqlite3.h>

// What an SQLite result code (primary or extended) means for the user's site.
inline ErrorKind sqliteErrorKind(int code)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        return ErrorKind::Io;
    default:
        return ErrorKind::Invalid;
    }
}
