#include "checkcommand.h"

#include "exportcommand.h"
#include "publish/sitecheck.h"

QString CheckCommand::summary() const
{
    return tr("Check what an export would publish: links, images, titles, translations.");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("SITE [--json] [--lang en,ka] [--base-url URL]");
}

void CheckCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("json"), tr("Print the findings as JSON.") });
    parser.addOption({ QStringLiteral("lang"),
        tr("Check only these languages (comma-separated codes)."), tr("LANGS") });
    parser.addOption({ QStringLiteral("base-url"),
        tr("The address the bundle will have, as export takes it."), tr("URL") });
}

int CheckCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const auto baseUrl = ExportCommand::readBaseUrl(parser);
    if (!baseUrl)
        return report(io, baseUrl.failure());
    auto site = openSite(parser.positionalArguments().at(1), SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    const auto languages = ExportCommand::readLanguages(parser, **site);
    if (!languages)
        return report(io, languages.failure());
    const auto findings
        = SiteCheck::run(**site, { QDateTime::currentDateTimeUtc(), *languages, *baseUrl });
    if (!findings)
        return report(io, findings.failure());
    const int errors = SiteCheck::count(*findings, SiteCheck::Severity::Error);
    const int warnings = SiteCheck::count(*findings, SiteCheck::Severity::Warning);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(SiteCheck::toJson(*findings));
    } else {
        for (const SiteCheck::Finding &finding : *findings)
            io.out << SiteCheck::format(finding) << Qt::endl;
        io.out << tr("%1: %2 error(s), %3 warning(s)")
                      .arg(parser.positionalArguments().at(1))
                      .arg(errors)
                      .arg(warnings)
               << Qt::endl;
    }
    return errors > 0 ? ProblemsFound : Success;
}
