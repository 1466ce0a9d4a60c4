#pragma once

#include "content/pagetree.h"
#include "tree/pagefinder.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTreeWidget;

// Page › Quick Open (Ctrl+P): type part of a title in any language, or of a path; the pages
// that match show as you type, with their titles in every language, path, kind, status and
// date, best first. Up and Down move through them, Enter opens the one chosen in the language
// that matched (the path: the language shown now).
class QuickOpenDialog : public QDialog
{
    Q_OBJECT

public:
    // `tree`: the pages as the window shows them; `languages`: the site's, source first.
    QuickOpenDialog(const PageTree &tree, const QStringList &languages, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }

    void accept() override;

signals:
    // `language` empty: the path matched; stay in the language shown.
    void pageChosen(qint64 pageId, const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &query);

    PageTree m_tree;
    PageFinder m_finder;
    QStringList m_languages;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_none = nullptr;
};
