#pragma once

// Reading the preview's page from a test: run a script and wait (polling, never sleeping)
// for its value.

#include <QTest>
#include <QWebEnginePage>

namespace WebTestSupport {

inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("the preview did not answer: %s", qPrintable(script));
    return result;
}

} // namespace WebTestSupport

// A test's main() for executables that show a preview: QtWebEngine needs its scheme and
// sandbox settings before QApplication exists.
#define NEWSDESK_WEB_TEST_MAIN(TestClass)                                                          \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        PreviewView::prepareEnvironment();                                                         \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
