#include "quickopendialog.h"

#include "content/dates.h"
#include "content/languages.h"
#include "tree/pagetreemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Role
{
    PageIdRole = Qt::UserRole,
    LanguageRole,
};

} // namespace

QuickOpenDialog::QuickOpenDialog(
    const PageTree &tree, const QStringList &languages, QWidget *parent)
    : QDialog(parent)
    , m_tree(tree)
    , m_finder(m_tree)
    , m_languages(languages)
{
    setWindowTitle(tr("Quick Open"));
    m_query = new QLineEdit;
    m_query->setAccessibleName(tr("Find a page"));
    m_query->setPlaceholderText(tr("Part of a title, in any language, or of a path"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_results = new QTreeWidget;
    m_results->setAccessibleName(tr("Pages found"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    QStringList headers;
    for (const QString &language : std::as_const(m_languages))
        headers << Languages::displayName(language);
    headers << tr("Path") << tr("Kind") << tr("Status") << tr("Date");
    m_results->setHeaderLabels(headers);
    m_results->header()->setStretchLastSection(false);
    for (int column = 0; column < int(m_languages.size()); ++column)
        m_results->header()->setSectionResizeMode(column, QHeaderView::Stretch);

    m_none = new QLabel(tr("No page matches"));
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_none->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_none);
    layout->addWidget(m_results);
    resize(900, 420);

    connect(m_query, &QLineEdit::textChanged, this, &QuickOpenDialog::search);
    connect(m_results, &QTreeWidget::itemActivated, this, &QuickOpenDialog::accept);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickOpenDialog::accept);
    search({});
}

void QuickOpenDialog::search(const QString &query)
{
    m_results->clear();
    const QList<PageFinder::Match> matches = m_finder.find(query);
    m_none->setVisible(!query.trimmed().isEmpty() && matches.isEmpty());
    for (const PageFinder::Match &match : matches) {
        const PageListing *listing = m_tree.find(match.pageId);
        if (!listing)
            continue;
        auto *item = new QTreeWidgetItem(m_results);
        item->setData(0, PageIdRole, match.pageId);
        item->setData(0, LanguageRole, match.language);
        int column = 0;
        for (const QString &language : std::as_const(m_languages)) {
            item->setText(column, listing->titles.value(language));
            if (language == match.language) {
                QFont bold = item->font(column);
                bold.setBold(true);
                item->setFont(column, bold);
            }
            ++column;
        }
        item->setText(column++, m_tree.path(match.pageId));
        const Page &page = listing->page;
        item->setText(column++, PageTreeModel::kindText(page.kind));
        item->setText(column++, PageTreeModel::statusText(page.status));
        item->setText(column,
            page.publishAt.isValid() ? Dates::shortDate(page.publishAt.toLocalTime().date())
                                     : QString());
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the box move through the pages found, as in a completer.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QTreeWidgetItem *item = m_results->currentItem();
            QTreeWidgetItem *next = !item    ? m_results->topLevelItem(0)
                : key->key() == Qt::Key_Down ? m_results->itemBelow(item)
                                             : m_results->itemAbove(item);
            if (next) {
                m_results->setCurrentItem(next);
                m_results->scrollToItem(next);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpenDialog::accept()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return; // nothing to open: the box stays for another try
    const qint64 page = item->data(0, PageIdRole).toLongLong();
    const QString language = item->data(0, LanguageRole).toString();
    QDialog::accept();
    emit pageChosen(page, language);
}
