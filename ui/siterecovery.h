#pragma once

#include <QObject>

class QWidget;
class SiteSession;

// What the window says and offers when a site file is damaged: the backups to put in its
// place, or opening it read-only to copy out what it still holds.
class SiteRecovery : public QObject
{
    Q_OBJECT

public:
    SiteRecovery(SiteSession &session, QWidget *window);

    // After `path` failed to open as damaged (`error`): when it has backups, offers to put one
    // in its place or to open it read-only; true when the site is open then.
    bool recover(const QString &path, const QString &error);
    // The open site is damaged: says so (window-modal, not blocking: the window stays usable
    // to save what it can) and offers the latest backups.
    void reportDamage(const QString &message);
    // File › Restore from Backup: the backups of the open site, one chosen put in its place.
    void restoreFromBackup();

signals:
    void statusMessage(const QString &message, int timeoutMs = 0);

private:
    // Puts `backup` in place of the site at `path` and opens it; reports what went wrong.
    bool restore(const QString &path, const QString &backup);

    SiteSession &m_session;
    QWidget *m_window;
};
