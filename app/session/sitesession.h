#pragma once

#include "core/result.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QObject>

#include <functional>
#include <memory>
#include <utility>

class QTimer;
class SitePresence;

// One open site as the editor works on it: opening it (to edit, or read-only to copy out what
// a damaged file still holds), the integrity check and the day's backup in the background,
// putting a backup in its place, and noticing what other connections (windows, processes)
// commit, and who else has which page open (presence()). The window holds one; the command line
// opens its sites through open() too.
//
// Another connection's commits: a site file is looked at every WatchIntervalMs (its
// data_version); a team site's server announces them (LISTEN/NOTIFY), with no polling.
//
// The rule for edits not yet stored (the article pane's): the session saves them, through the
// saver it was given, before the site changes under them: before another site (or a backup of
// this one) opens, and before any command that reads or writes the site (saveEdits()).
class SiteSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int WatchIntervalMs = 1500;

    enum class Access
    {
        Editing,
        ReadOnly, // a damaged site, to copy out what can be read: nothing is written
    };

    explicit SiteSession(QObject *parent = nullptr);
    ~SiteSession() override;

    // The one way Newsdesk opens a site file: the database, recording revisions for `author`
    // (empty: the account's name).
    static Result<std::unique_ptr<SiteDatabase>> openDatabase(const QString &path,
        SiteDatabase::Mode mode, SiteDatabase::Check check, const QString &author);

    // Who the revisions saved from now on are recorded for (empty: the account's name).
    void setAuthor(const QString &author);
    // Opens `path` and reads what a window shows first, its settings and its page tree: a
    // site that cannot give them is refused (a damaged one as Damaged) and the site open
    // before stays open. The rest of the file is checkInBackground()'s.
    Status open(const QString &path, Access access = Access::Editing);
    // Makes an empty site (English and Georgian) at `path` and opens it.
    Status create(const QString &path);
    // Puts `backup` in place of the site file at `path` (closing it first when it is the open
    // one) and opens it. When the backup cannot be put in place, the file as it was is opened
    // again and that failure returned; when the file then cannot be opened, that failure.
    Status restore(const QString &path, const QString &backup);

    bool isOpen() const { return bool(m_site); }
    // Null while no site is open.
    SiteDatabase *database() const { return m_site.get(); }
    QString path() const { return m_site ? m_site->path() : QString(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // As read when the site opened, or by reloadSettings().
    const SiteSettings &settings() const { return m_settings; }
    // The page tree as read when the site opened, once (empty afterwards).
    QList<PageListing> takeListing() { return std::exchange(m_listing, {}); }
    Status reloadSettings();

    void setEditsSaver(std::function<Status()> saver) { m_saveEdits = std::move(saver); }
    // Stores the edits in progress (see above); the saver's error when it cannot (the saver
    // reports it).
    Status saveEdits();
    // `work` as a command on the site: the edits in progress are stored first, so that it
    // reads and changes what the user sees. Every menu command of the window is one.
    std::function<void()> command(std::function<void()> work);

    // PRAGMA quick_check on a thread and connection of its own, then today's backup if the
    // file is sound: damaged() or notice() when something is wrong.
    void checkInBackground();
    // Whether another connection committed since the last look; also emits changedElsewhere().
    // A timer looks every WatchIntervalMs while a site file is open; a team site's
    // announcements look when they come.
    bool lookForChanges();
    // Whether changes elsewhere are heard of by polling (a site file) rather than announced.
    bool isPolling() const;
    // This window's presence lease and who else is where, on the open site.
    SitePresence *presence() const { return m_presence; }

signals:
    // A site is open now (another one, or the same again after a restore).
    void opened();
    // The open site is about to be closed: nothing may keep a pointer to its database.
    void aboutToClose();
    void changedElsewhere();
    // The file is damaged: one line naming it and what is wrong.
    void damaged(const QString &message);
    // Something the user should read that stops nothing (a backup that failed, a check that
    // could not run).
    void notice(const QString &message);

private:
    void close();
    void hearChange(SiteDatabase::Change change);

    std::unique_ptr<SiteDatabase> m_site;
    QString m_author;
    SiteSettings m_settings;
    QList<PageListing> m_listing;
    Access m_access = Access::Editing;
    std::function<Status()> m_saveEdits;
    QTimer *m_watch = nullptr;
    SitePresence *m_presence = nullptr;
    qint64 m_dataVersion = 0;
};
