#include "articlepane.h"

#include "articleeditor.h"
#include "conflictdialog.h"
#include "content/dates.h"
#include "content/languages.h"
#include "content/pagetree.h"
#include "editing/formatting.h"
#include "editing/pageeditsession.h"
#include "environment/username.h"
#include "findbar.h"
#include "linkdialog.h"
#include "session/sitepresence.h"
#include "spelling/sitedictionary.h"
#include "store/mediarepository.h"
#include "store/pagerepository.h"
#include "store/peoplerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "tree/pagetreemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// QDateTimeEdit cannot be empty: its minimum stands for "no publish date".
const QDateTime NoDate(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent)
    , m_autosave(new QTimer(this))
    , m_retryLoad(new QTimer(this))
{
    m_autosave->setObjectName(QStringLiteral("Autosave"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ArticlePane::flush);
    // A page that could not be shown for a team site's server away is tried again.
    m_retryLoad->setSingleShot(true);
    m_retryLoad->setInterval(RetryLoadMs);
    connect(m_retryLoad, &QTimer::timeout, this, [this] {
        if (m_session && m_session->pageId() == 0 && m_pageId != 0)
            load();
    });

    m_languageBar = new QTabBar;
    m_languageBar->setAccessibleName(tr("Language"));
    m_languageBar->setDrawBase(false);
    m_languageBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_heading = new QLabel;
    m_heading->setAccessibleName(tr("Translation state"));
    m_heading->setForegroundRole(QPalette::PlaceholderText);

    // Who else is on this page: a quiet line for another language, a marked one for this text.
    m_presence = new QLabel;
    m_presence->setObjectName(QStringLiteral("Presence"));
    m_presence->setAccessibleName(tr("Who else is editing"));
    m_presence->setWordWrap(true);
    m_presence->setVisible(false);

    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_slug = new QLineEdit;
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9-]{0,80}")), m_slug));
    m_slug->setToolTip(tr("The last part of the page's address: a-z, 0-9 and hyphens."));

    m_summary = new QLineEdit;
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("One or two sentences for lists, feeds and search engines"));

    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status"));
    for (const PageStatus status : { PageStatus::Draft, PageStatus::Review, PageStatus::Published })
        m_status->addItem(PageTreeModel::statusText(status), int(status));

    m_date = new QDateTimeEdit;
    m_date->setAccessibleName(tr("Publish date"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::LocalTime);
    m_date->setMinimumDateTime(NoDate.toLocalTime());
    m_date->setSpecialValueText(tr("No date"));
    m_date->setDisplayFormat(Dates::shortDateTimeFormat());

    m_body = new ArticleEditor;
    auto *toolbar = new QToolBar;
    toolbar->setAccessibleName(tr("Formatting"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createToolbar(toolbar);

    auto *meta = new QHBoxLayout;
    meta->addWidget(m_status);
    meta->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("S&lug"), m_slug);
    form->addRow(tr("Su&mmary"), m_summary);
    auto *statusLabel = new QLabel(tr("Stat&us"));
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, meta);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_languageBar);
    layout->addWidget(m_presence);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(toolbar);
    layout->addWidget(m_body, 1);
    m_findBar = new FindBar(m_body);
    m_findBar->setFields({ m_title, m_summary }); // find and replace cover them too
    layout->addWidget(m_findBar);
    for (auto [keys, replace] : { std::pair { QKeySequence(QKeySequence::Find), false },
             { QKeySequence(Qt::CTRL | Qt::Key_H), true } }) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, replace = replace] {
            replace ? m_findBar->showReplace() : m_findBar->showFind();
        });
        addAction(action);
        action->setText(replace ? tr("&Replace…") : tr("&Find…"));
        m_editActions.append(action);
    }

    connect(m_languageBar, &QTabBar::currentChanged, this, [this](int index) {
        if (m_loading)
            return;
        flush();
        load();
        emit languageChanged(m_languages.value(index));
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setTitle(text);
        scheduleSave();
        emit contentChanged();
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setSlug(text);
        scheduleSave();
        emit contentChanged();
    });
    connect(m_summary, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setSummary(text);
        scheduleSave();
        emit contentChanged();
    });
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        m_session->setStatus(PageStatus(m_status->itemData(index).toInt()));
        flush(); // a status change is a decision, not typing
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &time) {
        if (m_loading)
            return;
        m_session->setPublishAt(time == m_date->minimumDateTime() ? QDateTime() : time.toUTC());
        scheduleSave();
        emit contentChanged();
    });
    // contentsChange, not textChanged: it also fires for formatting, never for highlighting.
    connect(m_body->document(), &QTextDocument::contentsChange, this, [this] {
        if (m_loading || !m_session || m_body->isReadOnly())
            return;
        m_session->markModified();
        scheduleSave();
        emit contentChanged();
    });
    setEnabled(false);
}

