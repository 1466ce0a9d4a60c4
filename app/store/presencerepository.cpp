#include "presencerepository.h"

#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QVariant>

QString PresenceRepository::clock(const QString &seconds) const
{
    // ISO 8601 UTC to the second, as every stored time: text that sorts as time does.
    if (m_db.dialect() == SiteDatabase::Dialect::Postgres)
        return QStringLiteral("to_char((now() AT TIME ZONE 'UTC') + make_interval(secs => %1), "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
            .arg(seconds);
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now', %1 || ' seconds')").arg(seconds);
}

QString PresenceRepository::person() const
{
    // On a server the login itself, which nobody can give for someone else.
    return m_db.dialect() == SiteDatabase::Dialect::Postgres ? QStringLiteral("session_user")
                                                             : QStringLiteral(":author");
}

Status PresenceRepository::hold(
    const QString &client, qint64 pageId, const QString &language, int leaseSeconds)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery expired = SqlAccess::query(m_db);
        expired.prepare(
            QStringLiteral("DELETE FROM presence WHERE expires_at < %1").arg(clock(u"0"_qs)));
        if (auto s = m_db.exec(expired, tr("remove leases that ran out")); !s)
            return s;
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral(
            "INSERT INTO presence (client, person, page_id, language, expires_at) VALUES "
            "(:client, %1, :page, :language, %2) ON CONFLICT (client) DO UPDATE SET person = "
            "excluded.person, page_id = excluded.page_id, language = excluded.language, "
            "expires_at = excluded.expires_at")
                          .arg(person(), clock(QString::number(leaseSeconds))));
        query.bindValue(QStringLiteral(":client"), client);
        if (m_db.dialect() == SiteDatabase::Dialect::Sqlite)
            query.bindValue(QStringLiteral(":author"), m_db.author());
        query.bindValue(QStringLiteral(":page"), pageId);
        query.bindValue(QStringLiteral(":language"), language);
        return m_db.exec(query, tr("say that page %1 (%2) is open here").arg(pageId).arg(language));
    });
}

Status PresenceRepository::release(const QString &client)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral("DELETE FROM presence WHERE client = :client"));
        query.bindValue(QStringLiteral(":client"), client);
        return m_db.exec(query, tr("say that no page is open here"));
    });
}

Result<QList<PresenceRepository::Presence>> PresenceRepository::others(const QString &client)
{
    QList<Presence> found;
    // In a transaction: on a team site, a connection lost meanwhile is made again here.
    const Status read = m_db.transaction([&]() -> Status {
        found.clear();
        QSqlQuery query = SqlAccess::query(m_db);
        query.prepare(QStringLiteral(
            "SELECT client, person, page_id, language, person = %1 FROM presence WHERE client "
            "<> :client AND expires_at >= %2 ORDER BY page_id, language, person, client")
                          .arg(person(), clock(u"0"_qs)));
        query.bindValue(QStringLiteral(":client"), client);
        if (m_db.dialect() == SiteDatabase::Dialect::Sqlite)
            query.bindValue(QStringLiteral(":author"), m_db.author());
        if (auto s = m_db.exec(query, tr("read who else has pages open")); !s)
            return s;
        while (query.next())
            found.append({ query.value(0).toString(), query.value(1).toString(),
                query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toBool() });
        return {};
    });
    if (!read)
        return read.failure();
    return found;
}
