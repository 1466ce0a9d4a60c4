#include "demosite.h"

#include "core/timestamps.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Status addPages(
    PageRepository &pages, const QJsonArray &list, qint64 parentId, const QString &source)
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
            return failure(id.error());

        const QJsonObject texts = object.value(QLatin1String("texts")).toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            const QJsonObject text = it.value().toObject();
            Translation translation;
            translation.pageId = *id;
            translation.language = it.key();
            translation.title = text.value(QLatin1String("title")).toString();
            translation.summary = text.value(QLatin1String("summary")).toString();
            translation.bodyHtml = text.value(QLatin1String("body")).toString();
            if (auto s = pages.saveTranslation(translation); !s)
                return s;
        }
        if (auto s
            = addPages(pages, object.value(QLatin1String("children")).toArray(), *id, source);
            !s)
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
            return failure(settings.error());
        const QJsonObject titles = root.value(QLatin1String("siteTitles")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it)
            settings->siteTitles.insert(it.key(), it.value().toString());
        if (auto s = siteRepository.save(*settings); !s)
            return s;
        PageRepository pages(db);
        return addPages(pages, root.value(QLatin1String("pages")).toArray(), 0, source);
    });
}

Result<std::unique_ptr<SiteDatabase>> DemoSite::createSite(const QString &path)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create);
    if (!site)
        return failure(site.error());
    if (auto s = populate(**site); !s) {
        site->reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        return failure(s.error());
    }
    return site;
}
