#include "xliff.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "content/languages.h"
#include "content/pagetree.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "translation/segments.h"
#include "translation/translationdraft.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <map>
#include <optional>

namespace {

const QString Xliff20 = QString::fromLatin1(Xliff::Namespace20);
const QString Xliff12 = QString::fromLatin1(Xliff::Namespace12);
const QString Newsdesk = QString::fromLatin1(Xliff::NewsdeskNamespace);
const QString SourceContext = QStringLiteral("x-newsdesk-source");

constexpr Segment::Field Fields[]
    = { Segment::Field::Title, Segment::Field::Summary, Segment::Field::Body };

// An inline code of a unit: an element (strong, a link, …) or a line break. Ids count through
// the unit in the order the source's segments are walked ("c1", "c2", …), so that an import
// finds the same codes again from the source as it is now.
struct Code
{
    QString id;
    bool lineBreak = false;
    InlineElement element { InlineElement::Tag::Strong, {}, {} };
};

struct Unit
{
    qint64 pageId = 0;
    Segment::Field field = Segment::Field::Body;
    QList<Segment> source;
    QList<QList<Code>> codes; // per segment, in walk order
    QString fingerprint;

    QString id() const
    {
        return QStringLiteral("p%1-%2").arg(pageId).arg(Segments::fieldName(field));
    }
    const Code *code(const QString &id) const
    {
        for (const auto &segment : codes) {
            for (const Code &code : segment) {
                if (code.id == id)
                    return &code;
            }
        }
        return nullptr;
    }
};

Unit makeUnit(qint64 pageId, Segment::Field field, const QList<Segment> &all)
{
    Unit unit;
    unit.pageId = pageId;
    unit.field = field;
    for (const Segment &segment : all) {
        if (segment.field == field)
            unit.source.append(segment);
    }
    unit.fingerprint = Segments::fingerprint(unit.source);
    int next = 1;
    for (const Segment &segment : std::as_const(unit.source)) {
        QList<Code> codes;
        BodyHtmlWriter::walkInline(segment.text,
            { [&](const InlineElement &element) {
                 codes.append({ QStringLiteral("c%1").arg(next++), false, element });
             },
                [](const InlineElement &) {}, [](const QString &) {},
                [&] {
                    codes.append({ QStringLiteral("c%1").arg(next++), true, {} });
                } });
        unit.codes.append(codes);
    }
    return unit;
}

QList<Unit> unitsOf(qint64 pageId, const QList<Segment> &segments)
{
    QList<Unit> units;
    for (const Segment::Field field : Fields) {
        Unit unit = makeUnit(pageId, field, segments);
        if (!unit.source.isEmpty())
            units.append(unit);
    }
    return units;
}

// 2.0 type and subType, 1.2 ctype.
QPair<QString, QString> type20(const Code &code)
{
    if (code.lineBreak)
        return { QStringLiteral("fmt"), QStringLiteral("xlf:lb") };
    switch (code.element.tag) {
    case InlineElement::Tag::A:
        return { QStringLiteral("link"), {} };
    case InlineElement::Tag::Strong:
        return { QStringLiteral("fmt"), QStringLiteral("xlf:b") };
    case InlineElement::Tag::Em:
        return { QStringLiteral("fmt"), QStringLiteral("xlf:i") };
    case InlineElement::Tag::Sub:
    case InlineElement::Tag::Sup:
        return { QStringLiteral("fmt"), {} };
    case InlineElement::Tag::Span:
        break;
    }
    return { QStringLiteral("other"), {} };
}

QString ctype12(const Code &code)
{
    if (code.lineBreak)
        return QStringLiteral("lb");
    switch (code.element.tag) {
    case InlineElement::Tag::A:
        return QStringLiteral("link");
    case InlineElement::Tag::Strong:
        return QStringLiteral("bold");
    case InlineElement::Tag::Em:
        return QStringLiteral("italic");
    case InlineElement::Tag::Sub:
        return QStringLiteral("subscript");
    case InlineElement::Tag::Sup:
        return QStringLiteral("superscript");
    case InlineElement::Tag::Span:
        break;
    }
    return QStringLiteral("x-lang");
}

class Writer
{
public:
    Writer(QByteArray *out, Xliff::Version version)
        : m_xml(out)
        , m_version(version)
    {
        // No automatic formatting: it would put white space into mixed content (a source that
        // starts with a code). Structure is indented by hand (open, close).
    }

