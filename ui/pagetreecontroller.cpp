#include "pagetreecontroller.h"

#include "content/pagetree.h"
#include "editing/movepagecommand.h"
#include "errorbox.h"
#include "session/sitesession.h"
#include "store/pagerepository.h"
#include "store/trashrepository.h"
#include "trashdialog.h"
#include "tree/pagetreemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

PageTreeController::PageTreeController(SiteSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_model(new PageTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_undo(new QUndoStack(this))
    , m_widget(new QWidget)
    , m_filter(new QLineEdit)
    , m_tree(new QTreeView)
{
    // The filter keeps matching pages and the sections they are in.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(PageTreeModel::TitleColumn);
    m_proxy->setFilterRole(PageTreeModel::FilterTextRole); // titles in every language
    m_filter->setAccessibleName(tr("Filter pages"));
    m_filter->setPlaceholderText(tr("Filter pages"));
    m_filter->setClearButtonEnabled(true);
    m_noMatch = new QLabel(tr("No page matches"));
    m_noMatch->setObjectName(QStringLiteral("noPageMatches"));
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setContentsMargins(4, 4, 4, 4);
    m_noMatch->hide();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 current = currentPageId();
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
        if (current != 0 && viewIndex(current).isValid())
            m_tree->setCurrentIndex(viewIndex(current));
    });

    // Said when the filter leaves nothing (also after the tree was read again).
    const auto sayWhetherAnythingMatches = [this] {
        m_noMatch->setVisible(!m_filter->text().isEmpty() && m_proxy->rowCount() == 0);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, sayWhetherAnythingMatches);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, sayWhetherAnythingMatches);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, sayWhetherAnythingMatches);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, sayWhetherAnythingMatches);
    connect(m_filter, &QLineEdit::textChanged, this, sayWhetherAnythingMatches);

    m_tree->setModel(m_proxy);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Pages"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The title takes the room; status and translation marks stay as narrow as they are.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(m_tree->fontMetrics().height() + 8);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideRight);
    connect(m_model, &PageTreeModel::moveRequested, this,
        [this](qint64 page, qint64 parent, int position) {
            (void)m_session.saveEdits();
            movePage(page, parent, position);
        });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { emit currentPageChanged(pageAt(current)); });

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree);
}

void PageTreeController::showSite(const QString &titleLanguage)
{
    QList<PageListing> pages = m_session.takeListing(); // read as the site opened
    const SiteSettings &settings = m_session.settings();
    m_model->setTree(PageTree(std::move(pages)), settings.languages, settings.sourceLanguage);
    m_model->setTitleLanguage(titleLanguage);
    m_tree->expandAll();
    m_undo->clear();
}

void PageTreeController::setReadOnly(bool readOnly)
{
    m_tree->setDragEnabled(!readOnly);
}

qint64 PageTreeController::currentPageId() const
{
    return pageAt(m_tree->currentIndex());
}

bool PageTreeController::selectPage(qint64 pageId)
{
    if (m_model->indexOf(pageId).isValid() && !viewIndex(pageId).isValid())
        m_filter->clear(); // the filter hides it: show everything again
    const QModelIndex index = viewIndex(pageId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString PageTreeController::title(qint64 pageId) const
{
    return m_model->data(m_model->indexOf(pageId)).toString();
}

void PageTreeController::refreshPage(qint64 pageId)
{
    SiteDatabase *site = m_session.database();
    if (!site || pageId == 0)
        return;
    const auto listing = PageRepository(*site).listing(pageId);
    if (listing && m_model->updatePage(*listing))
        return;
    reloadTree(); // its place changed (e.g. a news date): rebuild, keeping the view as it was
}

void PageTreeController::reloadTree()
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    auto listing = PageRepository(*site).listing();
    if (!listing) {
        emit statusMessage(listing.error());
        return;
    }
    QList<qint64> expanded;
    for (qint64 id : m_model->tree().depthFirst()) {
        if (m_tree->isExpanded(viewIndex(id)))
            expanded.append(id);
    }
    const qint64 current = currentPageId();
    const QSignalBlocker blocker(m_tree->selectionModel());
    const SiteSettings &settings = m_session.settings();
    m_model->setTree(PageTree(std::move(*listing)), settings.languages, settings.sourceLanguage);
    for (qint64 id : std::as_const(expanded))
        m_tree->setExpanded(viewIndex(id), true);
    m_tree->setCurrentIndex(viewIndex(current));
}

void PageTreeController::showTrash(qint64 entry)
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    TrashDialog dialog(*site, m_window);
    if (auto s = dialog.refresh(); !s) {
        showError(m_window, tr("Cannot Show the Trash"), s.error());
        return;
    }
    dialog.select(entry);
    connect(&dialog, &TrashDialog::restored, this, [this](qint64 page) {
        m_undo->clear();
        reloadTree();
        selectPage(page);
        emit statusMessage(tr("Restored “%1”").arg(title(page)));
    });
    dialog.exec();
}

