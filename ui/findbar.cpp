#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QTextEdit>

FindBar::FindBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit)
    , m_replace(new QLineEdit)
    , m_matchCase(new QCheckBox(tr("Match &case")))
    , m_result(new QLabel)
    , m_replaceRow(new QWidget)
{
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QPushButton(tr("&Previous"));
    auto *next = new QPushButton(tr("&Next"));
    auto *replace = new QPushButton(tr("&Replace"));
    auto *all = new QPushButton(tr("Replace &All"));
    auto *close = new QPushButton(tr("Close"));
    m_result->setAccessibleName(tr("Find result"));

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(all);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(close, 0, 4);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->addWidget(m_result, 1, 3, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    auto *backwards = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find);
    backwards->setContext(Qt::WidgetShortcut);
    connect(backwards, &QShortcut::activated, this, [this] { findNext(true); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QPushButton::click);
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

bool FindBar::matches(const QString &selected) const
{
    return !selected.isEmpty()
        && selected.compare(
               m_find->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive)
        == 0;
}

bool FindBar::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(text, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(document);
        from.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        found = document->find(text, from, flags);
    }
    if (found.isNull()) {
        m_result->setText(tr("Not found"));
        return false;
    }
    m_result->clear();
    m_editor->setTextCursor(found);
    return true;
}

bool FindBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    if (matches(cursor.selectedText()))
        cursor.insertText(m_replace->text()); // keeps the format of the replaced text
    return findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock(); // one undo step
    int replaced = 0;
    for (QTextCursor found = document->find(text, 0, flags); !found.isNull();
         found = document->find(text, found, flags)) {
        found.insertText(m_replace->text());
        ++replaced;
    }
    edit.endEditBlock();
    m_result->setText(tr("Replaced %1").arg(replaced));
    return replaced;
}
