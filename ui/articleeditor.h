#pragma once

#include "body/htmlsanitizer.h"
#include "editing/tableediting.h"
#include "spelling/spellhighlighter.h"

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QTextBlock>
#include <QTextEdit>
#include <QUrl>

#include <functional>
#include <optional>

// The rich-text article pane's editor. Whatever comes in through paste or drop goes through
// the sanitizer into the canonical body model (text/html preferred, then plain text, then a
// clipboard image, which asks for its alt text); what is copied out is canonical HTML.
// Images ("media:ID") are shown through `mediaLoader`; storing pasted images is left to
// `mediaStore` (the window gives both, backed by the site's media table).
class QTimer;

class ArticleEditor : public QTextEdit
{
    Q_OBJECT

public:
    // An image's bytes decoded upright (its EXIF orientation applied).
    static QImage upright(const QByteArray &bytes);
    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    // The body language: span[lang] runs are only kept for other languages.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    // Stores an image and returns "media:ID", or an empty string when it could not.
    std::function<QString(const HtmlSanitizer::Image &)> mediaStore;
    std::function<QImage(qint64 mediaId)> mediaLoader;
    // Asks for the alt text of a pasted image (by default in a dialog); std::nullopt cancels
    // the paste.
    std::function<std::optional<QString>(const QImage &)> askAltText;

    // Inserts an image file at the cursor as a figure, asking for its alt text; false when
    // cancelled, unreadable or not stored (pasteProblem says why).
    bool insertImageFile(const QString &path);
    // Inserts an empty table at the cursor, its first row the header; the cursor goes into
    // its first cell.
    void insertTable(int rows, int columns);

    void setBodyHtml(const QString &html);
    QString bodyHtml() const;

    // Insert Row Above … Delete Column: enabled while the cursor is in a table (and the text
    // can be edited); in the context menu there and in the window's Format menu.
    QList<QAction *> tableActions() const { return m_tableActions; }
    void updateTableActions();
    // The widest an image is shown (its stored bytes and the body are never changed): the
    // width of the text area.
    int imageDisplayWidth() const;
    // Selects the first link to `target` (the whole link, over fragments of other formatting)
    // or image whose source is `target`, and shows it; false when there is none.
    bool selectTarget(const QString &target);

    // Spell checking as you type (a red wave under misspelled words; right-click for
    // suggestions, Add to Personal Dictionary, Add to Site Dictionary, Ignore). The checker is
    // shared and outlives the editor.
    void setSpellChecker(SpellChecker *checker);
    void setSpellChecking(bool on);
    bool isSpellChecking() const;
    SpellHighlighter *spellHighlighter() const { return m_highlighter; }
    // Keeps a word in the site's own dictionary (the window gives it, backed by the site);
    // without it the menu has no Add to Site Dictionary.
    std::function<Status(const QString &word, const QString &language)> addToSiteDictionary;

signals:
    // A paste that could not be taken whole: the message says what was left out and why.
    void pasteProblem(const QString &message);
    // A word could not be added to the personal or the site's dictionary.
    void spellingProblem(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void insertBody(const Body &body);
    void takeBlockKind(const QTextBlock &target, const QTextBlock &source);
    void createTableActions();
    // An image as shown: at most imageDisplayWidth() wide, in proportion.
    QImage fitted(const QImage &image) const;
    void refitImages();

    QList<QAction *> m_tableActions;
    QHash<QUrl, QImage> m_images; // the images shown, as loaded
    int m_fittedWidth = 0; // the width m_images were fitted to
    QTimer *m_refit = nullptr;
    bool insertImage(const QImage &image);
    bool insertImageBytes(
        const QByteArray &bytes, const QString &mimeType, const QString &fileName);

    QString m_language = QStringLiteral("en");
    SpellChecker *m_checker = nullptr;
    SpellHighlighter *m_highlighter = nullptr;
    // Suggestions being found off the GUI thread: they use m_checker, so a change of checker
    // (and the editor's end) waits for them.
    void waitForSuggestions();
    QList<QFuture<QStringList>> m_suggesting;
};
