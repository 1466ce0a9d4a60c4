// Themes: the default loads; a site's folder overrides templates, the stylesheet and adds
// assets; a template that does not parse is refused naming the file.
#include "publish/theme.h"
#include "testsupport.h"

#include <QTest>

using namespace TestSupport;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultLoads();
    void aFolderOverridesWhatItHas();
    void brokenTemplatesAreRefused_data();
    void brokenTemplatesAreRefused();
    void valuesAreEscaped();

private:
    QTemporaryDir m_dir;
};

void TestTheme::theDefaultLoads()
{
    const auto theme = Theme::load();
    QVERIFY2(theme.ok(), qPrintable(theme.error()));
    QVERIFY(theme->assets().contains(QStringLiteral("assets/style.css")));
    QVERIFY(theme->hasWebFont()); // fetched by the set-up
    Theme::Renderer renderer(*theme);
    Theme::Data data;
    data.set("labels", Theme::Data());
    data.set("content", "<p>hello</p>");
    data.set("lang", "ka");
    const QByteArray html = renderer.render(QStringLiteral("layout"), data);
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"ka\">"));
    QVERIFY(html.contains("<main id=\"content\">\n<p>hello</p>\n</main>"));
}

void TestTheme::aFolderOverridesWhatItHas()
{
    const QString folder = m_dir.filePath(QStringLiteral("own"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/assets/img")));
    QVERIFY(writeFile(folder + QStringLiteral("/news.mustache"), "<p class=own>{{title}}</p>"));
    QVERIFY(writeFile(folder + QStringLiteral("/style.css"), "body { color: teal; }"));
    QVERIFY(writeFile(folder + QStringLiteral("/assets/img/logo.svg"), "<svg/>"));
    QVERIFY(writeFile(folder + QStringLiteral("/assets/.secret"), "hidden"));
    const auto theme = Theme::load(folder);
    QVERIFY2(theme.ok(), qPrintable(theme.error()));
    Theme::Renderer renderer(*theme);
    Theme::Data data;
    data.set("title", "T");
    QCOMPARE(renderer.render(QStringLiteral("news"), data), QByteArray("<p class=own>T</p>"));
    // Templates the folder lacks come from the default theme.
    QVERIFY(renderer.render(QStringLiteral("page"), data).contains("<h1>T</h1>"));
    QVERIFY(theme->assets()
                .value(QStringLiteral("assets/style.css"))
                .endsWith("body { color: teal; }"));
    QCOMPARE(theme->assets().value(QStringLiteral("assets/img/logo.svg")), QByteArray("<svg/>"));
    QVERIFY(!theme->assets().contains(QStringLiteral("assets/.secret")));
    QVERIFY(theme->fingerprint() != Theme::load().value().fingerprint());
}

void TestTheme::brokenTemplatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unclosed section") << QByteArray("{{#children}}<li>");
    QTest::newRow("unclosed tag") << QByteArray("<h1>{{title</h1>");
    QTest::newRow("wrong closing section") << QByteArray("{{#a}}{{/b}}");
}

void TestTheme::brokenTemplatesAreRefused()
{
    QFETCH(QByteArray, text);
    const QString folder = m_dir.filePath(QStringLiteral("broken-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/page.mustache"), text));
    const auto theme = Theme::load(folder);
    QVERIFY(!theme.ok());
    QVERIFY2(theme.error().startsWith(folder + QStringLiteral("/page.mustache: ")),
        qPrintable(theme.error()));
    QVERIFY(!Theme::load(m_dir.filePath(QStringLiteral("no-such-theme"))).ok());
}

void TestTheme::valuesAreEscaped()
{
    Theme::Renderer renderer(Theme::load().value());
    Theme::Data data;
    data.set("title", "<script>alert(\"x\")</script>");
    const QByteArray html = renderer.render(QStringLiteral("news"), data);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
}

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
