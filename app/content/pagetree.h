#pragma once

#include "page.h"

#include <QHash>
#include <QList>

// The page tree in display order, built from a store listing: siblings by position, except
// news articles, which follow the other pages of their parent newest first.
class PageTree
{
public:
    PageTree() = default;
    explicit PageTree(QList<PageListing> pages);

    const QList<qint64> &children(qint64 parentId) const; // 0: top level
    const PageListing *find(qint64 id) const;
    int depth(qint64 id) const; // 0 for top-level pages
    int row(qint64 id) const; // place among its siblings in display order; -1 if unknown
    QString path(qint64 id) const; // "who-we-are/about"
    QList<qint64> depthFirst() const;
    qsizetype size() const { return m_pages.size(); }
    // Replaces a page's listing in place when its place in the tree stays the same (same
    // parent and position, same date for news); false when the tree must be rebuilt.
    bool replace(const PageListing &listing);

private:
    void appendSubtree(qint64 id, QList<qint64> &out) const;

    QList<PageListing> m_pages;
    QHash<qint64, qsizetype> m_index;
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, int> m_row;
};
