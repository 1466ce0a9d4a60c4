#pragma once

#include "body.h"

#include <functional>

// Writes a Body as canonical HTML (the subset described in body.h): the same body always
// gives the same bytes, one block per line, inline elements nested a > span > strong > em >
// sub|sup and opened and closed only where the format changes.
// One inline element of a formatted text, in the fixed nesting order a > span > strong > em >
// sub|sup: what HTML writes as a tag and XLIFF as an inline code.
struct InlineElement
{
    enum class Tag
    {
        A,
        Span,
        Strong,
        Em,
        Sub,
        Sup
    } tag;
    QString first; // href, lang
    QString second; // title

    bool operator==(const InlineElement &) const = default;
    QString open() const; // "<a href=\"…\">"
    QString close() const; // "</a>"
    void applyTo(InlineFormat &format) const;
    static QList<InlineElement> of(const InlineFormat &format); // outermost first
};

struct InlineVisitor
{
    std::function<void(const InlineElement &)> open;
    std::function<void(const InlineElement &)> close;
    std::function<void(const QString &)> text;
    std::function<void()> lineBreak;
};

namespace BodyHtmlWriter {

// Walks a text as properly nested elements, opened and closed only where the format changes
// (what writeInline writes; XLIFF writes the same walk as inline codes).
void walkInline(const InlineText &text, const InlineVisitor &visit);

QString write(const Body &body);
QString writeInline(const InlineText &text);
QString escapeText(const QString &text);
QString escapeAttribute(const QString &text);

} // namespace BodyHtmlWriter
