#pragma once

#include "core/result.h"
#include "spellchecker.h"

class SiteDatabase;

// Misspelled words across a site: titles, summaries and bodies of every page (drafts too),
// per language, with how often and where; the site dictionary's words are not misspelled.
// Shared by `newsdesk spell` and Tools › Spelling Report.
namespace SpellReport {

struct Entry
{
    QString language;
    QString word; // normalised (’ → ', Mtavruli → Mkhedruli)
    int count = 0;
    QList<qint64> pages; // in tree order, once each
    QStringList paths; // "ka/news/x", matching `pages`
};

// Sorted by language, then most frequent first, then by word. A language whose dictionary is
// missing is left out; its message goes to `problems`.
Result<QList<Entry>> run(
    SiteDatabase &db, SpellChecker &checker, const QStringList &languages, QStringList *problems);

} // namespace SpellReport
