#include "preferencesdialog.h"

#include "content/languages.h"
#include "environment/appsettings.h"
#include "environment/interfacelanguage.h"
#include "environment/username.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(AppSettings::userName(), this);
    m_name->setAccessibleName(tr("Your name"));
    // Empty: the account's own name, shown as the placeholder.
    m_name->setPlaceholderText(UserName::ofAccount());
    m_name->setToolTip(tr("Recorded with each revision you save, in Page › History."));
    form->addRow(tr("Your &name:"), m_name);
    m_language = new QComboBox(this);
    // Each language in its own words, so that a user can find theirs whatever is shown now.
    m_language->addItem(
        tr("System default (%1)").arg(Languages::ownName(QLocale::system().name())), QString());
    for (const QString &code : InterfaceLanguage::available())
        m_language->addItem(Languages::ownName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(InterfaceLanguage::chosen())));
    form->addRow(tr("User interface &language:"), m_language);
    layout->addLayout(form);
    m_restart = new QLabel(tr("Newsdesk speaks the new language from its next start."), this);
    m_restart->setWordWrap(true);
    m_restart->setVisible(false);
    layout->addWidget(m_restart);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restart->setVisible(m_language->currentData().toString() != InterfaceLanguage::chosen());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    UserName::set(m_name->text());
    InterfaceLanguage::choose(m_language->currentData().toString());
}
