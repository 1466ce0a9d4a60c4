#include "xliffcommand.h"

#include "translation/xliff.h"

#include <QFile>
#include <QSaveFile>

QString XliffCommand::summary() const
{
    return tr("Export texts for a CAT tool as XLIFF, or import the translated file.");
}

QString XliffCommand::synopsis() const
{
    return QStringLiteral("export SITE --lang L --out FILE.xlf [--only-outdated] "
                          "[--only-missing] [--format 2.0|1.2]\n"
                          "       newsdesk xliff import SITE FILE.xlf");
}

void XliffCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("export or import."));
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("import: the translated XLIFF file."), QStringLiteral("[FILE]"));
    parser.addOption(
        { QStringLiteral("lang"), tr("export: the language to translate into."), tr("L") });
    parser.addOption({ QStringLiteral("out"), tr("export: the XLIFF file to write."), tr("FILE") });
    parser.addOption({ QStringLiteral("only-outdated"),
        tr("export: only pages whose translation is outdated.") });
    parser.addOption({ QStringLiteral("only-missing"),
        tr("export: only pages without a translation (with --only-outdated: either).") });
    parser.addOption({ QStringLiteral("format"),
        tr("export: XLIFF 2.0 (default) or 1.2 for tools that read only that."),
        QStringLiteral("2.0|1.2") });
}

int XliffCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(1);
    if (action == QLatin1String("export") && positional.size() == 3)
        return exportFile(parser, io);
    if (action == QLatin1String("import") && positional.size() == 4)
        return importFile(parser, io);
    return report(io, tr("xliff: expected %1 (see 'newsdesk xliff --help')").arg(synopsis()));
}

int XliffCommand::exportFile(const QCommandLineParser &parser, Streams io)
{
    if (!parser.isSet(QStringLiteral("lang")) || !parser.isSet(QStringLiteral("out")))
        return report(io, tr("xliff export: --lang and --out are required"));
    Xliff::ExportOptions options;
    options.language = parser.value(QStringLiteral("lang"));
    options.onlyOutdated = parser.isSet(QStringLiteral("only-outdated"));
    options.onlyMissing = parser.isSet(QStringLiteral("only-missing"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("1.2"))
        options.version = Xliff::Version::V1_2;
    else if (!format.isEmpty() && format != QLatin1String("2.0"))
        return report(io, tr("xliff export: --format '%1' is not 2.0 or 1.2").arg(format));

    auto site = openSite(parser.positionalArguments().at(2), SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    const auto exported = Xliff::write(**site, options);
    if (!exported)
        return report(io, exported.failure());
    const QString out = parser.value(QStringLiteral("out"));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported->xml) != exported->xml.size()
        || !file.commit())
        return report(io, tr("%1: cannot write the file: %2").arg(out, file.errorString()));
    io.out << tr("%1: %2 page(s), %3 segment(s), %4 word(s) to translate (XLIFF %5)")
                  .arg(out)
                  .arg(exported->pages)
                  .arg(exported->segments)
                  .arg(exported->words)
                  .arg(options.version == Xliff::Version::V1_2 ? QStringLiteral("1.2")
                                                               : QStringLiteral("2.0"))
           << Qt::endl;
    return Success;
}

int XliffCommand::importFile(const QCommandLineParser &parser, Streams io)
{
    for (const char *option : { "lang", "out", "only-outdated", "only-missing", "format" }) {
        if (parser.isSet(QString::fromLatin1(option)))
            return report(
                io, tr("xliff import: --%1 is an export option").arg(QString::fromLatin1(option)));
    }
    const QString path = parser.positionalArguments().at(3);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(io, tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();

    auto site = openSite(parser.positionalArguments().at(2), SiteDatabase::Mode::Open);
    if (!site)
        return report(io, site.failure());
    const auto imported = Xliff::import(**site, bytes, path);
    if (!imported) {
        const int code = report(io, imported.failure());
        io.err << tr("newsdesk: %1: nothing was imported").arg(path) << Qt::endl;
        return code;
    }
    io.out << tr("%1: %2 segment(s) applied, %3 page(s) changed in %4")
                  .arg(path)
                  .arg(imported->segments)
                  .arg(imported->pages)
                  .arg(imported->language)
           << Qt::endl;
    return Success;
}