ArticlePane::~ArticlePane() = default;

void ArticlePane::createToolbar(QToolBar *toolbar)
{
    using Formatting::BlockStyle;
    m_style = new QComboBox;
    m_style->setAccessibleName(tr("Paragraph style"));
    m_style->addItem(tr("Paragraph"), int(BlockStyle::Paragraph));
    m_style->addItem(tr("Heading 2"), int(BlockStyle::Heading2));
    m_style->addItem(tr("Heading 3"), int(BlockStyle::Heading3));
    m_style->addItem(tr("Heading 4"), int(BlockStyle::Heading4));
    toolbar->addWidget(m_style);
    connect(m_style, &QComboBox::activated, this, [this](int index) {
        const auto style = BlockStyle(m_style->itemData(index).toInt());
        format([style](QTextCursor &c) { Formatting::setBlockStyle(c, style); });
        m_body->setFocus();
    });
    const auto add = [&](const QString &text, const QKeySequence &shortcut, bool checkable,
                         const std::function<void(QTextCursor &)> &command) {
        QAction *action = toolbar->addAction(text);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        action->setCheckable(checkable);
        connect(action, &QAction::triggered, this, [this, command] { format(command); });
        addAction(action);
        m_formatActions.append(action);
        return action;
    };
    toolbar->addSeparator();
    m_strong = add(tr("Bold"), QKeySequence::Bold, true, &Formatting::toggleStrong);
    m_em = add(tr("Italic"), QKeySequence::Italic, true, &Formatting::toggleEm);
    QAction *link = toolbar->addAction(tr("Link…"), this, &ArticlePane::editLink);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(link);
    m_formatActions.append(link);
    // Format › Paragraph, Heading 2–4 (Ctrl+0, Ctrl+2 … Ctrl+4), the style box's choices.
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_formatActions.append(separator());
    m_styleActions = new QActionGroup(this);
    for (auto [key, style, text] :
        { std::tuple { Qt::Key_0, BlockStyle::Paragraph, tr("&Paragraph") },
            { Qt::Key_2, BlockStyle::Heading2, tr("Heading &2") },
            { Qt::Key_3, BlockStyle::Heading3, tr("Heading &3") },
            { Qt::Key_4, BlockStyle::Heading4, tr("Heading &4") } }) {
        auto *action = new QAction(text, m_styleActions);
        action->setCheckable(true);
        action->setData(int(style));
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, style = style] {
            format([style](QTextCursor &c) { Formatting::setBlockStyle(c, style); });
        });
        addAction(action);
        m_formatActions.append(action);
    }
    QAction *clear = new QAction(tr("&Clear Formatting"), this);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backslash)); // as in Google Docs
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clear, &QAction::triggered, this, [this] { format(&Formatting::clearFormatting); });
    addAction(clear);
    m_formatActions << clear << separator();
    toolbar->addSeparator();
    m_bulleted = add(tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true,
        [](QTextCursor &c) { Formatting::toggleList(c, false); });
    m_numbered = add(tr("Numbered list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true,
        [](QTextCursor &c) { Formatting::toggleList(c, true); });
    QAction *outdent = add(tr("Outdent"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), false,
        [](QTextCursor &c) { Formatting::indent(c, -1); });
    QAction *indent = add(tr("Indent"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), false,
        [](QTextCursor &c) { Formatting::indent(c, 1); });
    m_quote = add(tr("Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), true,
        &Formatting::toggleQuote);
    toolbar->addSeparator();
    QAction *image = toolbar->addAction(tr("Image…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Insert Image"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
        if (!path.isEmpty())
            m_body->insertImageFile(path);
    });
    image->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    image->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(image);
    QAction *table = toolbar->addAction(tr("Table"), this, [this] { m_body->insertTable(3, 2); });
    // Ctrl+Shift+T is Page › Translate Side by Side.
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    table->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(table);
    m_formatActions << image << table << separator();
    m_formatActions.append(m_body->tableActions());
    toolbar->addSeparator();
    QAction *undo = toolbar->addAction(tr("Undo"), m_body, &QTextEdit::undo);
    undo->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QAction *redo = toolbar->addAction(tr("Redo"), m_body, &QTextEdit::redo);
    redo->setToolTip(
        tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    undo->setShortcut(QKeySequence::Undo); // shown in the menu; the editor handles the keys
    redo->setShortcut(QKeySequence::Redo);
    undo->setShortcutContext(Qt::WidgetShortcut);
    redo->setShortcutContext(Qt::WidgetShortcut);
    m_editActions << undo << redo;
    for (auto [text, keys, slot] :
        { std::tuple { tr("Cu&t"), QKeySequence(QKeySequence::Cut), &QTextEdit::cut },
            { tr("&Copy"), QKeySequence(QKeySequence::Copy), &QTextEdit::copy },
            { tr("&Paste"), QKeySequence(QKeySequence::Paste), &QTextEdit::paste } }) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut); // the editor's own keys do the work
        connect(action, &QAction::triggered, m_body, slot);
        m_editActions.append(action);
    }
    connect(m_body, &QTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_body, &QTextEdit::redoAvailable, redo, &QAction::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    // Short labels keep the toolbar within the pane; menus, tooltips and screen readers get
    // the full names.
    const std::pair<QAction *, QString> labels[] = {
        { m_strong, QStringLiteral("B") }, { m_em, QStringLiteral("I") }, { link, tr("Link") },
        { m_bulleted, QStringLiteral("\u2022\u2009\u2013") }, // • –
        { m_numbered, QStringLiteral("1.\u2009\u2013") },
        { outdent, QStringLiteral("\u21E4") }, // ⇤
        { indent, QStringLiteral("\u21E5") }, // ⇥
        { m_quote, QStringLiteral("\u275D") }, // ❝
        { image, tr("Image") }, { undo, QStringLiteral("\u21B6") }, // ↶
        { redo, QStringLiteral("\u21B7") }, // ↷
    };
    for (const auto &[action, label] : labels)
        action->setIconText(label);
    const auto buttons = toolbar->actions();
    for (QAction *action : buttons) {
        // (The style box keeps its own name.)
        if (QWidget *button = toolbar->widgetForAction(action);
            button && !action->isSeparator() && button != m_style) {
            button->setAccessibleName(action->text().remove(u'&').remove(QStringLiteral("…")));
            if (action->toolTip().isEmpty() || action->toolTip() == action->iconText())
                action->setToolTip(action->text());
        }
    }
    QFont bold = toolbar->widgetForAction(m_strong)->font();
    bold.setBold(true);
    toolbar->widgetForAction(m_strong)->setFont(bold);
    QFont italic = toolbar->widgetForAction(m_em)->font();
    italic.setItalic(true);
    toolbar->widgetForAction(m_em)->setFont(italic);

    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ArticlePane::updateFormatState);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &ArticlePane::updateFormatState);
}

