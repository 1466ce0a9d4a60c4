#pragma once

#include "preview/previewrenderer.h"

#include <QWebEngineView>

#include <optional>

class SiteDatabase;
class PreviewSchemeHandler;

// The live preview: a shell page loaded once from the newsdesk: scheme, into which each
// article is swapped by script, so it never reloads, never flickers and keeps its scroll
// position. While a swap is in flight, newer articles replace the waiting one (only the
// latest is shown). Clicking a link asks the window to open that page, or the system browser
// for an external one; nothing navigates the preview away (a #fragment only scrolls it).
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    // Before QApplication: registers the newsdesk: scheme and, for root, turns off Chromium's
    // sandbox (which refuses to run as root otherwise).
    static void prepareEnvironment();

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setSite(SiteDatabase *site);
    void showArticle(const PreviewRenderer::Article &article);
    bool isReady() const { return m_loaded; }
    int requestedSerial() const { return m_serial; } // the latest article asked for

signals:
    // An article is in the page and a frame with it has been painted.
    void shown(int serial);
    void pageLinkClicked(qint64 pageId);
    // http, https, mailto and tel links: for the system's browser or mail program.
    void externalLinkClicked(const QUrl &url);
    void ready();

private:
    void send();

    PreviewSchemeHandler *m_handler = nullptr;
    std::optional<PreviewRenderer::Article> m_pending;
    bool m_loaded = false;
    bool m_shellLoading = false; // load() of the shell asked for, not finished yet
    bool m_inFlight = false;
    int m_serial = 0;
};
