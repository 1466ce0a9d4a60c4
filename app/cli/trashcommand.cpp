#include "trashcommand.h"

#include "core/timestamps.h"
#include "store/pagerepository.h"
#include "store/trashrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString DeleteCommand::summary() const
{
    return tr("Move a page and its subpages to the trash.");
}

QString DeleteCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE");
}

void DeleteCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE"), tr("A page id, or a slug path such as news/my-article."));
}

int DeleteCommand::execute(const QCommandLineParser &parser, Streams io)
{
    auto site = openSite(parser.positionalArguments().at(1), SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    const auto page = PageRepository(**site).resolve(parser.positionalArguments().at(2));
    if (!page)
        return report(io, page.failure());
    const auto trashed = TrashRepository(**site).moveToTrash(*page);
    if (!trashed)
        return report(io, trashed.failure());
    io.out << tr("Moved page %1 to the trash (entry %2; 'newsdesk trash SITE --restore %2' "
                 "puts it back)")
                  .arg(*page)
                  .arg(*trashed)
           << Qt::endl;
    return Success;
}

QString TrashCommand::summary() const
{
    return tr("List the trash, restore a page from it, or empty it.");
}

QString TrashCommand::synopsis() const
{
    return QStringLiteral("SITE [--restore ID] [--empty] [--json]");
}

void TrashCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("restore"),
        tr("Put the entry with this id back where it was (its subpages too)."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("empty"), tr("Delete everything in the trash for good.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the list as JSON.") });
}

int TrashCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const bool restore = parser.isSet(QStringLiteral("restore"));
    const bool empty = parser.isSet(QStringLiteral("empty"));
    if (restore && empty)
        return report(io, tr("trash: --restore and --empty do not go together"));
    auto site = openSite(parser.positionalArguments().at(1),
        restore || empty ? SiteDatabase::Mode::Open : SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    TrashRepository trash(**site);
    if (restore) {
        bool number = false;
        const qint64 id = parser.value(QStringLiteral("restore")).toLongLong(&number);
        if (!number)
            return report(io,
                tr("--restore: '%1' is not an entry id (see 'newsdesk trash SITE')")
                    .arg(parser.value(QStringLiteral("restore"))));
        const auto restored = trash.restore(id);
        if (!restored)
            return report(io, restored.failure());
        const auto path = PageRepository(**site).path(*restored);
        io.out << tr("Restored page %1 at %2").arg(*restored).arg(path ? *path : QString())
               << Qt::endl;
        return Success;
    }
    if (empty) {
        const auto removed = trash.empty();
        if (!removed)
            return report(io, removed.failure());
        io.out << tr("Emptied the trash: %n entry(s) deleted for good", nullptr, *removed)
               << Qt::endl;
        return Success;
    }
    const auto items = trash.items();
    if (!items)
        return report(io, items.failure());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &item : *items) {
            list.append(QJsonObject { { QStringLiteral("id"), item.id },
                { QStringLiteral("page"), item.pageId },
                { QStringLiteral("parent"), item.parentId },
                { QStringLiteral("position"), item.position },
                { QStringLiteral("title"), item.title },
                { QStringLiteral("pages"), item.pageCount },
                { QStringLiteral("deletedAt"), Timestamps::toStored(item.deletedAt) } });
        }
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (items->isEmpty()) {
        io.out << tr("The trash is empty.") << Qt::endl;
        return Success;
    }
    for (const auto &item : *items) {
        io.out << QStringLiteral("%1  %2  %3  %4")
                      .arg(item.id, 4)
                      .arg(item.deletedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      .arg(tr("%n page(s)", nullptr, item.pageCount), -10)
                      .arg(item.title)
               << Qt::endl;
    }
    return Success;
}
