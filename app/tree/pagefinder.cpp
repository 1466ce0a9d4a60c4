#include "pagefinder.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Where a word of a title or path starts: after anything that is no letter or digit ("who-we-
// are/about", "Take Action", "„ჩვენ შესახებ“").
bool startsWord(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

} // namespace

PageFinder::PageFinder(const PageTree &tree)
{
    const QList<qint64> order = tree.depthFirst();
    m_entries.reserve(order.size() * 3);
    for (int i = 0; i < order.size(); ++i) {
        const PageListing *listing = tree.find(order.at(i));
        if (!listing)
            continue;
        for (auto it = listing->titles.cbegin(); it != listing->titles.cend(); ++it) {
            if (!it.value().isEmpty())
                m_entries.append({ listing->page.id, it.key(), fold(it.value()), i });
        }
        m_entries.append({ listing->page.id, QString(), fold(tree.path(listing->page.id)), i });
    }
}

QString PageFinder::fold(const QString &text)
{
    return text.toCaseFolded();
}

int PageFinder::score(const Entry &entry, const QStringList &words)
{
    int total = 0;
    for (const QString &word : words) {
        int best = 0;
        for (qsizetype at = entry.folded.indexOf(word); at >= 0 && best < 3;
             at = entry.folded.indexOf(word, at + 1)) {
            if (!startsWord(entry.folded, at)) {
                best = std::max(best, 1); // inside a word
                continue;
            }
            const qsizetype end = at + word.size();
            const bool whole
                = end == entry.folded.size() || !entry.folded.at(end).isLetterOrNumber();
            best = whole ? 3 : 2; // the word itself, or its start (a stem)
        }
        if (best == 0)
            return 0;
        total += best;
    }
    return total;
}

QList<PageFinder::Match> PageFinder::find(const QString &query, int limit) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = fold(query).split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // The best entry of each page.
    struct Found
    {
        const Entry *entry = nullptr;
        int score = 0;
    };
    QHash<qint64, Found> best;
    for (const Entry &entry : m_entries) {
        const int points = score(entry, words);
        if (points == 0)
            continue;
        Found &found = best[entry.pageId];
        // A title before the path at the same score: it says which language to open.
        if (points > found.score
            || (points == found.score && found.entry && found.entry->language.isEmpty()
                && !entry.language.isEmpty()))
            found = { &entry, points };
    }
    QList<Found> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), [](const Found &a, const Found &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.entry->folded.size() != b.entry->folded.size())
            return a.entry->folded.size() < b.entry->folded.size();
        return a.entry->order < b.entry->order;
    });
    QList<Match> matches;
    for (const Found &found : std::as_const(ranked)) {
        if (matches.size() >= limit)
            break;
        matches.append({ found.entry->pageId, found.entry->language, found.score });
    }
    return matches;
}
