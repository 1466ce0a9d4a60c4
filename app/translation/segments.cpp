#include "segments.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/wordcount.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
};

InlineText plainRun(const QString &text)
{
    InlineText runs;
    if (!text.isEmpty())
        runs.append(Run { text, {}, false });
    return runs;
}

QString hashOf(const QString &kind, const InlineText &text)
{
    const QByteArray bytes = QString(kind + u'\n' + BodyHtmlWriter::writeInline(text)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

Segment make(Segment::Field field, const QString &kind, InlineText text)
{
    Segment segment;
    segment.field = field;
    segment.kind = kind;
    segment.text = std::move(text);
    segment.hash = hashOf(kind, segment.text);
    return segment;
}

// Visits every text of a body that is a segment, in reading order; `visit(kind, text)` may
// change the text. Texts that are empty are not segments.
template<class Visit>
void forEachText(Body &body, Visit &&visit)
{
    const auto listItems = [&](auto &self, ListBlock &list) -> void {
        for (ListItem &item : list.items) {
            if (!item.text.isEmpty())
                visit(QStringLiteral("li"), item.text);
            for (ListBlock &sublist : item.sublists)
                self(self, sublist);
        }
    };
    for (Block &block : body.blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            if (!block.text.isEmpty())
                visit(QStringLiteral("p"), block.text);
            break;
        case Block::Kind::Heading:
            if (!block.text.isEmpty())
                visit(QStringLiteral("h%1").arg(block.level), block.text);
            break;
        case Block::Kind::List:
            listItems(listItems, block.list);
            break;
        case Block::Kind::Quote:
            for (InlineText &paragraph : block.quote) {
                if (!paragraph.isEmpty())
                    visit(QStringLiteral("quote"), paragraph);
            }
            break;
        case Block::Kind::Figure: {
            if (!block.figure.alt.trimmed().isEmpty()) {
                InlineText alt = plainRun(block.figure.alt.simplified());
                visit(QStringLiteral("alt"), alt);
                block.figure.alt = BodyText::plainText(alt).simplified();
            }
            if (!block.figure.caption.isEmpty())
                visit(QStringLiteral("caption"), block.figure.caption);
            break;
        }
        case Block::Kind::Table:
            for (QList<InlineText> &row : block.table.rows) {
                for (InlineText &cell : row) {
                    if (!cell.isEmpty())
                        visit(QStringLiteral("cell"), cell);
                }
            }
            break;
        }
    }
}

// Index pairs of a longest common subsequence of two key lists. Common ends are matched
// first; what remains is compared in full only while that stays small (else it counts as
// all different).
template<class KeyA, class KeyB>
std::vector<std::pair<int, int>> commonSubsequence(int n, int m, KeyA keyA, KeyB keyB)
{
    std::vector<std::pair<int, int>> pairs;
    int start = 0;
    while (start < n && start < m && keyA(start) == keyB(start)) {
        pairs.emplace_back(start, start);
        ++start;
    }
    int endA = n, endB = m;
    std::vector<std::pair<int, int>> tail;
    while (endA > start && endB > start && keyA(endA - 1) == keyB(endB - 1)) {
        --endA;
        --endB;
        tail.emplace_back(endA, endB);
    }
    const int rows = endA - start, columns = endB - start;
    if (rows > 0 && columns > 0 && qint64(rows) * columns <= 4'000'000) {
        // lengths[i][j]: the common length of a[start+i…] and b[start+j…].
        std::vector<int> lengths(size_t(rows + 1) * size_t(columns + 1), 0);
        const auto at = [&](int i, int j) -> int & {
            return lengths[size_t(i) * size_t(columns + 1) + size_t(j)];
        };
        for (int i = rows - 1; i >= 0; --i) {
            for (int j = columns - 1; j >= 0; --j) {
                at(i, j) = keyA(start + i) == keyB(start + j)
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        for (int i = 0, j = 0; i < rows && j < columns;) {
            if (keyA(start + i) == keyB(start + j)) {
                pairs.emplace_back(start + i, start + j);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    pairs.insert(pairs.end(), tail.rbegin(), tail.rend());
    return pairs;
}

constexpr Segment::Field Fields[]
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

bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

QString Segment::plainText() const
{
    return BodyText::plainText(text);
}

namespace Segments {

QString fieldName(Segment::Field field)
{
    switch (field) {
    case Segment::Field::Title:
        return QStringLiteral("title");
    case Segment::Field::Summary:
        return QStringLiteral("summary");
    case Segment::Field::Body:
        break;
    }
    return QStringLiteral("body");
}

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

QList<Segment> ofStored(const QString &title, const QString &summary, const QString &bodyHtml)
{
    return of(title, summary, ArticleBody::parse(bodyHtml));
}

QList<Segment> of(const Translation &text)
{
    return ofStored(text.title, text.summary, text.bodyHtml);
}

QList<Segment> ofBody(const Body &body)
{
    QList<Segment> segments;
    Body copy = body;
    forEachText(copy, [&](const QString &kind, InlineText &text) {
        segments.append(make(Segment::Field::Body, kind, text));
    });
    return segments;
}

QList<Segment> of(const QString &title, const QString &summary, const Body &body)
{
    QList<Segment> segments;
    if (const QString t = title.simplified(); !t.isEmpty())
        segments.append(make(Segment::Field::Title, QStringLiteral("title"), plainRun(t)));
    if (const QString s = summary.simplified(); !s.isEmpty())
        segments.append(make(Segment::Field::Summary, QStringLiteral("summary"), plainRun(s)));
    segments.append(ofBody(body));
    return segments;
}

template<class T>
static QString fingerprintOf(const QList<T> &items)
{
    if (items.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const T &item : items) {
        hash.addData(Segments::fieldName(item.field).toLatin1());
        hash.addData(item.hash.toLatin1());
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

QString fingerprint(const QList<Segment> &segments)
{
    return fingerprintOf(segments);
}

QString fingerprint(const QList<SegmentRecord> &records)
{
    return fingerprintOf(records);
}

QList<SegmentRecord> records(const QList<Segment> &segments)
{
    QList<SegmentRecord> list;
    list.reserve(segments.size());
    for (const Segment &segment : segments)
        list.append({ segment.field, segment.kind, segment.hash, segment.plainText() });
    return list;
}

QByteArray toJson(const QList<SegmentRecord> &records)
{
    QJsonArray array;
    for (const SegmentRecord &record : records) {
        array.append(QJsonObject { { QStringLiteral("f"), fieldName(record.field) },
            { QStringLiteral("k"), record.kind }, { QStringLiteral("h"), record.hash },
            { QStringLiteral("t"), record.text } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SegmentRecord> fromJson(const QByteArray &json)
{
    QList<SegmentRecord> list;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        SegmentRecord record;
        const QString field = object.value(QStringLiteral("f")).toString();
        record.field = field == u"title" ? Segment::Field::Title
            : field == u"summary"        ? Segment::Field::Summary
                                         : Segment::Field::Body;
        record.kind = object.value(QStringLiteral("k")).toString();
        record.hash = object.value(QStringLiteral("h")).toString();
        record.text = object.value(QStringLiteral("t")).toString();
        if (record.kind.isEmpty() || record.hash.isEmpty())
            return {};
        list.append(record);
    }
    return list;
}

Body assemble(const Body &source, const QList<InlineText> &targets)
{
    Body body = source;
    qsizetype index = 0;
    forEachText(body, [&](const QString &, InlineText &text) {
        if (index < targets.size())
            text = targets.at(index);
        ++index;
    });
    BodyText::normalize(body); // a target left empty drops its block
    return body;
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

QList<int> align(const QList<SegmentRecord> &records, const QList<Segment> &translation)
{
    QList<int> mapping(records.size(), -1);
    for (const Segment::Field field : Fields) {
        const QList<int> a = indicesOf(records, field);
        const QList<int> b = indicesOf(translation, field);
        const auto pairs = commonSubsequence(
            int(a.size()), int(b.size()), [&](int i) { return records.at(a.at(i)).kind; },
            [&](int j) { return translation.at(b.at(j)).kind; });
        for (const auto &[i, j] : pairs)
            mapping[a.at(i)] = b.at(j);
    }
    return mapping;
}

QList<int> open(const QList<SegmentRecord> &records, const QList<Segment> &translation)
{
    const QList<int> mapping = align(records, translation);
    QList<int> result;
    for (int i = 0; i < records.size(); ++i) {
        const int match = mapping.at(i);
        if (match < 0
            || (translation.at(match).hash == records.at(i).hash && hasLetter(records.at(i).text)))
            result.append(i);
    }
    return result;
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

int words(const QString &text)
{
    return WordCount::ofText(text);
}

} // namespace Segments
