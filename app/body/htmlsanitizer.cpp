#include "htmlsanitizer.h"

#include "linkpolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

#include <gumbo.h>

namespace {

using Tag = GumboTag;

bool isDropped(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

bool isBlockContainer(Tag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

int headingLevel(Tag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return 4;
    default:
        return 0;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

QHash<QString, QString> styleOf(const GumboNode *node)
{
    QHash<QString, QString> style;
    const QStringList declarations = attribute(node, "style").split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon > 0)
            style.insert(declaration.left(colon).trimmed().toLower(),
                declaration.mid(colon + 1).trimmed().toLower());
    }
    return style;
}

QString languageTag(const QString &lang)
{
    static const QRegularExpression tag(QStringLiteral("^([A-Za-z]{2,3})(-[A-Za-z0-9]{1,8})*$"));
    const auto match = tag.match(lang.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// Text of a subtree, without recursion (markup may be nested thousands deep).
QString textOf(const GumboNode *root)
{
    QString text;
    QList<const GumboNode *> stack { root };
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text);
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            if (node != root && isDropped(node))
                continue;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
            if (isBlockContainer(node->v.element.tag) || headingLevel(node->v.element.tag))
                text += u' ';
        }
    }
    return text;
}

bool isBlockLevel(Tag tag)
{
    return isBlockContainer(tag) || headingLevel(tag) || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL
        || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_FIGURE;
}

bool containsBlocks(const GumboNode *node, int depth = 0)
{
    if (depth > 6)
        return false;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        if (isBlockLevel(child->v.element.tag) || containsBlocks(child, depth + 1))
            return true;
    }
    return false;
}

bool isWordListIgnore(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT
        && styleOf(node).value(QStringLiteral("mso-list")) == QLatin1String("ignore");
}

// Word: <p style="mso-list:l0 level2 lfo1"> → list l0, level 2.
struct WordListMark
{
    QString list;
    int level = 0;
};

std::optional<WordListMark> wordListMark(const GumboNode *node)
{
    static const QRegularExpression mark(QStringLiteral(R"(^(l\d+)\s+level(\d+))"));
    const auto match = mark.match(styleOf(node).value(QStringLiteral("mso-list")));
    if (!match.hasMatch())
        return std::nullopt;
    return WordListMark { match.captured(1), std::clamp(match.captured(2).toInt(), 1, 9) };
}

const GumboNode *findWordBullet(const GumboNode *node, int depth = 0)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > 8)
        return nullptr;
    if (isWordListIgnore(node))
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (auto found
            = findWordBullet(static_cast<const GumboNode *>(children.data[i]), depth + 1))
            return found;
    }
    return nullptr;
}

bool bulletIsOrdered(const QString &bullet)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^\(?[0-9A-Za-z]{1,6}[.)]$)"));
    return numbered.match(bullet.simplified().remove(QChar::Nbsp)).hasMatch();
}

// A CSS font size in points ("14pt", "18.5px"); 0 when none or relative.
qreal fontSizeOf(const GumboNode *node)
{
    static const QRegularExpression size(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*(pt|px)$)"));
    const auto match = size.match(styleOf(node).value(QStringLiteral("font-size")));
    if (!match.hasMatch())
        return 0;
    const qreal value = match.captured(1).toDouble();
    return match.captured(2) == QLatin1String("px") ? value * 0.75 : value;
}

// Every piece of visible text under `root` with the font size it is written in (0: none
// given), without recursion.
template<class Visit>
void forEachSizedText(const GumboNode *root, qreal inherited, Visit visit)
{
    QList<std::pair<const GumboNode *, qreal>> stack { { root, inherited } };
    while (!stack.isEmpty()) {
        const auto [node, size] = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            visit(QString::fromUtf8(node->v.text.text), size);
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            if (isDropped(node) || isWordListIgnore(node))
                continue;
            const qreal own = fontSizeOf(node);
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(
                    { static_cast<const GumboNode *>(children.data[i - 1]), own > 0 ? own : size });
        }
    }
}

// The size most of the text is written in (0: mostly none given).
qreal bodyFontSize(const GumboNode *body)
{
    QHash<qreal, qsizetype> characters;
    forEachSizedText(body, 0,
        [&](const QString &text, qreal size) { characters[size] += text.simplified().size(); });
    qreal most = 0;
    qsizetype count = -1;
    for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
        if (it.value() > count) {
            most = it.key();
            count = it.value();
        }
    }
    return most;
}

