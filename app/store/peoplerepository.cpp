#include "peoplerepository.h"

#include "core/timestamps.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace {

QString groupRole(Permissions::Role role)
{
    return QStringLiteral("newsdesk_") + Permissions::roleName(role);
}

// A role name Newsdesk makes: what psql and a connection address take without quoting.
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

} // namespace

std::optional<Permissions::Role> PeopleRepository::roleFromName(const QString &name)
{
    for (const auto role : { Permissions::Role::Editor, Permissions::Role::Translator,
             Permissions::Role::Publisher }) {
        if (Permissions::roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

Status PeopleRepository::requireServer() const
{
    if (m_db.dialect() == SiteDatabase::Dialect::Postgres)
        return {};
    return failure(tr("%1: a site file has no people: whoever opens the file may do "
                      "everything (a team site on a PostgreSQL server has roles)")
                       .arg(m_db.path()));
}

Result<Permissions> PeopleRepository::permissions() const
{
    if (m_db.dialect() != SiteDatabase::Dialect::Postgres)
        return Permissions();
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT p.role, p.languages, current_user, (SELECT rolsuper FROM pg_roles WHERE "
        "rolname = current_user) OR pg_has_role(current_user, n.nspowner, 'MEMBER'), "
        "(SELECT source_language FROM newsdesk.site WHERE id = 1) FROM "
        "pg_namespace n LEFT JOIN newsdesk.person p ON p.name = current_user "
        "WHERE n.nspname = 'newsdesk'"));
    if (auto s = m_db.exec(query, tr("read what you may do on the site")); !s)
        return s.failure();
    if (!query.next())
        return failure(tr("%1: the site's schema is missing").arg(m_db.path()));
    const QString person = query.value(2).toString();
    const auto role = roleFromName(query.value(0).toString());
    if (!role)
        return Permissions(
            query.value(3).toBool() ? Permissions::Role::Everything : Permissions::Role::Nobody, {},
            person);
    // An editor writes the source language's texts (schema 13; before, every language).
    const QStringList languages = *role != Permissions::Role::Editor
        ? query.value(1).toString().split(u',', Qt::SkipEmptyParts)
        : m_db.schemaVersion() >= 13 ? QStringList { query.value(4).toString() }
                                     : QStringList();
    return Permissions(*role, languages, person);
}

Result<QList<PeopleRepository::Person>> PeopleRepository::people() const
{
    if (m_db.dialect() != SiteDatabase::Dialect::Postgres)
        return QList<Person>();
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT name, role, languages, display_name, added_at FROM "
                                 "person ORDER BY name"));
    if (auto s = m_db.exec(query, tr("list the site's people")); !s)
        return s.failure();
    QList<Person> list;
    while (query.next()) {
        Person person;
        person.name = query.value(0).toString();
        person.role = roleFromName(query.value(1).toString()).value_or(Permissions::Role::Nobody);
        person.languages = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
        person.displayName = query.value(3).toString();
        person.addedAt = query.value(4).toString();
        list.append(person);
    }
    return list;
}

