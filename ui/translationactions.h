#pragma once

#include <QObject>

class ArticlePane;
class PageTreeController;
class QAction;
class QWidget;
class SiteSession;
class SpellChecker;

// The window's translation commands: one page side by side, marking a translation up to
// date, the translation dashboard, and XLIFF out to a translator and back in.
class TranslationActions : public QObject
{
    Q_OBJECT

public:
    TranslationActions(
        SiteSession &session, ArticlePane *pane, PageTreeController *tree, QWidget *window);

    // The checker the side-by-side dialog underlines with (the window's; it may change).
    void setSpellChecker(SpellChecker *checker) { m_spellChecker = checker; }
    // The language to translate into from the current one (the first other for the source).
    QString targetLanguage() const;

    void translateSideBySide(qint64 pageId, const QString &language);
    void markUpToDate();
    void showDashboard();
    void exportForTranslation();
    void importTranslation();

signals:
    void statusMessage(const QString &message, int timeoutMs = 0);

private:
    SiteSession &m_session;
    ArticlePane *m_pane;
    PageTreeController *m_tree;
    QWidget *m_window;
    SpellChecker *m_spellChecker = nullptr;
};