void ArticlePane::format(const std::function<void(QTextCursor &)> &command)
{
    QTextCursor cursor = m_body->textCursor();
    command(cursor);
    m_body->setTextCursor(cursor);
    updateFormatState();
}

void ArticlePane::updateFormatState()
{
    const Formatting::State state = Formatting::state(m_body->textCursor());
    m_strong->setChecked(state.strong);
    m_em->setChecked(state.em);
    m_bulleted->setChecked(state.bulleted);
    m_numbered->setChecked(state.numbered);
    m_quote->setChecked(state.quote);
    m_style->setCurrentIndex(m_style->findData(int(state.style)));
    for (QAction *action : m_styleActions->actions())
        action->setChecked(action->data().toInt() == int(state.style));
}

void ArticlePane::editLink()
{
    if (!m_site)
        return;
    // A web address, or one of the site's pages found by its titles or address; its title in
    // the language being written comes first.
    QStringList titleLanguages { language() };
    for (const QString &other : std::as_const(m_languages)) {
        if (other != language())
            titleLanguages.append(other);
    }
    QList<LinkTarget> targets;
    if (const auto listing = PageRepository(*m_site).listing())
        targets = LinkTargets::of(PageTree(*listing), titleLanguages);
    const QString current = m_body->textCursor().charFormat().anchorHref();
    LinkDialog dialog(targets, current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // With nothing selected, the page's title (or the address) is inserted as the link.
    format([href = dialog.link(), text = dialog.linkText()](
               QTextCursor &c) { Formatting::setLink(c, href, {}, text); });
}

void ArticlePane::setSite(SiteDatabase *site, const QStringList &languages)
{
    m_autosave->stop();
    m_site = site;
    m_languages = languages;
    reloadSiteSettings();
    m_session = site ? std::make_unique<PageEditSession>(*site) : nullptr;
    m_offlineEdits = site ? std::make_unique<OfflineEdits>(
                         site->path(), site->dialect() == SiteDatabase::Dialect::Postgres)
                          : nullptr;
    setOffline(false);
    if (m_session) {
        // Saved over a change made elsewhere that merged by itself: the editor shows the merge.
        connect(m_session.get(), &PageEditSession::merged, this,
            [this](const PageEditSession::Fields &, const QString &message) {
                m_mergeMessage = message;
                showMergedFields();
            });
        connect(m_session.get(), &PageEditSession::conflicted, this,
            [this](const PageEditSession::Conflict &conflict) { askAboutConflict(conflict); });
        connect(m_session.get(), &PageEditSession::slugChanged, this, [this](const QString &slug) {
            if (m_slug->text() != slug)
                m_slug->setText(slug);
        });
        // Typing starts the missing text: the banner that invited it goes.
        connect(
            m_session.get(), &PageEditSession::modifiedChanged, this, &ArticlePane::updateHeading);
    }
    if (site) {
        m_body->addToSiteDictionary
            = [this](const QString &word, const QString &language) -> Status {
            if (!m_site)
                return failure(tr("No site is open"));
            return SiteDictionary::add(*m_site, word, language, UserName::current());
        };
    } else {
        m_body->addToSiteDictionary = nullptr;
    }
    m_body->mediaLoader = [this](qint64 id) {
        if (!m_site)
            return QImage();
        const auto bytes = MediaRepository(*m_site).bytes(id);
        return bytes ? ArticleEditor::upright(*bytes) : QImage();
    };
    m_body->mediaStore = [this](const HtmlSanitizer::Image &image) -> QString {
        if (!m_site)
            return {};
        MediaRepository media(*m_site);
        const auto id = media.add(image.bytes, image.fileName);
        if (!id) {
            emit statusMessage(id.error());
            return {};
        }
        if (!image.alt.isEmpty()) {
            if (auto s = media.setAlt(*id, language(), image.alt); !s)
                emit statusMessage(s.error());
        }
        return QStringLiteral("media:%1").arg(*id);
    };
    m_loading = true;
    while (m_languageBar->count() > 0)
        m_languageBar->removeTab(0);
    for (const QString &code : languages) {
        const QString name = Languages::ownName(code);
        const int tab = m_languageBar->addTab(QStringLiteral("%1 · %2").arg(code.toUpper(), name));
        m_languageBar->setTabToolTip(tab, Languages::displayName(code));
    }
    m_languageBar->updateGeometry(); // it was laid out while it had no tabs
    m_loading = false;
    m_pageId = 0;
    load();
}

qint64 ArticlePane::pageId() const
{
    return m_pageId;
}

QString ArticlePane::language() const
{
    return m_languages.value(m_languageBar->currentIndex());
}

void ArticlePane::showPage(qint64 pageId)
{
    if (pageId == m_pageId)
        return;
    flush();
    m_pageId = pageId;
    load();
}

void ArticlePane::setLanguage(const QString &language)
{
    const qsizetype index = m_languages.indexOf(language);
    if (index >= 0 && index != m_languageBar->currentIndex())
        m_languageBar->setCurrentIndex(int(index)); // saves and loads through currentChanged
}

void ArticlePane::scheduleSave()
{
    // 2 s after the first unsaved change, however long the typing goes on: after a crash, at
    // most 2 s of work is lost (the autosaves of a stretch share one revision).
    if (m_session && m_session->isModified() && !m_autosave->isActive())
        m_autosave->start();
}

Status ArticlePane::saveNow(SaveReason reason)
{
    m_autosave->stop();
    if (!m_session || m_readOnly)
        return {};
    if (!m_session->isModified()) {
        if (reason != SaveReason::Save || m_pageId == 0)
            return {};
        // Nothing new, but an explicit save closes the current autosave stretch.
        const auto stored = PageRepository(*m_site).translation(m_pageId, language());
        if (!stored || !stored->has_value())
            return {};
        return PageRepository(*m_site).saveTranslation(**stored, reason);
    }
    emit statusMessage(tr("Saving…"));
    m_session->setBodyHtml(m_body->bodyHtml());
    const qint64 saved = m_session->pageId();
    m_mergeMessage.clear();
    const QString language = m_session->language();
    const Status status = m_session->save(reason);
    if (!m_session->isModified()) // saved, though perhaps with a slug problem to report
        forgetKept(saved, language);
    // A team site's server away: the text is kept on this computer, and saved again every few
    // seconds until the server takes it. For the window, nothing is lost: closing it or
    // opening another page goes on.
    if (serverAway(status)) {
        if (const Status kept = m_offlineEdits->keep(*m_session); kept) {
            setOffline(true);
            emit statusMessage(tr("“%1” (%2) is kept on this computer until the server is back")
                                   .arg(m_session->fields().title, language));
            m_autosave->start();
            return {};
        }
    } else if (!OfflineEdits::isOffline(status)) {
        setOffline(false);
    }
    // On a team site, a write refused as ReadOnly is the person's role (SQLSTATE 42501): the
    // site is never opened read-only for editing.
    const bool refused = !status && status.kind() == ErrorKind::ReadOnly
        && m_site->dialect() == SiteDatabase::Dialect::Postgres;
    emit statusMessage(refused         ? refusal(status)
            : !status                  ? status.error()
            : m_mergeMessage.isEmpty() ? tr("Saved")
                                       : m_mergeMessage);
    // A team site's server away for a while, or another writer holding the site: the text stays
    // here and is saved again shortly, until it goes through.
    if (!status && (status.kind() == ErrorKind::Io || status.kind() == ErrorKind::Busy)
        && m_session->isModified())
        m_autosave->start();
    emit pageSaved(saved);
    return status;
}

bool ArticlePane::serverAway(const Status &failure) const
{
    return m_offlineEdits && m_offlineEdits->applies() && OfflineEdits::isOffline(failure);
}

void ArticlePane::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

void ArticlePane::forgetKept(qint64 pageId, const QString &language)
{
    if (!m_offlineEdits)
        return;
    if (const Status forgotten = m_offlineEdits->forget(pageId, language); !forgotten)
        emit statusMessage(forgotten.error());
}

Status ArticlePane::bringBack(const OfflineJournal::Entry &entry)
{
    if (!m_session || m_session->pageId() != entry.pageId
        || m_session->language() != entry.language)
        return failure(tr("%1 is not the page text shown").arg(OfflineEdits::name(entry)));
    OfflineEdits::bringInto(*m_session, entry);
    showMergedFields();
    emit contentChanged();
    return saveNow(SaveReason::Save);
}

ConflictDialog *ArticlePane::conflictDialog() const
{
    return m_conflictDialog;
}

void ArticlePane::askAboutConflict(const PageEditSession::Conflict &conflict)
{
    // The text stays in the editor as typed until the user chose; no autosave meanwhile.
    m_autosave->stop();
    delete m_conflictDialog;
    const QString title
        = conflict.mine.title.isEmpty() ? conflict.theirs.title : conflict.mine.title;
    m_conflictDialog = new ConflictDialog(conflict, title, this);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 page = m_session->pageId();
    const QString language = m_session->language();
    connect(m_conflictDialog, &QDialog::accepted, this, [this, page, language] {
        if (!m_session || m_session->pageId() != page || m_session->language() != language)
            return;
        const Status status = m_session->resolve(m_conflictDialog->resolution());
        if (status) {
            forgetKept(page, language);
            showMergedFields();
            emit statusMessage(tr("Saved your choices for “%1”; both versions are in History")
                                   .arg(m_session->fields().title));
            emit pageSaved(page);
        } else if (status.kind() != ErrorKind::Conflict) {
            emit statusMessage(status.error()); // a new conflict asks again by itself
        }
    });
    connect(m_conflictDialog, &QDialog::rejected, this, [this] {
        emit statusMessage(tr("Not saved: your text stays here and in History until you choose "
                              "(save again with Ctrl+S)"));
    });
    m_conflictDialog->open();
}

void ArticlePane::showMergedFields()
{
    if (!m_session)
        return;
    // The cursor stays in the same block, at the same place in it, as far as the block allows.
    QTextCursor cursor = m_body->textCursor();
    const int block = cursor.blockNumber(), column = cursor.positionInBlock();
    const int scroll = m_body->verticalScrollBar()->value();
    const PageEditSession::Fields &fields = m_session->fields();
    m_loading = true;
    for (auto [edit, text] : { std::pair { m_title, fields.title }, { m_slug, fields.slug },
             { m_summary, fields.summary } }) {
        if (edit->text() != text) {
            const int at = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(std::min(at, int(text.size())));
        }
    }
    m_status->setCurrentIndex(m_status->findData(int(fields.status)));
    m_date->setDateTime(
        fields.publishAt.isValid() ? fields.publishAt.toLocalTime() : m_date->minimumDateTime());
    if (m_body->bodyHtml() != fields.bodyHtml) {
        m_body->setBodyHtml(fields.bodyHtml);
        QTextDocument *document = m_body->document();
        const QTextBlock at
            = document->findBlockByNumber(std::min(block, document->blockCount() - 1));
        QTextCursor restored(at);
        restored.setPosition(at.position() + std::min(column, std::max(0, at.length() - 1)));
        m_body->setTextCursor(restored);
        m_body->verticalScrollBar()->setValue(scroll);
    }
    m_loading = false;
    emit contentChanged();
}

void ArticlePane::reloadSiteSettings()
{
    m_siteTitles.clear();
    if (!m_site)
        return;
    if (const auto settings = SiteRepository(*m_site).settings()) {
        for (const QString &language : settings->languages) {
            const QString title = settings->siteTitles.value(language);
            m_siteTitles.insert(language,
                title.isEmpty() ? settings->siteTitles.value(settings->sourceLanguage) : title);
        }
    }
}

PreviewRenderer::Article ArticlePane::previewArticle() const
{
    PreviewRenderer::Article article;
    article.language = language();
    article.siteTitle = m_siteTitles.value(language());
    if (!m_session || m_session->pageId() == 0)
        return article;
    const auto &fields = m_session->fields();
    article.title = fields.title;
    article.summary = fields.summary;
    if (m_session->kind() == PageKind::News)
        article.dateText = Dates::longDate(fields.publishAt.toLocalTime().date(), language());
    article.bodyHtml = m_body->bodyHtml();
    return article;
}

void ArticlePane::focusTitle()
{
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

bool ArticlePane::showMatch(SearchQuery::Field field, const QString &matched, int occurrence)
{
    if (matched.isEmpty())
        return false;
    if (field == SearchQuery::Field::Body) {
        QTextCursor found(m_body->document());
        for (int i = 0; i <= occurrence; ++i) {
            found = m_body->document()->find(matched, found, QTextDocument::FindCaseSensitively);
            if (found.isNull())
                return false;
        }
        m_body->setTextCursor(found);
        m_body->ensureCursorVisible();
        m_body->setFocus(Qt::OtherFocusReason);
        return true;
    }
    QLineEdit *line = field == SearchQuery::Field::Title ? m_title : m_summary;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = line->text().indexOf(matched, at + 1);
        if (at < 0)
            return false;
    }
    line->setFocus(Qt::OtherFocusReason);
    line->setSelection(int(at), int(matched.size()));
    return true;
}

void ArticlePane::saveExplicitly()
{
    (void)saveNow(SaveReason::Save); // an error is in the status bar
}

void ArticlePane::flush()
{
    if (const Status status = saveNow(); !status)
        return; // already shown in the status bar
}

void ArticlePane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyPermissions();
}