Result<PeopleRepository::Added> PeopleRepository::add(
    const NewPerson &person, const std::function<Result<QString>()> &askPassword)
{
    if (auto s = requireServer(); !s)
        return s.failure();
    if (!isPlainName(person.name))
        return failure(tr("%1: '%2' cannot be a person's role name: lower-case letters, digits "
                          "and _, starting with a letter (at most 63)")
                           .arg(m_db.path(), person.name));
    const bool translator = person.role == Permissions::Role::Translator;
    if (translator && person.languages.isEmpty())
        return failure(
            tr("%1: a translator needs one or more languages (--lang ka)").arg(m_db.path()));
    if (!translator && !person.languages.isEmpty())
        return failure(person.role == Permissions::Role::Editor
                ? tr("%1: only a translator has languages; an editor writes the site's source "
                     "language")
                      .arg(m_db.path())
                : tr("%1: only a translator has languages; a publisher writes in all of them")
                      .arg(m_db.path()));

    QSqlDatabase connection = SqlAccess::connection(m_db);
    QSqlDriver *driver = connection.driver();
    const QString quoted = driver->escapeIdentifier(person.name, QSqlDriver::FieldName);
    Added added;
    // Outlives the transaction: a server cannot free a statement in a failed one.
    QSqlQuery row = SqlAccess::query(m_db);
    const Status status = m_db.transaction([&]() -> Status {
        for (const QString &language : person.languages) {
            QSqlQuery known = SqlAccess::query(m_db);
            known.prepare(QStringLiteral("SELECT 1 FROM site_language WHERE code = :code"));
            known.bindValue(QStringLiteral(":code"), language);
            if (auto s = m_db.exec(known, tr("check the language %1").arg(language)); !s)
                return s;
            if (!known.next())
                return failure(ErrorKind::NotFound,
                    tr("%1: '%2' is not a language of this site").arg(m_db.path(), language));
        }
        // Their row first: the server says here whether the one asking may manage people.
        row.prepare(QStringLiteral(
            "INSERT INTO person (name, role, languages, added_at) VALUES (:name, :role, "
            ":languages, :now) ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
            "languages = excluded.languages"));
        row.bindValue(QStringLiteral(":name"), person.name);
        row.bindValue(QStringLiteral(":role"), Permissions::roleName(person.role));
        // Never a null QString: it would bind as NULL.
        row.bindValue(QStringLiteral(":languages"),
            person.languages.isEmpty() ? QStringLiteral("") : person.languages.join(u','));
        row.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
        if (auto s = m_db.exec(row, tr("add %1 to the site's people").arg(person.name)); !s)
            return s;

        QSqlQuery exists = SqlAccess::query(m_db);
        exists.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = :name"));
        exists.bindValue(QStringLiteral(":name"), person.name);
        if (auto s = m_db.exec(exists, tr("look for the role %1").arg(person.name)); !s)
            return s;
        if (exists.next()) {
            if (!exists.value(0).toBool())
                return failure(tr("%1: %2 is a role that cannot log in (a group?), not a "
                                  "person")
                                   .arg(m_db.path(), person.name));
        } else {
            auto password = askPassword();
            if (!password)
                return password.failure();
            if (password->isEmpty())
                return failure(
                    tr("%1: %2 needs a password to connect with").arg(m_db.path(), person.name));
            // Hashed here as psql's \password does (SCRAM, as the server asks): the clear
            // password never travels nor reaches the server's log.
            const QVariant handle = driver->handle();
            PGconn *pg = QByteArray(handle.typeName()).endsWith("conn*")
                ? *static_cast<PGconn *const *>(handle.constData())
                : nullptr;
            const QByteArray clear = password->toUtf8();
            password->fill(u'\0');
            char *hashed = pg ? PQencryptPasswordConn(
                               pg, clear.constData(), person.name.toUtf8().constData(), nullptr)
                              : nullptr;
            if (!hashed)
                return failure(tr("%1: cannot hash the password of %2: %3")
                                   .arg(m_db.path(), person.name,
                                       pg ? QString::fromUtf8(PQerrorMessage(pg)).trimmed()
                                          : tr("not a PostgreSQL connection")));
            const QString verifier = QString::fromLatin1(hashed);
            PQfreemem(hashed);
            if (verifier.contains(u'\''))
                return failure(
                    tr("%1: cannot hash the password of %2").arg(m_db.path(), person.name));
            if (auto s = m_db.exec(
                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(quoted, verifier),
                    tr("make the role %1").arg(person.name));
                !s)
                return s;
            added.created = true;
        }
        if (auto s = m_db.exec(QStringLiteral("GRANT %1 TO %2").arg(groupRole(person.role), quoted),
                tr("make %1 a member of %2").arg(person.name, groupRole(person.role)));
            !s)
            return s;
        QSqlQuery database = SqlAccess::query(m_db);
        if (!database.exec(QStringLiteral("SELECT current_database()")) || !database.next())
            return m_db.sqlFailure(tr("read the database's name"), database.lastError());
        return m_db.exec(
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                .arg(driver->escapeIdentifier(database.value(0).toString(), QSqlDriver::TableName),
                    quoted),
            tr("let %1 connect to the site's database").arg(person.name));
    });
    if (!status)
        return status.failure();
    return added;
}