// A paragraph written all in a heading's size (Google Docs' Title and Subtitle, or a heading
// made by hand with a larger font): the heading level it stands for, or 0. Larger than the
// body text by a quarter (Docs: 14 pt and more over 11 pt), or without a body size to
// compare with, 14 pt and more; and short, as headings are.
int sizedHeadingLevel(const GumboNode *paragraph, qreal bodySize)
{
    qreal smallest = 0;
    bool unsized = false;
    qsizetype length = 0;
    forEachSizedText(paragraph, 0, [&](const QString &text, qreal size) {
        const QString words = text.simplified();
        if (words.isEmpty())
            return;
        length += words.size();
        if (size <= 0)
            unsized = true;
        else
            smallest = smallest > 0 ? std::min(smallest, size) : size;
    });
    if (unsized || smallest <= 0 || length == 0 || length > 200)
        return 0;
    const qreal ratio = bodySize > 0 ? smallest / bodySize : smallest / 11.0;
    const qreal least = bodySize > 0 ? 1.25 : 14.0 / 11.0;
    if (ratio < least)
        return 0;
    return ratio >= 16.0 / 11.0 - 0.01 ? 2 : 3;
}

class Walker
{
public:
    Walker(const HtmlSanitizer::Options &options, HtmlSanitizer::Output &output)
        : m_options(options)
        , m_output(output)
    { }

    void blocks(const GumboNode *parent, const InlineFormat &format, int depth);
    // The size of most of the text (pt; 0: unknown), against which a paragraph in a larger
    // size is a heading.
    qreal bodySize = 0;
    void finish()
    {
        flushParagraph();
        flushWordList();
    }

private:
    void block(const GumboNode *node, const InlineFormat &format, int depth);
    void inlineNode(const GumboNode *node, InlineFormat format, InlineText &target,
        bool canSplitFigures, int depth);
    void inlineChildren(const GumboNode *node, const InlineFormat &format, InlineText &target,
        bool canSplitFigures, int depth);
    InlineFormat formatFor(const GumboNode *node, InlineFormat format) const;
    ListBlock list(const GumboNode *node, const InlineFormat &format, int depth);
    void table(const GumboNode *node, const InlineFormat &format, int depth);
    void quote(const GumboNode *node, const InlineFormat &format, int depth);
    void image(const GumboNode *node, const InlineFormat &format, const InlineText &caption);
    QString imageSource(const GumboNode *img, const QString &alt);
    void addBlock(Block block);
    void flushParagraph();
    void flushWordList();
    static void breakLine(InlineText &target, const InlineFormat &format);

    const HtmlSanitizer::Options &m_options;
    HtmlSanitizer::Output &m_output;
    InlineText m_paragraph;
    QList<FlatListItem> m_wordItems;
};

void Walker::breakLine(InlineText &target, const InlineFormat &format)
{
    if (!target.isEmpty() && !target.last().lineBreak)
        target.append(Run { {}, format, true });
}

void Walker::addBlock(Block block)
{
    flushParagraph();
    flushWordList();
    m_output.body.blocks.append(std::move(block));
}

void Walker::flushParagraph()
{
    BodyText::normalize(m_paragraph);
    if (m_paragraph.isEmpty())
        return;
    flushWordList();
    Block paragraph;
    paragraph.text = std::move(m_paragraph);
    m_output.body.blocks.append(std::move(paragraph));
    m_paragraph.clear();
}

void Walker::flushWordList()
{
    if (m_wordItems.isEmpty())
        return;
    for (ListBlock &list : BodyText::nestLists(m_wordItems)) {
        Block block;
        block.kind = Block::Kind::List;
        block.list = std::move(list);
        m_output.body.blocks.append(std::move(block));
    }
    m_wordItems.clear();
}

