#include "searchcommand.h"

#include "content/pagetree.h"
#include "store/pagerepository.h"
#include "store/searchrepository.h"
#include "store/siterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString fieldName(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Title:
        return QStringLiteral("title");
    case SearchQuery::Field::Summary:
        return QStringLiteral("summary");
    case SearchQuery::Field::Body:
        return QStringLiteral("body");
    }
    return {};
}
} // namespace

QString SearchCommand::summary() const
{
    return tr("Find the pages whose title, summary or body holds words, in every language.");
}

QString SearchCommand::synopsis() const
{
    return QStringLiteral(
        "SITE QUERY [--lang L] [--kind K] [--status S] [--section PAGE] [--drafts] [--trash] "
        "[--json]");
}

void SearchCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file or team site."));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        tr("Words to find (a Georgian word finds its forms, an English one its plural); "
           "\"words in quotes\" are a phrase."));
    parser.addOption({ QStringLiteral("lang"), tr("Only texts in this language."), tr("L") });
    parser.addOption(
        { QStringLiteral("kind"), tr("Only pages of this kind: section, page or news."), tr("K") });
    parser.addOption({ QStringLiteral("status"),
        tr("Only pages with this status: draft, review or published."), tr("S") });
    parser.addOption({ QStringLiteral("section"),
        tr("Only this page and the pages below it (an id or a slug path)."), tr("PAGE") });
    parser.addOption({ QStringLiteral("drafts"), tr("Drafts too (left out unless asked).") });
    parser.addOption({ QStringLiteral("trash"),
        tr("The pages in the trash instead (their path is \"trash:\" and the entry's number).") });
    parser.addOption({ QStringLiteral("limit"), tr("At most N results (default 50)."), tr("N"),
        QStringLiteral("50") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int SearchCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList args = parser.positionalArguments();
    auto site = openSite(args.at(1), SiteDatabase::Mode::ReadOnly, SiteDatabase::Check::HeaderOnly);
    if (!site)
        return report(io, site.failure());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.failure());

    SearchRepository::Filter filter;
    if (parser.isSet(QStringLiteral("lang"))) {
        filter.language = parser.value(QStringLiteral("lang"));
        if (!settings->languages.contains(filter.language))
            return report(io,
                tr("--lang: '%1' is not a language of %2 (it has: %3)")
                    .arg(filter.language, args.at(1),
                        settings->languages.join(QLatin1String(", "))));
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = readKind(parser);
        if (!kind)
            return report(io, kind.failure());
        filter.kind = *kind;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const QString name = parser.value(QStringLiteral("status"));
        filter.status = pageStatusFromName(name);
        if (!filter.status)
            return report(
                io, tr("--status: '%1' is not one of draft, review, published").arg(name));
    }
    filter.drafts = parser.isSet(QStringLiteral("drafts"));
    filter.trash = parser.isSet(QStringLiteral("trash"));
    bool numeric = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || filter.limit < 1)
        return report(io,
            tr("--limit: '%1' is not a positive whole number")
                .arg(parser.value(QStringLiteral("limit"))));
    PageRepository pages(**site);
    if (parser.isSet(QStringLiteral("section"))) {
        const auto section = pages.resolve(parser.value(QStringLiteral("section")));
        if (!section)
            return report(io, section.failure());
        filter.section = *section;
    }

    const SearchQuery query = SearchQuery::parse(args.at(2));
    if (query.isEmpty())
        return report(io, tr("search: the query '%1' has no words to find").arg(args.at(2)));
    const auto hits = SearchRepository(**site).find(query, filter);
    if (!hits)
        return report(io, hits.failure());
    const auto listing = pages.listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return report(io, listing.failure());
    const PageTree tree(*listing);

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray results;
    for (const SearchRepository::Hit &hit : *hits) {
        const SearchQuery::Excerpt &excerpt = hit.excerpt;
        // A page in the trash is not in the tree (and its id may be another page's by now).
        const PageListing *page = hit.trashId != 0 ? nullptr : tree.find(hit.pageId);
        const QString path = hit.trashId != 0 ? QStringLiteral("trash:%1").arg(hit.trashId)
                                              : tree.path(hit.pageId);
        if (!json) {
            io.out << path << '\t' << hit.language << '\t' << hit.title << '\t' << excerpt.text
                   << Qt::endl;
            continue;
        }
        QJsonArray spans;
        for (const auto &span : excerpt.spans)
            spans.append(QJsonArray { qint64(span.start), qint64(span.length) });
        results.append(QJsonObject {
            { QStringLiteral("id"), hit.pageId },
            { QStringLiteral("trash"), hit.trashId == 0 ? QJsonValue() : QJsonValue(hit.trashId) },
            { QStringLiteral("path"), path },
            { QStringLiteral("language"), hit.language },
            { QStringLiteral("title"), hit.title },
            { QStringLiteral("kind"), page ? pageKindName(page->page.kind) : QString() },
            { QStringLiteral("status"), page ? pageStatusName(page->page.status) : QString() },
            { QStringLiteral("field"), fieldName(excerpt.field) },
            { QStringLiteral("snippet"), excerpt.text },
            { QStringLiteral("matches"), spans },
        });
    }
    if (json)
        io.out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    if (hits->isEmpty() && !json)
        io.err << tr("%1: nothing matches %2").arg(args.at(1), args.at(2)) << Qt::endl;
    return hits->isEmpty() ? ProblemsFound : Success;
}
