#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

class SiteDatabase;

// Who is where (schema 11): a window that has a page text open (page × language) holds a lease
// on it, renewed before it runs out; a lease that ran out (the window crashed, the computer went
// to sleep) counts as gone, and is removed by the next hold(). Times are the database's: a
// team site's server clock (now()), so that clients with wrong clocks still agree.
class PresenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(PresenceRepository)

public:
    explicit PresenceRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct Presence
    {
        QString client; // the window's id
        QString person; // the author's name (a file), the PostgreSQL user (a team site)
        qint64 pageId = 0;
        QString language;
        bool samePerson = false; // the reader's own name: their other window
        bool operator==(const Presence &) const = default;
    };

    // `client` has the text open for `leaseSeconds` from now (negative: already run out, for
    // tests), as this connection's person; replaces what the client held before. Expired
    // leases of anyone go at the same time.
    Status hold(const QString &client, qint64 pageId, const QString &language, int leaseSeconds);
    // `client` closed its page (or window).
    Status release(const QString &client);
    // The leases not run out of every client but `client`, by page, language and person.
    Result<QList<Presence>> others(const QString &client);

private:
    // The database's clock, `seconds` from now, as stored times are written.
    QString clock(const QString &seconds) const;
    // Who this connection is, as an SQL expression.
    QString person() const;

    SiteDatabase &m_db;
};
