#include "findbar.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

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

void FindBar::setFields(const QList<QLineEdit *> &fields)
{
    m_fields = fields;
    m_place = m_fields.size();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    // Finding starts where the user is: in one of the fields, or else in the editor.
    const qsizetype field
        = m_fields.indexOf(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    m_place = field >= 0 ? field : m_fields.size();
    const QString selected
        = field >= 0 ? m_fields[field]->selectedText() : m_editor->textCursor().selectedText();
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
    return !selected.isEmpty() && selected.compare(m_find->text(), caseSensitivity()) == 0;
}

Qt::CaseSensitivity FindBar::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

bool FindBar::findIn(qsizetype place, int from, bool backwards)
{
    const QString text = m_find->text();
    if (place < m_fields.size()) {
        QLineEdit *field = m_fields[place];
        const QString content = field->text();
        qsizetype at = -1;
        if (backwards) {
            const qsizetype start = from < 0 ? content.size() : from;
            at = start - text.size() < 0
                ? -1
                : content.lastIndexOf(text, start - text.size(), caseSensitivity());
        } else {
            at = content.indexOf(text, from < 0 ? 0 : from, caseSensitivity());
        }
        if (at < 0)
            return false;
        field->setSelection(int(at), int(text.size()));
        m_place = place;
        return true;
    }
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    if (from < 0)
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    else
        cursor.setPosition(from);
    const QTextCursor found = document->find(text, cursor, flags);
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    m_place = place;
    return true;
}

bool FindBar::findNext(bool backwards)
{
    if (m_find->text().isEmpty())
        return false;
    const qsizetype places = m_fields.size() + 1;
    const qsizetype here = std::clamp<qsizetype>(m_place, 0, m_fields.size());
    // From the current match (or cursor) on in this place, then the others in turn, then this
    // one again from its other end (wrapping around).
    int from = 0;
    if (here < m_fields.size()) {
        QLineEdit *field = m_fields[here];
        const bool selection = field->hasSelectedText();
        from = backwards ? (selection ? field->selectionStart() : field->cursorPosition())
                         : (selection ? field->selectionEnd() : field->cursorPosition());
    } else {
        const QTextCursor cursor = m_editor->textCursor();
        from = backwards ? cursor.selectionStart() : cursor.selectionEnd();
    }
    bool found = findIn(here, from, backwards);
    for (qsizetype step = 1; !found && step <= places; ++step) {
        const qsizetype place
            = ((backwards ? here - step : here + step) % places + places) % places;
        found = findIn(place, -1, backwards);
    }
    if (!found) {
        m_result->setText(tr("Not found"));
        return false;
    }
    m_result->clear();
    return true;
}

bool FindBar::replaceCurrent()
{
    if (m_place < m_fields.size()) {
        QLineEdit *field = m_fields[m_place];
        if (matches(field->selectedText()))
            field->insert(m_replace->text()); // as typed: the field's owner hears of it
        return findNext();
    }
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
    int replaced = 0;
    for (QLineEdit *field : std::as_const(m_fields)) {
        if (field->isReadOnly())
            continue;
        QString content = field->text();
        const qsizetype count = content.count(text, caseSensitivity());
        if (count == 0)
            continue;
        content.replace(text, m_replace->text(), caseSensitivity());
        field->selectAll();
        field->insert(content); // as typed: one undo step in the field, its owner hears of it
        replaced += int(count);
    }
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock(); // one undo step

    for (QTextCursor found = document->find(text, 0, flags); !found.isNull();
         found = document->find(text, found, flags)) {
        found.insertText(m_replace->text());
        ++replaced;
    }
    edit.endEditBlock();
    m_result->setText(tr("Replaced %1").arg(replaced));
    return replaced;
}
