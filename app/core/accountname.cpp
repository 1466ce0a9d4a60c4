#include "accountname.h"

#include <pwd.h>
#include <unistd.h>

namespace AccountName {

QString current()
{
    if (const passwd *account = getpwuid(geteuid())) {
        // GECOS: "Full Name,Room,Work phone,Home phone,Other".
        const QString full = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "")
                                 .section(u',', 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
        if (account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace AccountName
