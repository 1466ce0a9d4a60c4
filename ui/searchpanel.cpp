#include "searchpanel.h"

#include "content/languages.h"
#include "store/searchrepository.h"
#include "tree/pagetreemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Role
{
    PageIdRole = Qt::UserRole,
    LanguageRole,
    FieldRole,
    MatchedRole,
    OccurrenceRole,
    SnippetHtmlRole, // a result's line: its words with the matches in bold
    TrashRole, // a page in the trash: its entry
};

// The status choices, in the box's order.
enum StatusChoice
{
    NotDrafts,
    DraftsToo,
    OnlyDraft,
    OnlyReview,
    OnlyPublished,
    InTheTrash,
};

// Paints a line's rich text (the match in bold) where the item has some.
class SnippetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const QString html = index.data(SnippetHtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setDocumentMargin(0);
        document.setHtml(html);
        const QRect text
            = item.widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        context.palette.setColor(QPalette::Text,
            item.palette.color(
                item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(
            text.left(), text.top() + (text.height() - document.size().height()) / 2);
        painter->setClipRect(text.translated(-text.topLeft()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

QString highlighted(const QString &text, const QList<SearchQuery::Span> &spans)
{
    QString html;
    qsizetype at = 0;
    for (const SearchQuery::Span &span : spans) {
        if (span.start < at)
            continue;
        html += text.mid(at, span.start - at).toHtmlEscaped();
        html += QStringLiteral("<b>%1</b>").arg(text.mid(span.start, span.length).toHtmlEscaped());
        at = span.start + span.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    m_query = new QLineEdit;
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search the site"));
    m_query->setPlaceholderText(tr("Words in any language; \"a phrase\""));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Any kind"));
    m_kind->addItem(tr("Sections"), int(PageKind::Section));
    m_kind->addItem(tr("Pages"), int(PageKind::Page));
    m_kind->addItem(tr("News"), int(PageKind::News));
    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Not drafts"), NotDrafts);
    m_status->addItem(tr("Drafts too"), DraftsToo);
    m_status->addItem(PageTreeModel::statusText(PageStatus::Draft), OnlyDraft);
    m_status->addItem(PageTreeModel::statusText(PageStatus::Review), OnlyReview);
    m_status->addItem(PageTreeModel::statusText(PageStatus::Published), OnlyPublished);
    m_status->addItem(tr("In the trash"), InTheTrash);
    m_section = new QComboBox;
    m_section->setAccessibleName(tr("Section"));

    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Texts found"));
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(1);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setTextElideMode(Qt::ElideRight);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QGridLayout;
    filters->addWidget(m_language, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_status, 1, 0);
    filters->addWidget(m_section, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::textChanged, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::open);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchPanel::open);
    for (QComboBox *box : { m_language, m_kind, m_status, m_section })
        connect(box, &QComboBox::activated, this, &SearchPanel::search);
}

void SearchPanel::setSite(SiteDatabase *site, const PageTree &tree, const QStringList &languages)
{
    m_site = site;
    m_tree = tree;
    m_languages = languages;
    m_language->clear();
    m_language->addItem(tr("Every language"));
    for (const QString &language : languages)
        m_language->addItem(Languages::displayName(language), language);
    fillSections();
    search();
}

void SearchPanel::refresh(const PageTree &tree)
{
    m_tree = tree;
    const QVariant section = m_section->currentData();
    fillSections();
    m_section->setCurrentIndex(std::max(0, m_section->findData(section)));
    if (!m_query->text().trimmed().isEmpty())
        search();
}

void SearchPanel::fillSections()
{
    m_section->clear();
    m_section->addItem(tr("Whole site"));
    for (const qint64 id : m_tree.depthFirst()) {
        const PageListing *listing = m_tree.find(id);
        if (!listing || listing->page.kind != PageKind::Section)
            continue;
        const QString title = listing->titles.value(m_languages.value(0));
        m_section->addItem(
            QString(m_tree.depth(id) * 2, u' ') + (title.isEmpty() ? listing->page.slug : title),
            id);
    }
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::search()
{
    m_results->clear();
    const SearchQuery query = SearchQuery::parse(m_query->text());
    if (!m_site || query.isEmpty()) {
        m_summary->setText(m_site ? tr("Type words to find in every page's texts") : QString());
        return;
    }
    SearchRepository::Filter filter;
    filter.language = m_language->currentData().toString();
    if (m_kind->currentData().isValid())
        filter.kind = PageKind(m_kind->currentData().toInt());
    switch (StatusChoice(m_status->currentData().toInt())) {
    case NotDrafts:
        break;
    case DraftsToo:
        filter.drafts = true;
        break;
    case OnlyDraft:
        filter.status = PageStatus::Draft;
        break;
    case OnlyReview:
        filter.status = PageStatus::Review;
        break;
    case OnlyPublished:
        filter.status = PageStatus::Published;
        break;
    case InTheTrash:
        filter.trash = true;
        break;
    }
    filter.section = m_section->currentData().toLongLong();
    filter.limit = 50; // the best texts, at once; more words narrow them down
    // The match near the line's start, where a narrow panel still shows it.
    filter.excerptWidth = 110;
    filter.excerptLead = 16;
    const auto hits = SearchRepository(*m_site).find(query, filter);
    if (!hits) {
        m_summary->setText(hits.error());
        return;
    }
    // Grouped by page, in the order of each page's best text.
    // (A page in the trash by its entry too: its id may be a page's of the site by now.)
    QHash<std::pair<qint64, qint64>, QTreeWidgetItem *> pages;
    for (const SearchRepository::Hit &hit : *hits) {
        QTreeWidgetItem *page = pages.value({ hit.trashId, hit.pageId });
        if (!page) {
            page = new QTreeWidgetItem(m_results);
            pages.insert({ hit.trashId, hit.pageId }, page);
            const PageListing *listing = hit.trashId != 0 ? nullptr : m_tree.find(hit.pageId);
            QString title = listing ? listing->titles.value(m_languages.value(0)) : QString();
            if (title.isEmpty())
                title = hit.title;
            if (hit.trashId != 0) {
                page->setText(0, tr("%1 — in the trash").arg(title));
            } else {
                const QString kind
                    = listing ? PageTreeModel::kindText(listing->page.kind) : QString();
                page->setText(0,
                    tr("%1 — %2 · %3 · %4")
                        .arg(title, m_tree.path(hit.pageId), kind,
                            listing ? PageTreeModel::statusText(listing->page.status) : QString()));
            }
            QFont bold = page->font(0);
            bold.setBold(true);
            page->setFont(0, bold);
            page->setData(0, PageIdRole, hit.pageId);
            page->setData(0, LanguageRole, hit.language);
            page->setData(0, TrashRole, hit.trashId);
            page->setExpanded(true);
        }
        const SearchQuery::Excerpt &excerpt = hit.excerpt;
        auto *line = new QTreeWidgetItem(page);
        const QString language = Languages::displayName(hit.language);
        line->setText(0, tr("%1: %2").arg(language, excerpt.text));
        line->setToolTip(0,
            QStringLiteral("<b>%1</b><br>%2")
                .arg(hit.title.toHtmlEscaped(), highlighted(excerpt.text, excerpt.spans)));
        line->setData(0, SnippetHtmlRole,
            QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                .arg(palette().color(QPalette::PlaceholderText).name(), language.toHtmlEscaped(),
                    highlighted(excerpt.text, excerpt.spans)));
        line->setData(0, PageIdRole, hit.pageId);
        line->setData(0, LanguageRole, hit.language);
        line->setData(0, FieldRole, int(excerpt.field));
        line->setData(0, MatchedRole, excerpt.matched);
        line->setData(0, OccurrenceRole, excerpt.occurrence);
        line->setData(0, TrashRole, hit.trashId);
    }
    m_summary->setText(hits->isEmpty() ? tr("No page matches")
                                       : tr("%n page(s)", nullptr, int(pages.size()))
                + tr(", %n text(s)", nullptr, int(hits->size())));
    if (QTreeWidgetItem *first = m_results->topLevelItem(0))
        m_results->setCurrentItem(first->child(0));
}

void SearchPanel::open()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (item && item->childCount() > 0)
        item = item->child(0); // a page: its best text
    if (!item)
        return;
    if (const qint64 trash = item->data(0, TrashRole).toLongLong(); trash != 0) {
        emit trashEntryChosen(trash);
        return;
    }
    emit matchChosen(item->data(0, PageIdRole).toLongLong(), item->data(0, LanguageRole).toString(),
        SearchQuery::Field(item->data(0, FieldRole).toInt()), item->data(0, MatchedRole).toString(),
        item->data(0, OccurrenceRole).toInt());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the box move through the texts found.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QTreeWidgetItem *item = m_results->currentItem();
            QTreeWidgetItem *next = item;
            do {
                next = !next                     ? m_results->topLevelItem(0)
                    : key->key() == Qt::Key_Down ? m_results->itemBelow(next)
                                                 : m_results->itemAbove(next);
            } while (next && next->childCount() > 0);
            if (next) {
                m_results->setCurrentItem(next);
                m_results->scrollToItem(next);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
