#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace Sha256 {

QByteArray hash(QByteArrayView bytes)
{
    // Fetched once: an implicit fetch per call costs more than hashing a small file.
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (algorithm
        && EVP_Digest(bytes.data(), size_t(bytes.size()),
            reinterpret_cast<unsigned char *>(digest.data()), &length, algorithm, nullptr)
        && length == 32)
        return digest;
    // An OpenSSL configured without it (FIPS-only, say): the same digest, slower.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace Sha256
