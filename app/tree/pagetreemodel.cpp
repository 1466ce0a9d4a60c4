#include "pagetreemodel.h"

#include "content/languages.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>

PageTreeModel::PageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_kindIcons[int(PageKind::Section)] = QIcon(QStringLiteral(":/icons/section.svg"));
    m_kindIcons[int(PageKind::Page)] = QIcon(QStringLiteral(":/icons/page.svg"));
    m_kindIcons[int(PageKind::News)] = QIcon(QStringLiteral(":/icons/news.svg"));
    m_statusIcons[int(PageStatus::Draft)] = QIcon(QStringLiteral(":/icons/status-draft.svg"));
    m_statusIcons[int(PageStatus::Review)] = QIcon(QStringLiteral(":/icons/status-review.svg"));
    m_statusIcons[int(PageStatus::Published)]
        = QIcon(QStringLiteral(":/icons/status-published.svg"));
    m_presenceIcon = QIcon(QStringLiteral(":/icons/presence.svg"));
}

void PageTreeModel::setPresence(QHash<qint64, QList<Visitor>> presence)
{
    if (presence == m_presence)
        return;
    QList<qint64> touched = m_presence.keys() + presence.keys();
    m_presence = std::move(presence);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const qint64 id : std::as_const(touched)) {
        if (const QModelIndex first = indexOf(id); first.isValid())
            emit dataChanged(first, indexOf(id, columnCount() - 1));
    }
}

void PageTreeModel::setTree(PageTree tree, QStringList languages, QString sourceLanguage)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_languages = std::move(languages);
    m_sourceLanguage = std::move(sourceLanguage);
    if (m_titleLanguage.isEmpty())
        m_titleLanguage = m_sourceLanguage;
    endResetModel();
}

void PageTreeModel::setTitleLanguage(const QString &language)
{
    if (language == m_titleLanguage)
        return;
    m_titleLanguage = language;
    if (m_tree.size() > 0)
        emit dataChanged(
            index(0, TitleColumn), index(rowCount() - 1, TitleColumn), { Qt::DisplayRole });
    // Titles of deeper rows change too; views repaint them from the same signal per level.
    const QList<qint64> all = m_tree.depthFirst();
    for (qint64 id : all) {
        const auto &children = m_tree.children(id);
        if (!children.isEmpty())
            emit dataChanged(
                indexOf(children.first()), indexOf(children.last()), { Qt::DisplayRole });
    }
}

bool PageTreeModel::updatePage(const PageListing &listing)
{
    if (!m_tree.replace(listing))
        return false;
    emit dataChanged(indexOf(listing.page.id, 0), indexOf(listing.page.id, columnCount() - 1));
    return true;
}

qint64 PageTreeModel::pageId(const QModelIndex &index)
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex PageTreeModel::indexOf(qint64 pageId, int column) const
{
    const int row = m_tree.row(pageId);
    if (row < 0)
        return {};
    return createIndex(row, column, quintptr(pageId));
}

QModelIndex PageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    const QList<qint64> &children = m_tree.children(pageId(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PageTreeModel::parent(const QModelIndex &child) const
{
    const PageListing *listing = m_tree.find(pageId(child));
    if (!listing || listing->page.parentId == 0)
        return {};
    return indexOf(listing->page.parentId);
}

int PageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != TitleColumn)
        return 0;
    return int(m_tree.children(pageId(parent)).size());
}

int PageTreeModel::columnCount(const QModelIndex &) const
{
    return FirstLanguageColumn + int(m_languages.size());
}

QString PageTreeModel::title(const PageListing &listing) const
{
    for (const QString &language : { m_titleLanguage, m_sourceLanguage }) {
        const QString title = listing.titles.value(language);
        if (!title.isEmpty())
            return title;
    }
    return listing.titles.isEmpty() ? listing.page.slug : listing.titles.first();
}

