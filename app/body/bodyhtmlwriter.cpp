#include "bodyhtmlwriter.h"

QString InlineElement::open() const
{
    switch (tag) {
    case Tag::A:
        return second.isEmpty()
            ? QStringLiteral("<a href=\"%1\">").arg(BodyHtmlWriter::escapeAttribute(first))
            : QStringLiteral("<a href=\"%1\" title=\"%2\">")
                  .arg(BodyHtmlWriter::escapeAttribute(first),
                      BodyHtmlWriter::escapeAttribute(second));
    case Tag::Span:
        return QStringLiteral("<span lang=\"%1\">").arg(BodyHtmlWriter::escapeAttribute(first));
    case Tag::Strong:
        return QStringLiteral("<strong>");
    case Tag::Em:
        return QStringLiteral("<em>");
    case Tag::Sub:
        return QStringLiteral("<sub>");
    case Tag::Sup:
        return QStringLiteral("<sup>");
    }
    return {};
}

QString InlineElement::close() const
{
    switch (tag) {
    case Tag::A:
        return QStringLiteral("</a>");
    case Tag::Span:
        return QStringLiteral("</span>");
    case Tag::Strong:
        return QStringLiteral("</strong>");
    case Tag::Em:
        return QStringLiteral("</em>");
    case Tag::Sub:
        return QStringLiteral("</sub>");
    case Tag::Sup:
        return QStringLiteral("</sup>");
    }
    return {};
}

QList<InlineElement> InlineElement::of(const InlineFormat &format)
{
    QList<InlineElement> elements;
    if (!format.href.isEmpty())
        elements.append({ Tag::A, format.href, format.title });
    if (!format.lang.isEmpty())
        elements.append({ Tag::Span, format.lang, {} });
    if (format.strong)
        elements.append({ Tag::Strong, {}, {} });
    if (format.em)
        elements.append({ Tag::Em, {}, {} });
    if (format.position == InlineFormat::Position::Sub)
        elements.append({ Tag::Sub, {}, {} });
    else if (format.position == InlineFormat::Position::Sup)
        elements.append({ Tag::Sup, {}, {} });
    return elements;
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

void writeList(const ListBlock &list, QStringList &lines)
{
    lines.append(list.ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>"));
    for (const ListItem &item : list.items) {
        const QString text = BodyHtmlWriter::writeInline(item.text);
        if (item.sublists.isEmpty()) {
            lines.append(QStringLiteral("<li>%1</li>").arg(text));
            continue;
        }
        lines.append(QStringLiteral("<li>") + text);
        for (const ListBlock &sublist : item.sublists)
            writeList(sublist, lines);
        lines.append(QStringLiteral("</li>"));
    }
    lines.append(list.ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
}

void writeTable(const Table &table, QStringList &lines)
{
    lines.append(QStringLiteral("<table>"));
    const auto writeRows = [&](qsizetype from, qsizetype to, const QString &cell) {
        for (qsizetype r = from; r < to; ++r) {
            QString row = QStringLiteral("<tr>");
            for (const InlineText &text : table.rows[r])
                row += QStringLiteral("<%1>%2</%1>").arg(cell, BodyHtmlWriter::writeInline(text));
            lines.append(row + QStringLiteral("</tr>"));
        }
    };
    const qsizetype header = std::min<qsizetype>(table.headerRows, table.rows.size());
    if (header > 0) {
        lines.append(QStringLiteral("<thead>"));
        writeRows(0, header, QStringLiteral("th"));
        lines.append(QStringLiteral("</thead>"));
    }
    if (header < table.rows.size()) {
        lines.append(QStringLiteral("<tbody>"));
        writeRows(header, table.rows.size(), QStringLiteral("td"));
        lines.append(QStringLiteral("</tbody>"));
    }
    lines.append(QStringLiteral("</table>"));
}

} // namespace

namespace BodyHtmlWriter {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype from = 0;
    const qsizetype size = text.size();
    const QChar *data = text.constData();
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
        default:
            continue;
        }
        out.append(data + from, i - from); // the plain stretch before it, in one go
        out += entity;
        from = i + 1;
    }
    out.append(data + from, size - from);
    return out;
}

QString escapeAttribute(const QString &text)
{
    QString out = escapeText(text);
    out.replace(u'"', QLatin1String("&quot;"));
    return out;
}

QString writeInline(const InlineText &text)
{
    QString out;
    walkInline(text,
        { [&](const InlineElement &element) { out += element.open(); },
            [&](const InlineElement &element) { out += element.close(); },
            [&](const QString &plain) { out += escapeText(plain); },
            [&] { out += QLatin1String("<br>"); } });
    return out;
}

void walkInline(const InlineText &text, const InlineVisitor &visit)
{
    QList<InlineElement> open;
    for (const Run &run : text) {
        if (run.lineBreak) {
            visit.lineBreak(); // inside whatever is open: it has no format of its own
            continue;
        }
        const QList<InlineElement> wanted = InlineElement::of(run.format);
        qsizetype common = 0;
        while (common < open.size() && common < wanted.size() && open[common] == wanted[common])
            ++common;
        while (open.size() > common)
            visit.close(open.takeLast());
        for (qsizetype i = common; i < wanted.size(); ++i) {
            visit.open(wanted[i]);
            open.append(wanted[i]);
        }
        visit.text(run.text);
    }
    while (!open.isEmpty())
        visit.close(open.takeLast());
}

QString write(const Body &body)
{
    QStringList lines;
    for (const Block &block : body.blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            lines.append(QStringLiteral("<p>%1</p>").arg(writeInline(block.text)));
            break;
        case Block::Kind::Heading:
            lines.append(QStringLiteral("<h%1>%2</h%1>")
                             .arg(std::clamp(block.level, 2, 4))
                             .arg(writeInline(block.text)));
            break;
        case Block::Kind::List:
            writeList(block.list, lines);
            break;
        case Block::Kind::Quote:
            lines.append(QStringLiteral("<blockquote>"));
            for (const InlineText &paragraph : block.quote)
                lines.append(QStringLiteral("<p>%1</p>").arg(writeInline(paragraph)));
            lines.append(QStringLiteral("</blockquote>"));
            break;
        case Block::Kind::Figure: {
            const QString size = block.figure.width > 0
                ? QStringLiteral(" width=\"%1\" height=\"%2\"")
                      .arg(block.figure.width)
                      .arg(block.figure.height)
                : QString();
            QString figure = QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"%3>")
                                 .arg(escapeAttribute(block.figure.src),
                                     escapeAttribute(block.figure.alt), size);
            if (!block.figure.caption.isEmpty())
                figure += QStringLiteral("<figcaption>%1</figcaption>")
                              .arg(writeInline(block.figure.caption));
            lines.append(figure + QStringLiteral("</figure>"));
            break;
        }
        case Block::Kind::Table:
            writeTable(block.table, lines);
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace BodyHtmlWriter
