#include "exportcommand.h"

#include "publish/bundlezip.h"
#include "publish/siteexporter.h"

QString ExportCommand::summary() const
{
    return tr("Write the published site as a static bundle into a folder.");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("SITE --out DIR|FILE.zip");
}

void ExportCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("out"),
        tr("The bundle: a folder (files an earlier export wrote are updated) or a .zip file."),
        tr("DIR") });
}

int ExportCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return report(io, tr("export: --out is required"));
    auto site = openSite(parser.positionalArguments().at(1), SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.error());
    if (folder.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const auto files = SiteExporter(**site).build();
        if (!files)
            return report(io, files.error());
        if (const Status written = BundleZip::write(*files, folder); !written)
            return report(io, written.error());
        io.out << tr("%1: %2 files").arg(folder).arg(files->size()) << Qt::endl;
        return Success;
    }
    const auto result = SiteExporter(**site).exportTo(folder);
    if (!result)
        return report(io, result.error());
    io.out << tr("%1: %2 added, %3 changed, %4 removed, %5 unchanged")
                  .arg(folder)
                  .arg(result->added)
                  .arg(result->changed)
                  .arg(result->removed)
                  .arg(result->unchanged)
           << Qt::endl;
    return Success;
}
