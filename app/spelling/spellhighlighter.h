#pragma once

#include "spellchecker.h"

#include <QSyntaxHighlighter>

// Underlines misspelled words with a red wave, block by block as the text changes. Display
// only: the underline lives in the layout, never in the document's formats, so it never
// reaches the stored HTML.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The misspelling at a position in the document, if any.
    std::optional<SpellChecker::Misspelling> misspellingAt(int position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker;
    bool m_enabled = true;
};
