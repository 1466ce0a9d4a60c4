#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

class SiteDatabase;
class SpellChecker;

// The site's own dictionary: words accepted by the spell checker for everyone who edits the
// site (names of people, places, projects), kept in the site file beside its pages. Words are
// stored as the spell checker normalises them, once per language.
class SiteDictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteDictionaryRepository)

public:
    explicit SiteDictionaryRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct Word
    {
        QString language; // en, ka
        QString word;
        bool operator==(const Word &) const = default;
    };

    // Every word, by language, then alphabetically.
    Result<QList<Word>> words() const;
    // Adds a word (already there: nothing changes); `by` is who added it.
    Status add(const QString &word, const QString &language, const QString &by = {});
    Status remove(const QString &word, const QString &language);
    // Gives the checker the site's words in `languages` (those it had before are replaced).
    Status loadInto(SpellChecker &checker, const QStringList &languages) const;

private:
    SiteDatabase &m_db;
};
