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
    describeParentAndKind(parser);
    PageFields::describe(parser);
}

int AddCommand::execute(const QCommandLineParser &parser, Streams io)
{
    auto fields = PageFields::read(parser);
    if (!fields)
        return report(io, fields.failure());
    if (!fields->title)
        return report(io, tr("add: --title is required"));
    const auto kind = readKind(parser);
    if (!kind)
        return report(io, kind.failure());

    const QString path = parser.positionalArguments().at(1);
    auto site = openSite(path, SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    PageRepository pages(**site);

    const auto parentId = readParent(parser, pages);
    if (!parentId)
        return report(io, parentId.failure());

    PageRepository::NewPage newPage;
    newPage.parentId = *parentId;
    newPage.kind = *kind;
    newPage.status = fields->status.value_or(PageStatus::Draft);
    newPage.publishAt = fields->publishAt.value_or(QDateTime());
    newPage.slug = fields->slug.value_or(QString()); // an explicit slug is never changed
    Translation translation;
    fields->applyTo(translation);
    const auto id = pages.addPage(newPage, translation);
    if (!id)
        return report(io, id.failure());
    io.out << *id << Qt::endl; // only after the commit
    return Success;
}
