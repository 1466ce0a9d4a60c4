#include "backupcommand.h"

#include "store/backups.h"

#include <QFileInfo>
#include <QLocale>

QString BackupCommand::summary() const
{
    return tr("Write a checked copy of a site, or list its automatic backups.");
}

QString BackupCommand::synopsis() const
{
    return QStringLiteral("SITE OUT.newsdesk | SITE --list | SITE --restore BACKUP.newsdesk");
}

void BackupCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"),
        tr("The site: a site file, or a team site's postgresql:// address."));
    parser.addPositionalArgument(
        QStringLiteral("OUT"), tr("The copy to write (must not exist)."), QStringLiteral("[OUT]"));
    parser.addOption({ QStringLiteral("list"),
        tr("List the automatic backups (daily, before upgrades, before restores).") });
    parser.addOption({ QStringLiteral("restore"),
        tr("Put this backup in place of a site file (checked first; the site as it is becomes "
           "a backup). No one may have the site open. A team site is not restored: copy the "
           "backup into an empty database."),
        QStringLiteral("BACKUP") });
}

int BackupCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList positional = parser.positionalArguments();
    const QString sitePath = positional.at(1);
    if (parser.isSet(QStringLiteral("list"))) {
        if (positional.size() != 2)
            return report(io, tr("backup: --list takes only the site"));
        const auto backups = Backups::list(sitePath);
        if (backups.isEmpty())
            io.out << tr("No backups of %1 in %2").arg(sitePath, Backups::folderFor(sitePath))
                   << Qt::endl;
        for (const auto &backup : backups) {
            io.out << QStringLiteral("%1  %2  %3")
                          .arg(backup.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          .arg(QLocale::c().formattedDataSize(backup.size), 9)
                          .arg(backup.path)
                   << Qt::endl;
        }
        return Success;
    }
    if (parser.isSet(QStringLiteral("restore"))) {
        if (positional.size() != 2)
            return report(io, tr("backup: --restore takes only the site"));
        const QString backup = parser.value(QStringLiteral("restore"));
        if (auto s = Backups::restore(sitePath, backup); !s)
            return report(io, s.failure());
        io.out << tr("Restored %1 from %2").arg(sitePath, backup) << Qt::endl;
        return Success;
    }
    if (positional.size() != 3)
        return report(io, tr("backup: expected %1 (see 'newsdesk backup --help')").arg(synopsis()));
    auto site = openSite(sitePath, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    const QString out = positional.at(2);
    if (auto s = Backups::write(**site, out); !s)
        return report(io, s.failure());
    io.out << tr("Wrote %1 (%2, checked)")
                  .arg(out, QLocale::c().formattedDataSize(QFileInfo(out).size()))
           << Qt::endl;
    return Success;
}
