#include "translationactions.h"

#include "articlepane.h"
#include "content/languages.h"
#include "environment/appsettings.h"
#include "errorbox.h"
#include "pagetreecontroller.h"
#include "session/sitesession.h"
#include "sidebysidedialog.h"
#include "translation/xliff.h"
#include "translationdashboard.h"
#include "xliffexportdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

TranslationActions::TranslationActions(
    SiteSession &session, ArticlePane *pane, PageTreeController *tree, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(pane)
    , m_tree(tree)
    , m_window(window)
{ }

QString TranslationActions::targetLanguage() const
{
    if (!m_session.isOpen())
        return {};
    const SiteSettings &settings = m_session.settings();
    const QString current = m_pane->language();
    if (current != settings.sourceLanguage && settings.languages.contains(current))
        return current;
    for (const QString &language : settings.languages) {
        if (language != settings.sourceLanguage)
            return language;
    }
    return {};
}

void TranslationActions::translateSideBySide(qint64 pageId, const QString &language)
{
    SiteDatabase *site = m_session.database();
    if (!site || pageId == 0 || language.isEmpty())
        return;
    SideBySideDialog dialog(*site, pageId, language, m_spellChecker, m_window);
    if (auto s = dialog.load(); !s) {
        showError(m_window, tr("Cannot Translate This Page"), s.error());
        return;
    }
    connect(&dialog, &SideBySideDialog::saved, this,
        [this](qint64 page, const QString &) { m_tree->refreshPage(page); });
    dialog.exec();
    if (pageId == m_tree->currentPageId())
        m_pane->reload();
}

void TranslationActions::markUpToDate()
{
    SiteDatabase *site = m_session.database();
    const qint64 page = m_tree->currentPageId();
    const QString language = m_pane->language();
    if (!site || page == 0)
        return;
    if (auto s = PageRepository(*site).markUpToDate(page, language); !s) {
        showError(m_window, tr("Cannot Mark as Up to Date"), s.error());
        return;
    }
    m_tree->refreshPage(page);
    emit statusMessage(
        tr("The %1 translation is marked as up to date.").arg(Languages::ownName(language)), 5000);
}

void TranslationActions::showDashboard()
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    auto *dashboard = new TranslationDashboard(*site, m_window);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    if (auto s = dashboard->refresh(); !s) {
        delete dashboard;
        showError(m_window, tr("Cannot Show the Translation Dashboard"), s.error());
        return;
    }
    // The dashboard stays open beside the window: what was typed since is stored first.
    connect(dashboard, &TranslationDashboard::openSideBySide, this,
        [this, dashboard](qint64 page, const QString &language) {
            m_session.command([&] {
                m_tree->selectPage(page);
                translateSideBySide(page, language);
            })();
            if (auto s = dashboard->refresh(); !s)
                emit statusMessage(s.error());
        });
    dashboard->show();
}

void TranslationActions::exportForTranslation()
{
    if (SiteDatabase *site = m_session.database()) {
        XliffExportDialog dialog(*site, m_window);
        dialog.exec();
    }
}

void TranslationActions::importTranslation()
{
    SiteDatabase *site = m_session.database();
    if (!site)
        return;
    QString start = AppSettings::lastTranslationFile(site->path());
    if (start.isEmpty())
        start = QFileInfo(site->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Translation"), start,
        tr("XLIFF files (*.xlf *.xliff);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastTranslationFile(site->path(), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_window, tr("Cannot Import the Translation"),
            tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return;
    }
    const auto imported = Xliff::import(*site, file.readAll(), QFileInfo(path).fileName());
    if (!imported) {
        const QStringList problems = imported.problems().isEmpty()
            ? QStringList { imported.error() }
            : imported.problems();
        QMessageBox box(QMessageBox::Warning, tr("Nothing Was Imported"),
            tr("%n problem(s) in %1; the site was left as it was.", nullptr, int(problems.size()))
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Close, m_window);
        box.setInformativeText(problems.mid(0, 5).join(u'\n'));
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
        return;
    }
    m_tree->reloadTree();
    m_pane->reload();
    QMessageBox::information(m_window, tr("Translation Imported"),
        tr("%1: %n segment(s) applied", nullptr, imported->segments).arg(QFileInfo(path).fileName())
            + u'\n'
            + tr("%n page(s) changed in %1.", nullptr, imported->pages)
                  .arg(Languages::ownName(imported->language)));
}
