// Themes: the default loads; a site's folder overrides templates, the stylesheet and adds
// assets; a template that does not parse is refused naming the file; the site's own words come
// from the theme's labels, a folder's words over the default's one by one.
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
    void labelsComeFromTheTheme_data();
    void labelsComeFromTheTheme();
    void brokenLabelsAreRefused_data();
    void brokenLabelsAreRefused();

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

void TestTheme::labelsComeFromTheTheme_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("overridden"); // the folder's en.json says "Newer stories"
    QTest::newRow("English") << "en"
                             << "latestNews"
                             << "Latest news" << false;
    QTest::newRow("Georgian") << "ka"
                              << "latestNews"
                              << "ბოლო სიახლეები" << false;
    QTest::newRow("Georgian page of") << "ka"
                                      << "pageOf"
                                      << "გვერდი %1 / %2" << false;
    QTest::newRow("a language with no file speaks English") << "de"
                                                            << "home"
                                                            << "Home" << false;
    QTest::newRow("the folder's word") << "en"
                                       << "newer"
                                       << "Newer stories" << true;
    QTest::newRow("the folder's new language") << "hy"
                                               << "menu"
                                               << "Մենյու" << true;
    QTest::newRow("a word the folder's language lacks") << "hy"
                                                        << "home"
                                                        << "Home" << true;
    QTest::newRow("other words stay the default's") << "en"
                                                    << "older"
                                                    << "Older news" << true;
}

void TestTheme::labelsComeFromTheTheme()
{
    QFETCH(QString, language);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QFETCH(bool, overridden);
    QString folder;
    if (overridden) {
        folder = m_dir.filePath(QStringLiteral("labelled"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/labels")));
        QVERIFY(
            writeFile(folder + QStringLiteral("/labels/en.json"), R"({"newer": "Newer stories"})"));
        QVERIFY(writeFile(folder + QStringLiteral("/labels/hy.json"), R"({"menu": "Մենյու"})"));
    }
    const auto theme = Theme::load(folder);
    QVERIFY2(theme.ok(), qPrintable(theme.error()));
    QCOMPARE(theme->label(language, key), expected);
    QCOMPARE(theme->labels(language).value(key), expected);
    if (overridden)
        QVERIFY(theme->fingerprint() != Theme::load().value().fingerprint());
}

void TestTheme::brokenLabelsAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{\"menu\": ") << QString();
    QTest::newRow("a list") << QByteArray("[\"Menu\"]")
                            << QStringLiteral("the file holds no object");
    QTest::newRow("a number") << QByteArray("{\"menu\": 3}") << QStringLiteral("\"menu\"");
}

void TestTheme::brokenLabelsAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    const QString folder
        = m_dir.filePath(QStringLiteral("broken-labels-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/labels")));
    QVERIFY(writeFile(folder + QStringLiteral("/labels/ka.json"), text));
    const auto theme = Theme::load(folder);
    QVERIFY(!theme.ok());
    QVERIFY2(theme.error().startsWith(folder + QStringLiteral("/labels/ka.json: ")),
        qPrintable(theme.error()));
    QVERIFY2(theme.error().contains(problem), qPrintable(theme.error()));
}

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
