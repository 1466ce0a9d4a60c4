#include "initcommand.h"

#include "demo/demosite.h"

QString InitCommand::summary() const
{
    return tr("Create a new site file, empty or with the demo content.");
}

QString InitCommand::synopsis() const
{
    return QStringLiteral("SITE [--demo]");
}

void InitCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The new site file (*.newsdesk)."));
    parser.addOption({ QStringLiteral("demo"), tr("Fill the site with the demo content.") });
}

int InitCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString path = parser.positionalArguments().at(1);
    const auto site = parser.isSet(QStringLiteral("demo"))
        ? DemoSite::createSite(path)
        : openSite(path, SiteDatabase::Mode::Create);
    if (!site)
        return report(io, site.failure());
    io.out << tr("Created %1").arg(path) << Qt::endl;
    return Success;
}
