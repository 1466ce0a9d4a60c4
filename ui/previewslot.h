#pragma once

#include <QObject>

class ArticlePane;
class PreviewView;
class QAction;
class QSplitter;
class QTimer;
class QWidget;
class SiteDatabase;

// The window's preview pane: made after the window's first paint (QtWebEngine takes a while
// to start), shown or hidden by View › Preview (remembered), and following the article pane
// once typing pauses (longer pauses for longer texts). A hidden preview does no work.
class PreviewSlot : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 150;

    // Takes the splitter's next place, with a placeholder until start().
    PreviewSlot(QSplitter *splitter, ArticlePane *pane);

    QAction *toggleAction() const { return m_toggle; }
    bool isShown() const;
    // Null before start().
    PreviewView *view() const { return m_view; }
    // The preview itself in place of the placeholder; once.
    void start();
    void setSite(SiteDatabase *site);
    // Shows the article pane's page as it is now.
    void update();

signals:
    void pageLinkClicked(qint64 pageId);

private:
    QSplitter *m_splitter;
    ArticlePane *m_pane;
    int m_index;
    QWidget *m_placeholder;
    PreviewView *m_view = nullptr;
    SiteDatabase *m_site = nullptr;
    QAction *m_toggle;
    QTimer *m_timer;
};
