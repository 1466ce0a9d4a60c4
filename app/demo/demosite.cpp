#include "demosite.h"

#include "core/timestamps.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The demo's photos by name ("media:@dune" in a body), as the site stores them.
using MediaNames = QHash<QString, qint64>;

Translation readText(
    qint64 pageId, const QString &language, const QJsonObject &text, const MediaNames &media)
{
    Translation translation;
    translation.pageId = pageId;
    translation.language = language;
    translation.title = text.value(QLatin1String("title")).toString();
    translation.summary = text.value(QLatin1String("summary")).toString();
    translation.bodyHtml = text.value(QLatin1String("body")).toString();
    for (auto it = media.cbegin(); it != media.cend(); ++it)
        translation.bodyHtml.replace(
            u"\"media:@" + it.key() + u'"', QStringLiteral("\"media:%1\"").arg(it.value()));
    return translation;
}

// The photos listed under "media": each file (beside the demo file) with its alt text and
// credit per language and its focal point.
Result<MediaNames> addMedia(SiteDatabase &db, const QJsonArray &list, const QString &source)
{
    MediaNames names;
    MediaRepository media(db);
    const QDir folder = QFileInfo(source).dir();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        const QString path = folder.filePath(object.value(QLatin1String("file")).toString());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(
                DemoSite::tr("%1: cannot read the demo photo: %2").arg(path, file.errorString()));
        const auto id = media.add(file.readAll(), QFileInfo(path).fileName());
        if (!id)
            return id.failure();
        const QJsonObject alts = object.value(QLatin1String("alt")).toObject();
        for (auto it = alts.begin(); it != alts.end(); ++it) {
            if (auto s = media.setAlt(*id, it.key(), it.value().toString()); !s)
                return s.failure();
        }
        const QJsonObject credits = object.value(QLatin1String("credit")).toObject();
        for (auto it = credits.begin(); it != credits.end(); ++it) {
            if (auto s = media.setCredit(*id, it.key(), it.value().toString()); !s)
                return s.failure();
        }
        if (const QJsonArray focus = object.value(QLatin1String("focus")).toArray();
            focus.size() == 2) {
            if (auto s = media.setFocus(*id, focus[0].toDouble(), focus[1].toDouble()); !s)
                return s.failure();
        }
        names.insert(object.value(QLatin1String("name")).toString(), *id);
    }
    return names;
}

// Texts that link to other pages wait in `linked` until every page exists; "revised" texts
// (a source changed after it was translated, so that the demo has an outdated translation)
// wait in `revised` until all the rest is saved.
Status addPages(PageRepository &pages, const QJsonArray &list, qint64 parentId,
    const QString &source, const MediaNames &media, QList<Translation> &linked,
    QList<Translation> &revised)
{
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        const QString slug = object.value(QLatin1String("slug")).toString();
        const auto kind = pageKindFromName(object.value(QLatin1String("kind")).toString());
        const auto status = pageStatusFromName(object.value(QLatin1String("status")).toString());
        if (!kind || !status)
            return failure(
                DemoSite::tr("%1: page '%2' has an unknown kind or status").arg(source, slug));
        PageRepository::NewPage newPage;
        newPage.parentId = parentId;
        newPage.kind = *kind;
        newPage.slug = slug;
        newPage.status = *status;
        newPage.publishAt
            = Timestamps::fromStored(object.value(QLatin1String("publishAt")).toString());
        const auto id = pages.createPage(newPage);
        if (!id)
            return id.failure();
        if (const QString lead = object.value(QLatin1String("lead")).toString(); !lead.isEmpty()) {
            if (!media.contains(lead))
                return failure(DemoSite::tr("%1: page '%2' has an unknown lead image '%3'")
                                   .arg(source, slug, lead));
            if (auto s = pages.setLeadImage(*id, media.value(lead)); !s)
                return s;
        }

        const QJsonObject texts = object.value(QLatin1String("texts")).toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            const Translation translation = readText(*id, it.key(), it.value().toObject(), media);
            if (translation.bodyHtml.contains(QLatin1String("page:@"))) {
                linked.append(translation);
                continue;
            }
            if (auto s = pages.saveTranslation(translation); !s)
                return s;
        }
        const QJsonObject later = object.value(QLatin1String("revised")).toObject();
        for (auto it = later.begin(); it != later.end(); ++it)
            revised.append(readText(*id, it.key(), it.value().toObject(), media));
        if (auto s = addPages(pages, object.value(QLatin1String("children")).toArray(), *id, source,
                media, linked, revised);
            !s)
            return s;
    }
    return {};
}

// The demo file links pages by path ("page:@who-we-are/about"); the store links them by id.
Status saveLinked(PageRepository &pages, QList<Translation> &linked, const QString &source)
{
    static const QRegularExpression link(QStringLiteral("page:@([a-z0-9/-]+)"));
    for (Translation &translation : linked) {
        QString &body = translation.bodyHtml;
        for (auto match = link.match(body); match.hasMatch(); match = link.match(body)) {
            const auto target = pages.resolve(match.captured(1));
            if (!target)
                return failure(
                    DemoSite::tr("%1: link to an unknown page: %2").arg(source, target.error()));
            body.replace(match.capturedStart(), match.capturedLength(),
                QStringLiteral("page:%1").arg(*target));
        }
        if (auto s = pages.saveTranslation(translation); !s)
            return s;
    }
    return {};
}

} // namespace

Status DemoSite::populate(SiteDatabase &db, const QString &source)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot read the demo content: %2").arg(source, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("%1: the demo content is not valid JSON at offset %2: %3")
                           .arg(source)
                           .arg(error.offset)
                           .arg(error.errorString()));
    const QJsonObject root = document.object();

    return db.transaction([&]() -> Status {
        SiteRepository siteRepository(db);
        auto settings = siteRepository.settings();
        if (!settings)
            return settings.failure();
        const QJsonObject titles = root.value(QLatin1String("siteTitles")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it)
            settings->siteTitles.insert(it.key(), it.value().toString());
        settings->baseUrl = root.value(QLatin1String("baseUrl")).toString();
        if (auto s = siteRepository.save(*settings); !s)
            return s;
        const auto media = addMedia(db, root.value(QLatin1String("media")).toArray(), source);
        if (!media)
            return media.failure();
        PageRepository pages(db);
        QList<Translation> linked, revised;
        if (auto s = addPages(pages, root.value(QLatin1String("pages")).toArray(), 0, source,
                *media, linked, revised);
            !s)
            return s;
        if (auto s = saveLinked(pages, linked, source); !s)
            return s;
        for (const Translation &text : std::as_const(revised)) {
            if (auto s = pages.saveTranslation(text); !s)
                return s;
        }
        return {};
    });
}

Result<std::unique_ptr<SiteDatabase>> DemoSite::createSite(const QString &path)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    if (!site)
        return site.failure();
    if (auto s = populate(**site); !s) {
        site->reset();
        SiteDatabase::removeFiles(path);
        return s.failure();
    }
    return site;
}