void ArticlePane::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    applyPermissions();
}

void ArticlePane::applyPermissions()
{
    const QString whyNotText = m_permissions.whyNotWriteLanguage(language());
    const QString whyNotPage = m_permissions.whyNotChangePages();
    const bool text = !m_readOnly && whyNotText.isEmpty();
    const bool page = !m_readOnly && whyNotPage.isEmpty();
    for (QLineEdit *edit : { m_title, m_summary }) {
        edit->setReadOnly(!text);
        edit->setToolTip(whyNotText);
    }
    m_slug->setReadOnly(!page);
    m_slug->setToolTip(
        page ? tr("The last part of the page's address: a-z, 0-9 and hyphens.") : whyNotPage);
    m_date->setEnabled(page);
    m_date->setToolTip(whyNotPage);
    m_body->setReadOnly(!text);
    m_body->setToolTip(whyNotText);
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(text);
    m_body->updateTableActions(); // only in a table

    // An editor sets Draft and In review; Published (to or from) is a publisher's.
    const QString whyNotPublish = m_permissions.whyNotPublish();
    const bool published = m_session && m_session->pageId() != 0
        && m_session->fields().status == PageStatus::Published;
    const bool status = page && (whyNotPublish.isEmpty() || !published);
    m_status->setEnabled(status);
    m_status->setToolTip(!page ? whyNotPage : status ? QString() : whyNotPublish);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model())) {
        QStandardItem *item = model->item(m_status->findData(int(PageStatus::Published)));
        item->setEnabled(whyNotPublish.isEmpty());
        item->setToolTip(whyNotPublish);
    }
    updateHeading(); // says why a text may not be changed
}

