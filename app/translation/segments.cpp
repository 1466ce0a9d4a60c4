#include "segments.h"

#include "core/commonsubsequence.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
};

} // namespace

namespace Segments {

QString kindName(const QString &kind)
{
    if (kind == u"title")
        return Tr::tr("title");
    if (kind == u"summary")
        return Tr::tr("summary");
    if (kind == u"p")
        return Tr::tr("paragraph");
    if (kind.startsWith(u'h'))
        return Tr::tr("heading");
    if (kind == u"li")
        return Tr::tr("list item");
    if (kind == u"quote")
        return Tr::tr("quotation");
    if (kind == u"cell")
        return Tr::tr("table cell");
    if (kind == u"caption")
        return Tr::tr("caption");
    if (kind == u"alt")
        return Tr::tr("image alt text");
    return kind;
}

QList<SegmentChange> diff(const QList<SegmentRecord> &before, const QList<Segment> &now)
{
    QList<SegmentChange> changes;
    for (const Segment::Field field : Fields) {
        const QList<int> a = indicesOf(before, field);
        const QList<int> b = indicesOf(now, field);
        const auto pairs = commonSubsequence(
            int(a.size()), int(b.size()), [&](int i) { return before.at(a.at(i)).hash; },
            [&](int j) { return now.at(b.at(j)).hash; });
        int i = 0, j = 0;
        const auto hunk = [&](int untilA, int untilB) {
            // Removed a[i..untilA), added b[j..untilB): pair them up in order as changes.
            while (i < untilA || j < untilB) {
                SegmentChange change;
                change.field = field;
                if (i < untilA) {
                    const SegmentRecord &old = before.at(a.at(i));
                    change.oldIndex = a.at(i);
                    change.oldText = old.text;
                    change.kind = old.kind;
                    ++i;
                }
                if (j < untilB) {
                    const Segment &current = now.at(b.at(j));
                    change.newIndex = b.at(j);
                    change.newText = current.plainText();
                    change.kind = current.kind;
                    ++j;
                }
                change.type = change.oldIndex < 0 ? SegmentChange::Type::Added
                    : change.newIndex < 0         ? SegmentChange::Type::Removed
                                                  : SegmentChange::Type::Changed;
                changes.append(change);
            }
        };
        for (const auto &[matchA, matchB] : pairs) {
            hunk(matchA, matchB);
            i = matchA + 1;
            j = matchB + 1;
        }
        hunk(int(a.size()), int(b.size()));
    }
    return changes;
}

QList<Pairing> pair(const QList<SegmentRecord> &basis, const QList<Segment> &source,
    const QList<Segment> &translation)
{
    QList<int> fromBasis(source.size(), -1); // source segment → basis record
    QList<bool> changed(source.size(), false);
    QList<bool> basisTaken(basis.size(), false); // removed or changed
    QList<bool> sourceTaken(source.size(), false); // added or changed
    for (const SegmentChange &change : diff(basis, source)) {
        if (change.oldIndex >= 0)
            basisTaken[change.oldIndex] = true;
        if (change.newIndex >= 0)
            sourceTaken[change.newIndex] = true;
        if (change.type == SegmentChange::Type::Changed) {
            fromBasis[change.newIndex] = change.oldIndex;
            changed[change.newIndex] = true;
        }
    }
    // What is left on both sides is unchanged, in the same order, field by field.
    for (const Segment::Field field : Fields) {
        const QList<int> a = indicesOf(basis, field);
        const QList<int> b = indicesOf(source, field);
        qsizetype i = 0;
        for (const int j : b) {
            if (sourceTaken.at(j))
                continue;
            while (i < a.size() && basisTaken.at(a.at(i)))
                ++i;
            if (i < a.size())
                fromBasis[j] = a.at(i++);
        }
    }
    const QList<int> toTranslation = align(basis, translation);
    QList<Pairing> pairs(source.size());
    for (qsizetype j = 0; j < source.size(); ++j) {
        if (fromBasis.at(j) >= 0)
            pairs[j] = { toTranslation.at(fromBasis.at(j)), changed.at(j) };
    }
    return pairs;
}

} // namespace Segments
