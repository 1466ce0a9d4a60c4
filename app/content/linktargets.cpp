#include "linktargets.h"

#include <QRegularExpression>

QString LinkTarget::link() const
{
    return QStringLiteral("page:%1").arg(pageId);
}

namespace LinkTargets {

QList<LinkTarget> of(const PageTree &tree, const QStringList &languages)
{
    QList<LinkTarget> targets;
    const QList<qint64> ids = tree.depthFirst();
    targets.reserve(ids.size());
    for (qint64 id : ids) {
        const PageListing *listing = tree.find(id);
        if (!listing)
            continue;
        LinkTarget target { id, tree.path(id), {} };
        for (const QString &language : languages) {
            const QString title = listing->titles.value(language).simplified();
            if (!title.isEmpty() && !target.titles.contains(title))
                target.titles.append(title);
        }
        targets.append(target);
    }
    return targets;
}

bool matches(const LinkTarget &target, const QString &query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = query.toCaseFolded().split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString haystack
        = QString(target.titles.join(u'\n') + u'\n' + u'/' + target.path).toCaseFolded();
    return std::all_of(
        words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word); });
}

bool looksLikeAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral("^\\s*(?:[a-z][a-z0-9+.-]*://|mailto:|tel:|page:|www\\.|#)"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(text).hasMatch();
}

} // namespace LinkTargets
