#include "appsettings.h"

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
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/newsdesk");
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
    settings()->setValue(QStringLiteral("site/last"), QFileInfo(path).absoluteFilePath());
}

namespace {
QString siteKey(const QString &site)
{
    // QSettings keys cannot hold every character of a path: use a stable hash of it.
    const QByteArray path = QFileInfo(site).absoluteFilePath().toUtf8();
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

QByteArray windowState(const QString &key)
{
    return settings()->value(QStringLiteral("window/") + key).toByteArray();
}

void setWindowState(const QString &key, const QByteArray &state)
{
    settings()->setValue(QStringLiteral("window/") + key, state);
}

} // namespace AppSettings