InlineFormat Walker::formatFor(const GumboNode *node, InlineFormat format) const
{
    const Tag tag = node->v.element.tag;
    const auto style = styleOf(node);
    const QString weight = style.value(QStringLiteral("font-weight"));
    const QString fontStyle = style.value(QStringLiteral("font-style"));
    const QString align = style.value(QStringLiteral("vertical-align"));

    if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG)
        format.strong = true;
    if (tag == GUMBO_TAG_I || tag == GUMBO_TAG_EM)
        format.em = true;
    if (tag == GUMBO_TAG_SUB)
        format.position = InlineFormat::Position::Sub;
    if (tag == GUMBO_TAG_SUP)
        format.position = InlineFormat::Position::Sup;

    // Styles override tags: Google Docs wraps everything in <b style="font-weight:normal">.
    if (weight == QLatin1String("bold") || weight == QLatin1String("bolder")
        || weight.toInt() >= 600)
        format.strong = true;
    else if (weight == QLatin1String("normal") || weight == QLatin1String("lighter")
        || (weight.toInt() > 0 && weight.toInt() < 600))
        format.strong = false;
    if (fontStyle == QLatin1String("italic") || fontStyle == QLatin1String("oblique"))
        format.em = true;
    else if (fontStyle == QLatin1String("normal"))
        format.em = false;
    if (align == QLatin1String("super"))
        format.position = InlineFormat::Position::Sup;
    else if (align == QLatin1String("sub"))
        format.position = InlineFormat::Position::Sub;

    const GumboAttribute *lang = gumbo_get_attribute(&node->v.element.attributes, "lang");
    if (lang) {
        const QString tagName = languageTag(QString::fromUtf8(lang->value));
        format.lang = tagName == m_options.documentLanguage ? QString() : tagName;
    }
    if (tag == GUMBO_TAG_A) {
        const QString href = LinkPolicy::cleanLink(attribute(node, "href"));
        if (!href.isEmpty()) {
            format.href = href;
            format.title = attribute(node, "title").simplified();
        }
    }
    return format;
}

void Walker::inlineChildren(const GumboNode *node, const InlineFormat &format, InlineText &target,
    bool canSplitFigures, int depth)
{
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        inlineNode(static_cast<const GumboNode *>(children.data[i]), format, target,
            canSplitFigures, depth + 1);
}

void Walker::inlineNode(
    const GumboNode *node, InlineFormat format, InlineText &target, bool canSplitFigures, int depth)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        target.append(Run { QString::fromUtf8(node->v.text.text), format, false });
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    default:
        return; // comments, Word's conditional comments
    }
    if (isDropped(node) || isWordListIgnore(node))
        return;
    if (depth > HtmlSanitizer::MaxDepth) {
        target.append(Run { textOf(node), format, false });
        return;
    }
    const Tag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        target.append(Run { {}, format, true });
        return;
    }
    if (tag == GUMBO_TAG_IMG) {
        const QString alt = attribute(node, "alt").simplified();
        if (canSplitFigures) {
            image(node, format, {});
        } else if (!alt.isEmpty()) {
            target.append(Run { alt, format, false });
        }
        return;
    }
    format = formatFor(node, format);
    const bool boundary = isBlockContainer(tag) || headingLevel(tag) || tag == GUMBO_TAG_TR
        || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_TABLE
        || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION;
    if (boundary)
        breakLine(target, format);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
        target.append(Run { QStringLiteral(" "), format, false });
    inlineChildren(node, format, target, canSplitFigures && !boundary, depth);
    if (boundary)
        breakLine(target, format);
}

void Walker::blocks(const GumboNode *parent, const InlineFormat &format, int depth)
{
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        block(static_cast<const GumboNode *>(children.data[i]), format, depth + 1);
}

