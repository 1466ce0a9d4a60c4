#include "keyring.h"

#include "store/serverpasswords.h"
#include "store/sitelocation.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <atomic>

namespace {

const QString service = QStringLiteral("Newsdesk");

// Set once a keyring job did not finish in time: asking again would wait again.
std::atomic_bool keyringSilent = false;

// Runs `job` and waits for it, TimeoutMs at most: whether it finished.
bool runWithin(QKeychain::Job *job)
{
    if (keyringSilent)
        return false;
    // A job that does not finish in time deletes itself when it does.
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(Keyring::TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        keyringSilent = true;
        job->setAutoDelete(true);
        return false;
    }
    return true;
}

Failure keyringFailure(const QKeychain::Job &job)
{
    // QtKeychain's own words are "Unknown error" for a desktop without a keyring.
    QString problem;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        problem = Keyring::tr("it holds no password for the site");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        problem = job.errorString() == QLatin1String("Unknown error")
            ? Keyring::tr("there is none on this computer")
            : Keyring::tr("there is none on this computer (%1)").arg(job.errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        problem = Keyring::tr("it refused access (%1)").arg(job.errorString());
        break;
    default:
        problem = job.errorString();
        break;
    }
    return failure(job.error() == QKeychain::EntryNotFound ? ErrorKind::NotFound : ErrorKind::Io,
        Keyring::tr("The system keyring: %1").arg(problem));
}

Failure silentKeyring()
{
    return failure(ErrorKind::Io,
        Keyring::tr("The system keyring did not answer within %1 s")
            .arg(QString::number(Keyring::TimeoutMs / 1000)));
}

} // namespace

Result<QString> Keyring::readPassword(const QString &site)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(site);
    if (!runWithin(job))
        return silentKeyring();
    const std::unique_ptr<QKeychain::Job> done(job);
    if (job->error() != QKeychain::NoError)
        return keyringFailure(*job);
    return job->textData();
}

Status Keyring::writePassword(const QString &site, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(site);
    job->setTextData(password);
    if (!runWithin(job))
        return silentKeyring();
    const std::unique_ptr<QKeychain::Job> done(job);
    if (job->error() != QKeychain::NoError)
        return keyringFailure(*job);
    return {};
}

Status Keyring::forgetPassword(const QString &site)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(site);
    if (!runWithin(job))
        return silentKeyring();
    const std::unique_ptr<QKeychain::Job> done(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keyringFailure(*job);
    return {};
}

void Keyring::recallSitePassword(const QString &site)
{
    if (!SiteLocation::isServer(site))
        return;
    const auto location = SiteLocation::parse(site);
    if (!location || !location->password.isEmpty())
        return;
    const QString key = location->display();
    if (!ServerPasswords::recall(key).isEmpty())
        return;
    if (const auto password = readPassword(key); password && !password->isEmpty())
        ServerPasswords::remember(key, *password);
}
