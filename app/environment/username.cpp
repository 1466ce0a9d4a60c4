#include "username.h"

#include "appsettings.h"

#include <QMutex>

#include <optional>
#include <pwd.h>
#include <unistd.h>

namespace UserName {

QString ofAccount()
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

namespace {
QMutex mutex;
std::optional<QString> known; // read once: every revision asks
} // namespace

QString current()
{
    QMutexLocker lock(&mutex);
    if (!known) {
        const QString chosen = AppSettings::userName().trimmed();
        known = chosen.isEmpty() ? ofAccount() : chosen;
    }
    return *known;
}

void set(const QString &name)
{
    AppSettings::setUserName(name);
    QMutexLocker lock(&mutex);
    known.reset();
}

} // namespace UserName
