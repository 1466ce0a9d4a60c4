#pragma once

#include <QString>

// Who is editing, as the revision history records it: the name set in Edit › Preferences,
// else the full name of the user's account (the GECOS field, up to its first comma), else
// the login name.
namespace UserName {

QString current();
// Sets the name in the settings (empty: the account's name from now on).
void set(const QString &name);
// The account's own name, without the one set in Preferences.
QString ofAccount();

} // namespace UserName
