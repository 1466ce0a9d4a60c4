#pragma once

#include "core/result.h"
#include "store/presencerepository.h"

#include <QObject>

class QTimer;
class SiteDatabase;

// Who is where, for one window: the page text it has open, held as a lease in the site
// (PresenceRepository) and renewed every RenewIntervalMs while the text stays open, so that the
// lease (LeaseSeconds) runs out by itself when the window crashes; and who else has which text
// open, read again when the site says so (SiteSession) and at each renewal (leases of others
// that ran out go). The window's own lease is never among the others.
class SitePresence : public QObject
{
    Q_OBJECT

public:
    static constexpr int RenewIntervalMs = 30 * 1000;
    static constexpr int LeaseSeconds = 2 * 60;

    explicit SitePresence(QObject *parent = nullptr);
    ~SitePresence() override;

    // The site this window has open (null: none); the lease on the site before is given up.
    void setSite(SiteDatabase *site);
    // This window's id in the site's leases.
    const QString &clientId() const { return m_client; }
    // The window has this page text open now (0: none): the lease says so at once. A lease
    // that cannot be taken (the server away) is taken at the next renewal; the editor does not
    // stop for it.
    Status hold(qint64 pageId, const QString &language);
    // The page (or window) closed.
    Status release();
    qint64 heldPage() const { return m_pageId; }
    const QString &heldLanguage() const { return m_language; }

    // Reads who else has which text open; othersChanged() when that is not what it was.
    Status refresh();
    const QList<PresenceRepository::Presence> &others() const { return m_others; }
    // The others on one page.
    QList<PresenceRepository::Presence> othersOn(qint64 pageId) const;
    // "Nino is editing the Georgian text" (or, for the reader's own other window, "You are
    // editing the Georgian text in another window").
    static QString describe(const PresenceRepository::Presence &presence);

    // For tests: a lease of another length (negative: run out at once).
    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }

signals:
    void othersChanged();

private:
    void renew();

    SiteDatabase *m_site = nullptr;
    QString m_client;
    qint64 m_pageId = 0;
    QString m_language;
    int m_leaseSeconds = LeaseSeconds;
    QList<PresenceRepository::Presence> m_others;
    QTimer *m_renew = nullptr;
};
