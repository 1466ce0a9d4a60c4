#include "sitepresence.h"

#include "content/languages.h"
#include "store/sitedatabase.h"

#include <QTimer>
#include <QUuid>

SitePresence::SitePresence(QObject *parent)
    : QObject(parent)
    , m_client(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_renew(new QTimer(this))
{
    m_renew->setObjectName(QStringLiteral("Presence renewal"));
    m_renew->setInterval(RenewIntervalMs);
    connect(m_renew, &QTimer::timeout, this, &SitePresence::renew);
}

SitePresence::~SitePresence()
{
    setSite(nullptr);
}

void SitePresence::setSite(SiteDatabase *site)
{
    if (site == m_site)
        return;
    (void)release(); // a site that cannot be written keeps the lease until it runs out
    m_site = site;
    m_pageId = 0;
    m_language.clear();
    const bool hadOthers = !m_others.isEmpty();
    m_others.clear();
    if (m_site) {
        m_renew->start();
        (void)refresh();
    } else {
        m_renew->stop();
    }
    if (hadOthers && m_others.isEmpty())
        emit othersChanged();
}

Status SitePresence::hold(qint64 pageId, const QString &language)
{
    if (pageId == 0)
        return release();
    m_pageId = pageId;
    m_language = language;
    if (!m_site || m_site->isReadOnly())
        return {};
    return PresenceRepository(*m_site).hold(m_client, pageId, language, m_leaseSeconds);
}

Status SitePresence::release()
{
    const bool held = m_pageId != 0;
    m_pageId = 0;
    m_language.clear();
    if (!held || !m_site || m_site->isReadOnly())
        return {};
    return PresenceRepository(*m_site).release(m_client);
}

Status SitePresence::refresh()
{
    if (!m_site)
        return {};
    auto others = PresenceRepository(*m_site).others(m_client);
    if (!others)
        return others.failure();
    if (*others != m_others) {
        m_others = std::move(others).value();
        emit othersChanged();
    }
    return {};
}

void SitePresence::renew()
{
    if (m_pageId != 0)
        (void)hold(m_pageId, m_language);
    (void)refresh();
}

QList<PresenceRepository::Presence> SitePresence::othersOn(qint64 pageId) const
{
    QList<PresenceRepository::Presence> on;
    for (const auto &presence : m_others) {
        if (presence.pageId == pageId)
            on.append(presence);
    }
    return on;
}

QString SitePresence::describe(const PresenceRepository::Presence &presence)
{
    const QString language = Languages::displayName(presence.language);
    if (presence.samePerson)
        return tr("You are editing the %1 text in another window").arg(language);
    return tr("%1 is editing the %2 text").arg(presence.person, language);
}
