#include "translationdashboard.h"

#include "content/dates.h"
#include "content/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum Role
{
    PageRole = Qt::UserRole + 1,
    LanguageRole,
    StateRole,
    SortRole,
};

// Rows whose state the filter lets through.
class StateFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    TranslationDashboard::Filter filter = TranslationDashboard::NeedsWork;

    void setStateFilter(TranslationDashboard::Filter value)
    {
        filter = value;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto state
            = TranslationState(sourceModel()
                                   ->index(row, TranslationDashboard::StateColumn, parent)
                                   .data(StateRole)
                                   .toInt());
        switch (filter) {
        case TranslationDashboard::Everything:
            return true;
        case TranslationDashboard::NeedsWork:
            return state != TranslationState::UpToDate;
        case TranslationDashboard::Outdated:
            return state == TranslationState::Outdated;
        case TranslationDashboard::Missing:
            return state == TranslationState::Missing;
        case TranslationDashboard::InProgress:
            return state == TranslationState::InProgress;
        }
        return true;
    }
};

QStandardItem *item(const QString &text, const QVariant &sortKey = {})
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return cell;
}

QStandardItem *number(int value, const QLocale &locale)
{
    QStandardItem *cell = item(locale.toString(value), value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QStandardItem *time(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return item(QStringLiteral("\u2014"), QDateTime());
    return item(Dates::shortDateTime(when.toLocalTime(), locale), when);
}

} // namespace

TranslationDashboard::TranslationDashboard(SiteDatabase &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setWindowTitle(tr("Translation Dashboard"));
    auto *layout = new QVBoxLayout(this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("Totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("Pages that need work"), NeedsWork);
    m_filter->addItem(tr("Outdated"), Outdated);
    m_filter->addItem(tr("Missing"), Missing);
    m_filter->addItem(tr("In progress"), InProgress);
    m_filter->addItem(tr("Everything"), Everything);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    layout->addLayout(filterRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Page"), tr("Language"), tr("State"),
        tr("Source words"), tr("To translate"), tr("Source changed"), tr("Translated") });
    auto *proxy = new StateFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("Translations"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // tree order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PageColumn, QHeaderView::Stretch);
    for (int column = LanguageColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a row, or press Enter, to translate it side by side"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &TranslationDashboard::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(PageColumn);
        emit openSideBySide(first.data(PageRole).toLongLong(), first.data(LanguageRole).toString());
    });
}

Status TranslationDashboard::refresh()
{
    const auto rows = TranslationStatus::collect(m_site);
    if (!rows)
        return rows.failure();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    int position = 0;
    for (const TranslationStatus::Row &row : *rows) {
        QStandardItem *page = item(QStringLiteral("%1 — /%2").arg(row.title, row.path), position++);
        page->setData(row.pageId, PageRole);
        page->setData(row.language, LanguageRole);
        page->setToolTip(QStringLiteral("/%1").arg(row.path));
        QStandardItem *state = item(TranslationStatus::stateLabel(row.state), int(row.state));
        state->setData(int(row.state), StateRole);
        if (row.state == TranslationState::Outdated) {
            state->setForeground(QColor(0xb3, 0x5c, 0x00));
            state->setToolTip(tr("%n source segment(s) changed since the translation was made",
                nullptr, row.changes));
        }
        m_model->appendRow({ page, item(Languages::ownName(row.language), row.language), state,
            number(row.sourceWords, locale), number(row.wordsToTranslate, locale),
            time(row.sourceChanged, locale), time(row.translationChanged, locale) });
    }
    QStringList totals;
    for (const auto &total : TranslationStatus::totals(*rows))
        totals.append(TranslationStatus::summary(total, locale));
    m_totals->setText(
        totals.isEmpty() ? tr("This site has no language to translate into.") : totals.join(u'\n'));
    applyFilter();
    return {};
}

void TranslationDashboard::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(filter));
}

void TranslationDashboard::applyFilter()
{
    static_cast<StateFilter *>(m_proxy)->setStateFilter(Filter(m_filter->currentData().toInt()));
}

QString TranslationDashboard::totalsText() const
{
    return m_totals->text();
}
