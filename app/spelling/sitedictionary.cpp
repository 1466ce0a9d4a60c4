#include "sitedictionary.h"

#include "spellchecker.h"
#include "store/sitedictionaryrepository.h"

#include <QHash>

namespace SiteDictionary {

Status add(SiteDatabase &db, const QString &word, const QString &language, const QString &by)
{
    return SiteDictionaryRepository(db).add(SpellChecker::normalized(word.trimmed()), language, by);
}

Status remove(SiteDatabase &db, const QString &word, const QString &language)
{
    return SiteDictionaryRepository(db).remove(SpellChecker::normalized(word.trimmed()), language);
}

Status loadInto(SiteDatabase &db, SpellChecker &checker, const QStringList &languages)
{
    const auto all = SiteDictionaryRepository(db).words();
    if (!all)
        return all.failure();
    QHash<QString, QStringList> byLanguage;
    for (const SiteDictionaryRepository::Word &word : *all)
        byLanguage[word.language].append(word.word);
    for (const QString &language : languages)
        checker.setSiteWords(language, byLanguage.value(language));
    return {};
}

} // namespace SiteDictionary
