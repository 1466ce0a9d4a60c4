#include "pageeditsession.h"

#include "content/slug.h"
#include "core/timestamps.h"
#include "store/pagerepository.h"
#include "store/revisionrepository.h"
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
    m_storedPageVersion = page->version;
    m_hasRecordedMine = false;
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
    m_storedVersion = 0;
    m_storedPageVersion = PageRepository::AnyVersion;
    m_hasRecordedMine = false;
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

namespace {

bool sameText(const PageEditSession::Fields &a, const PageEditSession::Fields &b)
{
    return a.title == b.title && a.summary == b.summary && a.bodyHtml == b.bodyHtml;
}

bool samePage(const PageEditSession::Fields &a, const PageEditSession::Fields &b)
{
    return a.slug == b.slug && a.status == b.status && a.publishAt == b.publishAt;
}

QString dateValue(const QDateTime &time)
{
    return time.isValid() ? Timestamps::toStored(time) : QString();
}

} // namespace

int PageEditSession::Conflict::conflictCount() const
{
    return ThreeWayMerge::conflictCount(body) + ThreeWayMerge::conflictCount(fields);
}

PageEditSession::Fields PageEditSession::Conflict::result() const
{
    Fields merged = mine;
    // A body only one side changed is taken as it is (not rewritten block by block).
    if (mine.bodyHtml == base.bodyHtml)
        merged.bodyHtml = theirs.bodyHtml;
    else if (theirs.bodyHtml != base.bodyHtml && theirs.bodyHtml != mine.bodyHtml)
        merged.bodyHtml = ThreeWayMerge::bodyResult(body);
    for (const ThreeWayMerge::Field &field : fields) {
        const QString value = field.result();
        if (field.name == u"title")
            merged.title = value;
        else if (field.name == u"summary")
            merged.summary = value;
        else if (field.name == u"slug")
            merged.slug = value;
        else if (field.name == u"status")
            merged.status = pageStatusFromName(value).value_or(mine.status);
        else if (field.name == u"date")
            merged.publishAt = value.isEmpty() ? QDateTime() : Timestamps::fromStored(value);
    }
    return merged;
}

void PageEditSession::restoreEdits(
    const Fields &base, qint64 baseVersion, const Fields &mine, qint64 basePageVersion)
{
    if (m_pageId == 0)
        return;
    m_stored = base;
    m_storedVersion = baseVersion;
    m_storedPageVersion = basePageVersion;
    m_fields = mine;
    setModified(!(mine == base));
}

PageEditSession::Conflict PageEditSession::merge(const Fields &theirs) const
{
    using ThreeWayMerge::mergeField;
    Conflict conflict;
    conflict.base = m_stored;
    conflict.mine = m_fields;
    conflict.theirs = theirs;
    conflict.body = ThreeWayMerge::mergeBody(m_stored.bodyHtml, m_fields.bodyHtml, theirs.bodyHtml);
    conflict.fields = {
        mergeField(QStringLiteral("title"), m_stored.title, m_fields.title, theirs.title),
        mergeField(QStringLiteral("summary"), m_stored.summary, m_fields.summary, theirs.summary),
        mergeField(QStringLiteral("slug"), m_stored.slug, m_fields.slug, theirs.slug),
        mergeField(QStringLiteral("status"), pageStatusName(m_stored.status),
            pageStatusName(m_fields.status), pageStatusName(theirs.status)),
        mergeField(QStringLiteral("date"), dateValue(m_stored.publishAt),
            dateValue(m_fields.publishAt), dateValue(theirs.publishAt)),
    };
    return conflict;
}

Status PageEditSession::recordMine()
{
    if (m_hasRecordedMine && sameText(m_recordedMine, m_fields))
        return {};
    Translation mine;
    mine.pageId = m_pageId;
    mine.language = m_language;
    mine.title = m_fields.title;
    mine.summary = m_fields.summary;
    mine.bodyHtml = m_fields.bodyHtml;
    return RevisionRepository(m_db).record(mine, SaveReason::Save, true);
}

Status PageEditSession::save(SaveReason reason)
{
    if (m_pageId == 0 || !m_modified)
        return {};
    return write(reason);
}

Status PageEditSession::resolve(const Conflict &resolved)
{
    if (m_pageId == 0)
        return {};
    // The other side is the base now: the resolution is saved against its versions.
    m_stored = resolved.theirs;
    m_storedVersion = resolved.theirVersion;
    m_storedPageVersion = resolved.theirPageVersion;
    m_fields = resolved.result();
    m_modified = true;
    return write(SaveReason::Save);
}

