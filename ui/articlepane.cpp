#include "articlepane.h"

#include "articleeditor.h"
#include "content/dates.h"
#include "editing/pageeditsession.h"
#include "store/mediarepository.h"
#include "store/sitedatabase.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// QDateTimeEdit cannot be empty: its minimum stands for "no publish date".
const QDateTime NoDate(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent)
    , m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ArticlePane::flush);

    m_languageBar = new QTabBar;
    m_languageBar->setAccessibleName(tr("Language"));
    m_languageBar->setDrawBase(false);
    m_languageBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_heading = new QLabel;
    m_heading->setAccessibleName(tr("Translation state"));
    m_heading->setForegroundRole(QPalette::PlaceholderText);

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
    m_status->addItem(tr("Draft"), int(PageStatus::Draft));
    m_status->addItem(tr("In review"), int(PageStatus::Review));
    m_status->addItem(tr("Published"), int(PageStatus::Published));

    m_date = new QDateTimeEdit;
    m_date->setAccessibleName(tr("Publish date"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::LocalTime);
    m_date->setMinimumDateTime(NoDate.toLocalTime());
    m_date->setSpecialValueText(tr("No date"));
    m_date->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    m_body = new ArticleEditor;

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
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);

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

void ArticlePane::setSite(SiteDatabase *site, const QStringList &languages)
{
    m_autosave->stop();
    m_site = site;
    m_languages = languages;
    m_session = site ? std::make_unique<PageEditSession>(*site) : nullptr;
    if (m_session) {
        connect(m_session.get(), &PageEditSession::slugChanged, this, [this](const QString &slug) {
            if (m_slug->text() != slug)
                m_slug->setText(slug);
        });
    }
    m_body->mediaLoader = [this](qint64 id) {
        if (!m_site)
            return QImage();
        const auto bytes = MediaRepository(*m_site).bytes(id);
        return bytes ? QImage::fromData(*bytes) : QImage();
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
        const QLocale locale(code);
        // The language in its own words, without a country ("ქართული", "English").
        const QString name = locale.language() == QLocale::English
            ? QLocale::languageToString(QLocale::English)
            : locale.nativeLanguageName();
        const int tab = m_languageBar->addTab(QStringLiteral("%1 · %2").arg(code.toUpper(), name));
        m_languageBar->setTabToolTip(tab, QLocale::languageToString(locale.language()));
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
    if (m_session && m_session->isModified())
        m_autosave->start(); // restarts: 2 s after the last change
}

Status ArticlePane::saveNow()
{
    m_autosave->stop();
    if (!m_session || !m_session->isModified())
        return {};
    emit statusMessage(tr("Saving…"));
    m_session->setBodyHtml(m_body->bodyHtml());
    const qint64 saved = m_session->pageId();
    const Status status = m_session->save();
    emit statusMessage(status ? tr("Saved") : status.error());
    emit pageSaved(saved);
    return status;
}

PreviewRenderer::Article ArticlePane::previewArticle() const
{
    PreviewRenderer::Article article;
    article.language = language();
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

void ArticlePane::flush()
{
    if (const Status status = saveNow(); !status)
        return; // already shown in the status bar
}

void ArticlePane::load()
{
    m_autosave->stop();
    m_loading = true;
    const bool open = m_session && m_pageId != 0;
    Status status;
    if (open)
        status = m_session->open(m_pageId, language());
    else if (m_session)
        m_session->close();
    setEnabled(open && status);
    if (!status)
        emit statusMessage(status.error());
    showFields();
    m_loading = false;
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
    const QString languageName = QLocale::languageToString(QLocale(language()).language());
    m_heading->setText(!open       ? QString()
            : m_session->hasText() ? QString()
                                   : tr("No %1 text yet: type to start it.").arg(languageName));
    m_heading->setVisible(!m_heading->text().isEmpty());
    m_title->setPlaceholderText(tr("Title in %1").arg(languageName));
}
