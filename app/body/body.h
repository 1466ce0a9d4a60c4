#pragma once

// The article body: the one clean model that every way in (paste, import, the editor) is
// turned into, and every way out (storage, preview, export, translation) is written from.
//
// Its canonical HTML, written by BodyHtmlWriter, is this subset of HTML5, one block per line:
//   blocks   p, h2, h3, h4, ul/ol > li (nested lists inside li), blockquote > p,
//            figure > img[src="media:ID", alt] + figcaption,
//            table > thead? > tr > th, tbody > tr > td
//   inline   strong, em, a[href, title], br, sub, sup, span[lang]; nested in this fixed order:
//            a > span > strong > em > sub|sup
//   links    http:, https:, mailto:, tel:, page:ID (a page of this site), relative URLs and
//            #fragments; nothing else
//   text     &amp; &lt; &gt; escaped, U+00A0 written as &nbsp;, other characters as UTF-8;
//            whitespace collapsed as HTML does
// No attributes but those named, no classes, ids, styles, scripts or event handlers.

#include <QList>
#include <QString>

struct InlineFormat
{
    enum class Position
    {
        Normal,
        Sub,
        Sup
    };

    bool strong = false;
    bool em = false;
    Position position = Position::Normal;
    QString href; // empty: not a link
    QString title; // link title
    QString lang; // empty: the document's language

    bool operator==(const InlineFormat &) const = default;
};

// A piece of text with one format, or a line break (<br>).
struct Run
{
    QString text;
    InlineFormat format;
    bool lineBreak = false;

    bool operator==(const Run &) const = default;
};

using InlineText = QList<Run>;

struct ListBlock;

struct ListItem
{
    InlineText text;
    QList<ListBlock> sublists;
    bool operator==(const ListItem &) const;
};

struct ListBlock
{
    bool ordered = false;
    QList<ListItem> items;
    bool operator==(const ListBlock &) const = default;
};

struct Figure
{
    QString src; // "media:ID"
    QString alt;
    InlineText caption;
    // Only set by writers that know the image (the export); never part of a stored body.
    int width = 0;
    int height = 0;
    QString srcset; // the copies of the image at other widths ("… 480w, … 960w")
    QString webpSrcset; // the same as WebP, offered first
    QString sizes; // how wide the image shows, for the browser to choose a copy
    bool lazy = false; // loaded when it comes near the screen (all but a page's first)
    bool operator==(const Figure &) const = default;
};

struct Table
{
    int headerRows = 0;
    QList<QList<InlineText>> rows; // every row has the same number of cells
    bool operator==(const Table &) const = default;
};

struct Block
{
    enum class Kind
    {
        Paragraph,
        Heading,
        List,
        Quote,
        Figure,
        Table
    };

    Kind kind = Kind::Paragraph;
    int level = 0; // headings: 2, 3 or 4
    InlineText text; // paragraphs and headings
    ListBlock list;
    QList<InlineText> quote; // the paragraphs of a block quote
    Figure figure;
    Table table;
    bool operator==(const Block &) const = default;
};

struct Body
{
    QList<Block> blocks;
    bool operator==(const Body &) const = default;
};

// A list item as flat sources give it (Word paragraphs, QTextDocument blocks): its list, its
// nesting level (1 = outermost) and its text.
struct FlatListItem
{
    QString list; // items of one list share this
    int level = 1;
    bool ordered = false;
    InlineText text;
};

namespace BodyText {

// Collapses white space (runs of spaces, tabs and newlines become one space; U+00A0 stays),
// trims the ends and around line breaks, merges neighbours of equal format and drops empty
// runs: the one normal form of inline text.
void normalize(InlineText &text);
// Normalizes every inline text and drops empty paragraphs, headings, lists and quotes.
void normalize(Body &body);
// Consecutive flat items → nested lists (a deeper item goes under the item before it; a new
// list id at the outermost level starts a new list).
QList<ListBlock> nestLists(const QList<FlatListItem> &items);
QString plainText(const InlineText &text);
// All the text a reader sees, one block per line (for word counts and search).
QString plainText(const Body &body);

} // namespace BodyText
