#include "exportdialog.h"

#include "environment/appsettings.h"
#include "store/sitedatabase.h"
#include "store/sitelocation.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

ExportDialog::ExportDialog(const QString &sitePath, QWidget *parent)
    : QDialog(parent)
    , m_sitePath(sitePath)
{
    setWindowTitle(tr("Export Site"));
    auto *layout = new QVBoxLayout(this);

    auto *checkLabel = new QLabel(tr("Pre-publish check"), this);
    QFont bold = checkLabel->font();
    bold.setBold(true);
    checkLabel->setFont(bold);
    layout->addWidget(checkLabel);
    m_checkSummary = new QLabel(tr("Checking the site…"), this);
    m_checkSummary->setWordWrap(true);
    layout->addWidget(m_checkSummary);
    m_findings = new QTreeWidget(this);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({ tr("Page"), tr("Problem") });
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setColumnWidth(0, 220);
    layout->addWidget(m_findings, 1);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 page = item->data(0, PageRole).toLongLong();
        const QString language = item->data(0, LanguageRole).toString();
        if (page == 0 || language.isEmpty())
            return; // the site as a whole
        emit openFinding(page, language, item->data(0, TargetRole).toString());
        if (!m_busy)
            accept(); // out of the way of the editor
    });
    m_force = new QCheckBox(tr("Export despite the errors"), this);
    m_force->setVisible(false);
    layout->addWidget(m_force);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->setPlaceholderText(tr("A folder, or a file ending in .zip"));
    row->addWidget(m_destination, 1);
    auto *folder = new QPushButton(tr("Folder…"), this);
    auto *zip = new QPushButton(tr("Zip File…"), this);
    row->addWidget(folder);
    row->addWidget(zip);
    auto *label = new QLabel(tr("Export &to:"), this);
    label->setBuddy(m_destination);
    form->addRow(label, row);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openFolder = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    connect(folder, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(zip, &QPushButton::clicked, this, &ExportDialog::chooseZip);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_force, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QFileInfo info(destination());
        QDesktopServices::openUrl(QUrl::fromLocalFile(
            info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0
                ? info.absolutePath()
                : info.absoluteFilePath()));
    });

    QString last = AppSettings::lastExport(sitePath);
    if (last.isEmpty()) {
        // Beside a site file; a team site's in the home folder, named after its database.
        const auto location = SiteLocation::parse(sitePath);
        last = location && location->kind != SiteLocation::Kind::File
            ? QDir::home().filePath(location->database + QStringLiteral("-site"))
            : QFileInfo(sitePath).absolutePath() + u'/' + QFileInfo(sitePath).completeBaseName()
                + QStringLiteral("-site");
    }
    m_destination->setText(QDir::toNativeSeparators(last));
    resize(720, 480);
    updateButtons();
    runCheck();
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        *m_cancel = true; // a running export stops before it writes anything
}

QString ExportDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

void ExportDialog::setDestination(const QString &destination)
{
    m_destination->setText(QDir::toNativeSeparators(destination));
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export to Folder"), QFileInfo(destination()).absolutePath());
    if (!folder.isEmpty())
        setDestination(folder);
}

void ExportDialog::chooseZip()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export to Zip File"),
        QFileInfo(destination()).absolutePath(), tr("Zip files (*.zip)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        file += QStringLiteral(".zip");
    setDestination(file);
}

void ExportDialog::runCheck()
{
    const QString path = m_sitePath;
    auto *watcher = new QFutureWatcher<Result<QList<SiteCheck::Finding>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showFindings(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<QList<SiteCheck::Finding>> {
        auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
        if (!site)
            return site.failure();
        return SiteCheck::run(**site, {});
    }));
}

