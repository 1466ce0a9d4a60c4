#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>

// A bundle as one .zip (Debian's libzip; entries deflated by zlib on all cores, or stored when
// that gains nothing): entries sorted by path, every timestamp the same
// (1980-01-01), so the same bundle gives the same bytes. Written beside the target and
// renamed over it at the end: never a half-written zip.
class BundleZip
{
    Q_DECLARE_TR_FUNCTIONS(BundleZip)

public:
    static Status write(const QMap<QString, QByteArray> &files, const QString &path);
    // Entry name → bytes (for tests and checks).
    static Result<QMap<QString, QByteArray>> read(const QString &path);
};
