#pragma once

#include "core/result.h"
#include "store/offlinejournal.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class PageEditSession;
class SiteDatabase;

// What the editor holds of a team site's page texts while the site's server cannot be reached,
// in the site's offline journal (OfflineJournal), until the server takes it: the editor keeps
// the open text here when a save fails for an unreachable server, forgets it when a save goes
// through, and sends what waits when the server is back (bringInto() an open session, then
// its save(), which checks it against the store like any edit: merged, or a conflict to
// resolve). A site file has no journal: a save to it fails only with the disk.
class OfflineEdits
{
    Q_DECLARE_TR_FUNCTIONS(OfflineEdits)

public:
    // `site`: the site's location (SiteDatabase::path()); `teamSite`: whether it is on a server.
    OfflineEdits(QString site, bool teamSite);
    ~OfflineEdits();

    bool applies() const { return m_teamSite; }
    // Whether a failure of a save means the server is away (the text belongs in the journal).
    static bool isOffline(const Status &saveFailure);

    // Keeps the session's page text as it is now, with what it was started from.
    Status keep(const PageEditSession &session);
    // The page text was saved: its entry, if any, goes.
    Status forget(qint64 pageId, const QString &language);
    // Whether anything waits to be sent (without creating a journal).
    bool hasWaiting() const;
    // What waits, oldest first.
    Result<QList<OfflineJournal::Entry>> waiting();
    // Brings a waiting entry into `session`, which has its page and language open: the session
    // is then modified, with the entry's text on the base it was made from.
    static void bringInto(PageEditSession &session, const OfflineJournal::Entry &entry);

    // What send() did.
    struct Sending
    {
        QList<OfflineJournal::Entry> sent; // saved (merged with changes made meanwhile, if any)
        // Met a change made meanwhile to the same block or field: nothing was saved over it; the
        // entry still waits, for the editor to show as a conflict (its own text is in History).
        QList<OfflineJournal::Entry> conflicts;
        QStringList problems; // one line each, naming the page and language
        bool offline = false; // the server was away again: the rest still waits
    };
    // Sends what waits to `db`, oldest first, each in a session of its own through the same
    // check as any save; a sent entry goes. `skipPage` in `skipLanguage` is left as it is (the
    // editor has it open with newer typing, and sends that itself).
    Sending send(SiteDatabase &db, qint64 skipPage = 0, const QString &skipLanguage = {});
    // How messages name kept page texts: “Take Action” (en), “Seminar” (ka).
    static QString name(const OfflineJournal::Entry &entry);
    static QString names(const QList<OfflineJournal::Entry> &entries);

private:
    Status ensureOpen();

    QString m_site;
    bool m_teamSite;
    std::unique_ptr<OfflineJournal> m_journal;
};