void Walker::block(const GumboNode *node, const InlineFormat &parentFormat, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
        inlineNode(node, parentFormat, m_paragraph, true, depth);
        return;
    }
    if (isDropped(node))
        return;
    if (depth > HtmlSanitizer::MaxDepth) {
        m_paragraph.append(Run { textOf(node), parentFormat, false });
        return;
    }
    const Tag tag = node->v.element.tag;
    const InlineFormat format = formatFor(node, parentFormat);

    if (tag == GUMBO_TAG_P) {
        if (const auto mark = wordListMark(node)) {
            flushParagraph();
            FlatListItem item;
            item.list = mark->list;
            item.level = mark->level;
            if (const GumboNode *bullet = findWordBullet(node))
                item.ordered = bulletIsOrdered(textOf(bullet));
            inlineChildren(node, format, item.text, false, depth);
            BodyText::normalize(item.text);
            m_wordItems.append(std::move(item));
            return;
        }
    }
    int level = headingLevel(tag);
    if (!level && tag == GUMBO_TAG_P) {
        level = sizedHeadingLevel(node, bodySize);
        if (!level && attribute(node, "class") == QLatin1String("MsoTitle"))
            level = 2; // Word's Title style, sized by its style sheet
    }
    if (level) {
        flushParagraph();
        Block heading;
        heading.kind = Block::Kind::Heading;
        heading.level = level;
        inlineChildren(node, format, heading.text, false, depth);
        BodyText::normalize(heading.text);
        // A heading made bold all through is bold by being a heading.
        if (std::all_of(heading.text.cbegin(), heading.text.cend(),
                [](const Run &run) { return run.format.strong || run.lineBreak; })) {
            for (Run &run : heading.text)
                run.format.strong = false;
            BodyText::normalize(heading.text);
        }
        if (tag == GUMBO_TAG_H1 && m_options.takeTitle && m_output.title.isEmpty()) {
            m_output.title = BodyText::plainText(heading.text).simplified();
            return;
        }
        addBlock(std::move(heading));
        return;
    }
    switch (tag) {
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: {
        flushParagraph();
        Block block;
        block.kind = Block::Kind::List;
        block.list = list(node, format, depth);
        addBlock(std::move(block));
        return;
    }
    case GUMBO_TAG_TABLE:
        table(node, format, depth);
        return;
    case GUMBO_TAG_BLOCKQUOTE:
        quote(node, format, depth);
        return;
    case GUMBO_TAG_FIGURE: {
        flushParagraph();
        const GumboNode *img = nullptr;
        InlineText caption;
        QList<const GumboNode *> stack { node };
        while (!stack.isEmpty() && !img) { // the first image, at any depth
            const GumboNode *n = stack.takeFirst();
            if (n->type != GUMBO_NODE_ELEMENT)
                continue;
            if (n->v.element.tag == GUMBO_TAG_IMG)
                img = n;
            for (unsigned i = 0; i < n->v.element.children.length; ++i)
                stack.append(static_cast<const GumboNode *>(n->v.element.children.data[i]));
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_FIGCAPTION)
                inlineChildren(child, format, caption, false, depth);
        }
        BodyText::normalize(caption);
        if (img) {
            image(img, format, caption);
        } else {
            m_paragraph = caption;
            flushParagraph();
        }
        return;
    }
    case GUMBO_TAG_IMG:
        image(node, format, {});
        return;
    default:
        break;
    }
    if (isBlockContainer(tag)) {
        flushParagraph();
        if (tag == GUMBO_TAG_PRE) {
            // Line breaks in preformatted text are the author's; keep them.
            InlineText text;
            inlineChildren(node, format, text, false, depth);
            for (Run &run : text) {
                const QStringList lines = run.text.split(u'\n');
                if (lines.size() < 2 || run.lineBreak) {
                    m_paragraph.append(run);
                    continue;
                }
                for (qsizetype l = 0; l < lines.size(); ++l) {
                    if (l > 0)
                        m_paragraph.append(Run { {}, run.format, true });
                    m_paragraph.append(Run { lines[l], run.format, false });
                }
            }
        } else {
            blocks(node, format, depth);
        }
        flushParagraph();
        return;
    }
    // Inline elements and unknown ones (<o:p>, <font>, <math>, …): their content stays. One
    // that wraps blocks (Google Docs' <b> around the whole clipboard) passes its format on
    // and is walked as a container, so its paragraphs and lists stay what they are.
    if (containsBlocks(node)) {
        flushParagraph();
        blocks(node, format, depth);
        flushParagraph();
        return;
    }
    inlineNode(node, parentFormat, m_paragraph, true, depth);
}

