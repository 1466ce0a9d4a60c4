#include "migrator.h"

#include "postgreserrorkind.h"
#include "sitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

bool startsTrigger(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression end(
        QStringLiteral(R"(\bEND\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

Result<QList<Migrator::Migration>> Migrator::load(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    QList<Migration> migrations;
    const QStringList files
        = QDir(folder).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (!match.hasMatch())
            return failure(Tr::tr("%1: migration file name is not NNNN_name.sql")
                               .arg(QDir(folder).filePath(file)));
        migrations.append({ match.captured(1).toInt(), QDir(folder).filePath(file) });
    }
    const int first
        = !migrations.isEmpty() && migrations.first().path.endsWith(QLatin1String("_baseline.sql"))
        ? migrations.first().version
        : 1;
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != first + i)
            return failure(Tr::tr("%1: expected migration %2 here (numbering must start at 1 "
                                  "or at a baseline, without gaps)")
                               .arg(migrations[i].path)
                               .arg(first + i));
    }
    if (migrations.isEmpty())
        return failure(Tr::tr("%1: no migration files").arg(folder));
    return migrations;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    enum class State
    {
        Code,
        Single,
        Double,
        LineComment,
        BlockComment
    } state
        = State::Code;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            } else if (c == u';') {
                if (startsTrigger(current) && !endsWithEnd(current.trimmed())) {
                    current += c; // a statement inside the trigger body
                    continue;
                }
                flush();
                continue;
            }
            current += c;
            break;
        case State::Single:
        case State::Double:
            current += c;
            if (c == (state == State::Single ? u'\'' : u'"'))
                state = State::Code; // a doubled quote re-enters the literal at once
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                current += u' ';
                ++i;
            }
            break;
        }
    }
    flush();
    return statements;
}

Status Migrator::applyServer(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations,
    const QString &site, const Completion &complete)
{
    QSqlQuery query(db);
    const auto failed = [&](const QString &message) {
        const ErrorKind kind = postgresErrorKind(query.lastError().nativeErrorCode());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure(kind, message);
    };
    if (!query.exec(QStringLiteral("BEGIN")))
        return failure(postgresErrorKind(query.lastError().nativeErrorCode()),
            Tr::tr("%1: cannot start making the site's schema: %2")
                .arg(site, query.lastError().databaseText()));
    if (fromVersion == 0 && !query.exec(QStringLiteral("CREATE SCHEMA newsdesk")))
        return failed(Tr::tr("%1: cannot make the schema newsdesk: %2")
                          .arg(site, query.lastError().databaseText()));
    int version = fromVersion;
    for (const Migration &migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return failure(ErrorKind::Io,
                Tr::tr("%1: cannot read migration %2: %3")
                    .arg(site, migration.path, file.errorString()));
        }
        // One exec: PostgreSQL takes a file's statements at once, dollar-quoted bodies too. A
        // step with nothing to do on this dialect (comments only) is not sent: libpq refuses an
        // empty query without a message.
        const QString sql = QString::fromUtf8(file.readAll());
        if (!splitStatements(sql).isEmpty() && !query.exec(sql))
            return failed(
                Tr::tr("%1: upgrading to schema %2 failed in %3: %4")
                    .arg(site)
                    .arg(migration.version)
                    .arg(QFileInfo(migration.path).fileName(), query.lastError().databaseText()));
        if (complete) {
            if (auto s = complete(db, migration.version); !s) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return failure(s.kind(),
                    Tr::tr("%1: upgrading to schema %2 failed: %3")
                        .arg(site)
                        .arg(migration.version)
                        .arg(s.error()));
            }
        }
        version = migration.version;
    }
    if (!query.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version)))
        return failed(Tr::tr("%1: cannot record schema %2: %3")
                          .arg(site, QString::number(version), query.lastError().databaseText()));
    if (!query.exec(QStringLiteral("COMMIT")))
        return failed(Tr::tr("%1: cannot commit schema %2: %3")
                          .arg(site, QString::number(version), query.lastError().databaseText()));
    return {};
}

Status Migrator::apply(QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations,
    const QString &site, const Completion &complete)
{
    for (const Migration &migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(ErrorKind::Io,
                Tr::tr("%1: cannot read migration %2: %3")
                    .arg(site, migration.path, file.errorString()));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failure(SiteDatabase::kindOf(query.lastError()),
                Tr::tr("%1: cannot start upgrading to schema %2: %3")
                    .arg(site)
                    .arg(migration.version)
                    .arg(query.lastError().text()));
        QString error;
        ErrorKind kind = ErrorKind::Invalid;
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                error = Tr::tr("%1: upgrading to schema %2 failed in %3: %4")
                            .arg(site)
                            .arg(migration.version)
                            .arg(QFileInfo(migration.path).fileName(), query.lastError().text());
                kind = SiteDatabase::kindOf(query.lastError());
                break;
            }
        }
        if (error.isEmpty() && complete) {
            if (auto s = complete(db, migration.version); !s) {
                error = Tr::tr("%1: upgrading to schema %2 failed: %3")
                            .arg(site)
                            .arg(migration.version)
                            .arg(s.error());
                kind = s.kind();
            }
        }
        if (error.isEmpty()
            && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            error = Tr::tr("%1: cannot record schema %2: %3")
                        .arg(site)
                        .arg(migration.version)
                        .arg(query.lastError().text());
            kind = SiteDatabase::kindOf(query.lastError());
        }
        if (error.isEmpty() && !query.exec(QStringLiteral("COMMIT"))) {
            error = Tr::tr("%1: cannot commit schema %2: %3")
                        .arg(site)
                        .arg(migration.version)
                        .arg(query.lastError().text());
            kind = SiteDatabase::kindOf(query.lastError());
        }
        if (!error.isEmpty()) {
            query.exec(QStringLiteral("ROLLBACK"));
            return failure(kind, error);
        }
    }
    return {};
}
