#include "threewaymerge.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "core/commonsubsequence.h"

#include <algorithm>

namespace ThreeWayMerge {

QStringList Part::result() const
{
    if (!conflict)
        return merged;
    switch (choice) {
    case Choice::Theirs:
        return theirs;
    case Choice::Both:
        return mine + theirs;
    case Choice::Open:
    case Choice::Mine:
        break;
    }
    return mine;
}

QString Field::result() const
{
    if (!conflict)
        return mine == base ? theirs : mine;
    return choice == Choice::Theirs ? theirs : mine;
}

QStringList blocks(const QString &bodyHtml)
{
    // The store holds canonical HTML (read the fast way); anything else is sanitized first.
    QStringList list;
    for (const Block &block : ArticleBody::parse(bodyHtml).blocks)
        list.append(BodyHtmlWriter::write(Body { { block } }));
    return list;
}

QString joinBlocks(const QStringList &blocks)
{
    return blocks.join(u'\n'); // one block per line, as the canonical writer puts them
}

namespace {

// One side's change to the base: base blocks [start, end) replaced by `blocks` (start == end:
// inserted before base block `start`).
struct Hunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList blocks;
    bool mine = false;
};

QList<Hunk> hunks(const QStringList &base, const QStringList &side, bool mine)
{
    auto pairs = commonSubsequence(
        int(base.size()), int(side.size()), [&](int i) -> const QString & { return base[i]; },
        [&](int j) -> const QString & { return side[j]; });
    pairs.emplace_back(int(base.size()), int(side.size())); // the end, as a match
    QList<Hunk> list;
    int i = 0, j = 0;
    for (const auto &[nextI, nextJ] : pairs) {
        if (nextI - i == nextJ - j) {
            // As many blocks as before: each edited in place (the common case of typing into
            // neighbouring paragraphs), one hunk each.
            for (int k = 0; k < nextI - i; ++k)
                list.append(Hunk { i + k, i + k + 1, { side[j + k] }, mine });
        } else {
            list.append(Hunk { i, nextI, side.mid(j, nextJ - j), mine });
        }
        i = nextI + 1;
        j = nextJ + 1;
    }
    return list;
}

void addMerged(QList<Part> &parts, const QStringList &blocks)
{
    if (blocks.isEmpty())
        return;
    if (!parts.isEmpty() && !parts.last().conflict)
        parts.last().merged += blocks;
    else
        parts.append(Part { false, blocks, {}, {}, {}, Choice::Open });
}

// The base blocks [start, end) with one side's hunks of a group applied.
QStringList applied(
    const QStringList &base, qsizetype start, qsizetype end, const QList<Hunk> &group, bool mine)
{
    QStringList result;
    qsizetype at = start;
    for (const Hunk &hunk : group) {
        if (hunk.mine != mine)
            continue;
        result += base.mid(at, hunk.start - at);
        result += hunk.blocks;
        at = hunk.end;
    }
    result += base.mid(at, end - at);
    return result;
}

} // namespace

QList<Part> mergeBlocks(const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    // Each side's changes as hunks of the base; hunks of the two sides that touch the same base
    // blocks (or insert at the same place) form a group, and only a group with changes from both
    // sides that differ is a conflict. Changes to neighbouring blocks do not touch each other.
    QList<Hunk> all = hunks(base, mine, true) + hunks(base, theirs, false);
    std::stable_sort(all.begin(), all.end(), [](const Hunk &a, const Hunk &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    QList<Part> parts;
    qsizetype at = 0;
    for (qsizetype n = 0; n < all.size();) {
        QList<Hunk> group { all[n] };
        const qsizetype start = all[n].start;
        qsizetype end = all[n].end;
        for (++n; n < all.size(); ++n) {
            const Hunk &next = all[n];
            const bool overlaps
                = next.start < end || (next.start == end && next.start == next.end && start == end);
            if (!overlaps)
                break;
            group.append(next);
            end = std::max(end, next.end);
        }
        addMerged(parts, base.mid(at, start - at));
        const QStringList b = base.mid(start, end - start);
        const QStringList m = applied(base, start, end, group, true);
        const QStringList t = applied(base, start, end, group, false);
        if (m == b || t == b || m == t)
            addMerged(parts, m == b ? t : m);
        else
            parts.append(Part { true, {}, b, m, t, Choice::Open });
        at = end;
    }
    addMerged(parts, base.mid(at));
    return parts;
}

QList<Part> mergeBody(const QString &base, const QString &mine, const QString &theirs)
{
    return mergeBlocks(blocks(base), blocks(mine), blocks(theirs));
}

QString bodyResult(const QList<Part> &parts)
{
    QStringList all;
    for (const Part &part : parts)
        all += part.result();
    return joinBlocks(all);
}

Field mergeField(
    const QString &name, const QString &base, const QString &mine, const QString &theirs)
{
    Field field { name, base, mine, theirs, false, Choice::Open };
    field.conflict = mine != base && theirs != base && mine != theirs;
    return field;
}

PartKind partKind(const Part &part)
{
    // The side that still has blocks there (a side that deleted them has none).
    const QStringList &blocks = !part.mine.isEmpty() ? part.mine
        : !part.theirs.isEmpty()                     ? part.theirs
                                                     : part.base;
    if (blocks.size() != 1)
        return PartKind::Blocks;
    const QString &block = blocks.first();
    static const std::pair<const char16_t *, PartKind> starts[] = {
        { u"<p>", PartKind::Paragraph },
        { u"<p ", PartKind::Paragraph },
        { u"<h", PartKind::Heading },
        { u"<ul>", PartKind::List },
        { u"<ol>", PartKind::List },
        { u"<blockquote>", PartKind::Quote },
        { u"<figure>", PartKind::Figure },
        { u"<table>", PartKind::Table },
    };
    for (const auto &[start, kind] : starts) {
        if (block.startsWith(QStringView(start)))
            return kind;
    }
    return PartKind::Blocks;
}

int conflictCount(const QList<Part> &parts)
{
    return int(
        std::count_if(parts.begin(), parts.end(), [](const Part &part) { return part.conflict; }));
}

int conflictCount(const QList<Field> &fields)
{
    return int(std::count_if(
        fields.begin(), fields.end(), [](const Field &field) { return field.conflict; }));
}

} // namespace ThreeWayMerge