ListBlock Walker::list(const GumboNode *node, const InlineFormat &format, int depth)
{
    ListBlock list;
    list.ordered = node->v.element.tag == GUMBO_TAG_OL;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        const bool element = child->type == GUMBO_NODE_ELEMENT;
        const Tag tag = element ? child->v.element.tag : GUMBO_TAG_UNKNOWN;
        if (element && (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL)
            && depth < HtmlSanitizer::MaxDepth) {
            // <ul><ul>…</ul></ul>: a sublist of the item before it.
            if (list.items.isEmpty())
                list.items.append(ListItem {});
            list.items.last().sublists.append(this->list(child, format, depth + 1));
            continue;
        }
        if (element && isDropped(child))
            continue;
        ListItem item;
        if (element && tag == GUMBO_TAG_LI) {
            const InlineFormat itemFormat = formatFor(child, format);
            const GumboVector &parts = child->v.element.children;
            for (unsigned p = 0; p < parts.length; ++p) {
                const auto *part = static_cast<const GumboNode *>(parts.data[p]);
                if (part->type == GUMBO_NODE_ELEMENT
                    && (part->v.element.tag == GUMBO_TAG_UL || part->v.element.tag == GUMBO_TAG_OL)
                    && depth < HtmlSanitizer::MaxDepth)
                    item.sublists.append(this->list(part, itemFormat, depth + 2));
                else
                    inlineNode(part, itemFormat, item.text, false, depth + 2);
            }
        } else {
            inlineNode(child, format, item.text, false, depth + 1);
        }
        BodyText::normalize(item.text);
        if (item.text.isEmpty() && item.sublists.isEmpty())
            continue;
        list.items.append(std::move(item));
    }
    return list;
}

void Walker::table(const GumboNode *node, const InlineFormat &format, int depth)
{
    flushParagraph();
    Table table;
    bool inHead = false;
    bool headerDone = false;
    InlineText caption;
    const std::function<void(const GumboNode *, int)> rows = [&](const GumboNode *parent, int d) {
        const GumboVector &children = parent->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT || isDropped(child))
                continue;
            const Tag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_CAPTION) {
                inlineChildren(child, format, caption, false, d);
            } else if (tag == GUMBO_TAG_THEAD) {
                inHead = true;
                rows(child, d + 1);
                inHead = false;
            } else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
                rows(child, d + 1);
            } else if (tag == GUMBO_TAG_TR) {
                QList<InlineText> row;
                bool allHeaders = true;
                const GumboVector &cells = child->v.element.children;
                for (unsigned c = 0; c < cells.length; ++c) {
                    const auto *cell = static_cast<const GumboNode *>(cells.data[c]);
                    if (cell->type != GUMBO_NODE_ELEMENT
                        || (cell->v.element.tag != GUMBO_TAG_TD
                            && cell->v.element.tag != GUMBO_TAG_TH))
                        continue;
                    allHeaders = allHeaders && cell->v.element.tag == GUMBO_TAG_TH;
                    InlineText text;
                    inlineChildren(cell, formatFor(cell, format), text, false, d + 1);
                    BodyText::normalize(text);
                    row.append(std::move(text));
                }
                if (row.isEmpty())
                    continue;
                // Header rows: those in <thead>, or leading rows of <th> only.
                if (!headerDone && (inHead || allHeaders) && table.headerRows == table.rows.size())
                    ++table.headerRows;
                else
                    headerDone = true;
                table.rows.append(std::move(row));
            }
        }
    };
    rows(node, depth);
    BodyText::normalize(caption);
    if (!caption.isEmpty()) {
        m_paragraph = caption;
        flushParagraph();
    }
    if (table.rows.isEmpty())
        return;
    if (table.headerRows == table.rows.size())
        table.headerRows = std::min<int>(table.headerRows, 1); // all <th>: the first is the head
    qsizetype columns = 0;
    for (const auto &row : std::as_const(table.rows))
        columns = std::max(columns, row.size());
    for (auto &row : table.rows)
        row.resize(columns);
    Block block;
    block.kind = Block::Kind::Table;
    block.table = std::move(table);
    addBlock(std::move(block));
}

void Walker::quote(const GumboNode *node, const InlineFormat &format, int depth)
{
    flushParagraph();
    HtmlSanitizer::Output inner;
    Walker walker(m_options, inner);
    walker.bodySize = bodySize;
    walker.blocks(node, format, depth);
    walker.finish();
    // A quote holds paragraphs; whatever else was quoted follows it unquoted.
    Block quote;
    quote.kind = Block::Kind::Quote;
    QList<Block> after;
    for (Block &block : inner.body.blocks) {
        if ((block.kind == Block::Kind::Paragraph || block.kind == Block::Kind::Heading)
            && after.isEmpty()) {
            quote.quote.append(block.text);
        } else if (block.kind == Block::Kind::Quote && after.isEmpty()) {
            quote.quote.append(block.quote);
        } else {
            after.append(std::move(block));
        }
    }
    if (!quote.quote.isEmpty())
        addBlock(std::move(quote));
    for (Block &block : after)
        addBlock(std::move(block));
}

