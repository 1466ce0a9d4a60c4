// The editor window under load, headless:
//   - start-up: from main() until the main window is shown and painted on a 10,000-page site
//     (target under 600 ms);
//   - typing in a 3,000-word article: per keystroke, until the editor has painted it (target
//     p95 under 16 ms);
//   - the preview: from the coalesced update until the page holds the new text and has
//     painted a frame (target p95 under 50 ms).
// Prints p50/p95 and peak RSS; asserts nothing.
#include "articleeditor.h"
#include "articlepane.h"
#include "benchsupport.h"
#include "demo/syntheticsite.h"
#include "mainwindow.h"
#include "previewview.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// A 10,000-page bilingual site whose first article has 3,000 words.
void makeSite(const QString &path, qint64 &articleId)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
    articleId = SyntheticSite::populate(*site, { 10000, 600, 5 }).value();
    PageRepository pages(*site);
    Translation text = pages.translation(articleId, QStringLiteral("en")).value().value();
    text.bodyHtml = SyntheticSite::body(3000, 1, pages.page(articleId)->parentId, false);
    if (!pages.saveTranslation(text))
        qFatal("cannot write the long article");
}

// Waits in the event loop until the preview reports `serial` shown.
bool waitShown(PreviewView *preview, const int &lastShown, int serial)
{
    if (lastShown >= serial)
        return true;
    QEventLoop loop;
    const auto connection = QObject::connect(preview, &PreviewView::shown, &loop, [&](int shown) {
        if (shown >= serial)
            loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return lastShown >= serial;
}

} // namespace

int main(int argc, char *argv[])
{
    // The user's settings (window layout) stay out of the figures.
    const Bench::PrivateHome home;
    QElapsedTimer launch;
    launch.start();
    PreviewView::prepareEnvironment();
    QApplication app(argc, argv);
    const qint64 applicationMs = launch.elapsed();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.newsdesk"));
    qint64 articleId = 0;
    QElapsedTimer timer;
    timer.start();
    makeSite(path, articleId);
    QTextStream out(stdout);
    out << QStringLiteral("generated a 10,000-page bilingual site in %1 ms\n").arg(timer.elapsed());
    out.flush();

    // Start-up: the time before main() is the process's own; measured here from main().
    timer.restart();
    MainWindow window;
    if (const Status opened = window.openSite(path); !opened)
        qFatal("%s", qPrintable(opened.error()));
    window.show();
    Bench::PaintWatch treePaint;
    window.findChild<QWidget *>(QStringLiteral("qt_scrollarea_viewport"))
        ->installEventFilter(&treePaint);
    if (!treePaint.wait(10000)) // the tree's first paint: the window is there and usable
        qFatal("the window never painted");
    out << QStringLiteral("start-up on 10,000 pages: %1 ms (QApplication %2 ms, window %3 ms)\n")
               .arg(applicationMs + timer.elapsed())
               .arg(applicationMs)
               .arg(timer.elapsed());
    out.flush();

    // Typing in the 3,000-word article.
    window.selectPage(articleId);
    ArticleEditor *editor = window.articlePane()->editor();
    editor->setFocus();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(editor->document()->characterCount() / 2);
    editor->setTextCursor(cursor);
    Bench::PaintWatch editorPaint;
    editor->viewport()->installEventFilter(&editorPaint);
    if (!QTest::qWaitFor([&] { return window.preview() && window.preview()->isReady(); }, 30000))
        qFatal("the preview never loaded");
    PreviewView *preview = window.preview();

    QList<double> keystrokes;
    QList<double> previews;
    QList<double> conversions;
    int lastShown = 0;
    QObject::connect(preview, &PreviewView::shown, [&](int serial) { lastShown = serial; });
    for (int i = 0; i < 200; ++i) {
        editorPaint.painted = false;
        QElapsedTimer key;
        key.start();
        QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26));
        if (!editorPaint.wait())
            qFatal("the editor did not paint keystroke %d", i);
        keystrokes.append(key.nsecsElapsed() / 1e6);

        if (i % 4 == 3) { // a pause in typing: the coalesced preview update
            QElapsedTimer update;
            update.start();
            const PreviewRenderer::Article next = window.articlePane()->previewArticle();
            const QString script = PreviewRenderer::showScript(next, 0);
            conversions.append(update.nsecsElapsed() / 1e6);
            update.restart();
            preview->showArticle(next);
            const int serial = preview->requestedSerial();
            if (!waitShown(preview, lastShown, serial))
                qFatal("the preview never showed update %d", serial);
            previews.append(update.nsecsElapsed() / 1e6);
        }
    }
    // The floor: the same round trip for a one-word article (script call, frame, report).
    QList<double> floor;
    for (int i = 0; i < 30; ++i) {
        PreviewRenderer::Article tiny;
        tiny.language = QStringLiteral("en");
        tiny.bodyHtml = QStringLiteral("<p>word%1</p>").arg(i);
        QElapsedTimer update;
        update.start();
        preview->showArticle(tiny);
        const int serial = preview->requestedSerial();
        if (!waitShown(preview, lastShown, serial))
            qFatal("the preview never showed update %d", serial);
        floor.append(update.nsecsElapsed() / 1e6);
    }
    Bench::print(QStringLiteral("keystroke until painted (3,000 words)"), keystrokes);
    Bench::print(QStringLiteral("preview update until painted (3,000 words)"), previews);
    Bench::print(QStringLiteral("  of which the body conversion (GUI thread)"), conversions);
    Bench::print(QStringLiteral("preview round trip for one word (the floor here)"), floor);
    out << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssKb() / 1024);
    return 0;
}