QString ArticlePane::refusal(const Status &status)
{
    // Permissions may have changed since the site opened: what the server says now counts.
    if (m_site) {
        if (const auto now = PeopleRepository(*m_site).permissions())
            setPermissions(*now);
    }
    const QString title = m_title->text().trimmed();
    const QString page = title.isEmpty() ? tr("page %1").arg(m_pageId) : title;
    QString why = m_permissions.whyNotWriteLanguage(language());
    if (why.isEmpty() && m_session && m_session->fields().status == PageStatus::Published)
        why = m_permissions.whyNotPublish();
    if (why.isEmpty())
        why = m_permissions.whyNotChangePages();
    if (why.isEmpty()) // the server knows better than this window
        why = status.error().section(QStringLiteral(": "), -1);
    return tr("“%1” (%2) was not saved, and stays here to copy: %3")
        .arg(page, language().toUpper(), why);
}

bool ArticlePane::isModified() const
{
    return m_session && m_session->isModified();
}

void ArticlePane::reload()
{
    load();
}

bool ArticlePane::reloadIfChangedElsewhere()
{
    if (!m_session || !m_site || isModified())
        return false;
    bool same = m_session->pageId() == m_pageId;
    if (same && m_pageId != 0) {
        PageEditSession stored(*m_site);
        const PageEditSession::Fields &shown = m_session->fields();
        same = stored.open(m_pageId, language()) && stored.hasText() == m_session->hasText()
            && stored.storedVersion() == m_session->storedVersion()
            && stored.fields().slug == shown.slug && stored.fields().status == shown.status
            && stored.fields().publishAt == shown.publishAt;
    }
    if (same)
        return false;
    load();
    return true;
}

