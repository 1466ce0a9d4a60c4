#pragma once

#include "content/pagetree.h"
#include "content/searchquery.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class SiteDatabase;

// Edit › Search the Site (Ctrl+Shift+F): the titles, summaries and bodies of every page in
// every language, as you type. Results are grouped by page (its title, path, kind and status),
// a line per language with the match highlighted in its words; Enter or a double-click opens
// the page in that language at the match. Filters: language, kind, status (drafts left out
// unless asked; or the pages in the trash instead) and section.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // The site to search (null: none open), its pages as the window shows them, and its
    // languages (source first). Searches again with what is typed.
    void setSite(SiteDatabase *site, const PageTree &tree, const QStringList &languages);
    // The pages changed (a save, a move): the results again, if any are shown.
    void refresh(const PageTree &tree);
    // Into the box, its text selected.
    void focusQuery();

    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    // Open `pageId` in `language` with `matched` selected: its `occurrence`-th (from 0) time in
    // the field.
    void matchChosen(qint64 pageId, const QString &language, SearchQuery::Field field,
        const QString &matched, int occurrence);
    // Show the trash with this entry selected (a page in the trash was chosen).
    void trashEntryChosen(qint64 trashId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void fillSections();
    void open();

    SiteDatabase *m_site = nullptr;
    PageTree m_tree;
    QStringList m_languages;
    QLineEdit *m_query = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_section = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
};
