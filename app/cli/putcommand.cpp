#include "putcommand.h"

#include "pagefields.h"
#include "store/pagerepository.h"

QString PutCommand::summary() const
{
    return tr("Change a page's text in one language (created if missing) or its status, slug "
              "or date.");
}

QString PutCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE --lang L [--title T] [--summary S] [--body-file F] "
                          "[--status S] …");
}

void PutCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE"), tr("A page id, or a slug path such as news/my-article."));
    PageFields::describe(parser);
}

int PutCommand::execute(const QCommandLineParser &parser, Streams io)
{
    auto fields = PageFields::read(parser);
    if (!fields)
        return report(io, fields.failure());
    if (!fields->changesText() && !fields->changesPage())
        return report(io,
            tr("put: nothing to change: give --title, --summary, --body-file, "
               "--status, --slug or --date"));

    const QStringList args = parser.positionalArguments();
    auto site = openSite(args.at(1), SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    SiteDatabase &db = **site;
    PageRepository pages(db);
    const auto id = pages.resolve(args.at(2));
    if (!id)
        return report(io, id.failure());

    const Status status = db.transaction([&]() -> Status {
        if (fields->changesPage()) {
            auto page = pages.page(*id);
            if (!page)
                return page.failure();
            fields->applyTo(page.value());
            if (auto s = pages.updatePage(page.value()); !s)
                return s;
        }
        if (!fields->changesText())
            return {};
        const auto stored = pages.translation(*id, fields->language);
        if (!stored)
            return stored.failure();
        Translation translation = stored->value_or(Translation {});
        translation.pageId = *id;
        fields->applyTo(translation);
        return pages.saveTranslation(translation);
    });
    if (!status)
        return report(io, status.failure());
    io.out << *id << Qt::endl; // only after the commit
    return Success;
}
