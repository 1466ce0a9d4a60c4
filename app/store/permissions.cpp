#include "permissions.h"

#include <QLocale>

bool Permissions::mayPublish() const
{
    return m_role == Role::Everything || m_role == Role::Publisher;
}

bool Permissions::mayChangePages() const
{
    return m_role == Role::Everything || m_role == Role::Publisher || m_role == Role::Editor;
}

bool Permissions::mayWriteLanguage(const QString &language) const
{
    switch (m_role) {
    case Role::Everything:
    case Role::Publisher:
        return true;
    case Role::Editor:
        // The site's source language (an editor of an older site: every language).
        return m_languages.isEmpty() || m_languages.contains(language);
    case Role::Translator:
        return m_languages.contains(language);
    case Role::Nobody:
        break;
    }
    return false;
}

bool Permissions::mayManageSite() const
{
    return mayPublish();
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Everything:
    case Role::Publisher:
        return QStringLiteral("publisher");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Translator:
        return QStringLiteral("translator");
    case Role::Nobody:
        break;
    }
    return {};
}

QString Permissions::displayName(Role role)
{
    switch (role) {
    case Role::Everything:
    case Role::Publisher:
        return tr("publisher");
    case Role::Editor:
        return tr("editor");
    case Role::Translator:
        return tr("translator");
    case Role::Nobody:
        break;
    }
    return tr("not one of the site's people");
}

QString Permissions::summary() const
{
    switch (m_role) {
    case Role::Everything:
        return tr("%1: the site's owner").arg(m_person);
    case Role::Publisher:
        return tr("%1: publisher").arg(m_person);
    case Role::Editor:
        return tr("%1: editor").arg(m_person);
    case Role::Translator:
        return tr("%1: translator for %2")
            .arg(m_person, QLocale().createSeparatedList(m_languages));
    case Role::Nobody:
        break;
    }
    return tr("%1: not one of the site's people, reading only").arg(m_person);
}

QString Permissions::asWhom() const
{
    if (m_role == Role::Nobody)
        return tr("%1 is not one of this site's people (a publisher adds them with newsdesk "
                  "users)")
            .arg(m_person);
    if (m_role == Role::Translator)
        return tr("%1 is a translator for %2 on this site")
            .arg(m_person, QLocale().createSeparatedList(m_languages));
    return tr("%1 is an editor on this site").arg(m_person);
}

QString Permissions::whyNotPublish() const
{
    if (mayPublish())
        return {};
    return tr("Only a publisher publishes or unpublishes a page: %1.").arg(asWhom());
}

QString Permissions::whyNotChangePages() const
{
    if (mayChangePages())
        return {};
    return tr("Only editors and publishers make, move or delete pages: %1.").arg(asWhom());
}

QString Permissions::whyNotWriteLanguage(const QString &language) const
{
    if (mayWriteLanguage(language))
        return {};
    if (m_role == Role::Editor)
        return tr("The %1 text is the translators' to change: %2, writing the %3 texts.")
            .arg(language, asWhom(), QLocale().createSeparatedList(m_languages));
    return tr("The %1 text is not yours to change: %2.").arg(language, asWhom());
}

QString Permissions::whyNotManageSite() const
{
    if (mayManageSite())
        return {};
    return tr("Only a publisher changes the site's settings, empties the trash or manages its "
              "people: %1.")
        .arg(asWhom());
}
