#include "copycommand.h"

#include "store/sitecopy.h"

#include <QElapsedTimer>

QString CopyCommand::summary() const
{
    return tr("Copy a whole site between a file and a team site's server, checked.");
}

QString CopyCommand::synopsis() const
{
    return QStringLiteral("SRC DST");
}

void CopyCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SRC"),
        tr("The site to copy: a site file or a team site's postgresql:// address (only read)."));
    parser.addPositionalArgument(QStringLiteral("DST"),
        tr("The copy: a new site file, or an empty database's postgresql:// address."));
}

int CopyCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QString source = parser.positionalArguments().at(1);
    const QString destination = parser.positionalArguments().at(2);
    auto site = openSite(source, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    // A large site takes a while: a line on stderr at most once a second.
    QElapsedTimer sinceLine;
    sinceLine.start();
    const auto progress = [&](const QString &table, qint64 done, qint64 total) {
        if (sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        io.err << "newsdesk: "
               << tr("copying %1: %2 of %3 rows")
                      .arg(table, QString::number(done), QString::number(total))
               << Qt::endl;
    };
    const auto copied = SiteCopy::copy(**site, destination, progress);
    if (!copied)
        return report(io, copied.failure());
    io.out << tr("Copied %1 to %2: %3 tables, %4 rows; counts and checksums match")
                  .arg(source, destination, QString::number(copied->tables.size()),
                      QString::number(copied->rows()))
           << Qt::endl;
    return Success;
}
