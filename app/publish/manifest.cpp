#include "manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Manifest {

namespace {

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as
// UTF-8.
void appendJsonString(QByteArray &json, const QString &text)
{
    json += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (uchar(c) < 0x20) {
            json += "\\u00";
            json += "0123456789abcdef"[uchar(c) >> 4];
            json += "0123456789abcdef"[uchar(c) & 15];
        } else {
            json += c;
        }
    }
    json += '"';
}

} // namespace

QByteArray write(const Listing &files)
{
    QStringList paths = files.keys();
    std::sort(paths.begin(), paths.end());
    QByteArray json = "{\n    \"files\": [\n";
    json.reserve(qsizetype(paths.size()) * 140);
    bool first = true;
    for (const QString &path : std::as_const(paths)) {
        const Entry &file = files[path];
        json += first ? "        { \"path\": " : ",\n        { \"path\": ";
        first = false;
        appendJsonString(json, path);
        json += ", \"sha256\": \"" + file.sha256.toHex()
            + "\", \"size\": " + QByteArray::number(file.size) + " }";
    }
    json += "\n    ]\n}\n";
    return json;
}

Listing read(const QString &path, QByteArray *bytes)
{
    Listing files;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return files;
    *bytes = file.readAll();
    const QJsonArray list
        = QJsonDocument::fromJson(*bytes).object().value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        files.insert(entry.value(QLatin1String("path")).toString(),
            { QByteArray::fromHex(entry.value(QLatin1String("sha256")).toString().toLatin1()),
                entry.value(QLatin1String("size")).toInteger() });
    }
    return files;
}

} // namespace Manifest
