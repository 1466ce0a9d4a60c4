#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "content/languages.h"
#include "editing/formatting.h"
#include "sidebysidedialog.h"
#include "spelling/spellhighlighter.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "store/translationbasisrepository.h"
#include "translation/translationstatus.h"
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
    const auto settings = SiteRepository(m_site).settings();
    if (!settings)
        return settings.failure();
    m_sourceLanguage = settings->sourceLanguage;
    PageRepository pages(m_site);
    const auto source = pages.translation(m_pageId, m_sourceLanguage);
    if (!source)
        return source.failure();
    if (!source->has_value())
        return failure(tr("%1: page %2 has no %3 text to translate")
                           .arg(m_site.path())
                           .arg(m_pageId)
                           .arg(Languages::displayName(m_sourceLanguage)));
    m_sourceText = **source;
    const auto translation = pages.translation(m_pageId, m_language);
    if (!translation)
        return translation.failure();
    m_translation = *translation;

    const QList<Segment> segments = Segments::of(m_sourceText);
    m_rows.clear();
    for (const Segment &segment : segments)
        m_rows.append(Row { segment, {}, {}, nullptr, nullptr, nullptr });
    m_translated.clear();
    m_unmatched = 0;
    if (m_translation) {
        const auto basis = TranslationBasisRepository(m_site).read(m_pageId, m_language);
        if (!basis)
            return basis.failure();
        m_translated = Segments::of(*m_translation);
        const auto pairs = Segments::pair(basis->records, segments, m_translated);
        QSet<int> used;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            m_rows[i].pairing = pairs.at(i);
            if (pairs.at(i).translation >= 0)
                used.insert(pairs.at(i).translation);
        }
        m_unmatched = int(m_translated.size() - used.size());
        if (translationState(&*m_translation, &m_sourceText, false) == TranslationState::Outdated) {
            for (const SegmentChange &change : Segments::diff(basis->records, segments)) {
                if (change.newIndex < 0)
                    continue;
                // Added: the old text stays null; changed: what it was.
                m_rows[change.newIndex].oldText
                    = change.type == SegmentChange::Type::Changed ? change.oldText : QString();
                m_rows[change.newIndex].pairing.sourceChanged = true;
            }
        }
    }
    setWindowTitle(tr("Translate Side by Side — %1 (%2)")
                       .arg(m_sourceText.title, Languages::ownName(m_language)));
    m_startSource->setText(
        tr("The %1 text to &overwrite").arg(Languages::ownName(m_sourceLanguage)));
    m_startChoice->setVisible(!m_translation);
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
    const QString sourceName = Languages::ownName(m_sourceLanguage);
    const QString targetName = Languages::ownName(m_language);
    auto *sourceHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(sourceName.toHtmlEscaped()));
    auto *targetHeader = new QLabel(QStringLiteral("<b>%1</b>").arg(targetName.toHtmlEscaped()));
    m_grid->addWidget(sourceHeader, 0, 1);
    m_grid->addWidget(targetHeader, 0, 2);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const int line = int(i) + 1;
        auto *kind = new QLabel(kindLabel(row.source.kind), m_gridWidget);
        kind->setForegroundRole(QPalette::PlaceholderText);
        kind->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.kindLabel = kind;

        QString html = BodyHtmlWriter::writeInline(row.source.text);
        if (row.pairing.sourceChanged) {
            // The words that changed: struck through what went, underlined what came.
            const QString before = row.oldText.isNull()
                ? tr("New in the source since the translation was made.")
                : tr("What changed: %1")
                      .arg(WordDiff::toHtml(
                          WordDiff::compare(row.oldText, BodyText::plainText(row.source.text))));
            html += QStringLiteral("<br><small style=\"color:#6b4a00\">%1</small>").arg(before);
        }
        auto *source = new QLabel(html, m_gridWidget);
        source->setTextFormat(Qt::RichText);
        source->setWordWrap(true);
        source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        source->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        source->setMargin(4);
        source->setAccessibleName(tr("%1, source").arg(kindLabel(row.source.kind)));
        if (row.pairing.sourceChanged) {
            source->setAutoFillBackground(true);
            QPalette palette = source->palette();
            palette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xcc));
            palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
            source->setPalette(palette);
            source->setToolTip(row.oldText.isNull()
                    ? tr("Added to the source since the translation was made")
                    : tr("The source said before: %1").arg(row.oldText));
        }
        row.sourceLabel = source;

        auto *target = new SegmentEditor(m_checker, m_gridWidget);
        target->setAccessibleName(tr("%1, translation").arg(kindLabel(row.source.kind)));
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
    for (Row &row : m_rows) {
        InlineText text;
        if (row.pairing.translation >= 0)
            text = m_translated.at(row.pairing.translation).text;
        else if (!m_translation && m_start == Start::SourceText)
            text = row.source.text;
        row.target->setInlineText(text);
    }
}

void SideBySideDialog::setStart(Start start)
{
    if (m_translation || start == m_start)
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
    const TranslationState state = m_translation
        ? translationState(&*m_translation, &m_sourceText, false)
        : TranslationState::Missing;
    int changed = 0;
    for (const Row &row : std::as_const(m_rows))
        changed += row.pairing.sourceChanged ? 1 : 0;
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
        text = tr(
            "In progress: %n segment(s) still to translate.", nullptr, m_translation->openSegments);
        break;
    case TranslationState::UpToDate:
    case TranslationState::Source:
        text = tr("Up to date.");
        break;
    }
    if (m_unmatched > 0)
        text += u' '
            + tr("%n block(s) of the translation match no block of the source and are not "
                 "shown; saving here leaves them out (the previous text stays in the page's "
                 "history).",
                nullptr, m_unmatched);
    m_state->setText(text);
    m_onlyChanged->setVisible(changed > 0);
}

void SideBySideDialog::showOnlyChanged(bool only)
{
    for (const Row &row : std::as_const(m_rows)) {
        const bool visible = !only || row.pairing.sourceChanged;
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
    return m_rows.value(row).pairing.sourceChanged;
}

QString SideBySideDialog::stateText() const
{
    return m_state->text();
}

Status SideBySideDialog::save(bool markUpToDate)
{
    Translation text = m_translation.value_or(Translation {});
    text.pageId = m_pageId;
    text.language = m_language;
    QList<InlineText> body;
    bool hasSummary = false;
    for (const Row &row : std::as_const(m_rows)) {
        const InlineText target = row.target->inlineText();
        switch (row.source.field) {
        case Segment::Field::Title:
            text.title = BodyText::plainText(target).simplified();
            break;
        case Segment::Field::Summary:
            text.summary = BodyText::plainText(target).simplified();
            hasSummary = true;
            break;
        case Segment::Field::Body:
            body.append(target);
            break;
        }
    }
    if (!hasSummary && !m_translation)
        text.summary.clear();
    if (text.title.isEmpty())
        return failure(tr("Write the %1 title first: a text is saved with its title")
                           .arg(Languages::ownName(m_language)));
    text.bodyHtml = BodyHtmlWriter::write(
        Segments::assemble(ArticleBody::parse(m_sourceText.bodyHtml), body));

    PageRepository pages(m_site);
    const Status status = m_site.transaction([&]() -> Status {
        if (auto s = pages.saveTranslation(text); !s)
            return s;
        return markUpToDate ? pages.markUpToDate(m_pageId, m_language) : Status();
    });
    if (!status)
        return status;
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
