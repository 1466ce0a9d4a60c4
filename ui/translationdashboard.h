#pragma once

#include "translation/translationstatus.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class SiteDatabase;

// Tools › Translation Dashboard: every page × every language to translate into, with its
// state, the words to translate and when source and translation last changed; filters for
// what needs work; totals per language. Double-clicking a row opens it side by side.
class TranslationDashboard : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        PageColumn,
        LanguageColumn,
        StateColumn,
        SourceWordsColumn,
        ToTranslateColumn,
        SourceChangedColumn,
        TranslationChangedColumn,
        ColumnCount
    };
    enum Filter
    {
        Everything,
        NeedsWork, // missing, in progress or outdated
        Outdated,
        Missing,
        InProgress,
    };

    explicit TranslationDashboard(SiteDatabase &site, QWidget *parent = nullptr);

    // Reads the site anew (after a save elsewhere).
    Status refresh();
    void setFilter(Filter filter);
    QTableView *table() const { return m_table; }
    QString totalsText() const;

signals:
    void openSideBySide(qint64 pageId, const QString &language);

private:
    void applyFilter();

    SiteDatabase &m_site;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_filter;
    QLabel *m_totals;
};
