#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

// Find and replace in a text editor and the one-line fields that go with it (a page's title
// and summary): Ctrl+F shows it for finding, Ctrl+H with replacing; Enter finds the next match
// (Shift+Enter the previous), Escape closes it. Searching goes through the fields in order,
// then the editor, and wraps around. A replacement in a field is typing in it (the field's
// textEdited signal tells its owner).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);
    // Fields searched before the editor, in this order.
    void setFields(const QList<QLineEdit *> &fields);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    bool replaceCurrent();
    int replaceAll();

private:
    bool matches(const QString &selected) const;
    Qt::CaseSensitivity caseSensitivity() const;
    // Searches place `place` (a field's index, or the editor: m_fields.size()) from `from`
    // (-1: its start, or its end backwards); true and shows the match when found.
    bool findIn(qsizetype place, int from, bool backwards);

    QTextEdit *m_editor;
    QList<QLineEdit *> m_fields;
    qsizetype m_place = 0; // where the last match was (m_fields.size(): the editor)
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_result;
    QWidget *m_replaceRow;
};
