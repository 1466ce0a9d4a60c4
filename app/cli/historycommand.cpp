#include "historycommand.h"

#include "core/timestamps.h"
#include "environment/username.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
#include "store/siterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Target
{
    std::unique_ptr<SiteDatabase> site;
    qint64 pageId = 0;
    QString language;
};

// The site, the page and the language (default: the source language) of both commands.
Result<Target> open(const QCommandLineParser &parser, SiteDatabase::Mode mode)
{
    auto site = SiteDatabase::open(parser.positionalArguments().at(1), mode);
    if (!site)
        return site.failure();
    (*site)->setAuthor(UserName::current());
    Target target;
    target.site = std::move(site).value();
    const auto page = PageRepository(*target.site).resolve(parser.positionalArguments().at(2));
    if (!page)
        return page.failure();
    target.pageId = *page;
    const auto settings = SiteRepository(*target.site).settings();
    if (!settings)
        return settings.failure();
    target.language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                           : settings->sourceLanguage;
    if (!settings->languages.contains(target.language))
        return failure(QCoreApplication::translate(
            "HistoryCommand", "--lang: '%1' is not a language of the site (it has %2)")
                           .arg(target.language, settings->languages.join(u',')));
    return target;
}

void describeCommon(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("HistoryCommand", "The site file."));
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QCoreApplication::translate(
            "HistoryCommand", "A page id, or a slug path such as news/my-article."));
    parser.addOption({ QStringLiteral("lang"),
        QCoreApplication::translate(
            "HistoryCommand", "The language of the text (default: the source language)."),
        QStringLiteral("L") });
}

} // namespace

QString HistoryCommand::summary() const
{
    return tr("List the revisions of a page's text in one language, newest first.");
}

QString HistoryCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE [--lang L] [--json]");
}

void HistoryCommand::describe(QCommandLineParser &parser) const
{
    describeCommon(parser);
    parser.addOption({ QStringLiteral("json"), tr("Print the revisions as JSON.") });
}

int HistoryCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const auto target = open(parser, SiteDatabase::Mode::ReadOnly);
    if (!target)
        return report(io, target.failure());
    const auto revisions = RevisionRepository(*target->site).list(target->pageId, target->language);
    if (!revisions)
        return report(io, revisions.failure());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &revision : *revisions) {
            list.append(QJsonObject { { QStringLiteral("revision"), revision.number },
                { QStringLiteral("savedAt"), Timestamps::toStored(revision.savedAt) },
                { QStringLiteral("reason"), saveReasonName(revision.reason) },
                { QStringLiteral("author"), revision.author },
                { QStringLiteral("title"), revision.title },
                { QStringLiteral("words"), revision.words },
                { QStringLiteral("characters"), revision.characters } });
        }
        io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (revisions->isEmpty()) {
        io.out << tr("No revisions yet.") << Qt::endl;
        return Success;
    }
    for (const auto &revision : *revisions) {
        io.out << QStringLiteral("%1  %2  %3 %4  %5  %6")
                      .arg(revision.number, 4)
                      .arg(revision.savedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      .arg(saveReasonName(revision.reason), -8)
                      .arg(revision.author, -10)
                      .arg(tr("%n word(s)", nullptr, revision.words), -12)
                      .arg(revision.title)
               << Qt::endl;
    }
    return Success;
}

QString RestoreCommand::summary() const
{
    return tr("Bring back an older revision of a page's text (itself a new revision).");
}

QString RestoreCommand::synopsis() const
{
    return QStringLiteral("SITE PAGE [--lang L] --revision N");
}

void RestoreCommand::describe(QCommandLineParser &parser) const
{
    describeCommon(parser);
    parser.addOption({ QStringLiteral("revision"),
        tr("The revision's number, as 'newsdesk history' lists it."), QStringLiteral("N") });
}

int RestoreCommand::execute(const QCommandLineParser &parser, Streams io)
{
    bool number = false;
    const int revision = parser.value(QStringLiteral("revision")).toInt(&number);
    if (!number || revision < 1)
        return report(
            io, tr("restore: --revision takes a revision number (see 'newsdesk history')"));
    const auto target = open(parser, SiteDatabase::Mode::Open);
    if (!target)
        return report(io, target.failure());
    if (auto s
        = RevisionRepository(*target->site).restore(target->pageId, target->language, revision);
        !s)
        return report(io, s.failure());
    io.out << tr("Restored revision %1 of page %2 in %3")
                  .arg(revision)
                  .arg(target->pageId)
                  .arg(target->language)
           << Qt::endl;
    return Success;
}
