// The desktop entry and AppStream metainfo pass the freedesktop validators.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void validates_data();
    void validates();
    void metainfoNamesThisVersion();
};

void TestPackaging::validates_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    const QString packaging = QString::fromUtf8(NEWSDESK_SOURCE_DIR "/packaging/");
    QTest::newRow("desktop entry")
        << "desktop-file-validate" << QStringList { packaging + "org.newsdesk.Newsdesk.desktop" };
    QTest::newRow("metainfo") << "appstreamcli"
                              << QStringList { "validate", "--no-net", "--pedantic",
                                     packaging + "org.newsdesk.Newsdesk.metainfo.xml" };
}

void TestPackaging::validates()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(program + QStringLiteral(" is not installed")));
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("W:")) && !output.contains(QStringLiteral("E:")),
        qPrintable(output));
}

void TestPackaging::metainfoNamesThisVersion()
{
    QFile file(
        QString::fromUtf8(NEWSDESK_SOURCE_DIR "/packaging/org.newsdesk.Newsdesk.metainfo.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    const auto release
        = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\"")).match(xml);
    QVERIFY(release.hasMatch());
    QCOMPARE(release.captured(1), QString::fromUtf8(NEWSDESK_VERSION));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
