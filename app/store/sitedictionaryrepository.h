#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

class SiteDatabase;

// The storage of the site's own dictionary: words accepted by the spell checker for everyone
// who edits the site (names of people, places, projects), kept in the site file beside its
// pages, once per language. The words come normalised as the spell checker compares them
// (SiteDictionary in spelling/ does that and gives them to the checker).
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

private:
    SiteDatabase &m_db;
};