    // An element that holds elements, on its own line at `depth`.
    void open(const QString &name, int depth)
    {
        indent(depth);
        m_xml.writeStartElement(name);
    }
    void close(int depth)
    {
        indent(depth);
        m_xml.writeEndElement();
    }
    // An element that holds text, on its own line.
    void openText(const QString &name, int depth)
    {
        indent(depth);
        m_xml.writeStartElement(name);
    }
    void indent(int depth) { m_xml.writeCharacters(u'\n' + QString(depth, u' ')); }

    // Writes a text with the codes `available` (each used once, the first that fits): the
    // source with its own codes, a translation with the codes of its source segment. An
    // element without a code is left out (its text stays).
    void writeInline(const InlineText &text, const QList<Code> &available)
    {
        QList<bool> used(available.size(), false);
        QList<bool> written; // per open element: whether it was written
        const auto take = [&](auto fits) -> const Code * {
            for (qsizetype i = 0; i < available.size(); ++i) {
                if (!used.at(i) && fits(available.at(i))) {
                    used[i] = true;
                    return &available.at(i);
                }
            }
            return nullptr;
        };
        BodyHtmlWriter::walkInline(text,
            { [&](const InlineElement &element) {
                 const Code *code
                     = take([&](const Code &c) { return !c.lineBreak && c.element == element; });
                 written.append(code != nullptr);
                 if (code)
                     writeCode(*code);
             },
                [&](const InlineElement &) {
                    if (written.takeLast())
                        m_xml.writeEndElement();
                },
                [&](const QString &plain) { m_xml.writeCharacters(plain); },
                [&] {
                    if (const Code *code = take([](const Code &c) { return c.lineBreak; }))
                        writeCode(*code);
                    else
                        m_xml.writeCharacters(QStringLiteral(" "));
                } });
    }

    QXmlStreamWriter &xml() { return m_xml; }

private:
    // <pc>/<g> opened (and left open), or an empty <ph>/<x> for a line break.
    void writeCode(const Code &code)
    {
        const bool v2 = m_version == Xliff::Version::V2_0;
        const QString name = v2 ? (code.lineBreak ? QStringLiteral("ph") : QStringLiteral("pc"))
                                : (code.lineBreak ? QStringLiteral("x") : QStringLiteral("g"));
        if (code.lineBreak)
            m_xml.writeEmptyElement(name);
        else
            m_xml.writeStartElement(name);
        m_xml.writeAttribute(QStringLiteral("id"), code.id);
        if (!v2) {
            m_xml.writeAttribute(QStringLiteral("ctype"), ctype12(code));
            return;
        }
        if (code.lineBreak) {
            m_xml.writeAttribute(QStringLiteral("dataRef"), dataId(code, u's'));
        } else {
            m_xml.writeAttribute(QStringLiteral("dataRefStart"), dataId(code, u's'));
            m_xml.writeAttribute(QStringLiteral("dataRefEnd"), dataId(code, u'e'));
        }
        writeType(code);
    }

