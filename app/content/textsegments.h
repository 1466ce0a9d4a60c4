#pragma once

#include "body/body.h"
#include "content/page.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A text cut into the pieces a translator translates one by one: the title, the summary and
// each block of the body that holds text (paragraph, heading, list item, quote paragraph,
// table cell, figure caption and image alt text), in reading order. The same cut serves the
// status of translations (fingerprints of what a translation was made from), the
// side-by-side editor (one row per segment) and XLIFF (one segment per piece). The store keeps
// every text's fingerprint and what of its basis is still open, so the cut lives beside the
// content model; how a translation relates to a changed source (diff, pairing) is
// translation/segments.h.
struct Segment
{
    enum class Field
    {
        Title,
        Summary,
        Body,
    };

    Field field = Field::Body;
    // "title", "summary", "p", "h2", "h3", "h4", "li", "quote", "cell", "caption", "alt"
    QString kind;
    InlineText text; // title, summary and alt text: one plain run
    QString hash; // of kind and text with its inline markup, white space normalized

    QString plainText() const;
    bool operator==(const Segment &) const = default;
};

// What a translation was made from: a segment without its inline markup (kept in the store as
// JSON, so that Newsdesk can later show the old source text of what changed).
struct SegmentRecord
{
    Segment::Field field = Segment::Field::Body;
    QString kind;
    QString hash;
    QString text; // plain
    bool operator==(const SegmentRecord &) const = default;
};

namespace Segments {

QString fieldName(Segment::Field field); // "title", "summary", "body"

QList<Segment> of(const QString &title, const QString &summary, const Body &body);
// A text as the store holds it (its body as stored HTML).
QList<Segment> ofStored(const QString &title, const QString &summary, const QString &bodyHtml);
QList<Segment> of(const Translation &text);
QList<Segment> ofBody(const Body &body);
// The fingerprint of a whole text (empty for no segments).
QString fingerprint(const QList<Segment> &segments);
QString fingerprint(const QList<SegmentRecord> &records);

QList<SegmentRecord> records(const QList<Segment> &segments);
QByteArray toJson(const QList<SegmentRecord> &records);
QList<SegmentRecord> fromJson(const QByteArray &json); // empty for anything unreadable

// The source body with its body segments' texts replaced, in ofBody() order: the structure of
// a translation made segment by segment (side by side, XLIFF). Alt texts take the plain text
// of their target. Extra targets are ignored; missing ones leave the source text; an empty
// one drops its paragraph, heading or list item (a body holds no empty ones), while a table
// cell stays, empty, so that the table keeps its shape.
Body assemble(const Body &source, const QList<InlineText> &targets);

// For each record: the index of the translation's segment made from it, or -1. Segments are
// matched field by field on their kind sequence (a translation keeps the source's structure;
// an empty paragraph left out of it does not shift the rest).
QList<int> align(const QList<SegmentRecord> &records, const QList<Segment> &translation);

// Which records are still to be translated: those without a segment in the translation, and
// those whose segment still holds the source text (unless it has no letters: numbers and
// codes stay as they are).
QList<int> open(const QList<SegmentRecord> &records, const QList<Segment> &translation);

int words(const QString &text);

// The fields in segment order, and the indices of the items (segments, records) of one field.
inline constexpr Segment::Field Fields[]
    = { Segment::Field::Title, Segment::Field::Summary, Segment::Field::Body };
template<class T>
QList<int> indicesOf(const QList<T> &items, Segment::Field field)
{
    QList<int> indices;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).field == field)
            indices.append(i);
    }
    return indices;
}

} // namespace Segments
