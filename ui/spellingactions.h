#pragma once

#include "spelling/spellchecker.h"

#include <QObject>

#include <memory>

class ArticlePane;
class QAction;
class QWidget;
class SiteSession;

// Spelling as the window offers it: the checker for English (the site's variant) and Georgian
// with the site's own words, View › Check Spelling as you type, and the whole site's report.
class SpellingActions : public QObject
{
    Q_OBJECT

public:
    SpellingActions(SiteSession &session, ArticlePane *pane, QWidget *window);
    ~SpellingActions() override;

    SpellChecker *checker() const { return m_checker.get(); }
    // View › Check Spelling (checkable, remembered).
    QAction *checkAction() const { return m_checkAction; }
    // The dictionaries for `englishVariant` (loaded again only when it changed) with the open
    // site's own words.
    void use(const QString &englishVariant);
    // "English (United Kingdom), Georgian": the dictionaries in use, a missing one said so.
    QString dictionaryList() const;
    void showReport();

signals:
    void statusMessage(const QString &message, int timeoutMs = 0);
    // Another checker is in use (the English variant changed).
    void checkerChanged(SpellChecker *checker);
    // A word of the report double-clicked: the page, in its language, at that word.
    void openWord(qint64 pageId, const QString &language, const QString &word);

private:
    SiteSession &m_session;
    ArticlePane *m_pane;
    QWidget *m_window;
    // Shared by the editor's highlighter; the editor is detached before it goes.
    std::unique_ptr<SpellChecker> m_checker = std::make_unique<SpellChecker>();
    QAction *m_checkAction;
};
