#include "rowreader.h"

#include "postgreserrorkind.h"
#include "sitedatabase.h"
#include "sqlaccess.h"
#include "sqliteerrorkind.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(const SiteDatabase &db)
{
    const QVariant handle = SqlAccess::connection(db).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool RowReader::Value::isNull() const
{
    if (m_query)
        return m_query->isNull(m_column);
    return sqlite3_column_type(m_statement, m_column) == SQLITE_NULL;
}

QString RowReader::Value::toString() const
{
    if (m_query)
        return m_query->value(m_column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, m_column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, m_column)) : QString();
}

qint64 RowReader::Value::toLongLong() const
{
    if (m_query)
        return m_query->value(m_column).toLongLong();
    return sqlite3_column_int64(m_statement, m_column);
}

RowReader::RowReader(const SiteDatabase &db, const QString &sql, const QString &what)
    : m_db(db)
    , m_what(what)
{
    if (db.dialect() == SiteDatabase::Dialect::Postgres) {
        m_query.emplace(SqlAccess::query(db));
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql))
            failQuery();
        return;
    }
    m_handle = handleOf(db);
    if (!m_handle) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (const int code
        = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
        code != SQLITE_OK)
        fail(code);
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

void RowReader::bind(int index, const QString &text)
{
    if (m_query) {
        m_query->bindValue(index - 1, text);
        return;
    }
    if (!m_statement)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (const int code = sqlite3_bind_text(
            m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        code != SQLITE_OK)
        fail(code);
}

void RowReader::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    if (!m_statement)
        return;
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK)
        fail(code);
}

bool RowReader::next()
{
    if (m_query) {
        if (!m_error.isEmpty())
            return false;
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                failQuery();
                return false;
            }
        }
        return m_query->next();
    }
    if (!m_statement || !m_error.isEmpty())
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

void RowReader::fail(int code)
{
    if (!m_error.isEmpty())
        return;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_kind = sqliteErrorKind(code);
}

void RowReader::failQuery()
{
    if (!m_error.isEmpty())
        return;
    m_sqlError = m_query->lastError();
    m_error = m_sqlError.databaseText().section(u'\n', 0, 0).trimmed();
    m_kind = postgresErrorKind(m_sqlError.nativeErrorCode());
}

Status RowReader::status() const
{
    if (m_error.isEmpty())
        return {};
    if (m_query) // a server's: its message as every statement's (a server out of reach…)
        return m_db.sqlFailure(m_what, m_sqlError);
    if (m_kind == ErrorKind::Damaged)
        return failure(m_kind,
            SiteDatabase::tr("%1: the site file is damaged (cannot %2: %3)")
                .arg(m_db.path(), m_what, m_error));
    return failure(m_kind, SiteDatabase::tr("%1: cannot %2: %3").arg(m_db.path(), m_what, m_error));
}
