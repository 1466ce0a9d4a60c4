#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Numbered schema files (0001_initial.sql, 0002_….sql) applied one by one, each in its own
// transaction together with the new PRAGMA user_version.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString path;
    };

    // The migrations in a folder (":/migrations/sqlite" for the real schema), sorted; fails when
    // the numbering has gaps or duplicates. Numbering starts at 1, or at a baseline
    // (NNNN_baseline.sql: schema NNNN whole, where a dialect's history begins).
    static Result<QList<Migration>> load(const QString &folder);

    // Splits a file into single statements (QSQLITE runs one per exec()): on ';' outside
    // quotes and comments, keeping CREATE TRIGGER … END; whole.
    static QStringList splitStatements(const QString &sql);

    // Work in C++ that completes a migration (filling a new column from parsed bodies); it
    // runs after the migration's SQL, in its transaction.
    using Completion = std::function<Status(QSqlDatabase &db, int version)>;

    // A team site's schema on PostgreSQL: from nothing (`fromVersion` 0: the schema `newsdesk`
    // and the baseline) or above `fromVersion`, all in one transaction (PostgreSQL's DDL is
    // transactional), each file in one exec; the version goes to newsdesk.schema_version.
    static Status applyServer(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations,
        const QString &site, const Completion &complete = {});

    // Applies every migration above `fromVersion`; `site` names the file in messages.
    static Status apply(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations,
        const QString &site, const Completion &complete = {});
};
