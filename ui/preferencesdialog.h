#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Edit › Preferences: what Newsdesk remembers for the user rather than for a site. For now the
// language of the user interface, which takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choices (also what OK does).
    void apply();

private:
    QComboBox *m_language;
    QLabel *m_restart;
};
