#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class SiteDatabase;

// Copies of a site file made with SQLite's VACUUM INTO, each checked (PRAGMA quick_check on
// its own connection) after it is written. They live in
// $XDG_DATA_HOME/newsdesk/backups/<site name>-<hash of its path>/:
//   daily-2026-12-01.newsdesk                  once a day when the editor opens the site (7 kept)
//   before-schema-7-2026-12-01T145800.newsdesk before an upgrade of the file's schema
//   before-restore-2026-12-01T145800.newsdesk  the site as it was before a backup replaced it (5)
// A team site (on a PostgreSQL server) is backed up as a site file too, written by SiteCopy,
// into <database>-<hash of its address without the password>/.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    enum class Kind
    {
        Daily,
        BeforeUpgrade,
        BeforeRestore,
    };
    struct Backup
    {
        QString path;
        Kind kind = Kind::Daily;
        QDateTime made; // UTC, from the name
        qint64 size = 0;
    };
    static constexpr int DailyKept = 7;
    static constexpr int BeforeRestoreKept = 5;

    static QString folderFor(const QString &sitePath);
    // Writes a checked copy of the open site to `target` (which must not exist): a site file
    // for a team site too.
    static Status write(SiteDatabase &site, const QString &target);
    // The before-schema-N backup, from the bare connection an upgrade runs on (no SiteDatabase
    // is ready yet).
    static Status beforeUpgrade(
        const QString &connectionName, const QString &sitePath, int version);
    // PRAGMA quick_check of a site file on a connection of its own, read-only.
    static Status verify(const QString &path);
    // Today's daily backup, unless there is one; older dailies beyond DailyKept are removed.
    // Returns the new backup's path, or an empty string when today's existed.
    static Result<QString> daily(SiteDatabase &site);
    // Newest first.
    static QList<Backup> list(const QString &sitePath);
    // Replaces a site file (which no one may have open) with a backup: the backup is checked,
    // the site as it is goes to a before-restore backup, then the copy takes its place in one
    // rename. A team site is refused: its backup goes into an empty database with SiteCopy.
    static Status restore(const QString &sitePath, const QString &backupPath);

private:
    // A checked copy from a bare connection.
    static Status write(
        const QString &connectionName, const QString &sitePath, const QString &target);
    // Empties the presence leases in a backup just written: who had the site open is not part
    // of it.
    static Status forgetPresence(const QString &path);
};
