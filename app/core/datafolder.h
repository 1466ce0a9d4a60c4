#pragma once

#include <QString>

// Where Newsdesk keeps the user's data: $XDG_DATA_HOME/newsdesk (~/.local/share/newsdesk):
// the default site, backups, the personal dictionary.
namespace DataFolder {

QString path();

} // namespace DataFolder
