#include "searchindex.h"

#include "environment/datapaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace {

// Pagefind's own interfaces, and the worker the search page does without (it searches on the
// page's thread: a query reads a few small chunks).
bool isLeftOut(const QString &relative)
{
    if (relative.startsWith(QLatin1String("pagefind-")) && relative.endsWith(QLatin1String(".js")))
        return true; // pagefind-ui.js, pagefind-worker.js, pagefind-highlight.js, …
    return relative.endsWith(QLatin1String(".css"))
        || relative.startsWith(QLatin1String("playground/"));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size())
        return failure(ErrorKind::Io,
            SearchIndex::tr("%1: cannot write the page for the search index: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

QString SearchIndex::binary()
{
    if (qEnvironmentVariableIsSet("NEWSDESK_PAGEFIND")) {
        const QFileInfo own(qEnvironmentVariable("NEWSDESK_PAGEFIND"));
        return own.isFile() && own.isExecutable() ? own.absoluteFilePath() : QString();
    }
    const QString found = DataPaths::find(QStringLiteral("pagefind/pagefind"));
    return !found.isEmpty() && QFileInfo(found).isExecutable() ? found : QString();
}

QByteArray SearchIndex::key(const QString &binary, QList<QPair<QString, QByteArray>> pages)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QFileInfo info(binary);
    hash.addData(QStringLiteral("%1\n%2\n%3\n")
                     .arg(info.absoluteFilePath())
                     .arg(info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch())
                     .toUtf8());
    std::sort(pages.begin(), pages.end());
    for (const auto &[path, sha256] : std::as_const(pages))
        hash.addData(QByteArray(path.toUtf8() + '\0' + sha256 + '\0'));
    return hash.result();
}

Result<QMap<QString, QByteArray>> SearchIndex::build(
    const QString &binary, const QMap<QString, QByteArray> &pages, const std::atomic_bool *cancel)
{
    if (pages.isEmpty())
        return QMap<QString, QByteArray>(); // nothing to index: Pagefind would fail
    QTemporaryDir work;
    if (!work.isValid())
        return failure(ErrorKind::Io,
            tr("site search: cannot make a temporary folder: %1").arg(work.errorString()));
    const QString site = work.filePath(QStringLiteral("site"));
    const QString out = work.filePath(QStringLiteral("pagefind"));
    QDir().mkpath(site);
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        if (auto written = writeFile(site + u'/' + it.key(), it.value()); !written)
            return written.failure();
    }

    QProcess pagefind;
    pagefind.setProgram(binary);
    pagefind.setArguments({ QStringLiteral("--site"), site, QStringLiteral("--output-path"), out,
        QStringLiteral("--silent") });
    pagefind.setProcessChannelMode(QProcess::MergedChannels);
    pagefind.start();
    if (!pagefind.waitForStarted())
        return failure(tr("site search: %1 does not start: %2")
                           .arg(QDir::toNativeSeparators(binary), pagefind.errorString()));
    while (!pagefind.waitForFinished(100)) {
        if (pagefind.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            pagefind.kill();
            pagefind.waitForFinished();
            return failure(ErrorKind::Cancelled, tr("Export cancelled"));
        }
    }
    if (pagefind.exitStatus() != QProcess::NormalExit || pagefind.exitCode() != 0) {
        const QString said = QString::fromUtf8(pagefind.readAll()).trimmed().section(u'\n', 0, 0);
        return failure(tr("site search: Pagefind failed (exit code %1): %2")
                           .arg(pagefind.exitCode())
                           .arg(said.isEmpty() ? pagefind.errorString() : said));
    }

    QMap<QString, QByteArray> files;
    const QDir root(out);
    QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (isLeftOut(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(ErrorKind::Io,
                tr("site search: cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        files.insert(Folder + relative, file.readAll());
    }
    if (!files.contains(Folder + QStringLiteral("pagefind.js")))
        return failure(tr("site search: Pagefind wrote no pagefind.js into %1")
                           .arg(QDir::toNativeSeparators(out)));
    // Pagefind's licence travels with its script.
    QFile licence(QFileInfo(binary).dir().filePath(QStringLiteral("LICENSE.txt")));
    if (licence.open(QIODevice::ReadOnly))
        files.insert(Folder + QStringLiteral("LICENSE.txt"), licence.readAll());
    return files;
}
