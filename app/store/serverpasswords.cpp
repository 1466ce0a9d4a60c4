#include "serverpasswords.h"

#include <QHash>
#include <QMutex>

namespace {

struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> bySite;
};

Passwords &passwords()
{
    static Passwords instance;
    return instance;
}

} // namespace

namespace ServerPasswords {

void remember(const QString &site, const QString &password)
{
    Passwords &all = passwords();
    const QMutexLocker lock(&all.mutex);
    if (password.isEmpty())
        all.bySite.remove(site);
    else
        all.bySite.insert(site, password);
}

QString recall(const QString &site)
{
    Passwords &all = passwords();
    const QMutexLocker lock(&all.mutex);
    return all.bySite.value(site);
}

void forget(const QString &site)
{
    remember(site, {});
}

} // namespace ServerPasswords
