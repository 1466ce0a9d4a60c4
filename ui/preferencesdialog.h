#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Edit › Preferences: what Newsdesk remembers for the user rather than for a site: the name
// the revision history records for their saves, and the language of the user interface,
// which takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choices (also what OK does).
    void apply();

private:
    QLineEdit *m_name;
    QComboBox *m_language;
    QLabel *m_restart;
};
