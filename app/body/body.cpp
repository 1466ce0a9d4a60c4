#include "body.h"

bool ListItem::operator==(const ListItem &other) const
{
    return text == other.text && sublists == other.sublists;
}

namespace BodyText {

namespace {

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

void normalizeList(ListBlock &list)
{
    for (ListItem &item : list.items) {
        normalize(item.text);
        for (ListBlock &sublist : item.sublists)
            normalizeList(sublist);
        item.sublists.removeIf([](const ListBlock &l) { return l.items.isEmpty(); });
    }
    list.items.removeIf(
        [](const ListItem &item) { return item.text.isEmpty() && item.sublists.isEmpty(); });
}

} // namespace

void normalize(InlineText &text)
{
    InlineText out;
    out.reserve(text.size());
    bool lastWasSpace = true; // at the start, and after a line break, spaces go
    for (Run &run : text) {
        if (run.lineBreak) {
            // A space before a line break goes too.
            if (!out.isEmpty() && !out.last().lineBreak && out.last().text.endsWith(u' '))
                out.last().text.chop(1);
            if (!out.isEmpty() && !out.last().lineBreak && out.last().text.isEmpty())
                out.removeLast();
            out.append(Run { {}, run.format, true });
            lastWasSpace = true;
            continue;
        }
        // Most runs are collapsed already (every stored text is): then the run's own string
        // is kept, shared, not copied.
        bool wasSpace = lastWasSpace;
        const bool asItIs = std::none_of(run.text.cbegin(), run.text.cend(), [&](QChar c) {
            const bool space = isCollapsible(c);
            const bool changes = space && (c != u' ' || wasSpace);
            wasSpace = space;
            return changes;
        });
        QString collapsed;
        if (asItIs) {
            collapsed = run.text;
            lastWasSpace = wasSpace;
        } else {
            collapsed = QString(run.text.size(), Qt::Uninitialized); // written in place
            QChar *write = collapsed.data();
            for (QChar c : std::as_const(run.text)) {
                if (isCollapsible(c)) {
                    if (!lastWasSpace)
                        *write++ = u' ';
                    lastWasSpace = true;
                } else {
                    *write++ = c;
                    lastWasSpace = false;
                }
            }
            collapsed.truncate(write - collapsed.constData());
        }
        if (collapsed.isEmpty())
            continue;
        if (!out.isEmpty() && !out.last().lineBreak && out.last().format == run.format)
            out.last().text += collapsed;
        else
            out.append(Run { collapsed, run.format, false });
    }
    // Trailing spaces and line breaks say nothing.
    while (!out.isEmpty()) {
        if (out.last().lineBreak) {
            out.removeLast();
        } else if (out.last().text.endsWith(u' ')) {
            out.last().text.chop(1);
            if (out.last().text.isEmpty())
                out.removeLast();
        } else {
            break;
        }
    }
    while (!out.isEmpty() && out.first().lineBreak)
        out.removeFirst();
    // Only spaces (non-breaking ones, Word's spacer paragraphs) say nothing either.
    const bool blank = std::all_of(out.cbegin(), out.cend(), [](const Run &run) {
        return run.lineBreak
            || std::all_of(run.text.cbegin(), run.text.cend(), [](QChar c) { return c.isSpace(); });
    });
    if (blank)
        out.clear();
    text = std::move(out);
}

void normalize(Body &body)
{
    for (Block &block : body.blocks) {
        normalize(block.text);
        normalizeList(block.list);
        for (InlineText &paragraph : block.quote)
            normalize(paragraph);
        block.quote.removeIf([](const InlineText &p) { return p.isEmpty(); });
        normalize(block.figure.caption);
        block.figure.alt = block.figure.alt.simplified();
        for (auto &row : block.table.rows) {
            for (InlineText &cell : row)
                normalize(cell);
        }
    }
    body.blocks.removeIf([](const Block &block) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
        case Block::Kind::Heading:
            return block.text.isEmpty();
        case Block::Kind::List:
            return block.list.items.isEmpty();
        case Block::Kind::Quote:
            return block.quote.isEmpty();
        case Block::Kind::Figure:
            return block.figure.src.isEmpty();
        case Block::Kind::Table:
            return block.table.rows.isEmpty();
        }
        return true;
    });
}

namespace {
ListBlock nest(const QList<FlatListItem> &items, qsizetype &i, int level)
{
    ListBlock list;
    list.ordered = items[i].ordered;
    const QString id = items[i].list;
    while (i < items.size() && items[i].level >= level) {
        if (items[i].level > level) {
            if (list.items.isEmpty())
                list.items.append(ListItem {});
            list.items.last().sublists.append(nest(items, i, items[i].level));
            continue;
        }
        if (items[i].list != id)
            break;
        list.items.append(ListItem { items[i].text, {} });
        ++i;
    }
    return list;
}
} // namespace

QList<ListBlock> nestLists(const QList<FlatListItem> &items)
{
    QList<ListBlock> lists;
    qsizetype i = 0;
    while (i < items.size())
        lists.append(nest(items, i, items[i].level));
    return lists;
}

QString plainText(const InlineText &text)
{
    QString out;
    for (const Run &run : text)
        out += run.lineBreak ? QStringLiteral("\n") : run.text;
    return out;
}

namespace {
void appendList(const ListBlock &list, QStringList &lines)
{
    for (const ListItem &item : list.items) {
        lines.append(plainText(item.text));
        for (const ListBlock &sublist : item.sublists)
            appendList(sublist, lines);
    }
}
} // namespace

QString plainText(const Body &body)
{
    QStringList lines;
    for (const Block &block : body.blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
        case Block::Kind::Heading:
            lines.append(plainText(block.text));
            break;
        case Block::Kind::List:
            appendList(block.list, lines);
            break;
        case Block::Kind::Quote:
            for (const InlineText &paragraph : block.quote)
                lines.append(plainText(paragraph));
            break;
        case Block::Kind::Figure:
            lines.append(plainText(block.figure.caption));
            break;
        case Block::Kind::Table:
            for (const auto &row : block.table.rows) {
                for (const InlineText &cell : row)
                    lines.append(plainText(cell));
            }
            break;
        }
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace BodyText
