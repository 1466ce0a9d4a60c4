#include "importcommand.h"

#include "body/articleimport.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"

QString ImportCommand::summary() const
{
    return tr("Create a page from an HTML, Markdown or text file; prints the new page's id.");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("SITE FILE [--parent PAGE] --lang L [--title T] [--kind K]");
}

void ImportCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The file to import (.html, .htm, .md, .txt), UTF-8."));
    describeParentAndKind(parser);
    parser.addOption({ QStringLiteral("lang"), tr("Language of the file (en, ka)."), tr("L") });
    parser.addOption({ QStringLiteral("title"),
        tr("Title (default: the first h1, else <title>, else the file name)."), tr("T") });
}

int ImportCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList args = parser.positionalArguments();
    const QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        return report(io, tr("import: --lang is required"));
    const auto kind = readKind(parser);
    if (!kind)
        return report(io, kind.failure());

    auto site = openSite(args.at(1), SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    SiteDatabase &db = **site;
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return report(io, settings.failure());
    if (!settings->languages.contains(language))
        return report(io,
            tr("--lang: '%1' is not a language of %2 (it has: %3)")
                .arg(language, args.at(1), settings->languages.join(QLatin1String(", "))));
    PageRepository pages(db);
    const auto parentId = readParent(parser, pages);
    if (!parentId)
        return report(io, parentId.failure());

    MediaRepository media(db);
    QStringList skipped;
    qint64 id = 0;
    const Status status = db.transaction([&]() -> Status {
        HtmlSanitizer::Options options;
        options.documentLanguage = language;
        options.importImage = [&](const HtmlSanitizer::Image &image) -> QString {
            const auto added = media.add(image.bytes, image.fileName);
            if (!added) {
                skipped.append(added.error());
                return {};
            }
            if (!image.alt.isEmpty()) {
                if (auto s = media.setAlt(*added, language, image.alt); !s) {
                    skipped.append(s.error());
                    return {};
                }
            }
            return QStringLiteral("media:%1").arg(*added);
        };
        const auto article = ArticleImport::fromFile(args.at(2), options);
        if (!article)
            return article.failure();
        PageRepository::NewPage page;
        page.parentId = *parentId;
        page.kind = *kind;
        Translation text;
        text.language = language;
        text.title = parser.isSet(QStringLiteral("title"))
            ? parser.value(QStringLiteral("title")).trimmed()
            : article->title;
        text.bodyHtml = article->bodyHtml;
        if (text.title.isEmpty())
            return failure(tr("--title: the title must not be empty"));
        const auto created = pages.addPage(page, text);
        if (!created)
            return created.failure();
        id = *created;
        return {};
    });
    if (!status)
        return report(io, status.failure());
    for (const QString &problem : std::as_const(skipped))
        io.err << "newsdesk: " << tr("warning: image left out: %1").arg(problem) << Qt::endl;
    io.out << id << Qt::endl; // only after the commit
    return skipped.isEmpty() ? Success : ProblemsFound;
}
