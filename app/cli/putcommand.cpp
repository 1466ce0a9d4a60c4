#include "putcommand.h"

#include "pagefields.h"
#include "store/pagerepository.h"

#include <optional>

QString PutCommand::summary() const
{
    return tr("Change a page's text in one language (created if missing) or its status, slug "
              "or date.");
}

QString PutCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE --lang L [--title T] [--summary S] [--body-file F] "
                          "[--status S] [--lead-image ID|none] [--if-version N] …");
}

void PutCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE"), tr("A page id, or a slug path such as news/my-article."));
    PageFields::describe(parser);
    parser.addOption({ QStringLiteral("lead-image"),
        tr("The page's lead image: an image id as 'newsdesk media SITE' lists them, or none."),
        tr("ID") });
    parser.addOption({ QStringLiteral("if-version"),
        tr("Save only if the text is still at version N (as 'show --json' printed it; 0: no "
           "text yet); else exit 1 saying who changed it and when."),
        tr("N") });
}

int PutCommand::execute(const QCommandLineParser &parser, Streams io)
{
    // --lead-image alone needs no --lang: the lead image is the page's, in every language.
    std::optional<qint64> lead;
    if (parser.isSet(QStringLiteral("lead-image"))) {
        const QString value = parser.value(QStringLiteral("lead-image"));
        bool ok = value == QLatin1String("none");
        lead = ok ? 0 : value.toLongLong(&ok);
        if (!ok || *lead < 0)
            return report(io, tr("--lead-image: '%1' is neither an image id nor none").arg(value));
    }
    auto fields = lead && !parser.isSet(QStringLiteral("lang")) ? Result<PageFields>(PageFields {})
                                                                : PageFields::read(parser);
    if (!fields)
        return report(io, fields.failure());
    if (!fields->changesText() && !fields->changesPage() && !lead)
        return report(io,
            tr("put: nothing to change: give --title, --summary, --body-file, "
               "--status, --slug, --date or --lead-image"));

    qint64 seenVersion = PageRepository::AnyVersion;
    if (parser.isSet(QStringLiteral("if-version"))) {
        bool ok = false;
        seenVersion = parser.value(QStringLiteral("if-version")).toLongLong(&ok);
        if (!ok || seenVersion < 0)
            return report(io,
                tr("--if-version: '%1' is not a version (a number such as 'show --json' prints)")
                    .arg(parser.value(QStringLiteral("if-version"))));
    }

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
        if (seenVersion != PageRepository::AnyVersion) {
            // The text must not have moved on, whatever this put changes.
            const auto change = pages.lastChange(*id, fields->language);
            if (!change)
                return change.failure();
            if (change->version != seenVersion)
                return failure(ErrorKind::Conflict,
                    tr("%1; not saved").arg(pages.changedMessage(*id, *change, fields->language)));
        }
        if (fields->changesPage()) {
            auto page = pages.page(*id);
            if (!page)
                return page.failure();
            fields->applyTo(page.value());
            if (auto s = pages.updatePage(page.value()); !s)
                return s;
        }
        if (lead) {
            if (auto s = pages.setLeadImage(*id, *lead); !s)
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
        return pages.saveTranslation(translation, SaveReason::Save, seenVersion);
    });
    if (!status && status.kind() == ErrorKind::Conflict
        && seenVersion != PageRepository::AnyVersion)
        return report(io, status.error(), ProblemsFound);
    if (!status)
        return report(io, status.failure());
    io.out << *id << Qt::endl; // only after the commit
    return Success;
}
