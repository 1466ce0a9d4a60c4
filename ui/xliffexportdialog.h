#pragma once

#include "core/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class SiteDatabase;

// File › Export for Translation: which language, which pages (all, outdated, missing), which
// XLIFF version, and where; writes the file for a CAT tool.
class XliffExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit XliffExportDialog(SiteDatabase &site, QWidget *parent = nullptr);

    void setFile(const QString &path);
    // Writes the file as chosen; the outcome is also shown in the dialog.
    Status exportFile();
    QString resultText() const;

private:
    SiteDatabase &m_site;
    QComboBox *m_language;
    QComboBox *m_pages;
    QComboBox *m_format;
    QLineEdit *m_file;
    QLabel *m_result;
};
