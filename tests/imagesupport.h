#pragma once

// Photos as a phone makes them, for the tests: a JPEG with an EXIF block that holds an
// orientation and a GPS position (written here byte by byte, as the TIFF layout of EXIF says).

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QtEndian>

namespace ImageSupport {

inline QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// The latitude written into the GPS block, degrees minutes seconds: 41° 38' 30" (Batumi).
inline const quint32 Latitude[3] = { 41, 38, 30 };

// `jpeg` with an EXIF block after its start: Orientation `orientation` (6: turn a quarter
// clockwise to show it) and a GPS latitude.
inline QByteArray withExif(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff;
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        tiff.append(b, 2);
    };
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        tiff.append(b, 4);
    };
    tiff.append("MM", 2);
    u16(42);
    u32(8); // IFD0 right after the header
    // IFD0 (offset 8): two entries, then no next IFD; 30 bytes.
    u16(2);
    u16(0x0112); // Orientation, SHORT, 1, inline
    u16(3);
    u32(1);
    u16(orientation);
    u16(0);
    u16(0x8825); // GPS IFD pointer, LONG, 1
    u16(4);
    u32(1);
    u32(38);
    u32(0);
    // GPS IFD (offset 38): latitude reference and latitude; 30 bytes, then the rationals at 68.
    u16(2);
    u16(0x0001); // GPSLatitudeRef, ASCII, 2: "N"
    u16(2);
    u32(2);
    tiff.append("N\0\0\0", 4);
    u16(0x0002); // GPSLatitude, RATIONAL, 3
    u16(5);
    u32(3);
    u32(68);
    u32(0);
    for (quint32 value : Latitude) {
        u32(value);
        u32(1);
    }
    QByteArray app1("Exif\0\0", 6);
    app1 += tiff;
    QByteArray segment("\xff\xe1", 2);
    char length[2];
    qToBigEndian(quint16(app1.size() + 2), length);
    segment.append(length, 2);
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

// The rationals of Latitude as they stand in the file: what must not reach a bundle.
inline QByteArray latitudeBytes()
{
    QByteArray bytes;
    for (quint32 value : Latitude) {
        char b[8];
        qToBigEndian(value, b);
        qToBigEndian(quint32(1), b + 4);
        bytes.append(b, 8);
    }
    return bytes;
}

} // namespace ImageSupport
