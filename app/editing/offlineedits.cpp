#include "offlineedits.h"

#include "editing/pageeditsession.h"
#include "store/sitedatabase.h"

#include <QLocale>

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

OfflineEdits::Sending OfflineEdits::send(
    SiteDatabase &db, qint64 skipPage, const QString &skipLanguage)
{
    Sending sending;
    const auto entries = waiting();
    if (!entries) {
        sending.problems.append(entries.error());
        return sending;
    }
    for (const OfflineJournal::Entry &entry : *entries) {
        if (entry.pageId == skipPage && entry.language == skipLanguage)
            continue;
        const auto problem = [&entry](const QString &error) {
            return tr("%1, kept on this computer, was not sent: %2").arg(name(entry), error);
        };
        PageEditSession session(db);
        Status status = session.open(entry.pageId, entry.language);
        if (status) {
            bringInto(session, entry);
            status = session.save(SaveReason::Save);
        }
        if (isOffline(status)) {
            sending.offline = true;
            break;
        }
        if (!status && status.kind() == ErrorKind::Conflict) {
            sending.conflicts.append(entry);
            continue;
        }
        // Saved, though perhaps with a problem of its own (a slug already taken): the text
        // went.
        if (session.pageId() != 0 && !session.isModified()) {
            if (const Status forgotten = forget(entry.pageId, entry.language); !forgotten)
                sending.problems.append(forgotten.error());
            sending.sent.append(entry);
        }
        if (!status)
            sending.problems.append(problem(status.error()));
    }
    return sending;
}

QString OfflineEdits::name(const OfflineJournal::Entry &entry)
{
    const QString title = !entry.edited.title.isEmpty() ? entry.edited.title
        : !entry.base.title.isEmpty()                   ? entry.base.title
                                                        : tr("page %1").arg(entry.pageId);
    return tr("“%1” (%2)").arg(title, entry.language);
}

QString OfflineEdits::names(const QList<OfflineJournal::Entry> &entries)
{
    QStringList list;
    for (const OfflineJournal::Entry &entry : entries)
        list.append(name(entry));
    return QLocale().createSeparatedList(list);
}
