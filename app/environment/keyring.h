#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

// The passwords of team sites in the system keyring (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) through QtKeychain, under the service "Newsdesk" and the site's URI
// without its password. Never in a file of Newsdesk's: without a keyring nothing is stored
// and the caller says so (libpq's ~/.pgpass is the way then). Each call waits at most
// TimeoutMs for the keyring (a desktop without one, a headless machine: no hang); after a
// keyring that did not answer, the rest of the run does not ask it again.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static constexpr int TimeoutMs = 5000;

    // NotFound when the keyring holds none for `site`; Io when there is no keyring to ask.
    // Messages name the keyring, never the password.
    static Result<QString> readPassword(const QString &site);
    static Status writePassword(const QString &site, const QString &password);
    // Fine when there was none.
    static Status forgetPassword(const QString &site);
    // Before a team site opens: when no password is known for it in this run (in its URI or
    // ServerPasswords), the keyring's, into ServerPasswords. A file, or no password: nothing.
    static void recallSitePassword(const QString &site);
};
