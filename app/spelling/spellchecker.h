#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <memory>

class Hunspell;

// Spell checking in the site's languages with Hunspell 1.7. Words are found with
// QTextBoundaryFinder and each is checked in the language its script says (Georgian letters:
// Georgian; Latin: English), so an English name inside a Georgian text is checked as English.
// Before checking, ’ becomes ', soft hyphens go, and Georgian capitals (Mtavruli) become
// Mkhedruli; a Georgian form with a hyphen (გაეროს-თან) is checked whole before its parts.
// URLs, e-mail addresses, words with digits and all-capital acronyms (IOM, EU) are skipped.
// Three word lists are added to the dictionaries: Georgia's own names in both scripts
// (resources/spelling/georgia-names.txt: Batumi, ბათუმი, with their endings), the user's
// personal list per language (kept in the user's data folder, shared with the command line),
// and the words of the site being edited (its site dictionary, set by whoever opens it).
// Thread-safe.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)

public:
    struct Misspelling
    {
        qsizetype position = 0; // in the text given, UTF-16 units
        qsizetype length = 0;
        QString word; // as it stands in the text
        QString language;
        bool operator==(const Misspelling &) const = default;
    };

    // `englishVariant`: "en_GB" (UN usage) or "en_US".
    explicit SpellChecker(const QString &englishVariant = QStringLiteral("en_GB"));
    ~SpellChecker();
    QString englishVariant() const { return m_englishVariant; }

    // Where dictionaries are looked for, the first that has one winning: the user's folder,
    // $NEWSDESK_DICTIONARIES, the installed data folder, the build tree, /usr/share/hunspell.
    static QStringList dictionaryFolders();
    static QString userFolder(); // $XDG_DATA_HOME/newsdesk/dictionaries
    // The dictionary file name (without .aff/.dic) for a language: ka → ka_GE.
    QString dictionaryName(const QString &language) const;

    // Loads the language's dictionary (once). A missing one is an error that names what was
    // looked for; spelling in that language is then off.
    Status load(const QString &language);
    bool isAvailable(const QString &language) const;
    QStringList problems() const; // one line per language whose dictionary is missing

    // Every misspelling in `text`, in order. Words in a language without a dictionary are
    // not reported.
    QList<Misspelling> check(const QString &text);
    bool isCorrect(const QString &word, const QString &language);
    // Up to `max` suggestions, best first (Georgian takes 40–100 ms: call off the GUI thread
    // or rely on the cache).
    QStringList suggest(const QString &word, const QString &language, int max = 7);
    // Adds to the personal list of the language (kept on disk) and to the dictionary.
    Status addToPersonal(const QString &word, const QString &language);
    // Accepted for this checker's life only.
    void ignore(const QString &word);
    // The site's own words in a language (they replace those set before), as a dictionary
    // word is: "Beridze" also as "BERIDZE", "tbilisoba" also as "Tbilisoba". The caller
    // keeps them in the site (SiteDictionaryRepository).
    void setSiteWords(const QString &language, const QStringList &words);
    void addSiteWord(const QString &word, const QString &language);
    // Where Georgia's names come from (a resource).
    static QString namesFile();

    // The script's language of a word: "ka", "en", or empty for other scripts.
    static QString languageOf(const QString &word);
    // The form a word is checked in: ’ → ', no soft hyphens, Mtavruli → Mkhedruli.
    static QString normalized(const QString &word);

private:
    struct Dictionary;
    Dictionary *dictionary(const QString &language);
    bool checkWord(Dictionary &dictionary, const QString &word);
    bool isSiteWord(const QString &form, const QString &language) const; // m_mutex held

    QString m_englishVariant;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Dictionary>> m_dictionaries;
    QHash<QString, QString> m_problems; // language → message
    QSet<QString> m_ignored;
    QHash<QString, QSet<QString>> m_siteWords; // language → normalised words
};
