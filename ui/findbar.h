#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

// Find and replace in a text editor: Ctrl+F shows it for finding, Ctrl+H with replacing;
// Enter finds the next match (Shift+Enter the previous), Escape closes it. Searching wraps
// around the end of the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    bool replaceCurrent();
    int replaceAll();

private:
    bool matches(const QString &selected) const;

    QTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_result;
    QWidget *m_replaceRow;
};
