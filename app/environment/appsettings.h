#pragma once

#include <QString>

// Where Newsdesk keeps its own files, and what it remembers between runs.
//   settings:      $XDG_CONFIG_HOME/newsdesk/newsdesk.conf (~/.config/…)
//   default site:  $XDG_DATA_HOME/newsdesk/default.newsdesk (~/.local/share/…)
namespace AppSettings {

QString dataFolder();
QString defaultSitePath();
QString lastSite(); // empty when none
void setLastSite(const QString &path);

} // namespace AppSettings