QVariant PageTreeModel::statusData(PageStatus status, int role) const
{
    // A small mark (the title column needs the room: "გამოქვეყნებული" is long); the word
    // is in the tooltip and for screen readers.
    switch (role) {
    case Qt::DecorationRole:
        return m_statusIcons[int(status)];
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    return statusText(status);
}

QString PageTreeModel::kindText(PageKind kind)
{
    switch (kind) {
    case PageKind::News:
        return tr("News");
    case PageKind::Section:
        return tr("Section");
    case PageKind::Page:
        break;
    }
    return tr("Page");
}

QString PageTreeModel::statusText(PageStatus status)
{
    switch (status) {
    case PageStatus::Draft:
        return tr("Draft");
    case PageStatus::Review:
        return tr("In review");
    case PageStatus::Published:
        return tr("Published");
    }
    return {};
}

QStringList PageTreeModel::visitorLines(qint64 pageId, const QString &language) const
{
    QStringList lines;
    for (const Visitor &visitor : m_presence.value(pageId)) {
        if (language.isEmpty() || visitor.language == language)
            lines.append(visitor.text);
    }
    return lines;
}

QVariant PageTreeModel::languageData(
    const PageListing &listing, const QString &language, int role) const
{
    const QStringList present = visitorLines(listing.page.id, language);
    switch (role) {
    case Qt::DecorationRole:
        return present.isEmpty() ? QVariant() : QVariant(m_presenceIcon);
    case PresenceRole:
        return present;
    default:
        break;
    }
    const QVariant state = translationData(listing, language, role);
    if (!present.isEmpty() && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return QString(state.toString() + u'\n' + present.join(u'\n'));
    return state;
}

QVariant PageTreeModel::translationData(
    const PageListing &listing, const QString &language, int role) const
{
    const TranslationState state = listing.states.value(language, TranslationState::Missing);
    const QString name = Languages::displayName(language);
    switch (role) {
    case Qt::DisplayRole:
        switch (state) {
        case TranslationState::Missing:
            return QStringLiteral("\u2014"); // —
        case TranslationState::InProgress:
            return QStringLiteral("\u25D0"); // ◐
        case TranslationState::Outdated:
            return QStringLiteral("!");
        case TranslationState::UpToDate:
        case TranslationState::Source:
            break;
        }
        return QStringLiteral("\u2713"); // ✓
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (state) {
        case TranslationState::Missing:
            return tr("%1 text missing").arg(name);
        case TranslationState::InProgress:
            return tr("%1 translation in progress").arg(name);
        case TranslationState::Outdated:
            return tr("%1 translation outdated: the source changed since").arg(name);
        case TranslationState::UpToDate:
            return tr("%1 translation up to date").arg(name);
        case TranslationState::Source:
            break;
        }
        return tr("%1 text (the source)").arg(name);
    case Qt::ForegroundRole:
        if (state == TranslationState::Outdated)
            return QColor(0xb3, 0x5c, 0x00); // amber, readable on white
        if (state == TranslationState::Missing)
            return QColor(Qt::gray);
        return {};
    case TranslationStateRole:
        return int(state);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant PageTreeModel::data(const QModelIndex &index, int role) const
{
    const PageListing *listing = m_tree.find(pageId(index));
    if (!listing)
        return {};
    switch (role) {
    case PageIdRole:
        return listing->page.id;
    case KindRole:
        return int(listing->page.kind);
    case StatusRole:
        return int(listing->page.status);
    case PathRole:
        return m_tree.path(listing->page.id);
    case FilterTextRole: {
        QStringList titles = listing->titles.values();
        titles.append(title(*listing)); // a page without any text shows its slug
        return titles.join(u'\n');
    }
    default:
        break;
    }
    if (index.column() == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return title(*listing);
        case Qt::DecorationRole:
            return m_kindIcons[int(listing->page.kind)];
        case Qt::ToolTipRole:
            return QStringList(QStringList { u'/' + m_tree.path(listing->page.id) }
                + visitorLines(listing->page.id))
                .join(u'\n');
        case PresenceRole:
            return visitorLines(listing->page.id);
        default:
            return {};
        }
    }
    if (index.column() == StatusColumn)
        return statusData(listing->page.status, role);
    const int language = index.column() - FirstLanguageColumn;
    if (language >= 0 && language < m_languages.size())
        return languageData(*listing, m_languages.at(language), role);
    return {};
}

QVariant PageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int language = section - FirstLanguageColumn;
    const bool isLanguage = language >= 0 && language < m_languages.size();
    switch (role) {
    case Qt::DisplayRole:
        // Narrow columns get narrow headings: the status column none (its marks say it).
        if (section == TitleColumn)
            return tr("Page");
        if (isLanguage)
            return m_languages.at(language).toUpper();
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (section == TitleColumn)
            return tr("Page");
        if (section == StatusColumn)
            return tr("Status");
        if (isLanguage)
            return Languages::displayName(m_languages.at(language));
        return {};
    default:
        return {};
    }
}

namespace {
const QString PageIdMime = QStringLiteral("application/x-newsdesk-page-id");
} // namespace

Qt::ItemFlags PageTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // the top level
    const PageListing *listing = m_tree.find(pageId(index));
    flags |= Qt::ItemIsDragEnabled;
    if (listing && listing->page.kind != PageKind::News)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList PageTreeModel::mimeTypes() const
{
    return { PageIdMime };
}

QMimeData *PageTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(PageIdMime, QByteArray::number(pageId(indexes.first())));
    return data;
}

bool PageTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(PageIdMime))
        return false;
    const qint64 moving = data->data(PageIdMime).toLongLong();
    // Not into itself or below itself (the store refuses it too).
    for (qint64 up = pageId(parent); up != 0;) {
        if (up == moving)
            return false;
        const PageListing *listing = m_tree.find(up);
        up = listing ? listing->page.parentId : 0;
    }
    const PageListing *target = m_tree.find(pageId(parent));
    return !target || target->page.kind != PageKind::News;
}

bool PageTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 moving = data->data(PageIdMime).toLongLong();
    const qint64 newParent = pageId(parent);
    // Rows count every child in display order; positions count the pages that are not news.
    const QList<qint64> &children = m_tree.children(newParent);
    int position = 0;
    const int end = row < 0 ? int(children.size()) : std::min(row, int(children.size()));
    for (int i = 0; i < end; ++i) {
        const PageListing *child = m_tree.find(children[i]);
        if (children[i] != moving && child && child->page.kind != PageKind::News)
            ++position;
    }
    emit moveRequested(moving, newParent, position);
    return false; // the window rebuilds the tree; the view must not remove the row itself
}
