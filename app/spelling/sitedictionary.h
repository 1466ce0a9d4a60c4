#pragma once

#include "core/result.h"

#include <QStringList>

class SiteDatabase;
class SpellChecker;

// The site's own dictionary as the spell checker sees it: words are normalised as the checker
// compares them before they are stored (SiteDictionaryRepository keeps them in the site), and
// the stored words are given to a checker beside the personal dictionary.
namespace SiteDictionary {

// Adds a word for everyone who edits the site (already there: nothing changes); `by` is who
// added it.
Status add(SiteDatabase &db, const QString &word, const QString &language, const QString &by);
Status remove(SiteDatabase &db, const QString &word, const QString &language);
// Gives the checker the site's words in `languages` (those it had before are replaced).
Status loadInto(SiteDatabase &db, SpellChecker &checker, const QStringList &languages);

} // namespace SiteDictionary
