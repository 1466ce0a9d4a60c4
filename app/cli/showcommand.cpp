#include "showcommand.h"

#include "store/pagerepository.h"
#include "store/siterepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QString ShowCommand::summary() const
{
    return tr("Print one page in one language.");
}

QString ShowCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE [--lang L] [--json]");
}

void ShowCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE"), tr("A page id, or a slug path such as news/my-article."));
    parser.addOption({ QStringLiteral("lang"),
        tr("Language to show (default: the site's source language)."), tr("L") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int ShowCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList args = parser.positionalArguments();
    auto site = openSite(args.at(1), SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.failure());
    const QString language = parser.isSet(QStringLiteral("lang"))
        ? parser.value(QStringLiteral("lang"))
        : settings->sourceLanguage;
    if (!settings->languages.contains(language))
        return report(io,
            tr("--lang: '%1' is not a language of %2 (it has: %3)")
                .arg(language, args.at(1), settings->languages.join(QLatin1String(", "))));

    PageRepository pages(**site);
    const auto id = pages.resolve(args.at(2));
    if (!id)
        return report(io, id.failure());
    const auto page = pages.page(*id);
    const auto path = pages.path(*id);
    const auto text = pages.translation(*id, language);
    if (!page || !path || !text)
        return report(io, !page ? page.failure() : !path ? path.failure() : text.failure());

    QStringList present;
    for (const QString &code : settings->languages) {
        const auto other = pages.translation(*id, code);
        if (other && other->has_value())
            present.append(code);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object {
            { QStringLiteral("id"), page->id },
            { QStringLiteral("path"), *path },
            { QStringLiteral("kind"), pageKindName(page->kind) },
            { QStringLiteral("status"), pageStatusName(page->status) },
            { QStringLiteral("publishAt"), timeValue(page->publishAt) },
            { QStringLiteral("createdAt"), timeValue(page->createdAt) },
            { QStringLiteral("updatedAt"), timeValue(page->updatedAt) },
            { QStringLiteral("language"), language },
            { QStringLiteral("translations"), QJsonValue::fromVariant(present) },
            // What put --if-version and a tree move check (0: no text in this language).
            { QStringLiteral("version"), text->has_value() ? (*text)->version : 0 },
            { QStringLiteral("pageVersion"), page->version },
            // The lead image's id (null: none); 'newsdesk media SITE --json' describes it.
            { QStringLiteral("leadImage"),
                page->leadMediaId == 0 ? QJsonValue() : QJsonValue(page->leadMediaId) },
        };
        if (text->has_value()) {
            object.insert(QStringLiteral("title"), (*text)->title);
            object.insert(QStringLiteral("summary"), (*text)->summary);
            object.insert(QStringLiteral("bodyHtml"), (*text)->bodyHtml);
            object.insert(QStringLiteral("textUpdatedAt"), timeValue((*text)->updatedAt));
        }
        io.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        io.out << tr("Page:          %1 (id %2)").arg(*path).arg(page->id) << '\n'
               << tr("Kind:          %1").arg(pageKindName(page->kind)) << '\n'
               << tr("Status:        %1").arg(pageStatusName(page->status)) << '\n'
               << tr("Publish date:  %1").arg(page->publishAt.toString(Qt::ISODate)) << '\n'
               << tr("Translations:  %1").arg(present.join(u' ')) << '\n'
               << tr("Lead image:    %1")
                      .arg(page->leadMediaId == 0 ? tr("none") : QString::number(page->leadMediaId))
               << '\n'
               << tr("Language:      %1").arg(language) << '\n';
        if (text->has_value()) {
            io.out << tr("Title:         %1").arg((*text)->title) << '\n'
                   << tr("Summary:       %1").arg((*text)->summary) << '\n'
                   << '\n'
                   << (*text)->bodyHtml << '\n';
        }
    }
    io.out.flush();
    if (!text->has_value())
        return report(io,
            tr("%1: page %2 (%3) has no text in '%4'")
                .arg(args.at(1), QString::number(*id), *path, language),
            ProblemsFound);
    return Success;
}
