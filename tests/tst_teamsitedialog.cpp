// File › Open Team Site… driven through its widgets: the address its fields make, a team site
// of the test cluster opened in the window, failures told in one line with the input kept,
// and the password never written into Newsdesk's settings.
#include "demo/demosite.h"
#include "environment/appsettings.h"
#include "environment/keyring.h"
#include "mainwindow.h"
#include "postgrestestsupport.h"
#include "previewview.h"
#include "store/serverpasswords.h"
#include "store/sitelocation.h"
#include "teamsitedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace PostgresTestSupport;

class TestTeamSiteDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fieldsMakeTheSitesAddress_data();
    void fieldsMakeTheSitesAddress();
    void anEmptyDatabaseNameIsRefused();
    void opensATeamSiteInTheWindow();
    void aWrongServerIsOneLineAndTheInputStays_data();
    void aWrongServerIsOneLineAndTheInputStays();
    void thePasswordOpensTheSiteAndIsNeverInTheSettings();
    void aTeamSiteThatFailsFromTheRecentListOpensTheDialog();

private:
    // The window on a site file, shown, with its File › Open Team Site… dialog open.
    TeamSiteDialog *openDialogInWindow();
    static void fill(TeamSiteDialog *dialog, const QString &server, int port,
        const QString &database, const QString &user, const QString &sslKey = {},
        const QString &password = {});
    static void clickOpen(TeamSiteDialog *dialog);
    static QByteArray settingsFile();

    QTemporaryDir m_dir;
    QString m_site; // the demo team site on the test cluster
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamSiteDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = freshDatabaseUri(QStringLiteral("nd_teamsitedialog"));
    QVERIFY(!m_site.isEmpty());
    const auto made = DemoSite::createSite(m_site);
    QVERIFY2(made.ok(), qPrintable(made.error()));
}

void TestTeamSiteDialog::cleanup()
{
    m_window.reset();
}

void TestTeamSiteDialog::fill(TeamSiteDialog *dialog, const QString &server, int port,
    const QString &database, const QString &user, const QString &sslKey, const QString &password)
{
    const auto type = [dialog](const char *name, const QString &text) {
        auto *field = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(field);
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        // Key by key; Georgian letters as the keyboard layout sends them (keyClicks takes Latin-1).
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCOMPARE(field->text(), text);
    };
    type("server", server);
    auto *portField = dialog->findChild<QSpinBox *>(QStringLiteral("port"));
    portField->setFocus();
    portField->selectAll();
    QTest::keyClicks(portField, QString::number(port));
    QCOMPARE(portField->value(), port);
    type("database", database);
    type("user", user);
    if (!sslKey.isEmpty()) {
        // The TLS choice by its first letter, as the keyboard picks it.
        auto *tls = dialog->findChild<QComboBox *>(QStringLiteral("sslMode"));
        QVERIFY(tls->isEnabled());
        tls->setFocus();
        QTest::keyClicks(tls, sslKey);
    }
    type("password", password);
}

void TestTeamSiteDialog::clickOpen(TeamSiteDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *open = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
}

QByteArray TestTeamSiteDialog::settingsFile()
{
    // Where AppSettings keeps them: under the test's own XDG_CONFIG_HOME.
    const QString path = QSettings(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("newsdesk"), QStringLiteral("newsdesk"))
                             .fileName();
    if (!path.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")))
        qWarning("the settings are not under the test's XDG_CONFIG_HOME: %s", qPrintable(path));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TeamSiteDialog *TestTeamSiteDialog::openDialogInWindow()
{
    const QString file = m_dir.filePath(
        QStringLiteral("%1.newsdesk").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(file);
    if (!DemoSite::createSite(file))
        return nullptr;
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openSite(file))
        return nullptr;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    const auto actions = m_window->findChildren<QAction *>(QStringLiteral("openTeamSite"));
    if (actions.size() != 1)
        return nullptr;
    actions.first()->trigger();
    return m_window->findChild<TeamSiteDialog *>();
}

void TestTeamSiteDialog::fieldsMakeTheSitesAddress_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslKey"); // the TLS choice's first letter; empty: as it is
    QTest::addColumn<QString>("uri");
    QTest::newRow("socket folder")
        << u"/var/run/postgresql"_qs << 5432 << u"office"_qs << u"nino"_qs << QString()
        << u"postgresql://nino@/office?host=%2Fvar%2Frun%2Fpostgresql"_qs;
    QTest::newRow("host, port and sslmode")
        << u"db.example.org"_qs << 6543 << u"office"_qs << u"nino"_qs << u"V"_qs
        << u"postgresql://nino@db.example.org:6543/office?sslmode=verify-full"_qs;
    QTest::newRow("host, TLS required")
        << u"db.example.org"_qs << 5432 << u"office"_qs << QString() << u"R"_qs
        << u"postgresql://db.example.org/office?sslmode=require"_qs;
    QTest::newRow("user with special characters")
        << u"10.0.0.5"_qs << 5432 << u"office"_qs << u"nino@iom:ge ნ"_qs << u"D"_qs
        << u"postgresql://nino%40iom%3Age%20%E1%83%9C@10.0.0.5/office?sslmode=disable"_qs;
    QTest::newRow("database name needing percent-encoding")
        << u"db.example.org"_qs << 5432 << u"news desk/ka?#"_qs << QString() << QString()
        << u"postgresql://db.example.org/news%20desk%2Fka%3F%23"_qs;
}

void TestTeamSiteDialog::fieldsMakeTheSitesAddress()
{
    QFETCH(QString, server);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslKey);
    QFETCH(QString, uri);
    QStringList asked;
    TeamSiteDialog dialog([&](const QString &site) {
        asked.append(site);
        return Status();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, server, port, database, user, sslKey);
    clickOpen(&dialog);
    QCOMPARE(asked, QStringList { uri });
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.error().isEmpty());
}