void ExportDialog::showFindings(const Result<QList<SiteCheck::Finding>> &findings)
{
    m_findings->clear();
    if (!findings) {
        m_errors = 1;
        m_checkSummary->setText(findings.error());
        updateButtons();
        emit checked(1, 0);
        return;
    }
    for (const SiteCheck::Finding &finding : *findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        const bool error = finding.severity == SiteCheck::Severity::Error;
        item->setIcon(0,
            style()->standardIcon(
                error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        // The page by its title, with its address; a double click opens it at the problem.
        item->setText(0,
            finding.path.isEmpty()        ? tr("Site")
                : finding.title.isEmpty() ? finding.path
                                          : tr("%1 (%2)").arg(finding.title, finding.path));
        item->setToolTip(0, item->text(0));
        item->setText(1, finding.message);
        item->setToolTip(1, finding.message);
        item->setData(0, PageRole, finding.pageId);
        item->setData(0, LanguageRole, finding.language);
        item->setData(0, TargetRole, finding.target);
        item->setData(0, Qt::AccessibleTextRole, error ? tr("Error") : tr("Warning"));
    }
    m_errors = SiteCheck::count(*findings, SiteCheck::Severity::Error);
    const int warnings = SiteCheck::count(*findings, SiteCheck::Severity::Warning);
    if (m_errors == 0 && warnings == 0)
        m_checkSummary->setText(tr("No problems found."));
    else if (m_errors == 0)
        m_checkSummary->setText(tr("No errors; %n warning(s) to look at.", nullptr, warnings));
    else
        m_checkSummary->setText(tr("%n error(s) must be fixed before publishing", nullptr, m_errors)
            + tr(" (and %n warning(s)).", nullptr, warnings));
    m_force->setVisible(m_errors > 0);
    updateButtons();
    emit checked(m_errors, warnings);
}

void ExportDialog::updateButtons()
{
    const bool checkedOk = m_errors == 0 || (m_errors > 0 && m_force->isChecked());
    m_export->setEnabled(!m_busy && checkedOk && !destination().isEmpty());
    m_destination->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Close)->setText(m_busy ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (m_busy || !m_export->isEnabled())
        return;
    const QString out = destination();
    AppSettings::setLastExport(m_sitePath, out);
    m_busy = true;
    m_openFolder->setVisible(false);
    m_status->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    updateButtons();

    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ExportDialog> self(this);
    SiteExporter::Options options;
    options.cancel = m_cancel.get();
    options.progress = [self](SiteExporter::Phase phase, int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, phase, done, total] {
                if (self)
                    self->showProgress(phase, done, total);
            },
            Qt::QueuedConnection);
    };
    const QString path = m_sitePath;
    auto cancel = m_cancel; // kept alive by the task
    auto *watcher = new QFutureWatcher<Result<SiteExporter::Report>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showResult(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([path, out, options, cancel]() -> Result<SiteExporter::Report> {
            auto site = SiteDatabase::open(path, SiteDatabase::Mode::ReadOnly);
            if (!site)
                return site.failure();
            const SiteExporter exporter(**site, options);
            return out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                ? exporter.exportZip(out)
                : exporter.exportTo(out);
        }));
}

void ExportDialog::showProgress(SiteExporter::Phase phase, int done, int total)
{
    if (!m_busy)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(phase == SiteExporter::Phase::Rendering
            ? tr("Rendering pages: %1 of %2").arg(done).arg(total)
            : tr("Writing files: %1 of %2").arg(done).arg(total));
}

void ExportDialog::showResult(const Result<SiteExporter::Report> &result)
{
    m_busy = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(result ? 1 : 0);
    QString summary;
    if (!result) {
        summary = result.kind() == ErrorKind::Cancelled
            ? tr("Export cancelled; the previous bundle was left as it was.")
            : result.error();
    } else if (destination().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        summary = tr("Exported %n file(s) to %1.", nullptr, result->files)
                      .arg(QDir::toNativeSeparators(destination()));
    } else {
        summary = tr("Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.")
                      .arg(QDir::toNativeSeparators(destination()))
                      .arg(result->added)
                      .arg(result->changed)
                      .arg(result->removed)
                      .arg(result->unchanged);
    }
    m_cancel.reset();
    m_status->setText(summary);
    m_openFolder->setVisible(result.ok());
    updateButtons();
    emit finished(result.ok(), summary);
}

void ExportDialog::cancel()
{
    if (m_busy && m_cancel) {
        *m_cancel = true;
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportDialog::reject()
{
    if (m_busy) {
        cancel(); // the dialog stays until the export has stopped
        return;
    }
    QDialog::reject();
}
