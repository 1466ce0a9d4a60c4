#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File › Open Team Site…: a site on a PostgreSQL server, by server (a host, or the folder of a
// Unix socket), port, database, user, TLS mode and password. The fields make the site's URI
// (SiteLocation::forServer); Open hands it to the window's way of opening a site. A failure
// shows as one line in the dialog, which stays open with everything typed, to be corrected.
// The password goes to this run's memory (ServerPasswords) and, with "Remember", to the
// system keyring (Keyring), never into a file of Newsdesk's.
class TeamSiteDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the site at a URI (without password); the window's openSite().
    using Opener = std::function<Status(const QString &site)>;

    explicit TeamSiteDialog(Opener opener, QWidget *parent = nullptr);

    // Fills the fields from a team site's URI (the open one, or one that failed to open).
    void setSite(const QString &site);
    // One line under the fields (empty: none).
    void showError(const QString &message);
    QString error() const;
    // The URI the fields make now; the failure when they make none.
    Result<QString> site() const;

signals:
    // Something the window should tell after the site opened (a password not remembered).
    void notice(const QString &message);

private:
    void tryToOpen();
    void updateTlsChoice();

    Opener m_open;
    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
};
