#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// The machine-readable files of a bundle: an Atom feed (RFC 4287) per language and the
// sitemap (sitemaps.org 0.9 with xhtml:link alternates). Pure writers of what they are given.
namespace Feeds {

struct AtomEntry
{
    QString id; // an IRI: the absolute URL, else a urn:uuid
    QString title;
    QString summary;
    QString href;
    QDateTime published;
    QDateTime updated;
};

struct AtomFeed
{
    QString language;
    QString id;
    QString title;
    QString author;
    QString selfHref;
    QString alternateHref;
    QList<AtomEntry> entries; // newest first
};

QByteArray atom(const AtomFeed &feed);

struct SitemapUrl
{
    QString loc; // absolute
    QDate lastModified;
    QList<QPair<QString, QString>> alternates; // hreflang → absolute URL
};

constexpr int MaxSitemapUrls = 50000; // the protocol's limit per file

QByteArray sitemap(const QList<SitemapUrl> &urls);
QByteArray sitemapIndex(const QStringList &sitemaps); // absolute URLs of the parts

} // namespace Feeds
