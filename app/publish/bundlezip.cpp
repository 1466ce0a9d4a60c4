#include "bundlezip.h"

#include <QFile>

#include <cstdio>
#include <zip.h>

Status BundleZip::write(const QMap<QString, QByteArray> &files, const QString &path)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int error = 0;
    zip_t *zip
        = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return failure(tr("%1: cannot create the zip (libzip error %2)").arg(path).arg(error));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        // The buffers stay alive until zip_close(): `files` outlives it.
        zip_source_t *source
            = zip_source_buffer(zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        const zip_int64_t index = source
            ? zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
            : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            QFile::remove(partial);
            return failure(tr("%1: cannot add %2: %3").arg(path, it.key(), reason));
        }
        zip_file_set_dostime(zip, zip_uint64_t(index), 0, (1 << 5) | 1, 0); // 1980-01-01 00:00
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(zip) != 0) {
        const QString reason = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        QFile::remove(partial);
        return failure(tr("%1: cannot write the zip: %2").arg(path, reason));
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(partial);
        return failure(tr("%1: cannot replace the file").arg(path));
    }
    return {};
}

Result<QMap<QString, QByteArray>> BundleZip::read(const QString &path)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip)
        return failure(tr("%1: cannot open the zip (libzip error %2)").arg(path).arg(error));
    QMap<QString, QByteArray> files;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) != 0)
            continue;
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        const zip_int64_t got = file ? zip_fread(file, bytes.data(), stat.size) : -1;
        if (file)
            zip_fclose(file);
        if (got != zip_int64_t(stat.size)) {
            zip_discard(zip);
            return failure(tr("%1: cannot read %2").arg(path, QString::fromUtf8(stat.name)));
        }
        files.insert(QString::fromUtf8(stat.name), bytes);
    }
    zip_discard(zip);
    return files;
}
