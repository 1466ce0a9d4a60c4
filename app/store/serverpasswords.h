#pragma once

#include <QString>

// The passwords of team sites for as long as Newsdesk runs, in memory only: given once (in a
// URI, File › Open Team Site…, or read from the keyring), they reach every connection the
// program opens to that site afterwards (the editor's, an export's, a report's), without
// being written anywhere. Keyed by the site's URI without its password
// (SiteLocation::display()). Safe to use from any thread.
namespace ServerPasswords {

void remember(const QString &site, const QString &password);
// Empty when none is known.
QString recall(const QString &site);
void forget(const QString &site);

} // namespace ServerPasswords