void ArticlePane::setPresence(const QList<PresenceRepository::Presence> &others)
{
    m_others = others;
    updatePresence();
}

void ArticlePane::updatePresence()
{
    QStringList lines;
    bool sameText = false;
    for (const PresenceRepository::Presence &presence : std::as_const(m_others)) {
        if (m_pageId == 0 || presence.pageId != m_pageId)
            continue;
        // Once per person and text, however many windows they have on it.
        if (const QString line = SitePresence::describe(presence); !lines.contains(line))
            lines.append(line);
        sameText = sameText || presence.language == language();
    }
    m_presence->setText(lines.join(u'\n'));
    m_presence->setVisible(!lines.isEmpty());
    m_presence->setProperty("sameText", sameText);
    // The same text: saves may meet, so it stands out; another language only informs.
    m_presence->setStyleSheet(sameText
            ? QStringLiteral("QLabel { background: #fff1c2; color: #5c3d00; font-weight: bold; "
                             "border: 1px solid #e0b443; border-radius: 3px; padding: 3px 6px; }")
            : QStringLiteral("QLabel { color: #1f5fae; padding: 0 2px; }"));
}

void ArticlePane::load()
{
    m_autosave->stop();
    if (m_conflictDialog) // another page now; the text it was about is in History
        m_conflictDialog->reject();
    m_loading = true;
    const bool open = m_session && m_pageId != 0;
    Status status;
    if (open) {
        // A team site's server back after a while away: connected again before reading.
        status = m_site->reachServer();
        if (status)
            status = m_session->open(m_pageId, language());
    } else if (m_session)
        m_session->close();
    setEnabled(open && status);
    m_retryLoad->stop();
    if (!status) {
        emit statusMessage(status.error());
        m_session->close(); // nothing of the page shown before stays on show
        if (serverAway(status)) {
            setOffline(true);
            m_retryLoad->start();
        }
    } else if (open) {
        setOffline(false);
    }
    showFields();
    m_loading = false;
    updatePresence();
    emit textOpened(open && status ? m_pageId : 0, language());
    emit contentChanged();
}