Result<PeopleRepository::Removed> PeopleRepository::remove(const QString &name)
{
    if (auto s = requireServer(); !s)
        return s.failure();
    QSqlDriver *driver = SqlAccess::connection(m_db).driver();
    const QString quoted = driver->escapeIdentifier(name, QSqlDriver::FieldName);
    Removed removed;
    QSqlQuery row = SqlAccess::query(m_db); // outlives the transaction, as in add()
    const Status status = m_db.transaction([&]() -> Status {
        row.prepare(QStringLiteral("DELETE FROM person WHERE name = :name RETURNING role"));
        row.bindValue(QStringLiteral(":name"), name);
        if (auto s = m_db.exec(row, tr("take %1 off the site's people").arg(name)); !s)
            return s;
        if (!row.next())
            return failure(ErrorKind::NotFound,
                tr("%1: %2 is not one of the site's people").arg(m_db.path(), name));
        QSqlQuery publishers = SqlAccess::query(m_db);
        if (!publishers.exec(QStringLiteral("SELECT count(*) FROM person WHERE role = "
                                            "'publisher'"))
            || !publishers.next())
            return m_db.sqlFailure(tr("count the site's publishers"), publishers.lastError());
        if (publishers.value(0).toInt() == 0)
            return failure(tr("%1: %2 is the site's last publisher; add another one first")
                               .arg(m_db.path(), name));

        QSqlQuery database = SqlAccess::query(m_db);
        if (!database.exec(QStringLiteral("SELECT current_database()")) || !database.next())
            return m_db.sqlFailure(tr("read the database's name"), database.lastError());
        if (auto s = m_db.exec(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2")
                                   .arg(driver->escapeIdentifier(
                                            database.value(0).toString(), QSqlDriver::TableName),
                                       quoted),
                tr("stop %1 connecting to the site's database").arg(name));
            !s)
            return s;
        // What they still have open: their row is gone, so the server refuses their writes
        // already; ending their sessions (where the server lets the publisher: a superuser or
        // a member of pg_signal_backend) stops their reading too. Not a reason to fail.
        (void)m_db.transaction([&]() -> Status {
            QSqlQuery end = SqlAccess::query(m_db);
            end.prepare(QStringLiteral(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM "
                "pg_stat_activity WHERE usename = :name AND datname = current_database()"));
            end.bindValue(QStringLiteral(":name"), name);
            if (auto s = m_db.exec(end, tr("end %1's sessions").arg(name)); !s)
                return s;
            if (end.next())
                removed.sessionsEnded = end.value(0).toInt();
            return {};
        });
        // A person of another site (CONNECT granted on another database) keeps the role and
        // its memberships, which that site needs; anybody else's role goes altogether.
        QSqlQuery elsewhere = SqlAccess::query(m_db);
        elsewhere.prepare(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a, pg_roles r "
            "WHERE d.datname <> current_database() AND r.rolname = :name AND a.grantee = r.oid "
            "AND a.privilege_type = 'CONNECT')"));
        elsewhere.bindValue(QStringLiteral(":name"), name);
        if (auto s = m_db.exec(elsewhere, tr("look for %1's other sites").arg(name)); !s)
            return s;
        elsewhere.next();
        if (!elsewhere.value(0).toBool()) {
            if (auto s = m_db.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted),
                    tr("drop the role %1").arg(name));
                !s)
                return s;
            removed.dropped = true;
        }
        return {};
    });
    if (!status)
        return status.failure();
    return removed;
}
