#pragma once

#include "content/page.h"
#include "core/result.h"
#include "translation/translationdraft.h"

#include <QDialog>
#include <QTextEdit>

class QCheckBox;
class QGridLayout;
class QLabel;
class QRadioButton;
class SiteDatabase;
class SpellChecker;

// One segment of a translation being written: a line of formatted text (bold and italic with
// Ctrl+B and Ctrl+I, a line break with Shift+Enter; Enter goes on to the next segment), as high
// as its text, spell-checked.
class SegmentEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit SegmentEditor(SpellChecker *checker, QWidget *parent = nullptr);

    void setInlineText(const InlineText &text);
    InlineText inlineText() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void enterPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override; // plain text only

private:
    void fitHeight();
};

// Translating one page side by side: the source (read-only, what changed since the translation
// was made highlighted with the old text beneath) on the left, the translation on the right,
// one row per segment (title, summary, each block), so blocks stay aligned and scroll together.
// A missing translation starts from the source's structure with empty fields, or with the
// source text to overwrite. Done saves; "Mark as Up to Date" saves and records that the
// translation caught up with the source.
class SideBySideDialog : public QDialog
{
    Q_OBJECT

public:
    SideBySideDialog(SiteDatabase &site, qint64 pageId, const QString &language,
        SpellChecker *checker, QWidget *parent = nullptr);

    // Reads the texts; a failure names the page.
    Status load();

    enum class Start
    {
        EmptyFields,
        SourceText,
    };
    // While a missing translation is untouched: what its fields start with.
    void setStart(Start start);

    int rowCount() const { return int(m_rows.size()); }
    SegmentEditor *targetEditor(int row) const;
    QLabel *sourceLabel(int row) const;
    bool isSourceChanged(int row) const; // changed or added since the translation was made
    QString stateText() const;

    Status save(bool markUpToDate);

signals:
    void saved(qint64 pageId, const QString &language);

protected:
    void done(int result) override; // closing saves

private:
    struct Row
    {
        QLabel *sourceLabel = nullptr;
        SegmentEditor *target = nullptr;
        QWidget *kindLabel = nullptr;
    };

    void buildRows();
    void fillTargets();
    void showState();
    void showOnlyChanged(bool only);
    bool isModified() const;

    SiteDatabase &m_site;
    qint64 m_pageId;
    QString m_language;
    SpellChecker *m_checker;
    std::optional<TranslationDraft> m_draft; // as loaded; the editors hold the targets
    QList<Row> m_rows; // one per source segment
    Start m_start = Start::EmptyFields;

    QLabel *m_state = nullptr;
    QWidget *m_startChoice = nullptr;
    QRadioButton *m_startEmpty = nullptr;
    QRadioButton *m_startSource = nullptr;
    QCheckBox *m_onlyChanged = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_gridWidget = nullptr;
};
