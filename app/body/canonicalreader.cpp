#include "canonicalreader.h"

#include "bodyhtmlwriter.h"
#include "linkpolicy.h"

#include <QRegularExpression>

namespace {

constexpr int MaxDepth = 64; // canonical nesting is shallow; deeper goes the long way

struct Token
{
    enum class Type
    {
        Open,
        Close,
        Text
    } type;
    QString name; // tag name
    QList<QPair<QString, QString>> attributes;
    QString text; // decoded
};

bool decode(QStringView raw, QString &out)
{
    out.reserve(out.size() + raw.size());
    qsizetype from = 0;
    while (from < raw.size()) {
        const qsizetype amp = raw.indexOf(u'&', from);
        if (amp < 0) {
            out += raw.mid(from);
            break;
        }
        out += raw.mid(from, amp - from);
        static const std::pair<QLatin1String, QChar> entities[] = {
            { QLatin1String("&amp;"), u'&' },
            { QLatin1String("&lt;"), u'<' },
            { QLatin1String("&gt;"), u'>' },
            { QLatin1String("&quot;"), u'"' },
            { QLatin1String("&nbsp;"), QChar(0x00A0) },
        };
        bool known = false;
        for (const auto &[entity, character] : entities) {
            if (raw.mid(amp).startsWith(entity)) {
                out += character;
                from = amp + entity.size();
                known = true;
                break;
            }
        }
        if (!known)
            return false;
    }
    return true;
}

bool tokenize(const QString &html, QList<Token> &tokens)
{
    qsizetype at = 0;
    while (at < html.size()) {
        if (html[at] != u'<') {
            const qsizetype next = html.indexOf(u'<', at);
            const qsizetype end = next < 0 ? html.size() : next;
            Token text { Token::Type::Text, {}, {}, {} };
            if (!decode(QStringView(html).mid(at, end - at), text.text))
                return false;
            tokens.append(std::move(text));
            at = end;
            continue;
        }
        const qsizetype end = html.indexOf(u'>', at);
        if (end < 0)
            return false;
        QStringView tag = QStringView(html).mid(at + 1, end - at - 1);
        at = end + 1;
        Token token { Token::Type::Open, {}, {}, {} };
        if (tag.startsWith(u'/')) {
            token.type = Token::Type::Close;
            tag = tag.mid(1);
        }
        const qsizetype space = tag.indexOf(u' ');
        token.name = (space < 0 ? tag : tag.left(space)).toString();
        QStringView rest = space < 0 ? QStringView() : tag.mid(space);
        while (!rest.isEmpty()) { // ' name="value"' …
            if (!rest.startsWith(u' ') || token.type == Token::Type::Close)
                return false;
            const qsizetype equals = rest.indexOf(QLatin1String("=\""));
            if (equals < 0)
                return false;
            const qsizetype close = rest.indexOf(u'"', equals + 2);
            if (close < 0)
                return false;
            QString value;
            if (!decode(rest.mid(equals + 2, close - equals - 2), value))
                return false;
            token.attributes.append({ rest.mid(1, equals - 1).toString(), value });
            rest = rest.mid(close + 1);
        }
        tokens.append(std::move(token));
    }
    return true;
}

class Parser
{
public:
    explicit Parser(const QList<Token> &tokens)
        : m_tokens(tokens)
    { }

    bool body(Body &out)
    {
        while (skipSpace()) {
            const Token &token = m_tokens[m_at++];
            if (token.type != Token::Type::Open)
                return false;
            Block block;
            const QString &name = token.name;
            if (name == QLatin1String("p")) {
                if (!inlineText(block.text, name, false))
                    return false;
            } else if (name.size() == 2 && name[0] == u'h' && name[1] >= u'2' && name[1] <= u'4') {
                block.kind = Block::Kind::Heading;
                block.level = name[1].unicode() - u'0';
                if (!inlineText(block.text, name, false))
                    return false;
            } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
                block.kind = Block::Kind::List;
                if (!list(block.list, name, 0))
                    return false;
            } else if (name == QLatin1String("blockquote")) {
                block.kind = Block::Kind::Quote;
                if (!quote(block.quote))
                    return false;
            } else if (name == QLatin1String("figure")) {
                block.kind = Block::Kind::Figure;
                if (!figure(block.figure))
                    return false;
            } else if (name == QLatin1String("table")) {
                block.kind = Block::Kind::Table;
                if (!table(block.table))
                    return false;
            } else {
                return false;
            }
            out.blocks.append(std::move(block));
        }
        return true;
    }

private:
    // Skips white-space text between blocks; false at the end.
    bool skipSpace()
    {
        while (m_at < m_tokens.size() && m_tokens[m_at].type == Token::Type::Text
            && m_tokens[m_at].text.trimmed().isEmpty())
            ++m_at;
        return m_at < m_tokens.size();
    }
    bool expect(Token::Type type, QLatin1String name)
    {
        if (!skipSpace() || m_tokens[m_at].type != type || m_tokens[m_at].name != name)
            return false;
        ++m_at;
        return true;
    }
    bool isNext(Token::Type type, const QString &name)
    {
        return skipSpace() && m_tokens[m_at].type == type && m_tokens[m_at].name == name;
    }
    static QString attribute(const Token &token, QLatin1String name, int position)
    {
        return token.attributes.size() > position && token.attributes[position].first == name
            ? token.attributes[position].second
            : QString();
    }

