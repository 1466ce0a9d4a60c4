#pragma once

#include <QList>
#include <QObject>

class QSplitter;
class QWidget;

// The window's panes side by side (page tree, article pane, preview): their shares of the
// window at the first start, the user's widths at every start after, and which pane gives way
// when the window gets narrower (the preview first, the tree last).
class PaneLayout : public QObject
{
    Q_OBJECT

public:
    // `splitter` holds the three panes; `articlePane` is the one that needs its minimum width.
    PaneLayout(QSplitter *splitter, QWidget *articlePane);

    // The panes' default widths for a splitter `width` wide: tree, article pane, preview.
    static QList<int> defaultSizes(int width);
    // The panes' widths after the window got `delta` wider (or narrower); the article pane
    // needs at least `paneMinimum`.
    static QList<int> fit(QList<int> sizes, int delta, int paneMinimum = 0);

    // When the window is shown: the default shares once, unless the user's layout came back.
    void shown(bool previewVisible);
    // Keeps the user's widths for the next start.
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSplitter *m_splitter;
    QWidget *m_articlePane;
    bool m_sized = false; // the user's layout came back, or the defaults were set
};
