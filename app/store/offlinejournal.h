#pragma once

#include "content/page.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

// What was typed on a team site while its server could not be reached, kept on this computer
// until the server takes it: a small SQLite file per site,
// $XDG_DATA_HOME/newsdesk/journal/<site's storage name>.sqlite (SiteLocation::storageName).
// One entry per page text (page × language): the text as the editor had it, and the text and
// version it was started from, so that sending it later goes through the same conflict check
// as any save. Every write is one transaction, synced to disk before it returns: what the
// journal said it kept survives a crash or a power cut. Quitting keeps the file while it holds
// an entry; an empty journal is removed when it is closed.
class OfflineJournal
{
    Q_DECLARE_TR_FUNCTIONS(OfflineJournal)

public:
    using Text = EditedFields;
    struct Entry
    {
        qint64 pageId = 0;
        QString language;
        qint64 baseVersion = 0; // the text's version `base` was read at (0: no text yet)
        qint64 basePageVersion = -1; // the page's own version then (-1: not known)
        Text base; // as the editor read it from the site
        Text edited; // as the editor has it now
        QDateTime keptAt; // UTC, when it was last kept
    };

    // $XDG_DATA_HOME/newsdesk/journal
    static QString folder();
    static QString pathFor(const QString &site);
    // Whether `site` has entries waiting, without creating anything.
    static bool hasEntries(const QString &site);

    // Opens (creating it) the journal of `site` (a team site's URI or a file's
    // path: only the storage name is used). Fails with one line naming the journal file.
    static Result<std::unique_ptr<OfflineJournal>> open(const QString &site);
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    QString path() const { return m_path; }
    // Keeps `entry` (replacing the page text's earlier one). A text whose base was kept before
    // keeps that first base: what the server last had is what a later send is checked against.
    Status keep(const Entry &entry);
    // Oldest first.
    Result<QList<Entry>> entries() const;
    // The page text was sent (or dropped by the user): its entry goes.
    Status remove(qint64 pageId, const QString &language);

private:
    OfflineJournal(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};