    void writeType(const Code &code)
    {
        const auto [type, subType] = type20(code);
        m_xml.writeAttribute(QStringLiteral("type"), type);
        if (!subType.isEmpty())
            m_xml.writeAttribute(QStringLiteral("subType"), subType);
    }

public:
    static QString dataId(const Code &code, QChar end)
    {
        return QStringLiteral("d%1%2").arg(code.id.mid(1), end);
    }

private:
    QXmlStreamWriter m_xml;
    Xliff::Version m_version;
};

// One page as written: its units, and for each segment the translation's text if it has one
// made from that very source text.
struct PageEntry
{
    qint64 pageId = 0;
    QString path;
    QList<Unit> units;
    QHash<QString, QList<std::optional<InlineText>>> targets; // unit id → per segment
};

// Depths: xliff 0, file 1, group 2, unit 3, segment 4, source/target 5.
void writeUnit20(Writer &writer, const PageEntry &page, const Unit &unit)
{
    QXmlStreamWriter &xml = writer.xml();
    writer.open(QStringLiteral("unit"), 3);
    xml.writeAttribute(QStringLiteral("id"), unit.id());
    xml.writeAttribute(QStringLiteral("name"), Segments::fieldName(unit.field));
    xml.writeAttribute(Newsdesk, QStringLiteral("source"), unit.fingerprint);
    bool anyCode = false;
    for (const auto &codes : unit.codes)
        anyCode = anyCode || !codes.isEmpty();
    if (anyCode) {
        writer.open(QStringLiteral("originalData"), 4);
        for (const auto &codes : unit.codes) {
            for (const Code &code : codes) {
                const auto data = [&](QChar end, const QString &html) {
                    writer.openText(QStringLiteral("data"), 5);
                    xml.writeAttribute(QStringLiteral("id"), Writer::dataId(code, end));
                    xml.writeCharacters(html);
                    xml.writeEndElement();
                };
                if (code.lineBreak) {
                    data(u's', QStringLiteral("<br>"));
                } else {
                    data(u's', code.element.open());
                    data(u'e', code.element.close());
                }
            }
        }
        writer.close(4);
    }
    const auto &targets = page.targets.value(unit.id());
    for (qsizetype i = 0; i < unit.source.size(); ++i) {
        const bool hasTarget = i < targets.size() && targets.at(i).has_value();
        writer.open(QStringLiteral("segment"), 4);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("s%1").arg(i + 1));
        xml.writeAttribute(QStringLiteral("state"),
            hasTarget ? QStringLiteral("translated") : QStringLiteral("initial"));
        writer.openText(QStringLiteral("source"), 5);
        writer.writeInline(unit.source.at(i).text, unit.codes.at(i));
        xml.writeEndElement();
        if (hasTarget) {
            writer.openText(QStringLiteral("target"), 5);
            writer.writeInline(*targets.at(i), unit.codes.at(i));
            xml.writeEndElement();
        }
        writer.close(4); // segment
    }
    writer.close(3); // unit
}

// Depths: xliff 0, file 1, body 2, page group 3, field group 4, trans-unit 5, source 6.
void writeUnit12(Writer &writer, const PageEntry &page, const Unit &unit)
{
    QXmlStreamWriter &xml = writer.xml();
    writer.open(QStringLiteral("group"), 4);
    xml.writeAttribute(QStringLiteral("id"), unit.id());
    xml.writeAttribute(QStringLiteral("resname"), Segments::fieldName(unit.field));
    writer.open(QStringLiteral("context-group"), 5);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("newsdesk"));
    xml.writeAttribute(QStringLiteral("purpose"), QStringLiteral("information"));
    writer.openText(QStringLiteral("context"), 6);
    xml.writeAttribute(QStringLiteral("context-type"), SourceContext);
    xml.writeCharacters(unit.fingerprint);
    xml.writeEndElement();
    writer.close(5);
    const auto &targets = page.targets.value(unit.id());
    for (qsizetype i = 0; i < unit.source.size(); ++i) {
        const bool hasTarget = i < targets.size() && targets.at(i).has_value();
        writer.open(QStringLiteral("trans-unit"), 5);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1-%2").arg(unit.id()).arg(i + 1));
        writer.openText(QStringLiteral("source"), 6);
        writer.writeInline(unit.source.at(i).text, unit.codes.at(i));
        xml.writeEndElement();
        if (hasTarget) {
            writer.openText(QStringLiteral("target"), 6);
            xml.writeAttribute(QStringLiteral("state"), QStringLiteral("translated"));
            writer.writeInline(*targets.at(i), unit.codes.at(i));
            xml.writeEndElement();
        }
        writer.close(5); // trans-unit
    }
    writer.close(4); // group
}

