#include "sitesettingsdialog.h"

#include "content/languages.h"
#include "store/sitedatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SiteSettingsDialog::SiteSettingsDialog(SiteDatabase &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setWindowTitle(tr("Site Settings"));
    if (auto read = SiteRepository(site).settings())
        m_settings = *read;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const QString &language : std::as_const(m_settings.languages)) {
        auto *title = new QLineEdit(m_settings.siteTitles.value(language), this);
        title->setAccessibleName(tr("Site title in %1").arg(Languages::ownName(language)));
        form->addRow(tr("Site title (%1):").arg(Languages::ownName(language)), title);
        m_titles.insert(language, title);
    }
    m_baseUrl = new QLineEdit(m_settings.baseUrl, this);
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://www.example.org/georgia/"));
    form->addRow(tr("&Address (base URL):"), m_baseUrl);
    m_untranslated = new QComboBox(this);
    m_untranslated->setAccessibleName(tr("Untranslated pages"));
    m_untranslated->addItem(tr("Leave them out of that language"));
    m_untranslated->addItem(tr("Show the source text with a notice"));
    m_untranslated->setCurrentIndex(
        m_settings.untranslated == SiteSettings::Untranslated::Fallback ? 1 : 0);
    form->addRow(tr("&Untranslated pages:"), m_untranslated);
    auto *themeRow = new QHBoxLayout;
    m_theme = new QLineEdit(m_settings.theme, this);
    m_theme->setAccessibleName(tr("Theme folder"));
    m_theme->setPlaceholderText(tr("The default theme"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    themeRow->addWidget(m_theme, 1);
    themeRow->addWidget(browse);
    auto *themeLabel = new QLabel(tr("&Theme folder:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, themeRow);
    m_newsPerPage = new QSpinBox(this);
    m_newsPerPage->setAccessibleName(tr("News per page"));
    m_newsPerPage->setRange(1, 1000);
    m_newsPerPage->setValue(m_settings.newsPerPage);
    form->addRow(tr("&News per list page:"), m_newsPerPage);
    m_english = new QComboBox(this);
    m_english->setAccessibleName(tr("English spelling"));
    m_english->addItem(tr("British (en_GB)"), QStringLiteral("en_GB"));
    m_english->addItem(tr("American (en_US)"), QStringLiteral("en_US"));
    m_english->setCurrentIndex(m_settings.englishVariant == QLatin1String("en_US") ? 1 : 0);
    form->addRow(tr("&English spelling:"), m_english);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QDir siteFolder = QFileInfo(m_site.path()).dir();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Theme Folder"),
            m_theme->text().isEmpty() ? siteFolder.path() : siteFolder.filePath(m_theme->text()));
        if (!chosen.isEmpty())
            m_theme->setText(siteFolder.relativeFilePath(chosen)); // moves with the site
    });
    resize(560, sizeHint().height());
}

SiteSettings SiteSettingsDialog::settings() const
{
    SiteSettings settings = m_settings;
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it)
        settings.siteTitles.insert(it.key(), it.value()->text().trimmed());
    settings.baseUrl = m_baseUrl->text().trimmed();
    settings.untranslated = m_untranslated->currentIndex() == 1
        ? SiteSettings::Untranslated::Fallback
        : SiteSettings::Untranslated::Omit;
    settings.theme = m_theme->text().trimmed();
    settings.newsPerPage = m_newsPerPage->value();
    settings.englishVariant = m_english->currentData().toString();
    return settings;
}

void SiteSettingsDialog::accept()
{
    const SiteSettings wanted = settings();
    if (!wanted.baseUrl.isEmpty()) {
        if (!SiteRepository::isBaseUrl(wanted.baseUrl)) {
            m_problem->setText(tr("The address must be an http(s) address such as "
                                  "https://www.example.org/georgia/."));
            m_problem->show();
            m_baseUrl->setFocus();
            return;
        }
    }
    if (const Status saved = SiteRepository(m_site).save(wanted); !saved) {
        m_problem->setText(saved.error());
        m_problem->show();
        return;
    }
    m_settings = wanted;
    QDialog::accept();
}
