#include "spellreport.h"

#include "body/articlebody.h"
#include "content/pagetree.h"
#include "sitedictionary.h"
#include "store/pagerepository.h"

#include <QMap>

namespace SpellReport {

Result<QList<Entry>> run(
    SiteDatabase &db, SpellChecker &checker, const QStringList &languages, QStringList *problems)
{
    PageRepository pages(db);
    auto listing = pages.listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return listing.failure();
    const PageTree tree(std::move(*listing));
    QHash<qint64, int> order;
    const QList<qint64> ids = tree.depthFirst();
    for (int i = 0; i < ids.size(); ++i)
        order.insert(ids[i], i);

    // The site's own words count as spelled right, for everyone who checks it.
    if (auto s = SiteDictionary::loadInto(db, checker, languages); !s)
        return s.failure();

    QList<Entry> entries;
    for (const QString &language : languages) {
        if (const Status loaded = checker.load(language); !loaded) {
            if (problems)
                problems->append(loaded.error());
            continue;
        }
        const auto texts = pages.translations(language);
        if (!texts)
            return texts.failure();
        QMap<QString, Entry> words;
        for (const Translation &text : *texts) {
            const QString all = text.title + u'\n' + text.summary + u'\n'
                + BodyText::plainText(ArticleBody::parse(text.bodyHtml));
            for (const SpellChecker::Misspelling &found : checker.check(all)) {
                if (found.language != language)
                    continue; // the other script's words belong to the other language
                Entry &entry = words[SpellChecker::normalized(found.word)];
                ++entry.count;
                if (!entry.pages.contains(text.pageId))
                    entry.pages.append(text.pageId);
            }
        }
        QList<Entry> list;
        for (auto it = words.begin(); it != words.end(); ++it) {
            Entry entry = std::move(it.value());
            entry.language = language;
            entry.word = it.key();
            std::sort(entry.pages.begin(), entry.pages.end(),
                [&](qint64 a, qint64 b) { return order.value(a) < order.value(b); });
            for (qint64 page : std::as_const(entry.pages))
                entry.paths.append(language + u'/' + tree.path(page));
            list.append(std::move(entry));
        }
        std::stable_sort(list.begin(), list.end(),
            [](const Entry &a, const Entry &b) { return a.count > b.count; });
        entries += list;
    }
    return entries;
}

} // namespace SpellReport
