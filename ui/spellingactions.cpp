#include "spellingactions.h"

#include "articleeditor.h"
#include "articlepane.h"
#include "environment/appsettings.h"
#include "session/sitesession.h"
#include "spelling/sitedictionary.h"
#include "spelling/spellhighlighter.h"
#include "spellingreportdialog.h"

#include <QAction>

SpellingActions::SpellingActions(SiteSession &session, ArticlePane *pane, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(pane)
    , m_window(window)
    , m_checkAction(new QAction(tr("Check &Spelling"), this))
{
    ArticleEditor *editor = m_pane->editor();
    use(m_checker->englishVariant());
    m_checkAction->setCheckable(true);
    m_checkAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_checkAction->setChecked(AppSettings::windowState(QStringLiteral("spelling")) != "off");
    editor->setSpellChecking(m_checkAction->isChecked());
    connect(m_checkAction, &QAction::toggled, this, [editor](bool on) {
        editor->setSpellChecking(on);
        AppSettings::setWindowState(QStringLiteral("spelling"), on ? "on" : "off");
    });
}

SpellingActions::~SpellingActions()
{
    m_pane->editor()->setSpellChecker(nullptr); // before the checker goes
}

void SpellingActions::use(const QString &englishVariant)
{
    // Spelling in both languages, as you type; a missing dictionary says so and turns only
    // its language off.
    ArticleEditor *editor = m_pane->editor();
    if (m_checker->englishVariant() != englishVariant || !editor->spellHighlighter()) {
        const bool on = editor->isSpellChecking() || !m_checkAction->isCheckable();
        editor->setSpellChecker(nullptr);
        m_checker = std::make_unique<SpellChecker>(englishVariant);
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
            if (const Status loaded = m_checker->load(language); !loaded) {
                qWarning("%s", qPrintable(loaded.error()));
                emit statusMessage(loaded.error(), 15000);
            }
        }
        editor->setSpellChecker(m_checker.get());
        editor->setSpellChecking(on);
        emit checkerChanged(m_checker.get());
    }
    // The site's own dictionary (another site's words go).
    if (SiteDatabase *site = m_session.database()) {
        QStringList languages { QStringLiteral("en"), QStringLiteral("ka") };
        languages += m_session.settings().languages;
        languages.removeDuplicates();
        if (const Status loaded = SiteDictionary::loadInto(*site, *m_checker, languages); !loaded)
            emit statusMessage(loaded.error(), 15000);
        if (SpellHighlighter *highlighter = editor->spellHighlighter())
            highlighter->rehighlight();
    }
}

QString SpellingActions::dictionaryList() const
{
    QStringList lines;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ka") }) {
        const QString name = m_checker->dictionaryName(language);
        lines.append(m_checker->isAvailable(language)
                ? name
                : tr("%1 (missing: spelling in this language is off)").arg(name));
    }
    return lines.join(QLatin1String(", "));
}

void SpellingActions::showReport()
{
    if (!m_session.isOpen())
        return;
    auto *dialog = new SpellingReportDialog(m_session.path(), m_window); // it reads the store
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpellingReportDialog::openWord, this, &SpellingActions::openWord);
    dialog->show();
}
