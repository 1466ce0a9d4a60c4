#include "treecommand.h"

#include "content/pagetree.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject toJson(const PageTree &tree, qint64 id, const QStringList &languages)
{
    const PageListing &listing = *tree.find(id);
    QJsonObject titles;
    QJsonObject present;
    for (const QString &language : languages) {
        present.insert(language, listing.titles.contains(language));
        if (listing.titles.contains(language))
            titles.insert(language, listing.titles.value(language));
    }
    QJsonArray children;
    for (qint64 child : tree.children(id))
        children.append(toJson(tree, child, languages));
    return QJsonObject {
        { QStringLiteral("id"), listing.page.id },
        { QStringLiteral("kind"), pageKindName(listing.page.kind) },
        { QStringLiteral("slug"), listing.page.slug },
        { QStringLiteral("path"), tree.path(id) },
        { QStringLiteral("status"), pageStatusName(listing.page.status) },
        { QStringLiteral("publishAt"),
            listing.page.publishAt.isValid()
                ? QJsonValue(listing.page.publishAt.toString(Qt::ISODate))
                : QJsonValue() },
        { QStringLiteral("titles"), titles },
        { QStringLiteral("translations"), present },
        { QStringLiteral("children"), children },
    };
}

} // namespace

QString TreeCommand::summary() const
{
    return tr("Print the page tree with kinds, statuses and translations.");
}

QString TreeCommand::synopsis() const
{
    return QStringLiteral("SITE [--json]");
}

void TreeCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of a table.") });
}

int TreeCommand::execute(const QCommandLineParser &parser, Streams io)
{
    auto site = openSite(parser.positionalArguments().at(1), SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    const auto settings = SiteRepository(**site).settings();
    if (!settings)
        return report(io, settings.failure());
    auto listing = PageRepository(**site).listing();
    if (!listing)
        return report(io, listing.failure());
    const PageTree tree(std::move(*listing));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray pages;
        for (qint64 id : tree.children(0))
            pages.append(toJson(tree, id, settings->languages));
        io.out << QJsonDocument(pages).toJson(QJsonDocument::Indented);
        return Success;
    }

    // ID  KIND     STATUS     en ka  PAGE
    io.out << QStringLiteral("%1  %2 %3 %4  %5")
                  .arg(tr("ID"), 5)
                  .arg(tr("KIND"), -8)
                  .arg(tr("STATUS"), -10)
                  .arg(settings->languages.join(u' '), -3 * int(settings->languages.size()) + 1)
                  .arg(tr("PAGE"))
           << '\n';
    for (qint64 id : tree.depthFirst()) {
        const PageListing &page = *tree.find(id);
        QStringList marks;
        for (const QString &language : settings->languages)
            marks.append(page.titles.contains(language) ? language : QStringLiteral("--"));
        const QString title = page.titles.value(
            settings->sourceLanguage, page.titles.isEmpty() ? QString() : page.titles.first());
        io.out << QStringLiteral("%1  %2 %3 %4  %5%6  %7")
                      .arg(page.page.id, 5)
                      .arg(pageKindName(page.page.kind), -8)
                      .arg(pageStatusName(page.page.status), -10)
                      .arg(marks.join(u' '))
                      .arg(QString(2 * tree.depth(id), u' '), page.page.slug, title)
               << '\n';
    }
    return Success;
}
