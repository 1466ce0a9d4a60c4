#include "body/linkpolicy.h"

#include <QTest>

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private slots:
    void cleanLink_data();
    void cleanLink();
    void mediaAndRemote();
};

void TestLinkPolicy::cleanLink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kept"); // empty: dropped
    QTest::newRow("https") << "https://www.iom.int/"
                           << "https://www.iom.int/";
    QTest::newRow("http, upper-case scheme") << "HTTP://example.org"
                                             << "http://example.org";
    QTest::newRow("mailto") << "mailto:info@example.org"
                            << "mailto:info@example.org";
    QTest::newRow("tel") << "tel:+995 32 200 00 00"
                         << "tel:+995 32 200 00 00";
    QTest::newRow("page") << "page:12"
                          << "page:12";
    QTest::newRow("page with fragment") << "page:12#partners"
                                        << "page:12#partners";
    QTest::newRow("page without id") << "page:about"
                                     << "";
    QTest::newRow("relative") << "../about/index.html"
                              << "../about/index.html";
    QTest::newRow("root-relative") << "/news/"
                                   << "/news/";
    QTest::newRow("fragment") << "#top"
                              << "#top";
    QTest::newRow("query with colon") << "search?q=a:b"
                                      << "search?q=a:b";
    QTest::newRow("protocol-relative") << "//cdn.example.org/x"
                                       << "//cdn.example.org/x";
    QTest::newRow("surrounding spaces") << "  https://a.org  "
                                        << "https://a.org";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "";
    QTest::newRow("javascript with tab") << "java\tscript:alert(1)"
                                         << "";
    QTest::newRow("javascript with newline and spaces") << " \njavascript:alert(1)"
                                                        << "";
    QTest::newRow("vbscript") << "VBScript:x"
                              << "";
    QTest::newRow("data") << "data:text/html,<b>x</b>"
                          << "";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "";
    QTest::newRow("ftp") << "ftp://example.org"
                         << "";
    QTest::newRow("odd characters in scheme") << u"jav\u200Bascript:alert(1)"_qs << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLinkPolicy::cleanLink()
{
    QFETCH(QString, url);
    QFETCH(QString, kept);
    QCOMPARE(LinkPolicy::cleanLink(url), kept);
}

void TestLinkPolicy::mediaAndRemote()
{
    QVERIFY(LinkPolicy::isMediaSource(QStringLiteral("media:12")));
    QVERIFY(!LinkPolicy::isMediaSource(QStringLiteral("media:12x")));
    QVERIFY(!LinkPolicy::isMediaSource(QStringLiteral("https://x.org/a.png")));
    QVERIFY(LinkPolicy::isRemote(QStringLiteral("HTTPS://x.org/a.png")));
    QVERIFY(LinkPolicy::isRemote(QStringLiteral("//x.org/a.png")));
    QVERIFY(!LinkPolicy::isRemote(QStringLiteral("photo.png")));
}

QTEST_APPLESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
