#include "bodyhtmlwriter.h"

namespace {

constexpr int MaxElements = 5; // a, span, strong, em, sub|sup

// Escapes into `out` directly: & < > and the no-break space, and " in attributes.
void appendEscaped(QString &out, QStringView text, bool attribute)
{
    qsizetype from = 0;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        QLatin1String entity;
        switch (data[i].unicode()) {
        case u'&':
            entity = QLatin1String("&amp;");
            break;
        case u'<':
            entity = QLatin1String("&lt;");
            break;
        case u'>':
            entity = QLatin1String("&gt;");
            break;
        case 0x00A0:
            entity = QLatin1String("&nbsp;");
            break;
        case u'"':
            if (!attribute)
                continue;
            entity = QLatin1String("&quot;");
            break;
        default:
            continue;
        }
        out.append(data + from, i - from); // the plain stretch before it, in one go
        out += entity;
        from = i + 1;
    }
    out.append(data + from, size - from);
}

void appendOpen(QString &out, const InlineElement &element)
{
    switch (element.tag) {
    case InlineElement::Tag::A:
        out += QLatin1String("<a href=\"");
        appendEscaped(out, element.first, true);
        if (!element.second.isEmpty()) {
            out += QLatin1String("\" title=\"");
            appendEscaped(out, element.second, true);
        }
        out += QLatin1String("\">");
        return;
    case InlineElement::Tag::Span:
        out += QLatin1String("<span lang=\"");
        appendEscaped(out, element.first, true);
        out += QLatin1String("\">");
        return;
    case InlineElement::Tag::Strong:
        out += QLatin1String("<strong>");
        return;
    case InlineElement::Tag::Em:
        out += QLatin1String("<em>");
        return;
    case InlineElement::Tag::Sub:
        out += QLatin1String("<sub>");
        return;
    case InlineElement::Tag::Sup:
        out += QLatin1String("<sup>");
        return;
    }
}

QLatin1String closing(InlineElement::Tag tag)
{
    switch (tag) {
    case InlineElement::Tag::A:
        return QLatin1String("</a>");
    case InlineElement::Tag::Span:
        return QLatin1String("</span>");
    case InlineElement::Tag::Strong:
        return QLatin1String("</strong>");
    case InlineElement::Tag::Em:
        return QLatin1String("</em>");
    case InlineElement::Tag::Sub:
        return QLatin1String("</sub>");
    case InlineElement::Tag::Sup:
        return QLatin1String("</sup>");
    }
    return {};
}

// A format's elements, outermost first, into `out`; how many.
int elementsOf(const InlineFormat &format, InlineElement (&out)[MaxElements])
{
    int count = 0;
    if (!format.href.isEmpty())
        out[count++] = { InlineElement::Tag::A, format.href, format.title };
    if (!format.lang.isEmpty())
        out[count++] = { InlineElement::Tag::Span, format.lang, {} };
    if (format.strong)
        out[count++] = { InlineElement::Tag::Strong, {}, {} };
    if (format.em)
        out[count++] = { InlineElement::Tag::Em, {}, {} };
    if (format.position == InlineFormat::Position::Sub)
        out[count++] = { InlineElement::Tag::Sub, {}, {} };
    else if (format.position == InlineFormat::Position::Sup)
        out[count++] = { InlineElement::Tag::Sup, {}, {} };
    return count;
}

// The walk of walkInline(), for any visitor with open, close, text and lineBreak: the
// writer's own visitor appends without a std::function call or a list per run.
template<class Visitor>
void walk(const InlineText &text, Visitor &&visit)
{
    InlineElement open[MaxElements];
    int opened = 0;
    InlineElement wanted[MaxElements];
    for (const Run &run : text) {
        if (run.lineBreak) {
            visit.lineBreak(); // inside whatever is open: it has no format of its own
            continue;
        }
        const int count = elementsOf(run.format, wanted);
        int common = 0;
        while (common < opened && common < count && open[common] == wanted[common])
            ++common;
        while (opened > common)
            visit.close(open[--opened]);
        for (int i = common; i < count; ++i) {
            visit.open(wanted[i]);
            open[opened++] = wanted[i];
        }
        visit.text(run.text);
    }
    while (opened > 0)
        visit.close(open[--opened]);
}

void appendInline(QString &out, const InlineText &text)
{
    struct Appender
    {
        QString &out;
        void open(const InlineElement &element) { appendOpen(out, element); }
        void close(const InlineElement &element) { out += closing(element.tag); }
        void text(const QString &plain) { appendEscaped(out, plain, false); }
        void lineBreak() { out += QLatin1String("<br>"); }
    };
    walk(text, Appender { out });
}

} // namespace

QString InlineElement::open() const
{
    QString out;
    appendOpen(out, *this);
    return out;
}

QString InlineElement::close() const
{
    return closing(tag);
}

QList<InlineElement> InlineElement::of(const InlineFormat &format)
{
    InlineElement elements[MaxElements];
    const int count = elementsOf(format, elements);
    return QList<InlineElement>(elements, elements + count);
}

void InlineElement::applyTo(InlineFormat &format) const
{
    switch (tag) {
    case Tag::A:
        format.href = first;
        format.title = second;
        break;
    case Tag::Span:
        format.lang = first;
        break;
    case Tag::Strong:
        format.strong = true;
        break;
    case Tag::Em:
        format.em = true;
        break;
    case Tag::Sub:
        format.position = InlineFormat::Position::Sub;
        break;
    case Tag::Sup:
        format.position = InlineFormat::Position::Sup;
        break;
    }
}

