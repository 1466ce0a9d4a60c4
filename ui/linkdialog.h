#pragma once

#include "content/linktargets.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// Format › Link… (Ctrl+K): a web address, or a page of the site found by typing part of its
// title (in any language) or of its path. The box starts empty (or with the link being edited);
// no page is chosen until the user types words that match one or picks one; Enter then links
// to that page, to the address typed, or (empty) removes the link.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(const QList<LinkTarget> &targets, const QString &current, QWidget *parent = nullptr);

    // After accept: "page:N", a web address, or empty to remove the link.
    QString link() const { return m_link; }
    // After accept: the words a new link shows when nothing was selected: the chosen page's
    // first title (in the first language asked for that has one), else the address.
    QString linkText() const { return m_linkText; }
    QLineEdit *addressEdit() const { return m_address; }
    QTreeWidget *pageList() const { return m_pages; }
    int visiblePages() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    QTreeWidgetItem *selectedPage() const;

    QList<LinkTarget> m_targets;
    QString m_current;
    QString m_link;
    QString m_linkText;
    QLineEdit *m_address;
    QTreeWidget *m_pages;
    QLabel *m_problem;
};
