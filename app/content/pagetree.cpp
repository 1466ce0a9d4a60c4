#include "pagetree.h"

#include <algorithm>

PageTree::PageTree(QList<PageListing> pages)
    : m_pages(std::move(pages))
{
    m_index.reserve(m_pages.size());
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_index.insert(m_pages[i].page.id, i);
    for (const PageListing &listing : std::as_const(m_pages)) {
        const qint64 parent = listing.page.parentId;
        if (parent == 0 || m_index.contains(parent))
            m_children[parent].append(listing.page.id);
    }
    for (QList<qint64> &siblings : m_children) {
        std::stable_sort(siblings.begin(), siblings.end(), [this](qint64 a, qint64 b) {
            const Page &pa = m_pages[m_index.value(a)].page;
            const Page &pb = m_pages[m_index.value(b)].page;
            const bool newsA = pa.kind == PageKind::News;
            const bool newsB = pb.kind == PageKind::News;
            if (newsA != newsB)
                return newsB; // other pages first
            if (newsA && pa.publishAt != pb.publishAt)
                return pa.publishAt > pb.publishAt; // newest first; undated sort last
            return pa.position < pb.position;
        });
        for (int i = 0; i < siblings.size(); ++i)
            m_row.insert(siblings[i], i);
    }
}

bool PageTree::replace(const PageListing &listing)
{
    const auto it = m_index.constFind(listing.page.id);
    if (it == m_index.cend())
        return false;
    const Page &old = m_pages[*it].page;
    if (old.parentId != listing.page.parentId || old.position != listing.page.position
        || old.kind != listing.page.kind
        || (old.kind == PageKind::News && old.publishAt != listing.page.publishAt))
        return false;
    m_pages[*it] = listing;
    return true;
}

int PageTree::row(qint64 id) const
{
    return m_row.value(id, -1);
}

const QList<qint64> &PageTree::children(qint64 parentId) const
{
    static const QList<qint64> none;
    const auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? none : *it;
}

const PageListing *PageTree::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_pages[*it];
}

int PageTree::depth(qint64 id) const
{
    int depth = 0;
    for (const PageListing *p = find(id); p && p->page.parentId != 0; p = find(p->page.parentId))
        ++depth;
    return depth;
}

QString PageTree::path(qint64 id) const
{
    QStringList slugs;
    for (const PageListing *p = find(id); p;
         p = p->page.parentId ? find(p->page.parentId) : nullptr)
        slugs.prepend(p->page.slug);
    return slugs.join(u'/');
}

void PageTree::appendSubtree(qint64 id, QList<qint64> &out) const
{
    out.append(id);
    for (qint64 child : children(id))
        appendSubtree(child, out);
}

QList<qint64> PageTree::depthFirst() const
{
    QList<qint64> out;
    out.reserve(m_pages.size());
    for (qint64 top : children(0))
        appendSubtree(top, out);
    return out;
}
