#pragma once

#include <QString>
#include <QStringList>

// Where Newsdesk keeps its own files, and what it remembers between runs.
//   settings:      $XDG_CONFIG_HOME/newsdesk/newsdesk.conf (~/.config/…)
//   default site:  $XDG_DATA_HOME/newsdesk/default.newsdesk (~/.local/share/…)
namespace AppSettings {

QString dataFolder();
QString defaultSitePath();
// A site is a file's absolute path or a team site's URI without its password.
QString lastSite(); // empty when none
void setLastSite(const QString &path); // also puts it first among the recent sites
// Most recent first, at most 8: team sites, and the files that still exist.
QStringList recentSites();
// Where the user was in a site: page and language, restored on the next start.
qint64 lastPage(const QString &site);
QString lastLanguage(const QString &site);
void setLastPlace(const QString &site, qint64 pageId, const QString &language);
// Where the site was last exported to (a folder or a .zip).
QString lastExport(const QString &site);
void setLastExport(const QString &site, const QString &destination);
// The last XLIFF file written or read for a site (File › Export for Translation, Import).
QString lastTranslationFile(const QString &site);
void setLastTranslationFile(const QString &site, const QString &path);
// The language chosen for the user interface in Preferences ("" follows the system).
QString interfaceLanguage();
void setInterfaceLanguage(const QString &language);
// The name the revision history records for this user ("" : the account's full name).
QString userName();
void setUserName(const QString &name);
QByteArray windowState(const QString &key);
void setWindowState(const QString &key, const QByteArray &state);

} // namespace AppSettings
