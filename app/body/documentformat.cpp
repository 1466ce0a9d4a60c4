#include "documentformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace DocumentFormat {

QTextCharFormat charFormat(const InlineFormat &format)
{
    QTextCharFormat out;
    if (format.strong) {
        out.setProperty(Strong, true);
        out.setFontWeight(QFont::Bold);
    }
    if (format.em)
        out.setFontItalic(true);
    if (format.position == InlineFormat::Position::Sub)
        out.setVerticalAlignment(QTextCharFormat::AlignSubScript);
    else if (format.position == InlineFormat::Position::Sup)
        out.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    if (!format.href.isEmpty()) {
        out.setAnchor(true);
        out.setAnchorHref(format.href);
        out.setFontUnderline(true);
        out.setForeground(QColor(0x1a, 0x5f, 0xb4));
        if (!format.title.isEmpty())
            out.setProperty(LinkTitle, format.title);
    }
    if (!format.lang.isEmpty())
        out.setProperty(Lang, format.lang);
    return out;
}

InlineFormat inlineFormat(const QTextCharFormat &format)
{
    InlineFormat out;
    out.strong = format.boolProperty(Strong);
    out.em = format.fontItalic();
    if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
        out.position = InlineFormat::Position::Sub;
    else if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        out.position = InlineFormat::Position::Sup;
    if (format.isAnchor() && !format.anchorHref().isEmpty()) {
        out.href = format.anchorHref();
        out.title = format.stringProperty(LinkTitle);
    }
    out.lang = format.stringProperty(Lang);
    return out;
}

void applyHeadingDisplay(QTextCharFormat &format, int level)
{
    format.setProperty(QTextFormat::FontSizeAdjustment, 5 - std::clamp(level, 2, 4)); // 3, 2, 1
    format.setFontWeight(QFont::Bold);
}

} // namespace DocumentFormat
