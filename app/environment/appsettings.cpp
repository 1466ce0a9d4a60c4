#include "appsettings.h"

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

} // namespace AppSettings
