// Keyring and ServerPasswords: where a team site's password is kept. Without a keyring (a
// headless machine: no session bus), nothing hangs, nothing is stored, and the caller hears why.
#include "environment/keyring.h"
#include "store/serverpasswords.h"

#include <QElapsedTimer>
#include <QTest>

class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void passwordsAreKeptForTheRunBySite();
    void withoutAKeyringNothingHangsAndNothingIsStored();
    void aPasswordGivenInTheRunIsNotAskedForAgain();
};

void TestKeyring::passwordsAreKeptForTheRunBySite()
{
    const QString office = u"postgresql://nino@db.example.org/office"_qs;
    const QString other = u"postgresql://nino@db.example.org/other"_qs;
    QVERIFY(ServerPasswords::recall(office).isEmpty());
    ServerPasswords::remember(office, u"s3cret"_qs);
    QCOMPARE(ServerPasswords::recall(office), u"s3cret"_qs);
    QVERIFY(ServerPasswords::recall(other).isEmpty());
    ServerPasswords::forget(office);
    QVERIFY(ServerPasswords::recall(office).isEmpty());
}

void TestKeyring::withoutAKeyringNothingHangsAndNothingIsStored()
{
    const QString site = u"postgresql://nino@db.example.org/office"_qs;
    QElapsedTimer clock;
    clock.start();
    const Status written = Keyring::writePassword(site, u"s3cret"_qs);
    QVERIFY(!written);
    QCOMPARE(written.kind(), ErrorKind::Io);
    QVERIFY2(written.error().startsWith(u"The system keyring: there is none on this computer"_qs),
        qPrintable(written.error()));
    QVERIFY(!written.error().contains(u"s3cret"_qs));
    const auto read = Keyring::readPassword(site);
    QVERIFY(!read);
    QCOMPARE(read.kind(), ErrorKind::Io);
    QVERIFY(!Keyring::forgetPassword(site));
    Keyring::recallSitePassword(site);
    QVERIFY(ServerPasswords::recall(site).isEmpty());
    // Within the time-box each, not a desktop's default D-Bus timeout (25 s) each.
    QVERIFY2(
        clock.elapsed() < 4 * Keyring::TimeoutMs, qPrintable(QString::number(clock.elapsed())));
}

void TestKeyring::aPasswordGivenInTheRunIsNotAskedForAgain()
{
    // One the user typed (or a URI gave) wins over the keyring's; a file has none.
    const QString site = u"postgresql://nino@db.example.org/office"_qs;
    ServerPasswords::remember(site, u"typed"_qs);
    Keyring::recallSitePassword(u"postgresql://nino@db.example.org/office"_qs);
    QCOMPARE(ServerPasswords::recall(site), u"typed"_qs);
    Keyring::recallSitePassword(u"office.newsdesk"_qs);
    QVERIFY(ServerPasswords::recall(u"office.newsdesk"_qs).isEmpty());
    ServerPasswords::forget(site);
}

int main(int argc, char *argv[])
{
    // No system keyring here, and never the developer's own: no session bus to find one on.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/newsdesk-test-bus");
    QCoreApplication app(argc, argv);
    TestKeyring test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyring.moc"
