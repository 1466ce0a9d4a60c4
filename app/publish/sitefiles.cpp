#include "sitefiles.h"

#include "content/languages.h"
#include "feeds.h"

#include <QUuid>

namespace SiteFiles {

namespace {

using Data = Theme::Data;
constexpr int FeedEntries = 20;

std::string s(const QString &text)
{
    return text.toStdString();
}

// The root: a language chooser that sends to the source language.
QByteArray root(const ExportPlan &exportPlan)
{
    const PublishPlan &plan = exportPlan.plan();
    const QString first
        = plan.languages().contains(plan.source()) ? plan.source() : plan.languages().first();
    Data data;
    data.set("lang", s(first));
    data.set("siteTitle", s(plan.settings().siteTitles.value(first)));
    data.set("defaultHref", s(plan.file(first, 0)));
    Data chooser { Data::type::list };
    for (const QString &language : plan.languages()) {
        Data item;
        item.set("lang", s(language));
        item.set("name", s(Languages::ownName(language)));
        item.set("href", s(plan.file(language, 0)));
        chooser.push_back(item);
    }
    data.set("languages", chooser);
    data["alternates"] = std::move(chooser);
    return Theme::Renderer(exportPlan.theme()).render(QStringLiteral("index"), data);
}

// The Atom feed of a language's newest news.
QByteArray feed(const ExportPlan &exportPlan, const QString &language, const QList<qint64> &news)
{
    const PublishPlan &plan = exportPlan.plan();
    const QString &baseUrl = exportPlan.baseUrl();
    const QString feedFile = language + QStringLiteral("/feed.xml");
    // Relative links resolve against the feed's own address (RFC 4287 § 4.2.7).
    const auto link = [&](const QString &file) {
        return baseUrl.isEmpty() ? file.mid(language.size() + 1) : exportPlan.absolute(file);
    };
    const auto id = [&](const QString &file) {
        return baseUrl.isEmpty()
            ? QUuid::createUuidV5(QUuid(QStringLiteral("{0a5f9f3e-3c55-4a4e-9a5c-"
                                                       "4e6577736465}")),
                plan.settings().siteTitles.value(plan.source()) + u'/' + file)
                  .toString(QUuid::WithoutBraces)
                  .prepend(QStringLiteral("urn:uuid:"))
            : exportPlan.absolute(file);
    };
    Feeds::AtomFeed feed;
    feed.language = language;
    const QString siteTitle = exportPlan.siteTitle(language);
    feed.title = siteTitle + QStringLiteral(" – ")
        + exportPlan.theme().label(language, QStringLiteral("news"));
    feed.author = siteTitle;
    feed.id = id(feedFile);
    feed.selfHref = baseUrl.isEmpty() ? QStringLiteral("feed.xml") : baseUrl + feedFile;
    feed.alternateHref = link(plan.file(language, 0));
    for (qint64 page : news) {
        const Translation *text = plan.text(language, page);
        Feeds::AtomEntry entry;
        entry.id = id(plan.file(language, page));
        entry.title = text->title;
        entry.summary = text->summary;
        entry.href = link(plan.file(language, page));
        entry.published = plan.newsDate(page);
        entry.updated = qMax(entry.published, text->updatedAt);
        feed.entries.append(entry);
    }
    return Feeds::atom(feed);
}

// Every page of every language that has its own text, with its alternates.
QList<Feeds::SitemapUrl> sitemapUrls(const ExportPlan &exportPlan)
{
    const PublishPlan &plan = exportPlan.plan();
    const QString &source = plan.source();
    QList<Feeds::SitemapUrl> urls;
    for (const QString &language : plan.languages()) {
        QList<qint64> ids = plan.pages(language);
        ids.prepend(0);
        for (qint64 id : std::as_const(ids)) {
            if (id != 0 && !plan.hasOwnText(language, id))
                continue; // a fallback copy is not a page of its own
            Feeds::SitemapUrl url;
            url.loc = exportPlan.absolute(plan.file(language, id));
            if (id != 0)
                url.lastModified = plan.text(language, id)->updatedAt.date();
            for (const QString &other : plan.languages()) {
                if (id == 0 || plan.hasOwnText(other, id))
                    url.alternates.append({ other, exportPlan.absolute(plan.file(other, id)) });
            }
            if (plan.languages().contains(source) && (id == 0 || plan.hasOwnText(source, id)))
                url.alternates.append(
                    { QStringLiteral("x-default"), exportPlan.absolute(plan.file(source, id)) });
            urls.append(url);
        }
    }
    return urls;
}

} // namespace

QMap<QString, QByteArray> make(const ExportPlan &exportPlan)
{
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("index.html"), root(exportPlan));

    const QString &baseUrl = exportPlan.baseUrl();
    QByteArray robots = QByteArrayLiteral("User-agent: *\nAllow: /\n");
    if (!baseUrl.isEmpty())
        robots += "Sitemap: " + baseUrl.toUtf8() + "sitemap.xml\n";
    files.insert(QStringLiteral("robots.txt"), robots);

    const QMap<QString, QByteArray> &assets = exportPlan.theme().assets();
    for (auto it = assets.cbegin(); it != assets.cend(); ++it)
        files.insert(it.key(), it.value());

    for (const QString &language : exportPlan.plan().languages()) {
        const QList<qint64> news = exportPlan.news(language).mid(0, FeedEntries);
        if (!news.isEmpty())
            files.insert(language + QStringLiteral("/feed.xml"), feed(exportPlan, language, news));
    }

    if (baseUrl.isEmpty())
        return files;
    const QList<Feeds::SitemapUrl> urls = sitemapUrls(exportPlan);
    if (urls.size() <= Feeds::MaxSitemapUrls) {
        files.insert(QStringLiteral("sitemap.xml"), Feeds::sitemap(urls));
        return files;
    }
    QStringList parts;
    for (qsizetype at = 0; at < urls.size(); at += Feeds::MaxSitemapUrls) {
        const QString name = QStringLiteral("sitemap-%1.xml").arg(at / Feeds::MaxSitemapUrls + 1);
        files.insert(name, Feeds::sitemap(urls.mid(at, Feeds::MaxSitemapUrls)));
        parts.append(baseUrl + name);
    }
    files.insert(QStringLiteral("sitemap.xml"), Feeds::sitemapIndex(parts));
    return files;
}

} // namespace SiteFiles
