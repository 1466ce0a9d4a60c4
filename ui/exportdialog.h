#pragma once

#include "publish/sitecheck.h"
#include "publish/siteexporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// File › Export…: the pre-publish check's findings, the destination (a folder or a .zip), a
// progress bar, Cancel (which leaves the previous bundle as it was), a summary and Open
// Folder. The check and the export run off the GUI thread on their own connection to the
// site file.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &sitePath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString destination() const;
    void setDestination(const QString &destination);
    bool isBusy() const { return m_busy; }

public slots:
    void startExport();
    void cancel();

signals:
    void checked(int errors, int warnings);
    void finished(bool ok, const QString &summary);
    // A finding was double-clicked (or Enter pressed on it): its page in its language, and
    // the href or src of the link or image it is about (may be empty).
    void openFinding(qint64 pageId, const QString &language, const QString &target);

protected:
    void reject() override;

private:
    enum Role
    {
        PageRole = Qt::UserRole + 1,
        LanguageRole,
        TargetRole,
    };
    void runCheck();
    void showFindings(const Result<QList<SiteCheck::Finding>> &findings);
    void showProgress(SiteExporter::Phase phase, int done, int total);
    void showResult(const Result<SiteExporter::Report> &result);
    void updateButtons();
    void chooseFolder();
    void chooseZip();

    QString m_sitePath;
    QTreeWidget *m_findings;
    QLabel *m_checkSummary;
    QCheckBox *m_force;
    QLineEdit *m_destination;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QDialogButtonBox *m_buttons;
    int m_errors = -1; // -1: not checked yet
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