void ArticlePane::showFields()
{
    const bool open = m_session && m_session->pageId() != 0;
    const PageEditSession::Fields empty;
    const PageEditSession::Fields &fields = open ? m_session->fields() : empty;
    for (auto [edit, text] : { std::pair { m_title, fields.title }, { m_slug, fields.slug },
             { m_summary, fields.summary } }) {
        edit->setText(text);
        edit->setCursorPosition(0); // long titles show their beginning
    }
    m_status->setCurrentIndex(m_status->findData(int(fields.status)));
    m_date->setDateTime(
        fields.publishAt.isValid() ? fields.publishAt.toLocalTime() : m_date->minimumDateTime());
    m_body->setLanguage(language());
    m_body->setBodyHtml(fields.bodyHtml);
    applyPermissions(); // and the heading
    m_title->setPlaceholderText(tr("Title in %1").arg(Languages::displayName(language())));
}

void ArticlePane::updateHeading()
{
    const bool open = m_session && m_session->pageId() != 0;
    // A text the person's role may not change says so above it (not only in tooltips).
    const QString whyNot
        = open && !m_readOnly ? m_permissions.whyNotWriteLanguage(language()) : QString();
    // Else, only while the text is missing and nothing has been typed for it yet.
    const bool missing = open && !m_session->hasText() && !m_session->isModified();
    m_heading->setText(!whyNot.isEmpty() ? whyNot
            : missing
            ? tr("No %1 text yet: type to start it.").arg(Languages::displayName(language()))
            : QString());
    m_heading->setVisible(!m_heading->text().isEmpty());
}
