#include "sidebysidedialog.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "content/languages.h"
#include "editing/formatting.h"
#include "spelling/spellhighlighter.h"
#include "translation/worddiff.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

QString kindLabel(const QString &kind)
{
    QString name = Segments::kindName(kind);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

SegmentEditor::SegmentEditor(SpellChecker *checker, QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(4);
    if (checker)
        new SpellHighlighter(checker, document());
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &SegmentEditor::fitHeight);
}

void SegmentEditor::setInlineText(const InlineText &text)
{
    ArticleBody::load(
        QStringLiteral("<p>%1</p>").arg(BodyHtmlWriter::writeInline(text)), document());
    document()->setModified(false);
    fitHeight();
}

InlineText SegmentEditor::inlineText() const
{
    const Body body = ArticleBody::parse(ArticleBody::save(document()));
    InlineText text;
    // One paragraph is what this editor makes; anything else (pasted) joins up as one line.
    for (const Block &block : body.blocks) {
        if (!text.isEmpty())
            text.append(Run { QStringLiteral(" "), {}, false });
        if (block.kind == Block::Kind::Paragraph || block.kind == Block::Kind::Heading)
            text.append(block.text);
    }
    BodyText::normalize(text);
    return text;
}

QSize SegmentEditor::sizeHint() const
{
    const int height = int(document()->size().height()) + 2 * frameWidth();
    return { QTextEdit::sizeHint().width(), std::max(height, fontMetrics().height() + 12) };
}

void SegmentEditor::fitHeight()
{
    setFixedHeight(sizeHint().height());
}

void SegmentEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit enterPressed();
        return;
    }
    if (event->modifiers() == Qt::ControlModifier
        && (event->key() == Qt::Key_B || event->key() == Qt::Key_I)) {
        QTextCursor cursor = textCursor();
        if (event->key() == Qt::Key_B)
            Formatting::toggleStrong(cursor);
        else
            Formatting::toggleEm(cursor);
        setTextCursor(cursor);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void SegmentEditor::insertFromMimeData(const QMimeData *source)
{
    // One line of text: pasted paragraphs join up; formatting comes from the keys above.
    insertPlainText(source->text().simplified());
}

SideBySideDialog::SideBySideDialog(SiteDatabase &site, qint64 pageId, const QString &language,
    SpellChecker *checker, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
    , m_pageId(pageId)
    , m_language(language)
    , m_checker(checker)
{
    setWindowTitle(tr("Translate Side by Side"));
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("State"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_startChoice = new QWidget(this);
    auto *start = new QHBoxLayout(m_startChoice);
    start->setContentsMargins(0, 0, 0, 0);
    start->addWidget(new QLabel(tr("Start with:"), m_startChoice));
    m_startEmpty = new QRadioButton(tr("&Empty fields to fill"), m_startChoice);
    m_startSource = new QRadioButton(m_startChoice);
    m_startEmpty->setChecked(true);
    start->addWidget(m_startEmpty);
    start->addWidget(m_startSource);
    start->addStretch();
    layout->addWidget(m_startChoice);
    connect(m_startSource, &QRadioButton::toggled, this,
        [this](bool on) { setStart(on ? Start::SourceText : Start::EmptyFields); });

    m_onlyChanged = new QCheckBox(tr("Show only what &changed"), this);
    layout->addWidget(m_onlyChanged);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &SideBySideDialog::showOnlyChanged);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gridWidget = new QWidget(scroll);
    m_grid = new QGridLayout(m_gridWidget);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setVerticalSpacing(6);
    scroll->setWidget(m_gridWidget);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mark = buttons->addButton(tr("&Mark as Up to Date"), QDialogButtonBox::ActionRole);
    mark->setObjectName(QStringLiteral("MarkUpToDate"));
    mark->setToolTip(tr("Save, and record that the translation now matches the source"));
    QPushButton *doneButton = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    doneButton->setDefault(false);
    doneButton->setAutoDefault(false);
    mark->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mark, &QPushButton::clicked, this, [this] {
        if (auto s = save(true); !s)
            QMessageBox::warning(this, tr("Cannot Save"), s.error());
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (auto s = save(false); !s)
            QMessageBox::warning(this, tr("Cannot Save"), s.error());
    });
    resize(1100, 720);
}

Status SideBySideDialog::load()
{
    auto draft = TranslationDraft::load(m_site, m_pageId, m_language);
    if (!draft)
        return draft.failure();
    m_draft = std::move(draft).value();
    m_rows = QList<Row>(m_draft->segmentCount());
    const QString sourceLanguage = m_draft->source().language;
    setWindowTitle(tr("Translate Side by Side — %1 (%2)")
                       .arg(m_draft->source().title, Languages::ownName(m_language)));
    m_startSource->setText(tr("The %1 text to &overwrite").arg(Languages::ownName(sourceLanguage)));
    m_startChoice->setVisible(!m_draft->translation());
    buildRows();
    fillTargets();
    showState();
    return {};
}

void SideBySideDialog::buildRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString sourceName = Languages::ownName(m_draft->source().language);
    const QString targetName = Languages::ownName(m_language);
    auto *sourceHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(sourceName.toHtmlEscaped()));
    auto *targetHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(targetName.toHtmlEscaped()));
    m_grid->addWidget(sourceHeader, 0, 1);
    m_grid->addWidget(targetHeader, 0, 2);
    for (int i = 0; i < m_draft->segmentCount(); ++i) {
        Row &row = m_rows[i];
        const Segment &segment = m_draft->sourceSegments().at(i);
        const QString oldText = m_draft->oldSourceText(i);
        const int line = i + 1;
        auto *kind = new QLabel(kindLabel(segment.kind), m_gridWidget);
        kind->setForegroundRole(QPalette::PlaceholderText);
        kind->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.kindLabel = kind;

        QString html = BodyHtmlWriter::writeInline(segment.text);
        if (m_draft->isSourceChanged(i)) {
            // The words that changed: struck through what went, underlined what came.
            const QString before = oldText.isNull()
                ? tr("New in the source since the translation was made.")
                : tr("What changed: %1")
                      .arg(WordDiff::toHtml(
                          WordDiff::compare(oldText, BodyText::plainText(segment.text))));
            html += QStringLiteral("<br><small style=\"color:#6b4a00\">%1</small>").arg(before);
        }
        auto *source = new QLabel(html, m_gridWidget);
        source->setTextFormat(Qt::RichText);
        source->setWordWrap(true);
        source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        source->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        source->setMargin(4);
        source->setAccessibleName(tr("%1, source").arg(kindLabel(segment.kind)));
        if (m_draft->isSourceChanged(i)) {
            source->setAutoFillBackground(true);
            QPalette palette = source->palette();
            palette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xcc));
            palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
            source->setPalette(palette);
            source->setToolTip(oldText.isNull()
                    ? tr("Added to the source since the translation was made")
                    : tr("The source said before: %1").arg(oldText));
        }
        row.sourceLabel = source;

        auto *target = new SegmentEditor(m_checker, m_gridWidget);
        target->setAccessibleName(tr("%1, translation").arg(kindLabel(segment.kind)));
        row.target = target;
        connect(target, &SegmentEditor::enterPressed, this, [this, i] {
            if (i + 1 < m_rows.size())
                m_rows[i + 1].target->setFocus();
        });

        m_grid->addWidget(kind, line, 0);
        m_grid->addWidget(source, line, 1);
        m_grid->addWidget(target, line, 2, Qt::AlignTop);
    }
    m_grid->setRowStretch(int(m_rows.size()) + 1, 1);
    m_onlyChanged->setChecked(false);
}

