#pragma once

#include "store/siterepository.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File › Site Settings…: the site's title in each language, its address (base URL), what an
// export does with untranslated pages, a theme folder, news per list page, and the English
// its spelling follows. Saved in one transaction when accepted.
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SiteSettingsDialog(SiteDatabase &site, QWidget *parent = nullptr);

    // What the fields say (for the caller after accept, and for tests).
    SiteSettings settings() const;

public slots:
    void accept() override;

private:
    SiteDatabase &m_site;
    SiteSettings m_settings;
    QMap<QString, QLineEdit *> m_titles;
    QLineEdit *m_baseUrl;
    QComboBox *m_untranslated;
    QLineEdit *m_theme;
    QSpinBox *m_newsPerPage;
    QComboBox *m_english;
    QLabel *m_problem;
};
