#include "spellingreportdialog.h"

#include "content/languages.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

enum Role
{
    PageRole = Qt::UserRole,
    LanguageRole,
    WordRole,
};

struct Outcome
{
    Result<QList<SpellReport::Entry>> entries = QList<SpellReport::Entry>();
    QStringList problems;
    QString englishVariant;
};

} // namespace

SpellingReportDialog::SpellingReportDialog(const QString &sitePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Spelling Report"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Checking every page…"), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Misspelled words"));
    m_list->setHeaderLabels({ tr("Word"), tr("Language"), tr("Times") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 page = item->data(0, PageRole).toLongLong();
        if (page != 0)
            emit openWord(
                page, item->data(0, LanguageRole).toString(), item->data(0, WordRole).toString());
    });

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        m_englishVariant = outcome.englishVariant;
        list(outcome.entries, outcome.problems);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([sitePath] {
        Outcome outcome;
        auto site = SiteDatabase::open(sitePath, SiteDatabase::Mode::ReadOnly);
        if (!site) {
            outcome.entries = site.failure();
            return outcome;
        }
        const auto settings = SiteRepository(**site).settings();
        if (!settings) {
            outcome.entries = settings.failure();
            return outcome;
        }
        outcome.englishVariant = settings->englishVariant;
        SpellChecker checker(settings->englishVariant);
        outcome.entries = SpellReport::run(**site, checker, settings->languages, &outcome.problems);
        return outcome;
    }));
}

void SpellingReportDialog::list(
    const Result<QList<SpellReport::Entry>> &entries, const QStringList &problems)
{
    if (!entries) {
        m_summary->setText(entries.error());
        emit ready(0);
        return;
    }
    int times = 0;
    for (const SpellReport::Entry &entry : *entries) {
        auto *item = new QTreeWidgetItem(
            m_list, { entry.word, languageLabel(entry.language), QString::number(entry.count) });
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        for (qsizetype i = 0; i < entry.pages.size(); ++i) {
            auto *page = new QTreeWidgetItem(item, { entry.paths[i] });
            page->setData(0, PageRole, entry.pages[i]);
            page->setData(0, LanguageRole, entry.language);
            page->setData(0, WordRole, entry.word);
            page->setToolTip(0, tr("Double-click to open the page at the word"));
        }
        times += entry.count;
    }
    QString summary = entries->isEmpty()
        ? tr("No misspelled words.")
        : tr("%n misspelled word(s)", nullptr, int(entries->size()))
            + tr(
                ", %n time(s) in all. Double-click a page to open it at the word.", nullptr, times);
    if (!problems.isEmpty())
        summary += u'\n' + problems.join(u'\n');
    m_summary->setText(summary);
    emit ready(int(entries->size()));
}

QString SpellingReportDialog::languageLabel(const QString &language) const
{
    if (language == QLatin1String("en"))
        return m_englishVariant == QLatin1String("en_US") ? tr("English (US)") : tr("English (UK)");
    return Languages::displayName(language);
}
