#include "bundlezip.h"

#include "core/parallel.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <zip.h>
#include <zlib.h>

namespace {

constexpr int Level = 6; // zlib's default: level 9 takes half as long again for 1 % less

// One entry, compressed ahead of libzip (which compresses in zip_close, on one core).
struct Packed
{
    QByteArray deflated; // raw deflate; empty: stored as it is
    quint32 crc = 0;
};

Packed pack(const QByteArray &bytes)
{
    Packed packed;
    packed.crc = quint32(
        crc32_z(0, reinterpret_cast<const Bytef *>(bytes.constData()), size_t(bytes.size())));
    if (bytes.isEmpty())
        return packed;
    z_stream stream {};
    if (deflateInit2(&stream, Level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return packed; // stored
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype size = qsizetype(stream.total_out);
    deflateEnd(&stream);
    // Already compressed data (fonts, images) gains nothing: stored.
    if (result == Z_STREAM_END && size < bytes.size()) {
        out.truncate(size);
        packed.deflated = out;
    }
    return packed;
}

// A libzip source serving data deflated already, with its size and CRC: libzip copies it
// as it is (zip_source_function(3): compressed data states its method, size and CRC).
struct Deflated
{
    QByteArray data;
    quint64 size = 0; // uncompressed
    quint32 crc = 0;
    qsizetype offset = 0;
    zip_error_t error;
};

zip_int64_t serveDeflated(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *source = static_cast<Deflated *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        source->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const qsizetype count = qsizetype(
            qMin<zip_uint64_t>(length, zip_uint64_t(source->data.size() - source->offset)));
        std::memcpy(data, source->data.constData() + source->offset, size_t(count));
        source->offset += count;
        return count;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat);
        stat->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC
            | ZIP_STAT_ENCRYPTION_METHOD;
        stat->size = source->size;
        stat->comp_size = zip_uint64_t(source->data.size());
        stat->comp_method = ZIP_CM_DEFLATE;
        stat->crc = source->crc;
        stat->encryption_method = ZIP_EM_NONE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&source->error);
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

} // namespace

Status BundleZip::write(const QMap<QString, QByteArray> &files, const QString &path)
{
    // Compressed on all cores first.
    const QList<QByteArray> contents = files.values();
    QList<Packed> packed(contents.size());
    Parallel::forEach(contents.size(), 16, [&](qsizetype i) { packed[i] = pack(contents[i]); });

    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int error = 0;
    zip_t *zip
        = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return failure(
            tr("%1: cannot create the zip (libzip error %2)").arg(path, QString::number(error)));
    qsizetype i = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it, ++i) {
        zip_source_t *source = nullptr;
        const bool stored = packed[i].deflated.isEmpty();
        if (stored) {
            // The buffers stay alive until zip_close(): `files` outlives it.
            source = zip_source_buffer(
                zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        } else {
            auto *deflated = new Deflated;
            deflated->data = packed[i].deflated;
            deflated->size = zip_uint64_t(it.value().size());
            deflated->crc = packed[i].crc;
            zip_error_init(&deflated->error);
            source = zip_source_function(zip, serveDeflated, deflated);
            if (!source) {
                zip_error_fini(&deflated->error);
                delete deflated;
            }
        }
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
        zip_set_file_compression(
            zip, zip_uint64_t(index), stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, Level);
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
        return failure(
            tr("%1: cannot open the zip (libzip error %2)").arg(path, QString::number(error)));
    QMap<QString, QByteArray> files;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) != 0)
            continue;
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        const zip_int64_t got = file ? zip_fread(file, bytes.data(), stat.size) : -1;
        // libzip compares the CRC when a read meets the end of the entry.
        char beyond = 0;
        const bool ended = file && zip_fread(file, &beyond, 1) == 0;
        if (file)
            zip_fclose(file);
        if (got != zip_int64_t(stat.size) || !ended) {
            const QString name = QString::fromUtf8(stat.name); // freed with the archive
            zip_discard(zip);
            return failure(tr("%1: cannot read %2").arg(path, name));
        }
        files.insert(QString::fromUtf8(stat.name), bytes);
    }
    zip_discard(zip);
    return files;
}
