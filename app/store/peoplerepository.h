#pragma once

#include "core/result.h"
#include "permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class SiteDatabase;

// A team site's people (schema 12): PostgreSQL login roles, each a member of one of the group
// roles newsdesk_editor, newsdesk_translator, newsdesk_publisher, and a row of the site's
// `person` table (their role here, a translator's languages). Adding and removing them is a
// publisher's, and the server refuses anybody else (its refusal is the message). A site file
// has no people.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    explicit PeopleRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct Person
    {
        QString name; // the login role
        Permissions::Role role = Permissions::Role::Editor;
        QStringList languages; // a translator's
        QString displayName;
        QString addedAt;
    };

    struct NewPerson
    {
        QString name;
        Permissions::Role role = Permissions::Role::Editor;
        QStringList languages;
    };

    // What the person connected may do: everything on a site file, or for the owner of a team
    // site (or a superuser) who is not among its people.
    Result<Permissions> permissions() const;
    // Sorted by name; empty for a site file.
    Result<QList<Person>> people() const;

    struct Added
    {
        bool created = false; // a new login role (else one the cluster had: its password kept)
    };
    // Makes `person` one of the site's people: their login role (made when the cluster has
    // none, with the password `askPassword` gives, hashed here: the server never sees it in
    // clear), membership of the group role, CONNECT on the site's database, their row.
    // `askPassword` is called only when a role is made.
    Result<Added> add(const NewPerson &person, const std::function<Result<QString>()> &askPassword);

    struct Removed
    {
        bool dropped = false; // the login role is gone; else only this site's grants went
        int sessionsEnded = 0;
    };
    // Takes `name` off the site: their row and CONNECT on the database; the login role is
    // dropped when no other database grants it CONNECT (a person of no other site), else its
    // memberships stay for those sites. Sessions they still have on the site are ended where
    // the server lets the publisher do so.
    Result<Removed> remove(const QString &name);

    // "editor", "translator", "publisher".
    static std::optional<Permissions::Role> roleFromName(const QString &name);

private:
    Status requireServer() const;

    SiteDatabase &m_db;
};
