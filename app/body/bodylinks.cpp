#include "bodylinks.h"

#include <QRegularExpression>

namespace BodyLinks {

namespace {

using LinkMap = std::function<QString(const QString &)>;

void rewriteText(InlineText &text, const LinkMap &link)
{
    for (Run &run : text) {
        if (run.format.href.isEmpty())
            continue;
        run.format.href = link(run.format.href);
        if (run.format.href.isEmpty())
            run.format.title.clear();
    }
    BodyText::normalize(text); // runs that lost their link may merge
}

void rewriteList(ListBlock &list, const LinkMap &link)
{
    for (ListItem &item : list.items) {
        rewriteText(item.text, link);
        for (ListBlock &sublist : item.sublists)
            rewriteList(sublist, link);
    }
}

} // namespace

std::optional<PageLink> pageLink(const QString &href)
{
    static const QRegularExpression page(QStringLiteral("^page:([0-9]+)(#.*)?$"));
    const auto match = page.match(href);
    if (!match.hasMatch())
        return std::nullopt;
    return PageLink { match.captured(1).toLongLong(), match.captured(2) };
}

qint64 mediaId(const QString &src)
{
    static const QRegularExpression media(QStringLiteral("^media:([0-9]+)$"));
    const auto match = media.match(src);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void rewrite(Body &body, const std::function<QString(const QString &href)> &link,
    const std::function<void(Figure &figure)> &figure)
{
    for (Block &block : body.blocks) {
        rewriteText(block.text, link);
        rewriteList(block.list, link);
        for (InlineText &paragraph : block.quote)
            rewriteText(paragraph, link);
        rewriteText(block.figure.caption, link);
        if (block.kind == Block::Kind::Figure && figure)
            figure(block.figure);
        for (auto &row : block.table.rows) {
            for (InlineText &cell : row)
                rewriteText(cell, link);
        }
    }
}

} // namespace BodyLinks
