#include "previewview.h"

#include "store/mediarepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QBuffer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>

#include <unistd.h>

// Serves the shell page and the site's images to the preview.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    SiteDatabase *site = nullptr;
    QByteArray shell;
    QMap<QString, QByteArray> assets;

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QUrl url = job->requestUrl();
        if (url == PreviewRenderer::shellUrl()) {
            reply(job, "text/html; charset=utf-8", shell);
            return;
        }
        if (const QString asset = PreviewRenderer::assetPath(url); assets.contains(asset)) {
            const QByteArray type = asset.endsWith(QLatin1String(".css"))
                ? QByteArrayLiteral("text/css; charset=utf-8")
                : asset.endsWith(QLatin1String(".woff2")) ? QByteArrayLiteral("font/woff2")
                : asset.endsWith(QLatin1String(".svg"))
                ? QByteArrayLiteral("image/svg+xml")
                : QByteArrayLiteral("application/octet-stream");
            reply(job, type, assets.value(asset));
            return;
        }
        if (const qint64 id = PreviewRenderer::mediaIdFromUrl(url); id != 0 && site) {
            MediaRepository media(*site);
            const auto item = media.item(id);
            const auto bytes = media.bytes(id);
            if (item && bytes) {
                reply(job, item->mimeType.toLatin1(), *bytes);
                return;
            }
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    }

private:
    static void reply(QWebEngineUrlRequestJob *job, const QByteArray &type, const QByteArray &data)
    {
        auto *buffer = new QBuffer(job);
        buffer->setData(data);
        job->reply(type, buffer);
    }
};

namespace {

class PreviewPage : public QWebEnginePage
{
public:
    PreviewPage(QWebEngineProfile *profile, PreviewView *view)
        : QWebEnginePage(profile, view)
        , m_view(view)
    { }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (url == PreviewRenderer::shellUrl() && type != NavigationTypeLinkClicked)
            return true;
        if (type == NavigationTypeLinkClicked && isMainFrame) {
            if (const qint64 page = PreviewRenderer::pageIdFromUrl(url); page != 0) {
                emit m_view->pageLinkClicked(page);
            } else if (url.scheme() == QLatin1String("http")
                || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto")
                || url.scheme() == QLatin1String("tel")) {
                emit m_view->externalLinkClicked(url);
            }
        }
        return false; // the preview shows one page and never leaves it
    }

private:
    PreviewView *m_view;
};

} // namespace

void PreviewView::prepareEnvironment()
{
    if (geteuid() == 0) {
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--no-sandbox"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --no-sandbox").trimmed());
    }
    QWebEngineUrlScheme scheme(PreviewRenderer::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
        | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    setAccessibleName(tr("Preview"));
    auto *profile = new QWebEngineProfile(this); // off the record: nothing on disk
    m_handler = new PreviewSchemeHandler(this);
    profile->installUrlSchemeHandler(PreviewRenderer::Scheme, m_handler);
    setPage(new PreviewPage(profile, this));
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // Only the shell's load counts: a link clicked in the preview is a navigation that
        // acceptNavigationRequest refuses, and it ends in loadFinished(false) too, with the
        // shell still there (taking it for a failed load stopped the preview for good).
        if (!m_shellLoading)
            return;
        m_shellLoading = false;
        m_loaded = ok;
        if (!ok)
            return;
        emit ready();
        send();
    });
    connect(this, &QWebEngineView::titleChanged, this, [this](const QString &title) {
        if (title.startsWith(QLatin1String("shown ")))
            emit shown(title.mid(6).toInt());
    });
    setSite(nullptr); // the default theme until a site is open
}

PreviewView::~PreviewView()
{
    // The page uses the profile: it must go first.
    delete page();
}

void PreviewView::setSite(SiteDatabase *site)
{
    m_handler->site = site;
    // The site's theme (its own folder over the default), as the export uses it.
    QString title;
    QString folder;
    if (site) {
        if (const auto settings = SiteRepository(*site).settings()) {
            title = settings->siteTitles.value(settings->sourceLanguage);
            folder = Theme::folderFor(settings->theme, site->path());
        }
    }
    auto theme = Theme::load(folder);
    if (!theme) {
        qWarning("%s", qPrintable(theme.error()));
        theme = Theme::load();
    }
    QByteArray shell = PreviewRenderer::shellPage(*theme, title);
    // A changed theme must not come from the engine's cache: the address names its version.
    shell.replace(QByteArrayLiteral("newsdesk:assets/style.css"),
        QByteArray("newsdesk:assets/style.css?v=" + theme->fingerprint().toHex().left(12)));
    m_handler->assets = theme->assets();
    if (shell == m_handler->shell)
        return;
    m_handler->shell = shell;
    m_loaded = false;
    m_inFlight = false;
    m_shellLoading = true;
    load(PreviewRenderer::shellUrl());
}

void PreviewView::showArticle(const PreviewRenderer::Article &article)
{
    m_pending = article;
    send();
}

void PreviewView::send()
{
    if (!m_loaded || m_inFlight || !m_pending)
        return;
    m_inFlight = true;
    const QString script = PreviewRenderer::showScript(*m_pending, ++m_serial);
    m_pending.reset();
    page()->runJavaScript(script, [this](const QVariant &) {
        m_inFlight = false;
        send(); // whatever arrived meanwhile, only the latest
    });
}
