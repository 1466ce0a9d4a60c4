#include "addcommand.h"

#include "pagefields.h"
#include "store/pagerepository.h"

QString AddCommand::summary() const
{
    return tr("Add a page with its text in one language; prints the new page's id.");
}

QString AddCommand::synopsis() const
{
    return QStringLiteral("SITE [--parent PAGE] --kind K --lang L --title T [--body-file F] "
                          "[--status S] …");
}

void AddCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("parent"),
        tr("Parent page: an id or slug path; '/' or none for the top level."), tr("PAGE") });
    parser.addOption(
        { QStringLiteral("kind"), tr("section, page or news (default: page)."), tr("K") });
    PageFields::describe(parser);
}

int AddCommand::execute(const QCommandLineParser &parser, Streams io)
{
    auto fields = PageFields::read(parser);
    if (!fields)
        return report(io, fields.error());
    if (!fields->title)
        return report(io, tr("add: --title is required"));
    const QString kindName = parser.isSet(QStringLiteral("kind"))
        ? parser.value(QStringLiteral("kind"))
        : QStringLiteral("page");
    const auto kind = pageKindFromName(kindName);
    if (!kind)
        return report(io, tr("--kind: '%1' is not one of section, page, news").arg(kindName));

    const QString path = parser.positionalArguments().at(1);
    auto site = openSite(path, SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.error());
    PageRepository pages(**site);

    qint64 parentId = 0;
    const QString parent = parser.value(QStringLiteral("parent"));
    if (!parent.isEmpty() && parent != QLatin1String("/")) {
        const auto resolved = pages.resolve(parent);
        if (!resolved)
            return report(io, resolved.error());
        parentId = *resolved;
    }

    PageRepository::NewPage newPage;
    newPage.parentId = parentId;
    newPage.kind = *kind;
    newPage.status = fields->status.value_or(PageStatus::Draft);
    newPage.publishAt = fields->publishAt.value_or(QDateTime());
    newPage.slug = fields->slug.value_or(QString()); // an explicit slug is never changed
    Translation translation;
    fields->applyTo(translation);
    const auto id = pages.addPage(newPage, translation);
    if (!id)
        return report(io, id.error());
    io.out << *id << Qt::endl; // only after the commit
    return Success;
}
