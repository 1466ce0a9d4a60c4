#include "appsettings.h"

#include "core/datafolder.h"
#include "store/sitelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace {
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("newsdesk"), QStringLiteral("newsdesk"));
}
} // namespace

namespace AppSettings {

QString dataFolder()
{
    return DataFolder::path();
}

QString defaultSitePath()
{
    return dataFolder() + QStringLiteral("/default.newsdesk");
}

QString lastSite()
{
    return settings()->value(QStringLiteral("site/last")).toString();
}

void setLastSite(const QString &path)
{
    // A team site as its URI without the password: no password reaches the settings.
    const QString absolute = SiteLocation::normalised(path);
    auto s = settings();
    s->setValue(QStringLiteral("site/last"), absolute);
    QStringList recent = s->value(QStringLiteral("site/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    s->setValue(QStringLiteral("site/recent"), recent.mid(0, 8));
}

QStringList recentSites()
{
    QStringList recent = settings()->value(QStringLiteral("site/recent")).toStringList();
    recent.removeIf([](const QString &path) {
        return !SiteLocation::isServer(path) && !QFileInfo::exists(path);
    });
    return recent;
}

namespace {
QString siteKey(const QString &site)
{
    // QSettings keys cannot hold every character of a path: use a stable hash of it.
    const QByteArray path = SiteLocation::normalised(site).toUtf8();
    return QStringLiteral("places/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

qint64 lastPage(const QString &site)
{
    return settings()->value(siteKey(site) + QStringLiteral("/page")).toLongLong();
}

QString lastLanguage(const QString &site)
{
    return settings()->value(siteKey(site) + QStringLiteral("/language")).toString();
}

void setLastPlace(const QString &site, qint64 pageId, const QString &language)
{
    auto s = settings();
    s->setValue(siteKey(site) + QStringLiteral("/page"), pageId);
    s->setValue(siteKey(site) + QStringLiteral("/language"), language);
}

QString lastExport(const QString &site)
{
    return settings()->value(siteKey(site) + QStringLiteral("/export")).toString();
}

void setLastExport(const QString &site, const QString &destination)
{
    settings()->setValue(siteKey(site) + QStringLiteral("/export"), destination);
}

QString lastTranslationFile(const QString &site)
{
    return settings()->value(siteKey(site) + QStringLiteral("/xliff")).toString();
}

void setLastTranslationFile(const QString &site, const QString &path)
{
    settings()->setValue(siteKey(site) + QStringLiteral("/xliff"), path);
}

QString interfaceLanguage()
{
    return settings()->value(QStringLiteral("interface/language")).toString();
}

void setInterfaceLanguage(const QString &language)
{
    if (language.isEmpty())
        settings()->remove(QStringLiteral("interface/language"));
    else
        settings()->setValue(QStringLiteral("interface/language"), language);
}

QString userName()
{
    return settings()->value(QStringLiteral("user/name")).toString();
}

void setUserName(const QString &name)
{
    if (name.trimmed().isEmpty())
        settings()->remove(QStringLiteral("user/name"));
    else
        settings()->setValue(QStringLiteral("user/name"), name.trimmed());
}

QByteArray windowState(const QString &key)
{
    return settings()->value(QStringLiteral("window/") + key).toByteArray();
}

void setWindowState(const QString &key, const QByteArray &state)
{
    settings()->setValue(QStringLiteral("window/") + key, state);
}

} // namespace AppSettings
