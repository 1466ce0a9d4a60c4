#pragma once

#include "content/page.h"

#include <QObject>

class PageTreeModel;
class QAction;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;
class QWidget;
class SiteSession;

// The page tree beside the article pane: the filter above it, the current page, and what is
// done to pages there — create, duplicate, delete (to the trash), move by drag and drop with
// undo, and reloading the tree keeping what was expanded and selected.
class PageTreeController : public QObject
{
    Q_OBJECT

public:
    // `session` outlives the controller; the tree shows its open site.
    PageTreeController(SiteSession &session, QWidget *window);

    // The filter with the tree below it, for the window's splitter.
    QWidget *widget() const { return m_widget; }
    QTreeView *view() const { return m_tree; }
    PageTreeModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    // The site just opened: its tree, all expanded, titles in `titleLanguage`.
    void showSite(const QString &titleLanguage);
    void setReadOnly(bool readOnly);
    qint64 currentPageId() const;
    // Selects the page (clearing a filter that hides it); false when the tree has no such page.
    bool selectPage(qint64 pageId);
    // The title the tree shows for a page.
    QString title(qint64 pageId) const;
    // The stored page again (its title, status, marks); the tree again when it moved.
    void refreshPage(qint64 pageId);
    // The whole tree again, keeping what was expanded and selected.
    void reloadTree();
    // Page › Trash: what is in it, and putting a page back (there, selected).
    // Page › Trash…, with an entry selected (0: the newest).
    void showTrash(qint64 entry = 0);

    // New page, news article or section: inside the selected section, else beside the page;
    // `language` is the text's, `title` its first title.
    void createPage(PageKind kind, const QString &language, const QString &title);
    void duplicatePage();
    // Asks first; the selection goes to the next sibling, else the previous, else the parent.
    void deletePage();
    void movePage(qint64 pageId, qint64 newParentId, int position);

signals:
    void currentPageChanged(qint64 pageId);
    void statusMessage(const QString &message);
    // A new page is selected and its title wants typing.
    void pageCreated(qint64 pageId);

private:
    QModelIndex viewIndex(qint64 pageId) const;
    qint64 pageAt(const QModelIndex &viewIndex) const;

    SiteSession &m_session;
    QWidget *m_window;
    PageTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QUndoStack *m_undo;
    QWidget *m_widget;
    QLineEdit *m_filter;
    class QLabel *m_noMatch = nullptr; // "No page matches", under the filter box
    QTreeView *m_tree;
};