void TestTeamSiteDialog::anEmptyDatabaseNameIsRefused()
{
    int asked = 0;
    TeamSiteDialog dialog([&](const QString &) {
        ++asked;
        return Status();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, u"db.example.org"_qs, 5432, u"   "_qs, u"nino"_qs);
    clickOpen(&dialog);
    QCOMPARE(asked, 0);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Database:"_qs), qPrintable(error->text()));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("server"))->text(), u"db.example.org"_qs);
}

void TestTeamSiteDialog::opensATeamSiteInTheWindow()
{
    TeamSiteDialog *dialog = openDialogInWindow();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // A socket: the TLS choice does not apply.
    fill(dialog, host(), 5432, u"nd_teamsitedialog"_qs, u"newsdesk"_qs);
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("sslMode"))->isEnabled());
    QPointer<TeamSiteDialog> watched(dialog);
    clickOpen(dialog);
    QTRY_VERIFY(!watched); // closed and gone
    QCOMPARE(m_window->sitePath(), m_site);
    auto *tree = m_window->findChild<QTreeView *>();
    QCOMPARE(tree->model()->rowCount(), 6);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), u"Who We Are"_qs);
    QCOMPARE(m_window->windowTitle(), u"IOM Georgia — nd_teamsitedialog on %1"_qs.arg(host()));
    // The site, and who is connected as what (the test cluster's user made it: its publisher).
    QCOMPARE(m_window->statusBar()->currentMessage(), m_site + u" · newsdesk: publisher"_qs);
    QCOMPARE(AppSettings::lastSite(), m_site);
    QCOMPARE(AppSettings::recentSites().value(0), m_site);

    // The recent list shows the site file by its path, and takes the window back to the team
    // site, shown by its database and server.
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentSites"));
    emit recent->aboutToShow();
    QAction *file = recent->actions().value(0);
    QVERIFY(file && file->text().endsWith(u"opensATeamSiteInTheWindow.newsdesk"_qs));
    file->trigger();
    QVERIFY(!SiteLocation::isServer(m_window->sitePath()));
    emit recent->aboutToShow();
    QAction *team = recent->actions().value(0);
    QVERIFY(team);
    QCOMPARE(team->text(), u"nd_teamsitedialog on %1"_qs.arg(host()));
    QCOMPARE(team->toolTip(), m_site);
    team->trigger();
    QCOMPARE(m_window->sitePath(), m_site);
    QCOMPARE(tree->model()->rowCount(), 6);
}

void TestTeamSiteDialog::aWrongServerIsOneLineAndTheInputStays_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no server in that socket folder")
        << m_dir.filePath(u"no-server"_qs) << 5432
        << u"cannot reach the site's server %1: "_qs.arg(m_dir.filePath(u"no-server"_qs));
    QTest::newRow("nothing listening on the port")
        << u"127.0.0.1"_qs << 1 << u"cannot reach the site's server 127.0.0.1:1: "_qs;
}