void PageTreeController::createPage(PageKind kind, const QString &language, const QString &title)
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    // Inside the selected section, else beside the selected page.
    qint64 parent = 0;
    if (const PageListing *current = m_model->tree().find(currentPageId()))
        parent
            = current->page.kind == PageKind::Section ? current->page.id : current->page.parentId;
    PageRepository::NewPage page;
    page.parentId = parent;
    page.kind = kind;
    if (kind == PageKind::News)
        page.publishAt = QDateTime::currentDateTimeUtc();
    Translation text;
    text.language = language;
    text.title = title;
    const auto id = PageRepository(*site).addPage(page, text);
    if (!id) {
        emit statusMessage(id.error());
        return;
    }
    reloadTree();
    m_tree->expand(viewIndex(parent));
    selectPage(*id);
    emit pageCreated(*id);
}

void PageTreeController::duplicatePage()
{
    SiteDatabase *site = m_session.database();
    if (!site || currentPageId() == 0)
        return;
    const auto copy = PageRepository(*site).duplicatePage(currentPageId());
    if (!copy) {
        emit statusMessage(copy.error());
        return;
    }
    reloadTree();
    selectPage(*copy);
}

void PageTreeController::deletePage()
{
    const qint64 page = currentPageId();
    const PageListing *listing = m_model->tree().find(page);
    SiteDatabase *site = m_session.database();
    if (!site || !listing)
        return;
    // What the tree shows of the page and its subpages: what the question is about, and what a
    // change made meanwhile elsewhere is checked against (not deleted behind the question).
    const auto seen = PageRepository::seenTree(m_model->tree(), page);
    const qsizetype subpages = seen.size() - 1;
    const QString name = title(page);
    const QString question = subpages == 0
        ? tr("Move “%1” to the trash, in all languages?").arg(name)
        : tr("Move “%1” and its %2 subpages to the trash, in all languages?")
              .arg(name)
              .arg(subpages);
    if (QMessageBox::question(m_window, tr("Delete page"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // Where the selection goes: the next sibling, else the previous, else the parent.
    const QList<qint64> &siblings = m_model->tree().children(listing->page.parentId);
    const qsizetype at = siblings.indexOf(page);
    const qint64 next = at + 1 < siblings.size() ? siblings[at + 1]
        : at > 0                                 ? siblings[at - 1]
                                                 : listing->page.parentId;
    if (const auto trashed = TrashRepository(*site).moveToTrash(page, seen); !trashed) {
        emit statusMessage(trashed.error());
        if (trashed.kind() == ErrorKind::Conflict)
            reloadTree();
        return;
    }
    m_undo->clear(); // moves of what is gone cannot be undone
    emit currentPageChanged(0);
    reloadTree();
    selectPage(next);
    emit statusMessage(tr("Moved “%1” to the trash (Page › Trash… puts it back)").arg(name));
}

void PageTreeController::movePage(qint64 pageId, qint64 newParentId, int position)
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    // The version the tree showed: a page moved or changed meanwhile elsewhere stays put.
    const PageListing *listing = m_model->tree().find(pageId);
    auto command = std::make_unique<MovePageCommand>(
        *site, pageId, newParentId, position, [this] { reloadTree(); },
        listing ? listing->page.version : PageRepository::AnyVersion);
    if (const Status moved = command->execute(); !moved) {
        emit statusMessage(moved.error());
        return;
    }
    m_undo->push(command.release());
    m_tree->expand(viewIndex(newParentId));
    selectPage(pageId);
}

QModelIndex PageTreeController::viewIndex(qint64 pageId) const
{
    return m_proxy->mapFromSource(m_model->indexOf(pageId));
}

qint64 PageTreeController::pageAt(const QModelIndex &viewIndex) const
{
    return PageTreeModel::pageId(m_proxy->mapToSource(viewIndex));
}
