#pragma once

#include "content/textsegments.h"

#include <QList>
#include <QString>

// How a translation relates to its source, segment by segment (the cut itself and the
// fingerprints the store keeps are content/textsegments.h).

// A difference between the source a translation was made from and the source now.
struct SegmentChange
{
    enum class Type
    {
        Added,
        Removed,
        Changed,
    };
    Type type = Type::Changed;
    Segment::Field field = Segment::Field::Body;
    QString kind; // the new segment's kind (the old one's for a removal)
    int oldIndex = -1; // in the records; -1 for an addition
    int newIndex = -1; // in the current segments; -1 for a removal
    QString oldText;
    QString newText;
};

namespace Segments {

// The kind for people: "paragraph", "heading", "list item", …
QString kindName(const QString &kind);

// Added, removed and changed segments, field by field, in the order of the current text.
QList<SegmentChange> diff(const QList<SegmentRecord> &before, const QList<Segment> &now);

// For each segment of the source now: the translation's segment made from it (through what
// the translation was made from) and whether the source segment changed since.
struct Pairing
{
    int translation = -1; // -1: none (added to the source since, or never translated)
    bool sourceChanged = false;
};
QList<Pairing> pair(const QList<SegmentRecord> &basis, const QList<Segment> &source,
    const QList<Segment> &translation);

} // namespace Segments