    // Inline content up to </end>; in list items also up to a nested list.
    bool inlineText(InlineText &out, const QString &end, bool stopAtList)
    {
        QList<Token> open; // the inline elements open, in order
        QList<InlineFormat> formats { InlineFormat() };
        while (m_at < m_tokens.size()) {
            const Token &token = m_tokens[m_at];
            if (token.type == Token::Type::Text) {
                out.append(Run { token.text, formats.last(), false });
                ++m_at;
                continue;
            }
            const QString &name = token.name;
            if (token.type == Token::Type::Close) {
                if (open.isEmpty()) {
                    if (name != end)
                        return false;
                    ++m_at;
                    return true;
                }
                if (open.last().name != name)
                    return false;
                open.removeLast();
                formats.removeLast();
                ++m_at;
                continue;
            }
            if (stopAtList && open.isEmpty()
                && (name == QLatin1String("ul") || name == QLatin1String("ol"))) {
                m_stoppedAtList = true;
                return true;
            }
            if (name == QLatin1String("br")) {
                if (!token.attributes.isEmpty())
                    return false;
                out.append(Run { {}, formats.last(), true });
                ++m_at;
                continue;
            }
            if (open.size() >= 6)
                return false;
            InlineFormat format = formats.last();
            if (name == QLatin1String("a")) {
                format.href = attribute(token, QLatin1String("href"), 0);
                format.title = attribute(token, QLatin1String("title"), 1);
                if (format.href.isEmpty() || token.attributes.size() > 2
                    || (token.attributes.size() == 2 && format.title.isEmpty()))
                    return false;
            } else if (name == QLatin1String("span")) {
                format.lang = attribute(token, QLatin1String("lang"), 0);
                if (format.lang.isEmpty() || token.attributes.size() != 1)
                    return false;
            } else if (!token.attributes.isEmpty()) {
                return false;
            } else if (name == QLatin1String("strong")) {
                format.strong = true;
            } else if (name == QLatin1String("em")) {
                format.em = true;
            } else if (name == QLatin1String("sub")) {
                format.position = InlineFormat::Position::Sub;
            } else if (name == QLatin1String("sup")) {
                format.position = InlineFormat::Position::Sup;
            } else {
                return false;
            }
            open.append(token);
            formats.append(format);
            ++m_at;
        }
        return false;
    }

    bool list(ListBlock &out, const QString &name, int depth)
    {
        if (depth > MaxDepth)
            return false;
        out.ordered = name == QLatin1String("ol");
        while (skipSpace()) {
            const Token &token = m_tokens[m_at];
            if (token.type == Token::Type::Close && token.name == name) {
                ++m_at;
                return !out.items.isEmpty();
            }
            if (token.type != Token::Type::Open || token.name != QLatin1String("li")
                || !token.attributes.isEmpty())
                return false;
            ++m_at;
            ListItem item;
            m_stoppedAtList = false;
            if (!inlineText(item.text, QStringLiteral("li"), true))
                return false;
            if (m_stoppedAtList) { // nested lists follow the item's text, then </li>
                while (skipSpace() && m_tokens[m_at].type == Token::Type::Open
                    && (m_tokens[m_at].name == QLatin1String("ul")
                        || m_tokens[m_at].name == QLatin1String("ol"))) {
                    const QString sublistName = m_tokens[m_at++].name;
                    ListBlock sublist;
                    if (!list(sublist, sublistName, depth + 1))
                        return false;
                    item.sublists.append(std::move(sublist));
                }
                if (!expect(Token::Type::Close, QLatin1String("li")))
                    return false;
            }
            out.items.append(std::move(item));
        }
        return false;
    }

