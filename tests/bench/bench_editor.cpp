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

QString words(int count, int seed)
{
    static const QStringList vocabulary { "migration", "border", "management", "the", "seminar",
        "ministry", "of", "justice", "participants", "support", "return", "and", "governance",
        "project", "Georgia" };
    QString text;
    for (int i = 0; i < count; ++i)
        text += vocabulary[(i * 7 + seed) % vocabulary.size()] + u' ';
    return text.trimmed();
}

QString article(int wordCount)
{
    QString html;
    for (int written = 0, n = 0; written < wordCount; written += 100, ++n) {
        if (n % 5 == 0)
            html += QStringLiteral("<h2>Part %1</h2>\n").arg(n / 5 + 1);
        html
            += QStringLiteral("<p>%1 <strong>%2</strong></p>\n").arg(words(95, n), words(5, n + 1));
    }
    return html.trimmed();
}

// A site of `pages` pages: 5 sections of news, each with an English and a Georgian text.
qint64 makeSite(const QString &path, int pages, qint64 &articleId)
{
    auto site = SiteDatabase::open(path, SiteDatabase::Mode::Create).value();
    PageRepository repository(*site);
    const Status status = site->transaction([&]() -> Status {
        QList<qint64> sections;
        for (int s = 0; s < 5; ++s) {
            PageRepository::NewPage section;
            section.kind = PageKind::Section;
            section.slug = QStringLiteral("section-%1").arg(s);
            Translation text;
            text.language = QStringLiteral("en");
            text.title = QStringLiteral("Section %1").arg(s);
            sections.append(repository.addPage(section, text).value());
        }
        const QString body = QStringLiteral("<p>%1</p>").arg(words(600, 3));
        for (int i = 0; i < pages; ++i) {
            PageRepository::NewPage page;
            page.parentId = sections[i % 5];
            page.kind = PageKind::News;
            page.status = PageStatus::Published;
            page.publishAt = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 10800);
            page.slug = QStringLiteral("news-%1").arg(i);
            Translation text;
            text.language = QStringLiteral("en");
            text.title = QStringLiteral("News item %1").arg(i);
            text.bodyHtml = i == 0 ? article(3000) : body;
            const qint64 id = repository.addPage(page, text).value();
            text.pageId = id;
            text.language = QStringLiteral("ka");
            text.title = u"სიახლე %1"_qs.arg(i);
            if (auto s = repository.saveTranslation(text); !s)
                return s;
            if (i == 0)
                articleId = id;
        }
        return {};
    });
    if (!status)
        qFatal("%s", qPrintable(status.error()));
    return pages;
}

// Waits in the event loop (never sleeping, so nothing is rounded up to a polling step) for a
// paint event of the watched widget.
class PaintWatch : public QObject
{
public:
    bool painted = false;

    bool wait(int timeoutMs = 1000)
    {
        if (painted)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return painted;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
            if (m_loop)
                m_loop->quit();
        }
        return false;
    }

private:
    QEventLoop *m_loop = nullptr;
};

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
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
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
    makeSite(path, 10000, articleId);
    QTextStream out(stdout);
    out << QStringLiteral("generated a 10,000-page bilingual site in %1 ms\n").arg(timer.elapsed());
    out.flush();

    // Start-up: the time before main() is the process's own; measured here from main().
    timer.restart();
    MainWindow window;
    if (const Status opened = window.openSite(path); !opened)
        qFatal("%s", qPrintable(opened.error()));
    window.show();
    PaintWatch treePaint;
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
    PaintWatch editorPaint;
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
