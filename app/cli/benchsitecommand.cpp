#include "benchsitecommand.h"

#include "demo/syntheticsite.h"

#include <QFile>

QString BenchSiteCommand::summary() const
{
    return tr("Create a synthetic bilingual site for benchmarks.");
}

QString BenchSiteCommand::synopsis() const
{
    return QStringLiteral("SITE --pages-per-lang N [--words 600] [--sections 5]");
}

void BenchSiteCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The new site file."));
    parser.addOption(
        { QStringLiteral("pages-per-lang"), tr("Articles in each language."), tr("N") });
    parser.addOption({ QStringLiteral("words"), tr("Words per article (default 600)."), tr("W"),
        QStringLiteral("600") });
    parser.addOption(
        { QStringLiteral("sections"), tr("Sections (default 5)."), tr("S"), QStringLiteral("5") });
}

int BenchSiteCommand::execute(const QCommandLineParser &parser, Streams io)
{
    SyntheticSite::Shape shape;
    bool ok[3] = {};
    shape.pagesPerLanguage = parser.value(QStringLiteral("pages-per-lang")).toInt(&ok[0]);
    shape.words = parser.value(QStringLiteral("words")).toInt(&ok[1]);
    shape.sections = parser.value(QStringLiteral("sections")).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || shape.pagesPerLanguage < 1 || shape.words < 20
        || shape.sections < 1)
        return report(io,
            tr("bench-site: --pages-per-lang, --words (at least 20) and --sections "
               "take positive whole numbers"));
    const QString path = parser.positionalArguments().at(1);
    {
        auto site = openSite(path, SiteDatabase::Mode::Create);
        if (!site)
            return report(io, site.failure());
        if (const auto populated = SyntheticSite::populate(**site, shape); !populated) {
            site->reset();
            SiteDatabase::removeFiles(path);
            return report(io, populated.failure());
        }
    }
    io.out << tr("Created %1 with %2 articles per language")
                  .arg(path, QString::number(shape.pagesPerLanguage))
           << Qt::endl;
    return Success;
}