    bool quote(QList<InlineText> &out)
    {
        while (skipSpace()) {
            if (isNext(Token::Type::Close, QStringLiteral("blockquote"))) {
                ++m_at;
                return true;
            }
            if (!expect(Token::Type::Open, QLatin1String("p")))
                return false;
            InlineText paragraph;
            if (!inlineText(paragraph, QStringLiteral("p"), false))
                return false;
            out.append(std::move(paragraph));
        }
        return false;
    }

    bool figure(Figure &out)
    {
        if (!skipSpace() || m_tokens[m_at].type != Token::Type::Open
            || m_tokens[m_at].name != QLatin1String("img") || m_tokens[m_at].attributes.size() != 2)
            return false;
        const Token &img = m_tokens[m_at++];
        out.src = attribute(img, QLatin1String("src"), 0);
        if (img.attributes[1].first != QLatin1String("alt"))
            return false;
        out.alt = img.attributes[1].second;
        if (isNext(Token::Type::Open, QStringLiteral("figcaption"))) {
            ++m_at;
            if (!inlineText(out.caption, QStringLiteral("figcaption"), false))
                return false;
        }
        return expect(Token::Type::Close, QLatin1String("figure"));
    }

    bool rows(Table &out, const QString &cell)
    {
        while (isNext(Token::Type::Open, QStringLiteral("tr"))) {
            ++m_at;
            QList<InlineText> row;
            while (isNext(Token::Type::Open, cell)) {
                ++m_at;
                InlineText text;
                if (!inlineText(text, cell, false))
                    return false;
                row.append(std::move(text));
            }
            if (!expect(Token::Type::Close, QLatin1String("tr")))
                return false;
            out.rows.append(std::move(row));
        }
        return true;
    }

    bool table(Table &out)
    {
        if (isNext(Token::Type::Open, QStringLiteral("thead"))) {
            ++m_at;
            if (!rows(out, QStringLiteral("th"))
                || !expect(Token::Type::Close, QLatin1String("thead")))
                return false;
            out.headerRows = int(out.rows.size());
        }
        if (isNext(Token::Type::Open, QStringLiteral("tbody"))) {
            ++m_at;
            if (!rows(out, QStringLiteral("td"))
                || !expect(Token::Type::Close, QLatin1String("tbody")))
                return false;
        }
        return expect(Token::Type::Close, QLatin1String("table"));
    }

    const QList<Token> &m_tokens;
    qsizetype m_at = 0;
    bool m_stoppedAtList = false;
};

bool allowedText(const InlineText &text)
{
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    for (const Run &run : text) {
        const InlineFormat &format = run.format;
        if (!format.href.isEmpty() && LinkPolicy::cleanLink(format.href) != format.href)
            return false;
        if (format.title != format.title.simplified())
            return false;
        if (!format.lang.isEmpty() && !language.match(format.lang).hasMatch())
            return false;
    }
    return true;
}

bool allowedList(const ListBlock &list)
{
    return std::all_of(list.items.cbegin(), list.items.cend(), [](const ListItem &item) {
        return allowedText(item.text)
            && std::all_of(item.sublists.cbegin(), item.sublists.cend(), allowedList);
    });
}

bool allowed(const Body &body)
{
    for (const Block &block : body.blocks) {
        bool ok = allowedText(block.text) && allowedList(block.list)
            && allowedText(block.figure.caption);
        for (const InlineText &text : block.quote)
            ok = ok && allowedText(text);
        for (const auto &row : block.table.rows) {
            for (const InlineText &cell : row)
                ok = ok && allowedText(cell);
        }
        if (block.kind == Block::Kind::Figure)
            ok = ok && LinkPolicy::isMediaSource(block.figure.src)
                && block.figure.alt == block.figure.alt.simplified();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

namespace CanonicalReader {

std::optional<Body> read(const QString &html)
{
    QList<Token> tokens;
    if (!tokenize(html, tokens))
        return std::nullopt;
    Body body;
    if (!Parser(tokens).body(body))
        return std::nullopt;
    BodyText::normalize(body);
    // Only what the writer gives back unchanged is canonical.
    if (BodyHtmlWriter::write(body) != html || !allowed(body))
        return std::nullopt;
    return body;
}

} // namespace CanonicalReader
