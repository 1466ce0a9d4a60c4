#include "pageeditsession.h"

#include "content/slug.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

PageEditSession::PageEditSession(SiteDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

Status PageEditSession::open(qint64 pageId, const QString &language)
{
    PageRepository pages(m_db);
    const auto page = pages.page(pageId);
    if (!page)
        return page.failure();
    const auto text = pages.translation(pageId, language);
    if (!text)
        return text.failure();
    const auto settings = SiteRepository(m_db).settings();
    if (!settings)
        return settings.failure();
    m_pageId = pageId;
    m_language = language;
    m_kind = page->kind;
    m_hasText = text->has_value();
    m_fields = Fields {};
    m_fields.slug = page->slug;
    m_fields.status = page->status;
    m_fields.publishAt = page->publishAt;
    if (m_hasText) {
        m_fields.title = (*text)->title;
        m_fields.summary = (*text)->summary;
        m_fields.bodyHtml = (*text)->bodyHtml;
    }
    m_stored = m_fields;
    m_storedVersion = m_hasText ? (*text)->version : 0;
    // The slug belongs to the page, not to a language: only the source-language title may
    // move it, and only on a draft that was never published (a published address has links).
    m_slugFollowsTitle = language == settings->sourceLanguage && page->status == PageStatus::Draft
        && !page->wasEverPublished()
        && (page->slug == Slug::fromTitle(m_fields.title) || !m_hasText);
    setModified(false);
    return {};
}

void PageEditSession::close()
{
    m_pageId = 0;
    m_language.clear();
    m_fields = m_stored = Fields {};
    setModified(false);
}

void PageEditSession::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void PageEditSession::markModified()
{
    if (m_pageId != 0)
        setModified(true);
}

void PageEditSession::setTitle(const QString &title)
{
    if (m_pageId == 0 || title == m_fields.title)
        return;
    m_fields.title = title;
    if (m_slugFollowsTitle && m_fields.status == PageStatus::Draft) {
        const QString slug = Slug::fromTitle(title);
        if (!slug.isEmpty() && slug != m_fields.slug) {
            m_fields.slug = slug;
            emit slugChanged(slug);
        }
    }
    setModified(true);
}

void PageEditSession::setSlug(const QString &slug)
{
    if (m_pageId == 0 || slug == m_fields.slug)
        return;
    m_fields.slug = slug;
    m_slugFollowsTitle = false; // the user chose it
    setModified(true);
}

void PageEditSession::setSummary(const QString &summary)
{
    if (m_pageId == 0 || summary == m_fields.summary)
        return;
    m_fields.summary = summary;
    setModified(true);
}

void PageEditSession::setBodyHtml(const QString &html)
{
    if (m_pageId == 0 || html == m_fields.bodyHtml)
        return;
    m_fields.bodyHtml = html;
    setModified(true);
}

void PageEditSession::setStatus(PageStatus status)
{
    if (m_pageId == 0 || status == m_fields.status)
        return;
    m_fields.status = status;
    setModified(true);
}

void PageEditSession::setPublishAt(const QDateTime &publishAt)
{
    if (m_pageId == 0 || publishAt == m_fields.publishAt)
        return;
    m_fields.publishAt = publishAt;
    setModified(true);
}

Status PageEditSession::save(SaveReason reason)
{
    if (m_pageId == 0 || !m_modified)
        return {};
    PageRepository pages(m_db);
    QString slugProblem, conflictMessage;
    const Status status = m_db.transaction([&]() -> Status {
        auto page = pages.page(m_pageId);
        if (!page)
            return page.failure();
        Page changed = *page;
        changed.status = m_fields.status;
        changed.publishAt = m_fields.publishAt;
        if (m_fields.slug != page->slug) {
            changed.slug = m_fields.slug;
            // Try the slug on its own, so that a taken or invalid one does not stop the rest.
            if (auto s = pages.updatePage(changed); !s) {
                slugProblem = s.error();
                changed.slug = page->slug;
            }
        }
        if (changed.status != page->status || changed.publishAt != page->publishAt)
            reason = SaveReason::Save; // a step worth its own revision
        if (changed.status != page->status || changed.publishAt != page->publishAt
            || (slugProblem.isEmpty() && changed.slug != page->slug)) {
            if (auto s = pages.updatePage(changed); !s)
                return s;
        }
        const bool textChanged = m_fields.title != m_stored.title
            || m_fields.summary != m_stored.summary || m_fields.bodyHtml != m_stored.bodyHtml;
        if (textChanged || (!m_hasText && !m_fields.title.isEmpty())) {
            // Saved elsewhere since this session read it? Then this save must not merge into
            // that one's revision: both stay in the history.
            const auto current = pages.translation(m_pageId, m_language);
            if (!current)
                return current.failure();
            const qint64 currentVersion = current->has_value() ? (*current)->version : 0;
            if (currentVersion != m_storedVersion
                && (!current->has_value() || (*current)->title != m_fields.title
                    || (*current)->summary != m_fields.summary
                    || (*current)->bodyHtml != m_fields.bodyHtml)) {
                conflictMessage = tr("“%1” was also changed in another window since you opened "
                                     "it; your text is saved over it, and both versions are in "
                                     "its history (Page › History…)")
                                      .arg(m_fields.title);
                reason = SaveReason::Save;
            }
            Translation text;
            text.pageId = m_pageId;
            text.language = m_language;
            text.title = m_fields.title;
            text.summary = m_fields.summary;
            text.bodyHtml = m_fields.bodyHtml;
            if (auto s = pages.saveTranslation(text, reason); !s)
                return s;
            m_hasText = true;
            const auto saved = pages.translation(m_pageId, m_language);
            if (saved && saved->has_value())
                m_storedVersion = (*saved)->version;
        }
        return {};
    });
    if (!status)
        return status;
    if (!slugProblem.isEmpty()) {
        m_fields.slug = m_stored.slug;
        emit slugChanged(m_fields.slug);
    }
    m_stored = m_fields;
    if (m_fields.status == PageStatus::Published)
        m_slugFollowsTitle = false; // its address is out there now
    setModified(false);
    emit saved();
    if (!conflictMessage.isEmpty())
        emit conflict(conflictMessage);
    if (!slugProblem.isEmpty())
        return failure(tr("The text was saved, but not the slug: %1").arg(slugProblem));
    return {};
}
