#include "mediacommand.h"

#include "content/languages.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// The languages whose words an option names (--alt-en, --caption-ka, …).
const QStringList &wordLanguages()
{
    static const QStringList languages { QStringLiteral("en"), QStringLiteral("ka") };
    return languages;
}

struct Words
{
    const char *option;
    Status (MediaRepository::*set)(qint64, const QString &, const QString &);
};

const QList<Words> &words()
{
    static const QList<Words> list {
        { "alt", &MediaRepository::setAlt },
        { "caption", &MediaRepository::setCaption },
        { "credit", &MediaRepository::setCredit },
    };
    return list;
}

QJsonObject perLanguage(const QMap<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString MediaCommand::summary() const
{
    return tr("List the site's images, add one, change its words or file, or delete it.");
}

QString MediaCommand::synopsis() const
{
    return QStringLiteral("SITE [--json] | SITE add FILE [--alt-en T] [--alt-ka T] … | "
                          "SITE set ID [--alt-ka T] [--focus X,Y] [--file F] … | SITE remove ID");
}

void MediaCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("add FILE, set ID or remove ID; without one, the images are listed."),
        QStringLiteral("[add|set|remove]"));
    parser.addPositionalArgument(
        QStringLiteral("FILE|ID"), tr("The image file to add, or the id of an image."));
    for (const Words &word : words()) {
        for (const QString &language : wordLanguages()) {
            const QString name = QStringLiteral("%1-%2").arg(QLatin1String(word.option), language);
            const QString what = word.option == std::string_view("alt")
                ? tr("The alt text in %1 (what a reader who cannot see the image is told).")
                : word.option == std::string_view("caption")
                ? tr("The caption in %1.")
                : tr("The credit in %1 (\"Photo: …\").");
            parser.addOption({ name, what.arg(Languages::englishName(language)), tr("TEXT") });
        }
    }
    parser.addOption({ QStringLiteral("focus"),
        tr("The focal point that every crop keeps in view: two shares of the width and height "
           "from the top left, such as 0.5,0.3."),
        tr("X,Y") });
    parser.addOption({ QStringLiteral("file"),
        tr("With set: put this file in the image's place (every page that shows it shows the "
           "new one)."),
        tr("FILE") });
    parser.addOption({ QStringLiteral("json"), tr("Print the list as JSON.") });
}

int MediaCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.size() > 2 ? args.at(2) : QString();
    if (!action.isEmpty() && action != QLatin1String("add") && action != QLatin1String("set")
        && action != QLatin1String("remove"))
        return report(io, tr("media: '%1' is not add, set or remove").arg(action));

    // What the options change, checked before the site is opened.
    std::optional<std::pair<double, double>> focus;
    if (parser.isSet(QStringLiteral("focus"))) {
        const QStringList parts = parser.value(QStringLiteral("focus")).split(u',');
        bool okX = false, okY = false;
        const double x = parts.size() == 2 ? parts.at(0).trimmed().toDouble(&okX) : 0;
        const double y = parts.size() == 2 ? parts.at(1).trimmed().toDouble(&okY) : 0;
        if (!okX || !okY || x < 0 || x > 1 || y < 0 || y > 1)
            return report(io,
                tr("--focus: '%1' is not two shares from 0 to 1 such as 0.5,0.3")
                    .arg(parser.value(QStringLiteral("focus"))));
        focus = std::pair(x, y);
    }
    bool changesWords = false;
    for (const Words &word : words()) {
        for (const QString &language : wordLanguages())
            changesWords = changesWords
                || parser.isSet(QStringLiteral("%1-%2").arg(QLatin1String(word.option), language));
    }
    const bool replaces = parser.isSet(QStringLiteral("file"));
    if (action.isEmpty() && (changesWords || focus || replaces))
        return report(io, tr("media: the image's words, focus or file are given with add or set"));
    if (replaces && action != QLatin1String("set"))
        return report(io, tr("media: --file goes with set ID"));
    if (action == QLatin1String("set") && !changesWords && !focus && !replaces)
        return report(io,
            tr("media set: nothing to change: give --alt-LANG, --caption-LANG, --credit-LANG, "
               "--focus or --file"));
    const auto readFile = [](const QString &path) -> Result<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("%1: %2").arg(path, file.errorString()));
        return file.readAll();
    };

    auto site = openSite(
        args.at(1), action.isEmpty() ? SiteDatabase::Mode::ReadOnly : SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    SiteDatabase &db = **site;
    MediaRepository media(db);

    if (action.isEmpty())
        return list(db, parser.isSet(QStringLiteral("json")), io);

    qint64 id = 0;
    if (action != QLatin1String("add")) {
        bool ok = false;
        id = args.at(3).toLongLong(&ok);
        if (!ok || id <= 0)
            return report(io,
                tr("media %1: '%2' is not an image id (see 'newsdesk media SITE')")
                    .arg(action, args.at(3)));
    }
    if (action == QLatin1String("remove")) {
        // An image still shown is a finding (exit 1), not a usage error.
        if (auto s = media.remove(id); !s)
            return s.kind() == ErrorKind::Conflict ? report(io, s.error(), ProblemsFound)
                                                   : report(io, s.failure());
        io.out << tr("Deleted image %1").arg(id) << Qt::endl;
        return Success;
    }

    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return report(io, settings.failure());
    const Status status = db.transaction([&]() -> Status {
        if (action == QLatin1String("add")) {
            const auto bytes = readFile(args.at(3));
            if (!bytes)
                return bytes.failure();
            const auto added = media.add(*bytes, QFileInfo(args.at(3)).fileName());
            if (!added)
                return added.failure();
            id = *added;
        } else {
            if (auto found = media.item(id); !found)
                return found.failure();
            if (replaces) {
                const QString path = parser.value(QStringLiteral("file"));
                const auto bytes = readFile(path);
                if (!bytes)
                    return bytes.failure();
                if (auto s = media.replace(id, *bytes, QFileInfo(path).fileName()); !s)
                    return s;
            }
        }
        for (const Words &word : words()) {
            for (const QString &language : wordLanguages()) {
                const QString name
                    = QStringLiteral("%1-%2").arg(QLatin1String(word.option), language);
                if (!parser.isSet(name))
                    continue;
                if (!settings->languages.contains(language))
                    return failure(tr("--%1: '%2' is not a language of %3 (it has: %4)")
                                       .arg(name, language, args.at(1),
                                           settings->languages.join(QLatin1String(", "))));
                if (auto s = (media.*word.set)(id, language, parser.value(name)); !s)
                    return s;
            }
        }
        if (focus)
            return media.setFocus(id, focus->first, focus->second);
        return {};
    });
    if (!status)
        return report(io, status.failure());
    io.out << id << Qt::endl; // only after the commit
    return Success;
}

