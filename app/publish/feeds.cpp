#include "feeds.h"

#include <QXmlStreamWriter>

namespace Feeds {

namespace {

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

QByteArray atom(const AtomFeed &feed)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), feed.language);
    xml.writeTextElement(QStringLiteral("id"), feed.id);
    xml.writeTextElement(QStringLiteral("title"), feed.title);
    QDateTime updated;
    for (const AtomEntry &entry : feed.entries)
        updated = qMax(updated, entry.updated);
    xml.writeTextElement(QStringLiteral("updated"),
        rfc3339(updated.isValid() ? updated : QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), feed.author);
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("application/atom+xml"));
    xml.writeAttribute(QStringLiteral("href"), feed.selfHref);
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    xml.writeAttribute(QStringLiteral("href"), feed.alternateHref);
    xml.writeTextElement(QStringLiteral("generator"), QStringLiteral("Newsdesk"));
    for (const AtomEntry &entry : feed.entries) {
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), entry.id);
        xml.writeTextElement(QStringLiteral("title"), entry.title);
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        xml.writeAttribute(QStringLiteral("href"), entry.href);
        xml.writeTextElement(QStringLiteral("published"), rfc3339(entry.published));
        xml.writeTextElement(QStringLiteral("updated"), rfc3339(entry.updated));
        if (!entry.summary.isEmpty())
            xml.writeTextElement(QStringLiteral("summary"), entry.summary);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray sitemap(const QList<SitemapUrl> &urls)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString xhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
    xml.writeNamespace(xhtml, QStringLiteral("xhtml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    xml.writeStartElement(QStringLiteral("urlset"));
    for (const SitemapUrl &url : urls) {
        xml.writeStartElement(QStringLiteral("url"));
        xml.writeTextElement(QStringLiteral("loc"), url.loc);
        if (url.lastModified.isValid())
            xml.writeTextElement(QStringLiteral("lastmod"), url.lastModified.toString(Qt::ISODate));
        for (const auto &[language, href] : url.alternates) {
            xml.writeEmptyElement(xhtml, QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
            xml.writeAttribute(QStringLiteral("hreflang"), language);
            xml.writeAttribute(QStringLiteral("href"), href);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray sitemapIndex(const QStringList &sitemaps)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    xml.writeStartElement(QStringLiteral("sitemapindex"));
    for (const QString &loc : sitemaps) {
        xml.writeStartElement(QStringLiteral("sitemap"));
        xml.writeTextElement(QStringLiteral("loc"), loc);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Feeds
