#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the person connected to a site may do (issue 17): the role the site gives them. A site
// file has no roles (whoever opens the file may do everything); on a team site the server
// enforces the role whatever the client does, and the editor greys out what it would refuse,
// saying why (the why…() texts, one sentence each).
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    enum class Role
    {
        Everything, // a site file, or the team site's owner who is not among its people
        Publisher, // everything: publishing, settings, emptying the trash, people
        Editor, // pages and the source language's texts; never publishes
        Translator, // texts in their languages only
        Nobody, // connected, but not one of the site's people: reads only
    };

    Permissions() = default;
    Permissions(Role role, QStringList languages = {}, QString person = {})
        : m_role(role)
        , m_languages(std::move(languages))
        , m_person(std::move(person))
    { }

    Role role() const { return m_role; }
    // A translator's languages (codes); an editor's: the site's source language.
    const QStringList &languages() const { return m_languages; }
    // The PostgreSQL role connected; empty for a file.
    const QString &person() const { return m_person; }

    // Setting a page's status to Published, or taking a published page off.
    bool mayPublish() const;
    // Making, moving, duplicating, deleting, restoring pages; a page's slug, kind, date.
    bool mayChangePages() const;
    bool mayWriteLanguage(const QString &language) const;
    // The site's settings, emptying the trash, the site's people.
    bool mayManageSite() const;

    QString whyNotPublish() const;
    QString whyNotChangePages() const;
    QString whyNotWriteLanguage(const QString &language) const;
    QString whyNotManageSite() const;

    // Who is connected as what, for the status bar: "tina: translator for ka".
    QString summary() const;

    // "publisher", "editor", "translator" as the command line and the server say it.
    static QString roleName(Role role);
    // The same, in the user's language, for messages.
    static QString displayName(Role role);

private:
    QString asWhom() const;

    Role m_role = Role::Everything;
    QStringList m_languages;
    QString m_person;
};
