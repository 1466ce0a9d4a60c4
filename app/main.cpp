// newsdesk: the editor, or with a command (init, tree, show, add, put) the headless tool.
#include "cli/commandline.h"
#include "demo/demosite.h"
#include "environment/appsettings.h"
#include "environment/interfacelanguage.h"
#include "mainwindow.h"
#include "previewview.h"
#include "store/sitelocation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

// The default site in the user's data folder, created with the demo content on first start.
QString defaultSite(Status &creation)
{
    const QString fallback = AppSettings::defaultSitePath();
    if (!QFileInfo::exists(fallback)) {
        QDir().mkpath(QFileInfo(fallback).absolutePath());
        if (auto created = DemoSite::createSite(fallback); !created)
            creation = created.failure();
    }
    return fallback;
}

// The site the editor opens without an argument: the last one (a file still there, or a team
// site), else the default site.
QString startingSite(Status &creation)
{
    const QString last = AppSettings::lastSite();
    if (!last.isEmpty() && (SiteLocation::isServer(last) || QFileInfo::exists(last)))
        return last;
    return defaultSite(creation);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    CommandLine commandLine;
    if (commandLine.handles(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        InterfaceLanguage::install(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(arguments, out, err);
    }

    PreviewView::prepareEnvironment();
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.newsdesk.Newsdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.newsdesk.Newsdesk.svg")));
    InterfaceLanguage::install(app);

    const QStringList positional = app.arguments().mid(1);
    Status creation;
    const QString path = positional.isEmpty() ? startingSite(creation) : positional.first();
    MainWindow window;
    Status opened = creation ? window.openSite(path) : creation;
    // Only a damaged file is helped by a backup (see MainWindow::openSiteReportingErrors).
    if (!opened && opened.kind() == ErrorKind::Damaged
        && window.recoverFromBackup(path, opened.error()))
        opened = Status();
    // The last team site's server away (or its password wanted): the editor starts on the
    // default site, and the team site's dialog says why, to try again.
    QString teamSiteError;
    if (!opened && positional.isEmpty() && SiteLocation::isServer(path)) {
        teamSiteError = opened.error();
        Status created;
        const QString fallback = defaultSite(created);
        opened = created ? window.openSite(fallback) : created;
    }
    if (!opened) {
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot open the site"), opened.error());
        return 2;
    }
    window.show();
    if (!teamSiteError.isEmpty())
        window.chooseTeamSite(path, teamSiteError);
    return app.exec();
}
