#include "offlineedits.h"

#include "editing/pageeditsession.h"

OfflineEdits::OfflineEdits(QString site, bool teamSite)
    : m_site(std::move(site))
    , m_teamSite(teamSite)
{ }

OfflineEdits::~OfflineEdits() = default;

bool OfflineEdits::isOffline(const Status &saveFailure)
{
    // SiteDatabase reports a server out of reach (and a connection lost at COMMIT) as Io.
    return !saveFailure && saveFailure.kind() == ErrorKind::Io;
}

Status OfflineEdits::ensureOpen()
{
    if (m_journal)
        return {};
    auto journal = OfflineJournal::open(m_site);
    if (!journal)
        return journal.failure();
    m_journal = std::move(journal).value();
    return {};
}

Status OfflineEdits::keep(const PageEditSession &session)
{
    if (!m_teamSite || session.pageId() == 0)
        return {};
    if (const Status opened = ensureOpen(); !opened)
        return opened;
    OfflineJournal::Entry entry;
    entry.pageId = session.pageId();
    entry.language = session.language();
    entry.baseVersion = session.storedVersion();
    entry.basePageVersion = session.storedPageVersion();
    entry.base = session.baseFields();
    entry.edited = session.fields();
    return m_journal->keep(entry);
}

Status OfflineEdits::forget(qint64 pageId, const QString &language)
{
    if (!m_teamSite || (!m_journal && !OfflineJournal::hasEntries(m_site)))
        return {};
    if (const Status opened = ensureOpen(); !opened)
        return opened;
    return m_journal->remove(pageId, language);
}

bool OfflineEdits::hasWaiting() const
{
    if (!m_teamSite)
        return false;
    if (m_journal) {
        const auto entries = m_journal->entries();
        return !entries || !entries->isEmpty();
    }
    return OfflineJournal::hasEntries(m_site);
}

Result<QList<OfflineJournal::Entry>> OfflineEdits::waiting()
{
    if (!m_teamSite)
        return QList<OfflineJournal::Entry> {};
    if (const Status opened = ensureOpen(); !opened)
        return opened.failure();
    return m_journal->entries();
}

void OfflineEdits::bringInto(PageEditSession &session, const OfflineJournal::Entry &entry)
{
    session.restoreEdits(entry.base, entry.baseVersion, entry.edited,
        entry.basePageVersion < 0 ? PageRepository::AnyVersion : entry.basePageVersion);
}