// What a file says for one unit: the source fingerprint it was made from and its targets.
struct ReadUnit
{
    QString fingerprint;
    std::map<int, InlineText> targets; // segment index → target
    qint64 line = 0;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Xliff)

public:
    Reader(const QByteArray &bytes, QString fileName, SiteDatabase &db, QString sourceLanguage,
        QStringList languages)
        : m_xml(bytes)
        , m_fileName(std::move(fileName))
        , m_pages(db)
        , m_source(std::move(sourceLanguage))
        , m_languages(std::move(languages))
    { }

    void read()
    {
        if (!m_xml.readNextStartElement()) {
            problem(tr("not an XLIFF file (no root element)"));
            return;
        }
        if (m_xml.name() != u"xliff") {
            problem(tr("not an XLIFF file: the root element is <%1>").arg(m_xml.name()));
            return;
        }
        const QString ns = m_xml.namespaceUri().toString();
        if (ns == Xliff20) {
            m_version = Xliff::Version::V2_0;
            readLanguages(QStringLiteral("srcLang"), QStringLiteral("trgLang"), m_xml.attributes());
        } else if (ns == Xliff12) {
            m_version = Xliff::Version::V1_2;
        } else {
            problem(tr("unknown XLIFF namespace '%1' (Newsdesk reads XLIFF 2.0 and 1.2)").arg(ns));
            return;
        }
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (!m_xml.isStartElement())
                continue;
            const auto name = m_xml.name();
            if (m_version == Xliff::Version::V1_2 && name == u"file") {
                readLanguages(QStringLiteral("source-language"), QStringLiteral("target-language"),
                    m_xml.attributes());
            } else if (m_version == Xliff::Version::V2_0 && name == u"unit") {
                readUnit20();
            } else if (m_version == Xliff::Version::V1_2 && name == u"group") {
                const QString id = m_xml.attributes().value(QStringLiteral("id")).toString();
                static const QRegularExpression field(QStringLiteral("^p\\d+-[a-z]+$"));
                if (field.match(id).hasMatch())
                    readGroup12(id);
            } else if (m_version == Xliff::Version::V1_2 && name == u"trans-unit") {
                problem(tr("trans-unit %1: outside a field's group")
                            .arg(m_xml.attributes().value(QStringLiteral("id"))));
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            m_problems.append(QStringLiteral("%1:%2:%3: %4")
                                  .arg(m_fileName)
                                  .arg(m_xml.lineNumber())
                                  .arg(m_xml.columnNumber())
                                  .arg(tr("not well-formed XML: %1").arg(m_xml.errorString())));
        }
        if (m_target.isEmpty() && m_problems.isEmpty())
            problem(tr("the file names no target language"));
    }

    const QStringList &problems() const { return m_problems; }
    const QString &target() const { return m_target; }
    const QMap<qint64, QHash<QString, ReadUnit>> &units() const { return m_units; }
    // The source texts of the pages met, as they are now.
    const QHash<qint64, Translation> &sources() const { return m_sourceTexts; }

