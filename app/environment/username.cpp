#include "username.h"

#include "appsettings.h"
#include "core/accountname.h"

#include <QMutex>

#include <optional>

namespace UserName {

QString ofAccount()
{
    return AccountName::current();
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
