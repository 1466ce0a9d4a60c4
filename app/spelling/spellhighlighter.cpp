#include "spellhighlighter.h"

#include <QTextDocument>

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{ }

void SpellHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled || !m_checker)
        return;
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
    for (const SpellChecker::Misspelling &word : m_checker->check(text))
        setFormat(int(word.position), int(word.length), wrong);
}

std::optional<SpellChecker::Misspelling> SpellHighlighter::misspellingAt(int position) const
{
    if (!m_enabled || !m_checker || !document())
        return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (SpellChecker::Misspelling word : m_checker->check(block.text())) {
        if (inBlock >= word.position && inBlock <= word.position + word.length) {
            word.position += block.position();
            return word;
        }
    }
    return std::nullopt;
}