private:
    void problem(const QString &message)
    {
        m_problems.append(
            QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(message));
    }

    void readLanguages(const QString &sourceName, const QString &targetName,
        const QXmlStreamAttributes &attributes)
    {
        const QString source = attributes.value(sourceName).toString();
        const QString target = attributes.value(targetName).toString();
        if (source != m_source)
            problem(tr("%1 is '%2'; the site's source language is '%3'")
                        .arg(sourceName, source, m_source));
        if (target.isEmpty()) {
            problem(tr("%1 is missing").arg(targetName));
        } else if (!m_languages.contains(target) || target == m_source) {
            problem(tr("%1 '%2' is not a language to translate into on this site (%3)")
                        .arg(targetName, target, m_languages.join(u',')));
        } else if (!m_target.isEmpty() && m_target != target) {
            problem(tr("%1 '%2' differs from the file's first target language '%3'")
                        .arg(targetName, target, m_target));
        } else {
            m_target = target;
        }
    }

    // The unit a file names ("p12-body"), from the source as it is now; null with a problem
    // reported when there is no such page, text or field.
    std::optional<Unit> unitFor(const QString &id)
    {
        static const QRegularExpression pattern(QStringLiteral("^p(\\d+)-(title|summary|body)$"));
        const auto match = pattern.match(id);
        if (!match.hasMatch()) {
            problem(tr("unit %1: not a Newsdesk unit id").arg(id));
            return std::nullopt;
        }
        const qint64 pageId = match.captured(1).toLongLong();
        if (!m_sourceTexts.contains(pageId)) {
            const auto text = m_pages.translation(pageId, m_source);
            if (!text || !text->has_value()) {
                problem(tr("unit %1: the site has no page %2 with a %3 text")
                            .arg(id)
                            .arg(pageId)
                            .arg(Languages::displayName(m_source)));
                return std::nullopt;
            }
            m_sourceTexts.insert(pageId, **text);
        }
        // A page's units are made once, however many of them the file holds.
        auto units = m_pageUnits.find(pageId);
        if (units == m_pageUnits.end())
            units = m_pageUnits.insert(
                pageId, unitsOf(pageId, Segments::of(m_sourceTexts.value(pageId))));
        for (const Unit &unit : std::as_const(*units)) {
            if (unit.id() == id)
                return unit;
        }
        problem(tr("unit %1: the %2 text of page %3 has no such field now")
                    .arg(id, Languages::displayName(m_source))
                    .arg(pageId));
        return std::nullopt;
    }

    void checkFingerprint(const Unit &unit, const QString &fingerprint)
    {
        if (fingerprint.isEmpty())
            problem(tr("unit %1: no record of the source it was made from (exported by Newsdesk?)")
                        .arg(unit.id()));
        else if (fingerprint != unit.fingerprint)
            problem(tr("unit %1: the %2 source changed since this file was exported; export it "
                       "again")
                        .arg(unit.id(), Languages::displayName(m_source)));
    }

    void readUnit20()
    {
        const QString id = m_xml.attributes().value(QStringLiteral("id")).toString();
        const QString fingerprint
            = m_xml.attributes().value(Newsdesk, QStringLiteral("source")).toString();
        ReadUnit read;
        read.line = m_xml.lineNumber();
        const auto unit = unitFor(id);
        if (!unit) {
            m_xml.skipCurrentElement();
            return;
        }
        bool fingerprintChecked = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"segment") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString segmentId = m_xml.attributes().value(QStringLiteral("id")).toString();
            static const QRegularExpression pattern(QStringLiteral("^s(\\d+)$"));
            const auto match = pattern.match(segmentId);
            const int index = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
            if (index < 0 || index >= unit->source.size()) {
                problem(tr("unit %1: unknown segment '%2'").arg(id, segmentId));
                m_xml.skipCurrentElement();
                continue;
            }
            readSegment(*unit, index, id + u' ' + segmentId, fingerprint, fingerprintChecked, read);
        }
        keep(*unit, fingerprint, read);
    }

    void readGroup12(const QString &id)
    {
        ReadUnit read;
        read.line = m_xml.lineNumber();
        const auto unit = unitFor(id);
        if (!unit) {
            m_xml.skipCurrentElement();
            return;
        }
        QString fingerprint;
        bool fingerprintChecked = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"context-group") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"context"
                        && m_xml.attributes().value(QStringLiteral("context-type"))
                            == SourceContext)
                        fingerprint = m_xml.readElementText().trimmed();
                    else
                        m_xml.skipCurrentElement();
                }
                continue;
            }
            if (m_xml.name() != u"trans-unit") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString unitId = m_xml.attributes().value(QStringLiteral("id")).toString();
            const QString prefix = id + u'-';
            bool numbered = false;
            const int index
                = unitId.startsWith(prefix) ? unitId.mid(prefix.size()).toInt(&numbered) - 1 : -1;
            if (!numbered || index < 0 || index >= unit->source.size()) {
                problem(tr("trans-unit '%1': unknown id").arg(unitId));
                m_xml.skipCurrentElement();
                continue;
            }
            readSegment(*unit, index, unitId, fingerprint, fingerprintChecked, read);
        }
        keep(*unit, fingerprint, read);
    }

    // The children of a segment (2.0) or trans-unit (1.2): its target, if any.
    void readSegment(const Unit &unit, int index, const QString &where, const QString &fingerprint,
        bool &fingerprintChecked, ReadUnit &read)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"target") {
                m_xml.skipCurrentElement();
                continue;
            }
            if (!fingerprintChecked) {
                checkFingerprint(unit, fingerprint);
                fingerprintChecked = true;
            }
            if (auto text = readInline(unit, where))
                read.targets[index] = *text;
        }
    }

    void keep(const Unit &unit, const QString &fingerprint, ReadUnit &read)
    {
        if (read.targets.empty())
            return; // nothing translated: the unit changes nothing
        read.fingerprint = fingerprint;
        m_units[unit.pageId].insert(unit.id(), read);
    }

    // A <target>'s content as formatted text; inline codes must be codes of the unit's source.
    std::optional<InlineText> readInline(const Unit &unit, const QString &where)
    {
        InlineText runs;
        struct Open
        {
            QString id;
            std::optional<InlineElement> element; // none for a code already reported
            bool paired; // <pc>/<g>: closed by its end tag; else <sc> closed by <ec>
        };
        QList<Open> open;
        QList<bool> transparent; // per open element: ignored wrapper (mrk) or a code
        bool ok = true;
        const auto format = [&] {
            InlineFormat f;
            for (const Open &o : open) {
                if (o.element)
                    o.element->applyTo(f);
            }
            return f;
        };
        const auto fail = [&](const QString &message) {
            problem(QStringLiteral("%1: %2").arg(where, message));
            ok = false;
        };
        const auto pairedCode = [&](const QString &id) -> const Code * {
            const Code *code = unit.code(id);
            if (!code || code->lineBreak) {
                fail(tr("inline code '%1' is not a paired code of the source").arg(id));
                return nullptr;
            }
            return code;
        };
        const bool v2 = m_version == Xliff::Version::V2_0;
        int depth = 0; // elements inside <target>
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                runs.append(Run { m_xml.text().toString(), format(), false });
                continue;
            }
            if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break; // </target>
                --depth;
                const auto name = m_xml.name();
                if ((v2 && name == u"pc") || (!v2 && name == u"g")) {
                    for (qsizetype i = open.size() - 1; i >= 0; --i) {
                        if (open.at(i).paired) {
                            open.removeAt(i);
                            break;
                        }
                    }
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const auto name = m_xml.name();
            const QString id = m_xml.attributes().value(QStringLiteral("id")).toString();
            if ((v2 && name == u"pc") || (!v2 && name == u"g")) {
                const Code *code = pairedCode(id);
                open.append({ id, code ? std::optional(code->element) : std::nullopt, true });
            } else if ((v2 && name == u"ph") || (!v2 && name == u"x")) {
                const Code *code = unit.code(id);
                if (!code || !code->lineBreak)
                    fail(tr("inline code '%1' is not a line break of the source").arg(id));
                else
                    runs.append(Run { {}, format(), true });
            } else if (v2 && name == u"sc") {
                if (const Code *code = pairedCode(id))
                    open.append({ id, code->element, false });
            } else if (v2 && name == u"ec") {
                QString start = m_xml.attributes().value(QStringLiteral("startRef")).toString();
                if (start.isEmpty())
                    start = id;
                qsizetype found = -1;
                for (qsizetype i = 0; i < open.size(); ++i) {
                    if (!open.at(i).paired && open.at(i).id == start)
                        found = i;
                }
                if (found < 0)
                    fail(tr("<ec> '%1' closes no open <sc>").arg(start));
                else
                    open.removeAt(found);
            } else if (name == u"mrk" || (v2 && (name == u"sm" || name == u"em"))) {
                // Annotations: their text counts, the markers do not.
            } else if (v2 && name == u"cp") {
                bool hex = false;
                const uint value = m_xml.attributes().value(QStringLiteral("hex")).toUInt(&hex, 16);
                if (hex && value > 0)
                    runs.append(
                        Run { QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1),
                            format(), false });
            } else {
                fail(tr("inline element <%1> is not supported here").arg(name));
            }
        }
        for (const Open &o : std::as_const(open)) {
            if (!o.paired)
                fail(tr("<sc> '%1' is never closed").arg(o.id));
        }
        if (!ok)
            return std::nullopt;
        BodyText::normalize(runs);
        return runs;
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    PageRepository m_pages;
    QString m_source;
    QStringList m_languages;
    Xliff::Version m_version = Xliff::Version::V2_0;
    QString m_target;
    QStringList m_problems;
    QMap<qint64, QHash<QString, ReadUnit>> m_units; // page → unit id → what the file says
    QHash<qint64, Translation> m_sourceTexts;
    QHash<qint64, QList<Unit>> m_pageUnits;
};

} // namespace

