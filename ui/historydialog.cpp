#include "historydialog.h"

#include "body/articlebody.h"
#include "content/dates.h"
#include "content/languages.h"
#include "store/pagerepository.h"
#include "translation/segments.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString reasonLabel(SaveReason reason)
{
    switch (reason) {
    case SaveReason::Autosave:
        return HistoryDialog::tr("autosaved");
    case SaveReason::Restore:
        return HistoryDialog::tr("restored");
    case SaveReason::Import:
        return HistoryDialog::tr("imported");
    case SaveReason::Save:
        break;
    }
    return HistoryDialog::tr("saved");
}

} // namespace

HistoryDialog::HistoryDialog(
    SiteDatabase &site, qint64 pageId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
    , m_pageId(pageId)
    , m_language(language)
{
    setWindowTitle(tr("History (%1)").arg(Languages::displayName(language)));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Revision"), tr("Saved"), tr("How"), tr("By"), tr("Words") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison = new QTextBrowser(splitter);
    m_comparison->setAccessibleName(tr("Changes since this revision"));
    m_comparison->setOpenLinks(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::compare);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (auto s = restoreSelected(); !s)
            QMessageBox::warning(this, tr("Cannot Restore"), s.error());
    });
    resize(720, 600);
}

Status HistoryDialog::refresh()
{
    const auto revisions = RevisionRepository(m_site).list(m_pageId, m_language);
    if (!revisions)
        return revisions.failure();
    m_revisions = *revisions;
    m_list->clear();
    const QLocale locale;
    for (const auto &revision : std::as_const(m_revisions)) {
        auto *item = new QTreeWidgetItem(m_list,
            { locale.toString(revision.number),
                Dates::shortDateTime(revision.savedAt.toLocalTime(), locale),
                reasonLabel(revision.reason), revision.author, locale.toString(revision.words) });
        item->setData(0, Qt::UserRole, revision.number);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The newest is the current text: compare with the one before it.
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() > 1 ? 1 : 0));
    compare();
    return {};
}

void HistoryDialog::compare()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item != nullptr && m_list->indexOfTopLevelItem(item) > 0);
    if (!item) {
        m_comparison->setHtml(tr("<p>No revisions yet.</p>"));
        return;
    }
    const RevisionRepository::Revision &revision
        = m_revisions.at(m_list->indexOfTopLevelItem(item));
    const auto current = PageRepository(m_site).translation(m_pageId, m_language);
    const Translation now = current && current->has_value() ? **current : Translation {};
    const auto changes = Segments::diff(
        Segments::records(Segments::ofStored(revision.title, revision.summary, revision.bodyHtml)),
        Segments::of(now));
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Changes from revision %1 to the current text:")
                                .arg(QLocale().toString(revision.number))
                                .toHtmlEscaped());
    if (changes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None: the current text is this revision."));
    for (const SegmentChange &change : changes) {
        const QString kind = Segments::kindName(change.kind).toHtmlEscaped();
        const QString removed = QStringLiteral("<span style=\"background:#fdd;text-decoration:"
                                               "line-through\">%1</span>")
                                    .arg(change.oldText.toHtmlEscaped());
        const QString added = QStringLiteral("<span style=\"background:#dfd\">%1</span>")
                                  .arg(change.newText.toHtmlEscaped());
        switch (change.type) {
        case SegmentChange::Type::Added:
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("added %1:").arg(kind), added);
            break;
        case SegmentChange::Type::Removed:
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("removed %1:").arg(kind), removed);
            break;
        case SegmentChange::Type::Changed:
            html += QStringLiteral("<p><i>%1</i> %2<br>%3</p>")
                        .arg(tr("changed %1:").arg(kind), removed, added);
            break;
        }
    }
    m_comparison->setHtml(html);
}

QString HistoryDialog::comparison() const
{
    return m_comparison->toPlainText();
}

Status HistoryDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    const int number = item->data(0, Qt::UserRole).toInt();
    if (auto s = RevisionRepository(m_site).restore(m_pageId, m_language, number); !s)
        return s;
    emit restored(m_pageId, m_language);
    return refresh();
}
