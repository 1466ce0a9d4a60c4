#include "textsegments.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/wordcount.h"
#include "core/commonsubsequence.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

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

int words(const QString &text)
{
    return WordCount::ofText(text);
}

} // namespace Segments
