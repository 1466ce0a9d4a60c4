#pragma once

#include "core/result.h"

#include <QString>

// What a PostgreSQL error (its SQLSTATE, "Appendix A. PostgreSQL Error Codes") means for a
// team site. No SQLSTATE at all: libpq never reached the server, or lost it.
inline ErrorKind postgresErrorKind(const QString &sqlState)
{
    if (sqlState.size() != 5)
        return ErrorKind::Io;
    const QStringView group = QStringView(sqlState).left(2);
    // Connection exception, operator intervention (shutdown), insufficient resources (disk
    // full), system error: the server or its disk, not the request.
    if (group == u"08" || group == u"57" || group == u"53" || group == u"58")
        return ErrorKind::Io;
    // Serialization failure, deadlock, lock not available (lock_timeout): try again.
    if (sqlState == u"40001" || sqlState == u"40P01" || sqlState == u"55P03")
        return ErrorKind::Busy;
    // A read-only transaction or a role that may not write.
    if (sqlState == u"25006" || sqlState == u"42501")
        return ErrorKind::ReadOnly;
    // Data or index corrupted.
    if (sqlState == u"XX001" || sqlState == u"XX002")
        return ErrorKind::Damaged;
    // No such database.
    if (sqlState == u"3D000")
        return ErrorKind::NotFound;
    return ErrorKind::Invalid;
}