int MediaCommand::list(SiteDatabase &db, bool json, Streams io)
{
    MediaRepository media(db);
    const auto items = media.all();
    if (!items)
        return report(io, items.failure());
    const auto uses = media.uses();
    if (!uses)
        return report(io, uses.failure());
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return report(io, settings.failure());
    PageRepository pages(db);
    QList<qint64> ids = items->keys();
    std::sort(ids.begin(), ids.end());

    if (json) {
        QJsonArray list;
        for (qint64 id : std::as_const(ids)) {
            const MediaItem &item = *items->constFind(id);
            QJsonArray shown;
            for (const MediaUse &use : uses->value(id)) {
                const auto path = pages.path(use.pageId);
                shown.append(QJsonObject {
                    { QStringLiteral("page"), use.pageId },
                    { QStringLiteral("path"), path ? *path : QString() },
                    // null: the page's lead image, in every language
                    { QStringLiteral("language"),
                        use.language.isEmpty() ? QJsonValue() : QJsonValue(use.language) },
                });
            }
            list.append(QJsonObject {
                { QStringLiteral("id"), item.id },
                { QStringLiteral("file"), item.fileName },
                { QStringLiteral("type"), item.mimeType },
                { QStringLiteral("bytes"), item.byteSize },
                { QStringLiteral("width"), item.width },
                { QStringLiteral("height"), item.height },
                { QStringLiteral("sha256"), item.sha256 },
                { QStringLiteral("focus"), QJsonArray { item.focusX, item.focusY } },
                { QStringLiteral("alt"), perLanguage(item.alts) },
                { QStringLiteral("caption"), perLanguage(item.captions) },
                { QStringLiteral("credit"), perLanguage(item.credits) },
                { QStringLiteral("uses"), shown },
            });
        }
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (ids.isEmpty()) {
        io.out << tr("The site has no images.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    for (qint64 id : std::as_const(ids)) {
        const MediaItem &item = *items->constFind(id);
        QStringList missing;
        for (const QString &language : settings->languages) {
            if (item.alts.value(language).trimmed().isEmpty())
                missing.append(language);
        }
        const QList<MediaUse> shown = uses->value(id);
        QSet<qint64> onPages;
        for (const MediaUse &use : shown)
            onPages.insert(use.pageId);
        io.out << QStringLiteral("%1\t%2\t%3×%4\t%5\t")
                      .arg(item.id)
                      .arg(item.fileName)
                      .arg(item.width)
                      .arg(item.height)
                      .arg(locale.formattedDataSize(item.byteSize))
               << (shown.isEmpty() ? tr("unused")
                                   : tr("on %n page(s)", nullptr, int(onPages.size())))
               << '\t'
               << (missing.isEmpty() ? tr("alt text in every language")
                                     : tr("no alt text in %1").arg(missing.join(u' ')))
               << Qt::endl;
    }
    return Success;
}