void TestTeamSiteDialog::aWrongServerIsOneLineAndTheInputStays()
{
    QFETCH(QString, server);
    QFETCH(int, port);
    QFETCH(QString, problem);
    TeamSiteDialog *dialog = openDialogInWindow();
    QVERIFY(dialog);
    const QString before = m_window->sitePath();
    fill(dialog, server, port, u"nd_teamsitedialog"_qs, u"newsdesk"_qs);
    clickOpen(dialog);
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(problem), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(u'\n'), qPrintable(error->text()));
    // Everything typed is still there, to be corrected; the site open before stays open.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("server"))->text(), server);
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("port"))->value(), port);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("database"))->text(),
        u"nd_teamsitedialog"_qs);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("user"))->text(), u"newsdesk"_qs);
    QCOMPARE(m_window->sitePath(), before);

    // Corrected in place, the same dialog opens the site.
    fill(dialog, host(), 5432, u"nd_teamsitedialog"_qs, u"newsdesk"_qs);
    QPointer<TeamSiteDialog> watched(dialog);
    clickOpen(dialog);
    QTRY_VERIFY(!watched);
    QCOMPARE(m_window->sitePath(), m_site);
}

void TestTeamSiteDialog::thePasswordOpensTheSiteAndIsNeverInTheSettings()
{
    const QString site
        = SiteLocation::forServer(host(), 5432, u"nd_teamsitedialog"_qs, passwordUser())->display();
    ServerPasswords::forget(site);
    TeamSiteDialog *dialog = openDialogInWindow();
    QVERIFY(dialog);
    // Without the password: one line saying so, and the dialog waits for it.
    fill(dialog, host(), 5432, u"nd_teamsitedialog"_qs, passwordUser());
    clickOpen(dialog);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(
                 u"the site's server %1 asks for newsdesk_password's password (type it, or put "
                 "it in ~/.pgpass)"_qs.arg(host())),
        qPrintable(error->text()));
    QVERIFY(!error->text().contains(u'\n'));
    // A wrong one: the same.
    fill(dialog, host(), 5432, u"nd_teamsitedialog"_qs, passwordUser(), {}, u"tbilisi"_qs);
    clickOpen(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(
                 u"cannot open the site on its server %1: password "
                 "authentication failed for user \"newsdesk_password\""_qs.arg(host())),
        qPrintable(error->text()));

    // The right one, to be remembered: the site opens. This machine has no keyring (the test
    // has no session bus), so the window says where the password can go instead.
    fill(dialog, host(), 5432, u"nd_teamsitedialog"_qs, passwordUser(), {}, password());
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->isChecked());
    QPointer<TeamSiteDialog> watched(dialog);
    clickOpen(dialog);
    QTRY_VERIFY(!watched);
    QCOMPARE(m_window->sitePath(), site);
    QCOMPARE(m_window->findChild<QTreeView *>()->model()->rowCount(), 6);
    const QString notice = m_window->statusBar()->currentMessage();
    QVERIFY2(notice.contains(u"~/.pgpass"_qs), qPrintable(notice));
    QVERIFY(!notice.contains(password()));

    // The site's other connections in this run find the password (an export opens its own).
    const auto another = SiteDatabase::open(site, SiteDatabase::Mode::ReadOnly);
    QVERIFY2(another.ok(), qPrintable(another.error()));

    // The settings know the site, never its password.
    m_window->close();
    const QByteArray settings = settingsFile();
    QVERIFY(!settings.isEmpty());
    QVERIFY(settings.contains("newsdesk_password"));
    QVERIFY2(!settings.contains(password().toUtf8()), settings.constData());
    QVERIFY(!settings.contains("tbilisi"));
}

void TestTeamSiteDialog::aTeamSiteThatFailsFromTheRecentListOpensTheDialog()
{
    // A team site in the recent list whose database is gone: its dialog, filled in, says why.
    const QString gone
        = SiteLocation::forServer(host(), 5432, u"nd_gone"_qs, u"newsdesk"_qs)->display();
    AppSettings::setLastSite(gone);
    TeamSiteDialog *dialog = openDialogInWindow();
    QVERIFY(dialog);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<TeamSiteDialog *>());
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentSites"));
    emit recent->aboutToShow();
    QAction *team = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->toolTip() == gone)
            team = action;
    }
    QVERIFY(team);
    const QString before = m_window->sitePath();
    team->trigger();
    QCOMPARE(m_window->sitePath(), before);
    auto *again = m_window->findChild<TeamSiteDialog *>();
    QVERIFY(again);
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("database"))->text(), u"nd_gone"_qs);
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("server"))->text(), host());
    QVERIFY2(
        again->error().endsWith(
            u"cannot open the site on its server %1: database \"nd_gone\" does not exist"_qs.arg(
                host())),
        qPrintable(again->error()));
    QVERIFY(!again->error().contains(u'\n'));
}

int main(int argc, char *argv[])
{
    // No system keyring here, and never the developer's own: no session bus to find one on.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/newsdesk-test-bus");
    PreviewView::prepareEnvironment();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestTeamSiteDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamsitedialog.moc"