void SideBySideDialog::fillTargets()
{
    if (!m_draft)
        return;
    const bool sourceText = !m_draft->translation() && m_start == Start::SourceText;
    for (int i = 0; i < m_draft->segmentCount(); ++i) {
        m_rows[i].target->setInlineText(
            sourceText ? m_draft->sourceSegments().at(i).text : m_draft->target(i));
    }
}

void SideBySideDialog::setStart(Start start)
{
    if ((m_draft && m_draft->translation()) || start == m_start)
        return;
    if (isModified() && start == Start::EmptyFields) {
        // Do not throw away what was typed over the source text.
        m_startSource->setChecked(true);
        return;
    }
    m_start = start;
    m_startSource->setChecked(start == Start::SourceText);
    fillTargets();
}

bool SideBySideDialog::isModified() const
{
    for (const Row &row : m_rows) {
        if (row.target && row.target->document()->isModified())
            return true;
    }
    return false;
}

void SideBySideDialog::showState()
{
    const TranslationState state = m_draft->state();
    int changed = 0;
    for (int i = 0; i < m_draft->segmentCount(); ++i)
        changed += m_draft->isSourceChanged(i) ? 1 : 0;
    QString text;
    switch (state) {
    case TranslationState::Missing:
        text = tr("There is no %1 text yet.").arg(Languages::ownName(m_language));
        break;
    case TranslationState::Outdated:
        text = tr("Outdated: %n source segment(s) changed since the translation was made "
                  "(highlighted). Update them, then mark the translation as up to date.",
            nullptr, changed);
        break;
    case TranslationState::InProgress:
        text = tr("In progress: %n segment(s) still to translate.", nullptr,
            m_draft->translation()->openSegments);
        break;
    case TranslationState::UpToDate:
    case TranslationState::Source:
        text = tr("Up to date.");
        break;
    }
    if (m_draft->unmatched() > 0)
        text += u' '
            + tr("%n block(s) of the translation match no block of the source and are not "
                 "shown; saving here leaves them out (the previous text stays in the page's "
                 "history).",
                nullptr, m_draft->unmatched());
    m_state->setText(text);
    m_onlyChanged->setVisible(changed > 0);
}

void SideBySideDialog::showOnlyChanged(bool only)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const bool visible = !only || m_draft->isSourceChanged(i);
        row.kindLabel->setVisible(visible);
        row.sourceLabel->setVisible(visible);
        row.target->setVisible(visible);
    }
}

SegmentEditor *SideBySideDialog::targetEditor(int row) const
{
    return m_rows.value(row).target;
}

QLabel *SideBySideDialog::sourceLabel(int row) const
{
    return m_rows.value(row).sourceLabel;
}

bool SideBySideDialog::isSourceChanged(int row) const
{
    return m_draft && row >= 0 && row < m_draft->segmentCount() && m_draft->isSourceChanged(row);
}

QString SideBySideDialog::stateText() const
{
    return m_state->text();
}

Status SideBySideDialog::save(bool markUpToDate)
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_draft->setTarget(i, m_rows.at(i).target->inlineText());
    if (m_draft->text().title.isEmpty())
        return failure(tr("Write the %1 title first: a text is saved with its title")
                           .arg(Languages::ownName(m_language)));
    if (auto s = m_draft->save(m_site, SaveReason::Save,
            markUpToDate ? TranslationDraft::Mark::UpToDate : TranslationDraft::Mark::Keep);
        !s)
        return s;
    emit saved(m_pageId, m_language);
    const int scroll = findChild<QScrollArea *>()->verticalScrollBar()->value();
    if (auto s = load(); !s)
        return s;
    findChild<QScrollArea *>()->verticalScrollBar()->setValue(scroll);
    return {};
}

void SideBySideDialog::done(int result)
{
    if (isModified()) {
        if (auto s = save(false); !s) {
            // Keep the dialog open rather than lose the work.
            QMessageBox::warning(this, tr("Cannot Save"), s.error());
            return;
        }
    }
    QDialog::done(result);
}