Status PageEditSession::write(SaveReason reason)
{
    PageRepository pages(m_db);
    QString slugProblem, mergeMessage;
    std::optional<Conflict> open;
    bool recorded = false;
    Fields result = m_fields;
    qint64 textVersion = 0, pageVersion = 0;
    const Status status = m_db.transaction([&]() -> Status {
        if (auto held = pages.holdForWriting(m_pageId); !held)
            return held;
        auto page = pages.page(m_pageId);
        if (!page)
            return page.failure();
        const auto text = pages.translation(m_pageId, m_language);
        if (!text)
            return text.failure();
        Fields theirs;
        theirs.slug = page->slug;
        theirs.status = page->status;
        theirs.publishAt = page->publishAt;
        if (text->has_value()) {
            theirs.title = (*text)->title;
            theirs.summary = (*text)->summary;
            theirs.bodyHtml = (*text)->bodyHtml;
        }
        textVersion = text->has_value() ? (*text)->version : 0;
        pageVersion = page->version;
        const bool textMoved = textVersion != m_storedVersion;
        const bool pageMoved = m_storedPageVersion == PageRepository::AnyVersion
            ? !samePage(theirs, m_stored)
            : pageVersion != m_storedPageVersion;
        if (textMoved || pageMoved) {
            Conflict conflict = merge(theirs);
            const auto change = textMoved ? pages.lastChange(m_pageId, m_language)
                                          : pages.lastPageChange(m_pageId);
            if (!change)
                return change.failure();
            conflict.theirAuthor = change->author;
            conflict.theirTime = change->at;
            conflict.theirVersion = textVersion;
            conflict.theirPageVersion = pageVersion;
            // Nothing discarded: this session's text goes into the history as it is.
            if (!sameText(m_fields, m_stored) && !sameText(m_fields, theirs)) {
                if (auto s = recordMine(); !s)
                    return s;
                recorded = true;
            }
            const QString changed = pages.changedMessage(m_pageId,
                { change->author, change->at, textMoved ? textVersion : pageVersion },
                textMoved ? m_language : QString());
            if (conflict.conflictCount() > 0) {
                mergeMessage = tr("%1; not saved: choose what to keep where you both changed it")
                                   .arg(changed);
                open = std::move(conflict);
                return {}; // keeps the revision just recorded
            }
            result = conflict.result();
            mergeMessage = tr("%1; merged with your changes and saved").arg(changed);
            reason = SaveReason::Save; // the merge is a step of its own in the history
        }

        Page changed = *page;
        changed.status = result.status;
        changed.publishAt = result.publishAt;
        if (result.slug != page->slug) {
            changed.slug = result.slug;
            // Try the slug on its own, so that a taken or invalid one does not stop the rest.
            if (auto s = pages.updatePage(changed, pageVersion); !s) {
                if (s.kind() == ErrorKind::Conflict)
                    return s;
                slugProblem = s.error();
                changed.slug = page->slug;
            } else if (const auto now = pages.page(m_pageId)) {
                pageVersion = now->version;
            }
        }
        if (changed.status != page->status || changed.publishAt != page->publishAt)
            reason = SaveReason::Save; // a step worth its own revision
        if (changed.status != page->status || changed.publishAt != page->publishAt) {
            if (auto s = pages.updatePage(changed, pageVersion); !s)
                return s;
        }
        if (!sameText(result, theirs) || (!text->has_value() && !result.title.isEmpty())) {
            Translation saved;
            saved.pageId = m_pageId;
            saved.language = m_language;
            saved.title = result.title;
            saved.summary = result.summary;
            saved.bodyHtml = result.bodyHtml;
            if (auto s = pages.saveTranslation(saved, reason, textVersion); !s)
                return s;
        }
        const auto now = pages.page(m_pageId);
        if (!now)
            return now.failure();
        pageVersion = now->version;
        const auto after = pages.translation(m_pageId, m_language);
        if (!after)
            return after.failure();
        m_hasText = after->has_value();
        textVersion = m_hasText ? (*after)->version : 0;
        return {};
    });
    if (!status)
        return status;
    if (recorded) {
        m_recordedMine = m_fields;
        m_hasRecordedMine = true;
    }
    if (open) {
        emit conflicted(*open);
        return failure(ErrorKind::Conflict, mergeMessage);
    }
    m_fields = result;
    if (!slugProblem.isEmpty()) {
        m_fields.slug = m_stored.slug;
        emit slugChanged(m_fields.slug);
    }
    m_stored = m_fields;
    m_storedVersion = textVersion;
    m_storedPageVersion = pageVersion;
    m_hasRecordedMine = false;
    if (m_fields.status == PageStatus::Published)
        m_slugFollowsTitle = false; // its address is out there now
    setModified(false);
    emit saved();
    if (!mergeMessage.isEmpty())
        emit merged(m_fields, mergeMessage);
    if (!slugProblem.isEmpty())
        return failure(tr("The text was saved, but not the slug: %1").arg(slugProblem));
    return {};
}
