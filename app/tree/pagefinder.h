#pragma once

#include "content/pagetree.h"

#include <QList>
#include <QString>

// Quick open (Ctrl+P): the pages whose title in any language, or whose path, holds every word
// typed, best first. A word matches the start of a word of the title ("საქართველო" finds
// "საქართველოში", Georgian's case endings and postpositions following the stem) or, weaker,
// any part of it; case is folded (Georgian Mtavruli as Mkhedruli, as QString::toCaseFolded
// does). Words may come in any order. Built once from the tree the window shows.
class PageFinder
{
public:
    struct Match
    {
        qint64 pageId = 0;
        QString language; // the title that matched best; empty: the path did
        int score = 0;
    };

    explicit PageFinder(const PageTree &tree);

    // Best first (ties: the shorter title, then the tree's order), at most `limit`.
    QList<Match> find(const QString &query, int limit = 50) const;
    // What matching compares: `text` case folded.
    static QString fold(const QString &text);

private:
    struct Entry
    {
        qint64 pageId = 0;
        QString language; // empty: the path
        QString folded;
        int order = 0; // the page's place in the tree, depth first
    };
    // How well `entry` holds every word of `words` (0: not all).
    static int score(const Entry &entry, const QStringList &words);

    QList<Entry> m_entries;
};
