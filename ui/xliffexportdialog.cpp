#include "xliffexportdialog.h"

#include "content/languages.h"
#include "environment/appsettings.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "translation/xliff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

enum Pages
{
    NeedsWork,
    Outdated,
    Missing,
    All,
};

} // namespace

XliffExportDialog::XliffExportDialog(SiteDatabase &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setWindowTitle(tr("Export for Translation"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    if (const auto settings = SiteRepository(site).settings()) {
        for (const QString &language : settings->languages) {
            if (language != settings->sourceLanguage)
                m_language->addItem(Languages::ownName(language), language);
        }
    }
    form->addRow(tr("&Translate into:"), m_language);
    m_pages = new QComboBox(this);
    m_pages->addItem(tr("Outdated and missing translations"), NeedsWork);
    m_pages->addItem(tr("Outdated translations"), Outdated);
    m_pages->addItem(tr("Missing translations"), Missing);
    m_pages->addItem(tr("Every page"), All);
    form->addRow(tr("&Pages:"), m_pages);
    m_format = new QComboBox(this);
    m_format->addItem(tr("XLIFF 2.0"), int(Xliff::Version::V2_0));
    m_format->addItem(tr("XLIFF 1.2 (older CAT tools)"), int(Xliff::Version::V1_2));
    form->addRow(tr("&Format:"), m_format);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("XLIFF file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("F&ile:"), fileRow);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("Result"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *write = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    write->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(write, &QPushButton::clicked, this, [this] { (void)exportFile(); });

    const auto suggest = [this] {
        QString last = AppSettings::lastTranslationFile(m_site.path());
        const QString folder = last.isEmpty() ? QFileInfo(m_site.path()).absolutePath()
                                              : QFileInfo(last).absolutePath();
        m_file->setText(QStringLiteral("%1/%2-%3.xlf")
                            .arg(folder, QFileInfo(m_site.path()).completeBaseName(),
                                m_language->currentData().toString()));
    };
    suggest();
    connect(m_language, &QComboBox::currentIndexChanged, this, suggest);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export for Translation"), m_file->text(), tr("XLIFF files (*.xlf *.xliff)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    resize(560, sizeHint().height());
}

void XliffExportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

QString XliffExportDialog::resultText() const
{
    return m_result->text();
}

Status XliffExportDialog::exportFile()
{
    Xliff::ExportOptions options;
    options.language = m_language->currentData().toString();
    options.version = Xliff::Version(m_format->currentData().toInt());
    const int pages = m_pages->currentData().toInt();
    options.onlyOutdated = pages == NeedsWork || pages == Outdated;
    options.onlyMissing = pages == NeedsWork || pages == Missing;
    const QString path = m_file->text().trimmed();
    const auto written = [&]() -> Status {
        if (path.isEmpty())
            return failure(tr("Choose the file to write."));
        const auto exported = Xliff::write(m_site, options);
        if (!exported)
            return exported.failure();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(exported->xml) != exported->xml.size()
            || !file.commit())
            return failure(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
        AppSettings::setLastTranslationFile(m_site.path(), path);
        m_result->setText(
            tr("Wrote %1: %n page(s)", nullptr, exported->pages).arg(QFileInfo(path).fileName())
            + tr(", %n word(s) to translate.", nullptr, exported->words));
        return {};
    }();
    if (!written)
        m_result->setText(written.error());
    return written;
}
