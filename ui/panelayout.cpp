#include "panelayout.h"

#include "environment/appsettings.h"

#include <QResizeEvent>
#include <QSplitter>

namespace {
// Keyed by the number of panes: a state saved by another layout would collapse one.
const QString SplitterKey = QStringLiteral("splitter-3");
} // namespace

PaneLayout::PaneLayout(QSplitter *splitter, QWidget *articlePane)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_articlePane(articlePane)
{
    m_splitter->installEventFilter(this); // the preview gives way first (eventFilter)
    m_sized = m_splitter->restoreState(AppSettings::windowState(SplitterKey))
        && !m_splitter->sizes().contains(0);
}

QList<int> PaneLayout::defaultSizes(int width)
{
    // The tree under a third (enough for titles), the article pane more than the preview.
    const int tree = std::clamp(width * 30 / 100, 240, 420);
    const int preview = (width - tree) * 42 / 100;
    return { tree, width - tree - preview, preview };
}

QList<int> PaneLayout::fit(QList<int> sizes, int delta, int paneMinimum)
{
    // Narrower: the preview gives way first (down to its minimum), then the article pane,
    // the tree last. Wider: the tree up to its default share, the rest to the pane and the
    // preview alike, the preview never wider than the pane.
    if (sizes.size() != 3)
        return sizes;
    const bool preview = sizes[2] > 0;
    if (delta < 0) {
        int shrink = -delta;
        const int minimum[3] = { 200, std::max(340, paneMinimum), preview ? 220 : 0 };
        for (int pane : { 2, 1, 0 }) {
            const int take = std::clamp(sizes[pane] - minimum[pane], 0, shrink);
            sizes[pane] -= take;
            shrink -= take;
        }
        // Below every minimum: the widest pane gives, step by step.
        while (shrink > 0) {
            const auto widest = std::max_element(sizes.begin(), sizes.end());
            if (*widest == 0)
                break;
            const int take = std::min(shrink, std::max(1, *widest / 8));
            *widest -= take;
            shrink -= take;
        }
        return sizes;
    }
    int grow = delta;
    const int total = sizes[0] + sizes[1] + sizes[2] + delta;
    const int treeShare = defaultSizes(total)[0];
    const int toTree = std::clamp(treeShare - sizes[0], 0, grow);
    sizes[0] += toTree;
    grow -= toTree;
    if (!preview) {
        sizes[1] += grow;
        return sizes;
    }
    int toPreview = grow / 2;
    toPreview = std::clamp(sizes[1] + (grow - toPreview) - sizes[2], 0, toPreview);
    sizes[2] += toPreview;
    sizes[1] += grow - toPreview;
    return sizes;
}

void PaneLayout::shown(bool previewVisible)
{
    if (m_sized)
        return;
    m_sized = true; // once: later the user's layout is kept
    int handles = 0;
    for (int i = 1; i < m_splitter->count(); ++i)
        handles += m_splitter->handleWidth();
    QList<int> sizes = defaultSizes(m_splitter->width() - handles);
    if (!previewVisible) {
        sizes[1] += sizes[2];
        sizes[2] = 0;
    }
    m_splitter->setSizes(sizes);
}

void PaneLayout::save() const
{
    AppSettings::setWindowState(SplitterKey, m_splitter->saveState());
}

bool PaneLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        const int delta = resize->size().width() - resize->oldSize().width();
        if (resize->oldSize().width() > 0 && delta != 0 && m_splitter->window()->isVisible())
            m_splitter->setSizes(
                fit(m_splitter->sizes(), delta, m_articlePane->minimumSizeHint().width()));
    }
    return QObject::eventFilter(watched, event);
}
