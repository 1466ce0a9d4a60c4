#include "teamsitedialog.h"

#include "environment/keyring.h"
#include "store/serverpasswords.h"
#include "store/sitelocation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

TeamSiteDialog::TeamSiteDialog(Opener opener, QWidget *parent)
    : QDialog(parent)
    , m_open(std::move(opener))
    , m_server(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open Team Site"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A team site is a database of its own on a PostgreSQL server, shared by the office."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("db.example.org, or a socket folder: /var/run/postgresql"));
    m_server->setAccessibleName(tr("Server"));
    form->addRow(tr("&Server:"), m_server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Database"));
    form->addRow(tr("&Database:"), m_database);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("the name of your account on this computer"));
    m_user->setAccessibleName(tr("User"));
    form->addRow(tr("&User:"), m_user);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->setAccessibleName(tr("TLS"));
    m_sslMode->addItem(tr("Prefer: encrypted when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require: always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(
        tr("Verify: encrypted, the server's certificate checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Disable: never encrypted"), QStringLiteral("disable"));
    form->addRow(tr("&TLS:"), m_sslMode);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("empty: the keyring's, or ~/.pgpass"));
    form->addRow(tr("Pass&word:"), m_password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto *where = new QLabel(tr("Newsdesk never writes the password into its settings. Without "
                                "a system keyring, put it in ~/.pgpass (libpq reads it there)."),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamSiteDialog::tryToOpen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_server, &QLineEdit::textChanged, this, &TeamSiteDialog::updateTlsChoice);
    updateTlsChoice();
    setMinimumWidth(520);
}

void TeamSiteDialog::setSite(const QString &site)
{
    const auto location = SiteLocation::parse(site);
    if (!location || location->kind != SiteLocation::Kind::Postgres)
        return;
    m_server->setText(location->host);
    m_port->setValue(location->port > 0 ? location->port : 5432);
    m_database->setText(location->database);
    m_user->setText(location->user);
    const QString mode = location->options.value(QStringLiteral("sslmode"));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(mode)));
    m_password->setFocus(); // what a known site most often still needs
}

void TeamSiteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Room for the message under the fields, rather than squeezing them.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

QString TeamSiteDialog::error() const
{
    return m_error->text();
}

Result<QString> TeamSiteDialog::site() const
{
    const auto location = SiteLocation::forServer(m_server->text(), m_port->value(),
        m_database->text(), m_user->text(),
        m_sslMode->isEnabled() ? m_sslMode->currentData().toString() : QString());
    if (!location)
        return location.failure();
    return location->display();
}

void TeamSiteDialog::updateTlsChoice()
{
    // A socket on this computer is not encrypted: TLS is for a server reached over the network.
    const QString server = m_server->text().trimmed();
    const bool socket = server.isEmpty() || server.startsWith(u'/');
    m_sslMode->setEnabled(!socket);
    m_sslMode->setToolTip(
        socket ? tr("Not used for a server on this computer (a socket)") : QString());
}

void TeamSiteDialog::tryToOpen()
{
    const auto site = this->site();
    if (!site) {
        showError(site.error());
        return;
    }
    showError({});
    const QString password = m_password->text();
    // In memory for the site's connections of this run; the keyring's (if any) otherwise.
    if (!password.isEmpty())
        ServerPasswords::remember(*site, password);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_open(*site);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        if (!password.isEmpty())
            ServerPasswords::forget(*site);
        showError(opened.error());
        return;
    }
    if (m_remember->isChecked() && !password.isEmpty()) {
        if (const Status kept = Keyring::writePassword(*site, password); !kept)
            emit notice(tr("Password not remembered: put it in ~/.pgpass to open the site "
                           "without typing it. %1")
                            .arg(kept.error()));
    } else if (!m_remember->isChecked()) {
        (void)Keyring::forgetPassword(*site); // not kept: one remembered earlier goes too
    }
    accept();
}