Result<Xliff::Exported> Xliff::write(SiteDatabase &db, const ExportOptions &options)
{
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return settings.failure();
    const QString source = settings->sourceLanguage;
    if (!settings->languages.contains(options.language) || options.language == source)
        return failure(
            tr("%1: '%2' is not a language to translate into (the site has %3; %4 is "
               "the source)")
                .arg(db.path(), options.language, settings->languages.join(u','), source));
    PageRepository pages(db);
    const auto listing = pages.listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return listing.failure();
    const PageTree tree(*listing);
    const auto sourceTexts = pages.translations(source);
    if (!sourceTexts)
        return sourceTexts.failure();
    const auto targetTexts = pages.translations(options.language);
    if (!targetTexts)
        return targetTexts.failure();

    Exported exported;
    QList<PageEntry> entries;
    for (const qint64 id : tree.depthFirst()) {
        const auto sourceText = sourceTexts->constFind(id);
        if (sourceText == sourceTexts->cend())
            continue;
        const auto targetText = targetTexts->constFind(id);
        const Translation *target = targetText == targetTexts->cend() ? nullptr : &*targetText;
        const TranslationState state = translationState(target, &*sourceText, false);
        if ((options.onlyOutdated || options.onlyMissing)
            && !(options.onlyOutdated && state == TranslationState::Outdated)
            && !(options.onlyMissing && state == TranslationState::Missing))
            continue;

        PageEntry entry;
        entry.pageId = id;
        entry.path = tree.path(id);
        const auto draft = TranslationDraft::load(db, *sourceText,
            target ? std::optional<Translation>(*target) : std::nullopt, options.language);
        if (!draft)
            return draft.failure();
        const QList<Segment> &segments = draft->sourceSegments();
        entry.units = unitsOf(id, segments);
        // Targets: the translation's segments made from source segments that did not change.
        QList<std::optional<InlineText>> targets(segments.size());
        for (int i = 0; i < draft->segmentCount(); ++i) {
            if (draft->isCurrent(i) && draft->translated(i)->hash != segments.at(i).hash)
                targets[i] = draft->target(i);
        }
        qsizetype offset = 0;
        for (const Unit &unit : std::as_const(entry.units)) {
            // Units are the fields in segment order.
            while (offset < segments.size() && segments.at(offset).field != unit.field)
                ++offset;
            entry.targets.insert(unit.id(), targets.mid(offset, unit.source.size()));
            for (qsizetype i = 0; i < unit.source.size(); ++i) {
                ++exported.segments;
                if (!targets.at(offset + i))
                    exported.words += Segments::words(unit.source.at(i).plainText());
            }
            offset += unit.source.size();
        }
        entries.append(entry);
    }
    exported.pages = int(entries.size());

    Writer writer(&exported.xml, options.version);
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartDocument();
    const QString original = QFileInfo(db.path()).fileName();
    if (options.version == Version::V2_0) {
        writer.indent(0);
        xml.writeDefaultNamespace(Xliff20);
        xml.writeNamespace(Newsdesk, QStringLiteral("nd"));
        xml.writeStartElement(Xliff20, QStringLiteral("xliff"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
        xml.writeAttribute(QStringLiteral("srcLang"), source);
        xml.writeAttribute(QStringLiteral("trgLang"), options.language);
        writer.open(QStringLiteral("file"), 1);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f1"));
        xml.writeAttribute(QStringLiteral("original"), original);
        for (const PageEntry &entry : std::as_const(entries)) {
            writer.open(QStringLiteral("group"), 2);
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("p%1").arg(entry.pageId));
            xml.writeAttribute(QStringLiteral("name"), entry.path);
            for (const Unit &unit : entry.units)
                writeUnit20(writer, entry, unit);
            writer.close(2);
        }
    } else {
        writer.indent(0);
        xml.writeDefaultNamespace(Xliff12);
        xml.writeStartElement(Xliff12, QStringLiteral("xliff"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
        writer.open(QStringLiteral("file"), 1);
        xml.writeAttribute(QStringLiteral("original"), original);
        xml.writeAttribute(QStringLiteral("source-language"), source);
        xml.writeAttribute(QStringLiteral("target-language"), options.language);
        xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("html"));
        writer.open(QStringLiteral("header"), 2);
        writer.indent(3);
        xml.writeEmptyElement(QStringLiteral("tool"));
        xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("newsdesk"));
        xml.writeAttribute(QStringLiteral("tool-name"), QStringLiteral("Newsdesk"));
        xml.writeAttribute(QStringLiteral("tool-version"), QStringLiteral(NEWSDESK_VERSION));
        writer.close(2);
        writer.open(QStringLiteral("body"), 2);
        for (const PageEntry &entry : std::as_const(entries)) {
            writer.open(QStringLiteral("group"), 3);
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("p%1").arg(entry.pageId));
            xml.writeAttribute(QStringLiteral("resname"), entry.path);
            for (const Unit &unit : entry.units)
                writeUnit12(writer, entry, unit);
            writer.close(3);
        }
        writer.close(2); // body
    }
    writer.close(1); // file
    writer.close(0); // xliff
    xml.writeEndDocument();
    exported.xml.append('\n');
    return exported;
}

