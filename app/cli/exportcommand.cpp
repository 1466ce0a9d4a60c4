#include "exportcommand.h"

#include "publish/sitecheck.h"
#include "publish/siteexporter.h"
#include "store/siterepository.h"

#include <unistd.h>

QString ExportCommand::summary() const
{
    return tr("Check the site, then write what is published as a static bundle.");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral(
        "SITE --out DIR|FILE.zip [--base-url URL] [--lang en,ka] [--force] [--with-originals]");
}

void ExportCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("out"),
        tr("The bundle: a folder (files an earlier export wrote are updated) or a .zip file."),
        tr("DIR") });
    parser.addOption({ QStringLiteral("base-url"),
        tr("The address the bundle will have (https://…/), for canonical links, the sitemap "
           "and Open Graph; default: the site's."),
        tr("URL") });
    parser.addOption({ QStringLiteral("lang"),
        tr("Publish only these languages (comma-separated codes)."), tr("LANGS") });
    parser.addOption({ QStringLiteral("force"), tr("Export even when the check finds errors.") });
    parser.addOption({ QStringLiteral("with-originals"),
        tr("Publish each image's original file too (with its metadata, GPS included).") });
}

Result<QStringList> ExportCommand::readLanguages(
    const QCommandLineParser &parser, SiteDatabase &site)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return QStringList();
    const auto settings = SiteRepository(site).settings();
    if (!settings)
        return settings.failure();
    const QStringList languages
        = parser.value(QStringLiteral("lang")).split(u',', Qt::SkipEmptyParts);
    for (const QString &language : languages) {
        if (!settings->languages.contains(language.trimmed()))
            return failure(tr("%1: the site has no language '%2' (it has %3)")
                               .arg(site.path(), language, settings->languages.join(u',')));
    }
    if (languages.isEmpty())
        return failure(tr("--lang: no language given"));
    QStringList trimmed;
    for (const QString &language : languages)
        trimmed.append(language.trimmed());
    return trimmed;
}

Result<QString> ExportCommand::readBaseUrl(const QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("base-url"));
    if (text.isEmpty())
        return QString();
    if (!SiteRepository::isBaseUrl(text))
        return failure(tr("--base-url: '%1' is not an http(s) address such as "
                          "https://www.example.org/georgia/")
                           .arg(text));
    return text;
}

int ExportCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return report(io, tr("export: --out is required"));
    const auto baseUrl = readBaseUrl(parser);
    if (!baseUrl)
        return report(io, baseUrl.failure());
    // Without the integrity check (a scan of the whole file, a tenth of a large export's time):
    // the export reads what it publishes, and a read that meets damage stops it before
    // anything is written.
    auto site = openSite(parser.positionalArguments().at(1), SiteDatabase::Mode::ReadOnly,
        SiteDatabase::Check::HeaderOnly);
    if (!site)
        return report(io, site.failure());
    const auto languages = readLanguages(parser, **site);
    if (!languages)
        return report(io, languages.failure());

    SiteExporter::Options options;
    options.languages = *languages;
    options.baseUrl = *baseUrl;
    options.check = true; // the pre-publish check, on the bodies the export parses anyway
    options.force = parser.isSet(QStringLiteral("force"));
    options.withOriginals = parser.isSet(QStringLiteral("with-originals"));
    // A progress line on a terminal, rewritten in place.
    const bool terminal = ::isatty(STDERR_FILENO);
    if (terminal) {
        options.progress = [&io](SiteExporter::Phase phase, int done, int total) {
            io.err << '\r'
                   << (phase == SiteExporter::Phase::Rendering ? tr("Rendering %1 of %2 pages")
                                                               : tr("Writing %1 of %2 files"))
                          .arg(done)
                          .arg(total)
                   << QStringLiteral("\x1b[K");
            io.err.flush();
        };
    }
    const SiteExporter exporter(**site, options);
    const bool zip = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const auto result = zip ? exporter.exportZip(out) : exporter.exportTo(out);
    if (terminal) {
        io.err << QStringLiteral("\r\x1b[K");
        io.err.flush();
    }
    if (!result)
        return report(io, result.failure());
    for (const SiteCheck::Finding &finding : result->findings)
        io.err << SiteCheck::format(finding) << Qt::endl;
    if (result->stopped) {
        const int errors = SiteCheck::count(result->findings, SiteCheck::Severity::Error);
        io.err << tr(
            "export: %n error(s) found; nothing written (--force exports anyway)", nullptr, errors)
               << Qt::endl;
        return ProblemsFound;
    }
    if (zip) {
        io.out << tr("%1: %2 files").arg(out).arg(result->files) << Qt::endl;
    } else {
        io.out << tr("%1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 pages rendered)")
                      .arg(out)
                      .arg(result->added)
                      .arg(result->changed)
                      .arg(result->removed)
                      .arg(result->unchanged)
                      .arg(result->rendered)
               << Qt::endl;
    }
    return Success;
}
