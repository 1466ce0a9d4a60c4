#include "linkdialog.h"

#include "body/linkpolicy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

LinkDialog::LinkDialog(const QList<LinkTarget> &targets, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_current(current)
{
    setWindowTitle(tr("Link"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("&Web address, or words of a page's title or address (empty removes the link):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_address = new QLineEdit(current, this);
    m_address->setAccessibleName(tr("Link address"));
    m_address->setPlaceholderText(tr("https://… or part of a page's title"));
    m_address->setClearButtonEnabled(true);
    m_address->installEventFilter(this);
    label->setBuddy(m_address);
    layout->addWidget(m_address);

    m_pages = new QTreeWidget(this);
    m_pages->setAccessibleName(tr("Pages of the site"));
    m_pages->setHeaderLabels({ tr("Page"), tr("Address") });
    m_pages->setRootIsDecorated(false);
    m_pages->setUniformRowHeights(true);
    m_pages->header()->setStretchLastSection(false);
    m_pages->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pages->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QBrush secondary = palette().brush(QPalette::PlaceholderText);
    for (const LinkTarget &target : m_targets) {
        auto *item = new QTreeWidgetItem(m_pages,
            { target.titles.isEmpty() ? tr("(untitled page %1)").arg(target.pageId)
                                      : target.titles.join(QStringLiteral(" — ")),
                u'/' + target.path });
        item->setForeground(1, secondary);
        item->setToolTip(0, item->text(0));
        item->setData(0, Qt::UserRole, target.link());
        item->setData(0, Qt::UserRole + 1, target.titles.value(0));
    }
    m_pages->setCurrentItem(nullptr);
    layout->addWidget(m_pages, 1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textEdited, this, &LinkDialog::filter);
    connect(m_pages, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        m_pages->setCurrentItem(item);
        accept();
    });
    resize(640, 460);
}

int LinkDialog::visiblePages() const
{
    int visible = 0;
    for (int i = 0; i < m_pages->topLevelItemCount(); ++i)
        visible += m_pages->topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

void LinkDialog::filter(const QString &text)
{
    m_problem->setVisible(false);
    const bool address = LinkTargets::looksLikeAddress(text);
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_pages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_pages->topLevelItem(i);
        const bool shown = address || LinkTargets::matches(m_targets.at(i), text);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    // Words that find pages choose the first of them (Enter links to it); an address or an
    // empty box chooses none.
    m_pages->clearSelection();
    if (!address && !text.trimmed().isEmpty() && first) {
        m_pages->setCurrentItem(first);
        m_pages->scrollToItem(first);
    } else {
        m_pages->setCurrentItem(nullptr);
    }
}

QTreeWidgetItem *LinkDialog::selectedPage() const
{
    QTreeWidgetItem *item = m_pages->currentItem();
    return item && item->isSelected() && !item->isHidden() ? item : nullptr;
}

void LinkDialog::accept()
{
    if (const QTreeWidgetItem *page = selectedPage()) {
        m_link = page->data(0, Qt::UserRole).toString();
        m_linkText = page->data(0, Qt::UserRole + 1).toString();
        QDialog::accept();
        return;
    }
    QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        m_link.clear(); // removes the link
        QDialog::accept();
        return;
    }
    if (text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        text.prepend(QStringLiteral("https://"));
    const QString link
        = LinkTargets::looksLikeAddress(text) ? LinkPolicy::cleanLink(text) : QString();
    if (link.isEmpty()) {
        m_problem->setText(LinkTargets::looksLikeAddress(text)
                ? tr("Newsdesk cannot keep this link: %1").arg(text)
                : tr("No page matches “%1”. Type a web address (https://…) or choose a page.")
                      .arg(text));
        m_problem->setVisible(true);
        return;
    }
    m_link = link;
    m_linkText = text;
    QDialog::accept();
}

bool LinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the box move through the pages shown, as in a completer.
    if (watched == m_address && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QTreeWidgetItem *item = selectedPage();
            if (!item) {
                for (int i = 0; i < m_pages->topLevelItemCount() && !item; ++i) {
                    if (!m_pages->topLevelItem(i)->isHidden())
                        item = m_pages->topLevelItem(i);
                }
            } else {
                QTreeWidgetItem *next = item;
                do {
                    next = key->key() == Qt::Key_Down ? m_pages->itemBelow(next)
                                                      : m_pages->itemAbove(next);
                } while (next && next->isHidden());
                if (next)
                    item = next;
            }
            if (item) {
                m_pages->setCurrentItem(item);
                m_pages->scrollToItem(item);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
