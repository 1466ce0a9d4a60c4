#include "previewslot.h"

#include "articleeditor.h"
#include "articlepane.h"
#include "environment/appsettings.h"
#include "previewview.h"

#include <QAction>
#include <QDesktopServices>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>

PreviewSlot::PreviewSlot(QSplitter *splitter, ArticlePane *pane)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_pane(pane)
    , m_index(splitter->count())
    , m_placeholder(new QWidget)
    , m_toggle(new QAction(tr("&Preview"), this))
    , m_timer(new QTimer(this))
{
    m_splitter->addWidget(m_placeholder);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F9));
    m_toggle->setChecked(AppSettings::windowState(QStringLiteral("preview")) != "hidden");
    m_placeholder->setVisible(m_toggle->isChecked());
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        (m_view ? static_cast<QWidget *>(m_view) : m_placeholder)->setVisible(on);
        AppSettings::setWindowState(QStringLiteral("preview"), on ? "shown" : "hidden");
        if (on)
            update();
    });
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PreviewSlot::update);
    connect(m_pane, &ArticlePane::contentChanged, this, [this] {
        const int characters = m_pane->editor()->document()->characterCount();
        m_timer->start(std::clamp(DelayMs + characters / 200, DelayMs, 1000));
    });
}

bool PreviewSlot::isShown() const
{
    return m_toggle->isChecked();
}

void PreviewSlot::start()
{
    if (m_view)
        return;
    m_view = new PreviewView;
    m_view->setSite(m_site);
    m_view->setVisible(m_toggle->isChecked());
    delete m_splitter->replaceWidget(m_index, m_view);
    m_placeholder = nullptr;
    connect(m_view, &PreviewView::ready, this, &PreviewSlot::update);
    connect(m_view, &PreviewView::pageLinkClicked, this, &PreviewSlot::pageLinkClicked);
    connect(m_view, &PreviewView::externalLinkClicked, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void PreviewSlot::setSite(SiteDatabase *site)
{
    m_site = site;
    if (m_view)
        m_view->setSite(site);
}

void PreviewSlot::update()
{
    // A hidden (or collapsed) preview does no work; it catches up when shown.
    if (!m_view || !m_view->isVisible() || m_view->width() == 0 || !m_view->isReady())
        return;
    m_view->showArticle(m_pane->previewArticle());
}