namespace {

// Blocks one per line.
class Lines
{
public:
    explicit Lines(QString &out)
        : m_out(out)
    { }
    QString &next()
    {
        if (m_started)
            m_out += u'\n';
        m_started = true;
        return m_out;
    }

private:
    QString &m_out;
    bool m_started = false;
};

void writeList(const ListBlock &list, Lines &lines)
{
    lines.next() += list.ordered ? QLatin1String("<ol>") : QLatin1String("<ul>");
    for (const ListItem &item : list.items) {
        QString &out = lines.next();
        out += QLatin1String("<li>");
        appendInline(out, item.text);
        if (item.sublists.isEmpty()) {
            out += QLatin1String("</li>");
            continue;
        }
        for (const ListBlock &sublist : item.sublists)
            writeList(sublist, lines);
        lines.next() += QLatin1String("</li>");
    }
    lines.next() += list.ordered ? QLatin1String("</ol>") : QLatin1String("</ul>");
}

void writeTable(const Table &table, Lines &lines)
{
    lines.next() += QLatin1String("<table>");
    const auto writeRows
        = [&](qsizetype from, qsizetype to, QLatin1String open, QLatin1String close) {
              for (qsizetype r = from; r < to; ++r) {
                  QString &out = lines.next();
                  out += QLatin1String("<tr>");
                  for (const InlineText &text : table.rows[r]) {
                      out += open;
                      appendInline(out, text);
                      out += close;
                  }
                  out += QLatin1String("</tr>");
              }
          };
    const qsizetype header = std::min<qsizetype>(table.headerRows, table.rows.size());
    if (header > 0) {
        lines.next() += QLatin1String("<thead>");
        writeRows(0, header, QLatin1String("<th>"), QLatin1String("</th>"));
        lines.next() += QLatin1String("</thead>");
    }
    if (header < table.rows.size()) {
        lines.next() += QLatin1String("<tbody>");
        writeRows(header, table.rows.size(), QLatin1String("<td>"), QLatin1String("</td>"));
        lines.next() += QLatin1String("</tbody>");
    }
    lines.next() += QLatin1String("</table>");
}

} // namespace

namespace BodyHtmlWriter {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text, false);
    return out;
}

QString escapeAttribute(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text, true);
    return out;
}

QString writeInline(const InlineText &text)
{
    QString out;
    appendInline(out, text);
    return out;
}

void walkInline(const InlineText &text, const InlineVisitor &visit)
{
    walk(text, visit);
}

QString write(const Body &body)
{
    QString html;
    qsizetype estimate = 0;
    for (const Block &block : body.blocks) {
        for (const Run &run : block.text)
            estimate += run.text.size() + 16;
        estimate += 16;
    }
    html.reserve(estimate + estimate / 4);
    Lines lines(html);
    for (const Block &block : body.blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph: {
            QString &out = lines.next();
            out += QLatin1String("<p>");
            appendInline(out, block.text);
            out += QLatin1String("</p>");
            break;
        }
        case Block::Kind::Heading: {
            const char level = char('0' + std::clamp(block.level, 2, 4));
            QString &out = lines.next();
            out += QLatin1String("<h");
            out += QLatin1Char(level);
            out += u'>';
            appendInline(out, block.text);
            out += QLatin1String("</h");
            out += QLatin1Char(level);
            out += u'>';
            break;
        }
        case Block::Kind::List:
            writeList(block.list, lines);
            break;
        case Block::Kind::Quote:
            lines.next() += QLatin1String("<blockquote>");
            for (const InlineText &paragraph : block.quote) {
                QString &out = lines.next();
                out += QLatin1String("<p>");
                appendInline(out, paragraph);
                out += QLatin1String("</p>");
            }
            lines.next() += QLatin1String("</blockquote>");
            break;
        case Block::Kind::Figure: {
            QString &out = lines.next();
            const Figure &figure = block.figure;
            const bool picture = !figure.webpSrcset.isEmpty();
            out += QLatin1String("<figure>");
            const auto appendAttribute = [&out](const char *name, const QString &value) {
                out += u' ' + QLatin1String(name) + QLatin1String("=\"");
                appendEscaped(out, value, true);
                out += u'"';
            };
            if (picture) {
                out += QLatin1String("<picture><source type=\"image/webp\"");
                appendAttribute("srcset", figure.webpSrcset);
                appendAttribute("sizes", figure.sizes);
                out += u'>';
            }
            out += QLatin1String("<img");
            appendAttribute("src", figure.src);
            if (!figure.srcset.isEmpty()) {
                appendAttribute("srcset", figure.srcset);
                appendAttribute("sizes", figure.sizes);
            }
            appendAttribute("alt", figure.alt);
            if (figure.width > 0)
                out += QStringLiteral(" width=\"%1\" height=\"%2\"")
                           .arg(figure.width)
                           .arg(figure.height);
            if (figure.lazy)
                out += QLatin1String(" loading=\"lazy\"");
            if (picture)
                out += QLatin1String(" decoding=\"async\"></picture>");
            else
                out += u'>';
            if (!figure.caption.isEmpty()) {
                out += QLatin1String("<figcaption>");
                appendInline(out, figure.caption);
                out += QLatin1String("</figcaption>");
            }
            out += QLatin1String("</figure>");
            break;
        }
        case Block::Kind::Table:
            writeTable(block.table, lines);
            break;
        }
    }
    return html;
}

} // namespace BodyHtmlWriter
