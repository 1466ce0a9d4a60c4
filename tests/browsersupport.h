#pragma once

// The exported bundle in a real browser, for tests and benchmarks: a web server for a bundle
// folder on 127.0.0.1 (under a sub-path, as a site often is), and Debian's headless Chromium
// loading an address and handing back the DOM once the page has nothing left to do.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace BrowserSupport {

inline const QString SubPath = QStringLiteral("/georgia/");

// GET only, one request per connection, answered from this thread's event loop; folders serve
// their index.html; JavaScript with the type a module needs. Counts what it sends.
class BundleServer : public QTcpServer
{
public:
    explicit BundleServer(const QString &folder)
        : m_folder(folder)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost); }
    QUrl url(const QString &bundlePath) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2%3").arg(serverPort()).arg(SubPath, bundlePath));
    }

    // Path asked for → bytes of the answer's body, in the order asked.
    QList<QPair<QString, qint64>> served;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray target = request.split(' ').value(1);
        m_requests.remove(socket);
        QString path = QUrl::fromPercentEncoding(target.split('?').first());
        QByteArray status = "200 OK", body;
        QFile file;
        if (path.startsWith(SubPath) && !path.contains(QLatin1String(".."))) {
            QString local = m_folder + u'/' + path.mid(SubPath.size());
            if (local.endsWith(u'/'))
                local += QStringLiteral("index.html");
            file.setFileName(local);
        }
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
            status = "404 Not Found";
        else
            body = file.readAll();
        QByteArray type = "application/octet-stream";
        const QString name = file.fileName();
        if (name.endsWith(QLatin1String(".html")))
            type = "text/html; charset=utf-8";
        else if (name.endsWith(QLatin1String(".js")))
            type = "text/javascript; charset=utf-8";
        else if (name.endsWith(QLatin1String(".css")))
            type = "text/css; charset=utf-8";
        else if (name.endsWith(QLatin1String(".json")))
            type = "application/json";
        served.append({ path, body.size() });
        socket->write("HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QString m_folder;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

// Loads `url` in headless Chromium with a fresh profile and returns the DOM once the page has
// nothing pending (--virtual-time-budget: its fetches and module loads are waited for, its
// timers run in virtual time), while this thread's event loop keeps answering (the server).
// WebAssembly is compiled synchronously: an asynchronous compile is not something virtual
// time waits for, and Pagefind polls for its module with timers, which would run the budget
// out on a busy machine before the search is done. Chromium's own messages go to `errors`.
inline QString dumpDom(const QUrl &url, QString *errors = nullptr)
{
    QTemporaryDir profile;
    QProcess chromium;
    chromium.setProgram(QStringLiteral("chromium"));
    chromium.setArguments({ QStringLiteral("--headless"), QStringLiteral("--disable-gpu"),
        QStringLiteral("--no-sandbox"), QStringLiteral("--no-first-run"),
        QStringLiteral("--user-data-dir=") + profile.path(),
        QStringLiteral("--js-flags=--no-wasm-async-compilation"),
        QStringLiteral("--virtual-time-budget=120000"), QStringLiteral("--dump-dom"),
        QString::fromLatin1(url.toEncoded()) });
    chromium.start();
    const bool finished
        = QTest::qWaitFor([&] { return chromium.state() == QProcess::NotRunning; }, 120000);
    if (!finished) {
        chromium.kill();
        chromium.waitForFinished();
    }
    if (errors)
        *errors = QString::fromUtf8(chromium.readAllStandardError());
    return QString::fromUtf8(chromium.readAllStandardOutput());
}

} // namespace BrowserSupport
