#include "linkpolicy.h"

#include <QRegularExpression>

namespace LinkPolicy {

namespace {

QString stripped(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            continue; // tabs, newlines and other controls are ignored by URL parsers
        out += c;
    }
    return out.trimmed();
}

} // namespace

QString cleanLink(const QString &url)
{
    const QString clean = stripped(url);
    if (clean.isEmpty())
        return {};
    // Whatever comes before the first ':' that precedes any '/', '?' or '#' is a scheme.
    const qsizetype colon = clean.indexOf(u':');
    qsizetype firstDelimiter = clean.size();
    for (QChar d : { u'/', u'?', u'#' }) {
        const qsizetype at = clean.indexOf(d);
        if (at >= 0)
            firstDelimiter = std::min(firstDelimiter, at);
    }
    if (colon < 0 || colon > firstDelimiter)
        return clean; // relative, fragment or protocol-relative
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*$"));
    const QString name = clean.left(colon);
    if (!scheme.match(name).hasMatch())
        return {};
    const QString lower = name.toLower();
    const QString rest = clean.mid(colon + 1);
    if (lower == QLatin1String("http") || lower == QLatin1String("https")
        || lower == QLatin1String("mailto") || lower == QLatin1String("tel"))
        return lower + u':' + rest;
    static const QRegularExpression pageId(QStringLiteral("^[0-9]+(#[A-Za-z0-9_-]*)?$"));
    if (lower == QLatin1String("page") && pageId.match(rest).hasMatch())
        return QStringLiteral("page:") + rest;
    return {};
}

bool isMediaSource(const QString &src)
{
    static const QRegularExpression media(QStringLiteral("^media:[0-9]+$"));
    return media.match(src).hasMatch();
}

bool isRemote(const QString &url)
{
    const QString clean = stripped(url).toLower();
    return clean.startsWith(QLatin1String("http://")) || clean.startsWith(QLatin1String("https://"))
        || clean.startsWith(QLatin1String("//"));
}

} // namespace LinkPolicy
