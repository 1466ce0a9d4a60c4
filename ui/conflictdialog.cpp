#include "conflictdialog.h"

#include "content/page.h"
#include "core/timestamps.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

using ThreeWayMerge::Choice;

QTextBrowser *sideView(const QString &html, bool rich)
{
    auto *view = new QTextBrowser;
    view->setOpenLinks(false);
    if (rich)
        view->setHtml(html);
    else
        view->setPlainText(html);
    view->setMinimumHeight(70);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return view;
}

} // namespace

ConflictDialog::ConflictDialog(
    const PageEditSession::Conflict &conflict, const QString &pageTitle, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setObjectName(QStringLiteral("ConflictDialog"));
    setWindowTitle(tr("Changed on both sides: %1").arg(pageTitle));
    m_who = conflict.theirAuthor.isEmpty() ? tr("Someone else") : conflict.theirAuthor;
    const QDateTime local = conflict.theirTime.toLocalTime();
    m_when = local.date() == QDate::currentDate()
        ? local.toString(QStringLiteral("HH:mm"))
        : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 also changed “%2” at %3, where you changed it too. Choose what to keep in each "
           "part below; both your text and theirs stay in History whatever you choose.")
            .arg(m_who, pageTitle, m_when));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *rows = new QWidget;
    auto *rowsLayout = new QVBoxLayout(rows);
    const auto addRow
        = [&](Row row, const QString &mine, const QString &theirs, bool rich, bool both) {
              auto *box = new QGroupBox(row.heading);
              box->setObjectName(QStringLiteral("Conflict%1").arg(m_rows.size()));
              auto *grid = new QGridLayout(box);
              grid->addWidget(new QLabel(tr("Yours")), 0, 0);
              grid->addWidget(new QLabel(tr("Theirs (%1)").arg(m_who)), 0, 1);
              grid->addWidget(sideView(mine, rich), 1, 0);
              grid->addWidget(sideView(theirs, rich), 1, 1);
              auto *buttons = new QHBoxLayout;
              row.choices = new QButtonGroup(box);
              const std::pair<Choice, QString> options[] = {
                  { Choice::Mine, tr("Keep mine") },
                  { Choice::Theirs, tr("Keep theirs") },
                  { Choice::Both, tr("Keep both") },
              };
              for (const auto &[choice, label] : options) {
                  if (choice == Choice::Both && !both)
                      continue;
                  auto *button = new QPushButton(label);
                  button->setCheckable(true);
                  row.choices->addButton(button, int(choice));
                  buttons->addWidget(button);
              }
              buttons->addStretch();
              grid->addLayout(buttons, 2, 0, 1, 2);
              connect(row.choices, &QButtonGroup::idClicked, this, [this] { updateOk(); });
              rowsLayout->addWidget(box);
              m_rows.append(row);
          };
    for (qsizetype i = 0; i < conflict.fields.size(); ++i) {
        const ThreeWayMerge::Field &field = conflict.fields[i];
        if (!field.conflict)
            continue;
        QString mine = field.mine, theirs = field.theirs;
        if (field.name == u"status") {
            mine = pageStatusName(pageStatusFromName(mine).value_or(PageStatus::Draft));
            theirs = pageStatusName(pageStatusFromName(theirs).value_or(PageStatus::Draft));
        } else if (field.name == u"date") {
            const auto shown = [](const QString &stored) {
                return stored.isEmpty() ? tr("(none)")
                                        : Timestamps::fromStored(stored).toLocalTime().toString(
                                            QStringLiteral("yyyy-MM-dd HH:mm"));
            };
            mine = shown(mine);
            theirs = shown(theirs);
        }
        addRow(Row { true, int(i), fieldHeading(field), nullptr }, mine, theirs, false, false);
    }
    for (qsizetype i = 0; i < conflict.body.size(); ++i) {
        const ThreeWayMerge::Part &part = conflict.body[i];
        if (!part.conflict)
            continue;
        addRow(Row { false, int(i), partHeading(part), nullptr },
            ThreeWayMerge::joinBlocks(part.mine), ThreeWayMerge::joinBlocks(part.theirs), true,
            true);
    }
    rowsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Decide Later"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
    resize(820, 560);
}

QString ConflictDialog::fieldHeading(const ThreeWayMerge::Field &field) const
{
    if (field.name == u"title")
        return tr("%1 changed the title at %2").arg(m_who, m_when);
    if (field.name == u"summary")
        return tr("%1 changed the summary at %2").arg(m_who, m_when);
    if (field.name == u"slug")
        return tr("%1 changed the slug at %2").arg(m_who, m_when);
    if (field.name == u"status")
        return tr("%1 changed the status at %2").arg(m_who, m_when);
    return tr("%1 changed the publish date at %2").arg(m_who, m_when);
}

QString ConflictDialog::partHeading(const ThreeWayMerge::Part &part) const
{
    switch (ThreeWayMerge::partKind(part)) {
    case ThreeWayMerge::PartKind::Paragraph:
        return tr("%1 changed this paragraph at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::Heading:
        return tr("%1 changed this heading at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::List:
        return tr("%1 changed this list at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::Quote:
        return tr("%1 changed this quote at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::Figure:
        return tr("%1 changed this image at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::Table:
        return tr("%1 changed this table at %2").arg(m_who, m_when);
    case ThreeWayMerge::PartKind::Blocks:
        break;
    }
    return tr("%1 changed these paragraphs at %2").arg(m_who, m_when);
}

QString ConflictDialog::rowHeading(int row) const
{
    return m_rows.value(row).heading;
}

void ConflictDialog::choose(int row, ThreeWayMerge::Choice choice)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (QAbstractButton *button = m_rows[row].choices->button(int(choice)))
        button->click();
}

void ConflictDialog::updateOk()
{
    bool all = true;
    for (const Row &row : std::as_const(m_rows))
        all = all && row.choices->checkedId() != -1;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all);
}

PageEditSession::Conflict ConflictDialog::resolution() const
{
    PageEditSession::Conflict resolved = m_conflict;
    for (const Row &row : m_rows) {
        const int id = row.choices->checkedId();
        const Choice choice = id == -1 ? Choice::Open : Choice(id);
        if (row.field)
            resolved.fields[row.index].choice = choice;
        else
            resolved.body[row.index].choice = choice;
    }
    return resolved;
}