Result<Xliff::Imported> Xliff::import(
    SiteDatabase &db, const QByteArray &bytes, const QString &fileName)
{
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return settings.failure();
    Reader reader(bytes, fileName, db, settings->sourceLanguage, settings->languages);
    reader.read();
    if (!reader.problems().isEmpty())
        return failure(ErrorKind::Invalid,
            tr("%1: %n problem(s) in the file", nullptr, int(reader.problems().size()))
                .arg(fileName),
            reader.problems());

    Imported imported;
    imported.language = reader.target();
    PageRepository pages(db);
    const Status status = db.transaction([&]() -> Status {
        for (auto page = reader.units().cbegin(); page != reader.units().cend(); ++page) {
            const qint64 pageId = page.key();
            const auto existing = pages.translation(pageId, imported.language);
            if (!existing)
                return existing.failure();
            // Segments without a target keep the translation made from them; one added to the
            // source since (or never translated) stays empty.
            auto draft = TranslationDraft::load(
                db, reader.sources().value(pageId), *existing, imported.language);
            if (!draft)
                return draft.failure();
            const QList<Segment> &segments = draft->sourceSegments();
            for (const Unit &unit : unitsOf(pageId, segments)) {
                const auto read = page->constFind(unit.id());
                if (read == page->cend())
                    continue;
                qsizetype first = 0;
                while (segments.at(first).field != unit.field)
                    ++first;
                for (const auto &[index, target] : read->targets) {
                    draft->setTarget(int(first + index), target);
                    ++imported.segments;
                }
            }
            const bool changed = draft->changesText();
            // Every segment made from the source as it is now (the file's fingerprints were
            // checked): up to date. Else it stays outdated, for the rest to be done. Inside
            // this transaction: a later page's failure undoes this one too.
            if (auto s = draft->save(db, SaveReason::Import,
                    draft->isComplete() ? TranslationDraft::Mark::UpToDate
                                        : TranslationDraft::Mark::Keep);
                !s)
                return s;
            if (changed)
                ++imported.pages;
        }
        return {};
    });
    if (!status)
        return status.failure();
    return imported;
}
