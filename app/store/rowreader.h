#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

class SiteDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A read-only statement run straight on SQLite, for the whole-site reads (the page listing,
// every text of a language) where QSqlQuery's QVariant per value costs more than SQLite's own
// work: the export reads 20,000 rows per run. It uses the site's connection, so it sees what
// that connection sees, inside a transaction too. Values read like QSqlQuery::value()'s.
// On a team site (PostgreSQL) the same statement runs through a QSqlQuery.
class RowReader
{
public:
    class Value
    {
    public:
        bool isNull() const;
        QString toString() const;
        qint64 toLongLong() const;
        int toInt() const { return int(toLongLong()); }
        bool toBool() const { return toLongLong() != 0; }

    private:
        friend class RowReader;
        Value(sqlite3_stmt *statement, const QSqlQuery *query, int column)
            : m_statement(statement)
            , m_query(query)
            , m_column(column)
        { }
        sqlite3_stmt *m_statement;
        const QSqlQuery *m_query; // a server's, instead of the statement
        int m_column;
    };

    // `what` completes "<file>: cannot <what>: <SQLite's reason>" when something fails.
    RowReader(const SiteDatabase &db, const QString &sql, const QString &what);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Parameters count from 1, as SQLite's "?" do.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    // The next row; false at the end or on failure (then status() says what went wrong).
    bool next();
    Status status() const;
    Value value(int column) const
    {
        return Value(m_statement, m_query ? &*m_query : nullptr, column);
    }

private:
    void fail(int code);
    void failQuery(); // a server's statement failed

    const SiteDatabase &m_db;
    QString m_what;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    bool m_executed = false;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Invalid;
    QSqlError m_sqlError; // a server's (through QSqlQuery)
};