QString Walker::imageSource(const GumboNode *img, const QString &alt)
{
    const QString src = attribute(img, "src").trimmed();
    if (LinkPolicy::isMediaSource(src))
        return src;
    if (!m_options.importImage)
        return {};
    HtmlSanitizer::Image image;
    image.alt = alt;
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        static const QRegularExpression dataUrl(
            QStringLiteral(R"(^data:(image/(?:png|jpeg|gif|webp));base64,(.*)$)"),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::DotMatchesEverythingOption);
        const auto match = dataUrl.match(src);
        if (!match.hasMatch())
            return {};
        image.mimeType = match.captured(1).toLower();
        image.bytes = QByteArray::fromBase64(
            match.captured(2).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1());
        image.fileName = QStringLiteral("pasted.") + image.mimeType.section(u'/', 1);
    } else {
        QString path;
        const QUrl url(src);
        if (url.isLocalFile())
            path = url.toLocalFile();
        else if (QDir::isAbsolutePath(src))
            path = src;
        else if (!m_options.baseFolder.isEmpty() && url.isRelative() && !src.startsWith(u'/'))
            path = QDir(m_options.baseFolder).filePath(QUrl::fromPercentEncoding(src.toUtf8()));
        if (path.isEmpty())
            return {};
        QFile file(path);
        if (!QFileInfo(path).isFile() || file.size() > HtmlSanitizer::MaxInputBytes
            || !file.open(QIODevice::ReadOnly))
            return {};
        image.bytes = file.readAll();
        image.fileName = QFileInfo(path).fileName();
        image.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, image.bytes).name();
        if (!image.mimeType.startsWith(QLatin1String("image/")))
            return {};
    }
    if (image.bytes.isEmpty())
        return {};
    const QString media = m_options.importImage(image);
    return LinkPolicy::isMediaSource(media) ? media : QString();
}

void Walker::image(const GumboNode *node, const InlineFormat &format, const InlineText &caption)
{
    const QString alt = attribute(node, "alt").simplified();
    const QString src = attribute(node, "src");
    const QString media = imageSource(node, alt);
    if (!media.isEmpty()) {
        Block figure;
        figure.kind = Block::Kind::Figure;
        figure.figure.src = media;
        figure.figure.alt = alt;
        figure.figure.caption = caption;
        addBlock(std::move(figure));
        return;
    }
    // Not ours to store: a remote image stays a link (never fetched), anything else keeps its
    // words only.
    flushParagraph();
    InlineFormat link = format;
    const QString href = LinkPolicy::isRemote(src) ? LinkPolicy::cleanLink(src) : QString();
    if (!href.isEmpty()) {
        link.href = href;
        link.title.clear();
        const QString name = QUrl(href).fileName();
        m_paragraph.append(
            Run { alt.isEmpty() ? (name.isEmpty() ? href : name) : alt, link, false });
    } else if (!alt.isEmpty()) {
        m_paragraph.append(Run { alt, format, false });
    }
    if (!caption.isEmpty()) {
        m_paragraph.append(Run { {}, format, true });
        m_paragraph.append(caption);
    }
    flushParagraph();
}

const GumboNode *child(const GumboNode *parent, Tag tag)
{
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
            return node;
    }
    return nullptr;
}

} // namespace

Result<HtmlSanitizer::Output> HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > MaxInputBytes)
        return failure(tr("the HTML is too large (%1 MB; at most %2 MB)")
                           .arg(utf8.size() / (1024 * 1024))
                           .arg(MaxInputBytes / (1024 * 1024)));
    GumboOutput *parsed
        = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    Output output;
    if (const GumboNode *head = child(parsed->root, GUMBO_TAG_HEAD)) {
        if (const GumboNode *title = child(head, GUMBO_TAG_TITLE))
            output.documentTitle = textOf(title).simplified();
    }
    if (const GumboNode *body = child(parsed->root, GUMBO_TAG_BODY)) {
        Walker walker(options, output);
        walker.bodySize = bodyFontSize(body);
        walker.blocks(body, InlineFormat {}, 0);
        walker.finish();
    }
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    BodyText::normalize(output.body);
    return output;
}

Result<HtmlSanitizer::Output> HtmlSanitizer::sanitize(const QString &html)
{
    return sanitize(html, Options {});
}
