#include "spellchecker.h"

#include "environment/datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextBoundaryFinder>

#include <hunspell/hunspell.hxx>

struct SpellChecker::Dictionary
{
    QString language;
    std::unique_ptr<Hunspell> hunspell;
    QStringEncoder encode;
    QStringDecoder decode;
    QHash<QString, bool> cache; // word → correct
    QHash<QString, QStringList> suggestions;
    QMutex mutex; // Hunspell itself is not safe to share between threads
};

namespace {

bool isGeorgian(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x10A0 && u <= 0x10FF) || (u >= 0x1C90 && u <= 0x1CBF)
        || (u >= 0x2D00 && u <= 0x2D2F);
}

bool isLatin(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

QString personalFile(const QString &language)
{
    return SpellChecker::userFolder() + QStringLiteral("/personal-%1.txt").arg(language);
}

// A dictionary word whose affixes a name takes: the possessive in English, the case endings
// in Georgian (every Georgian place name in the dictionary has the same flags as თბილისი).
QString modelWord(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("Tbilisi");
    if (language == QLatin1String("ka"))
        return QStringLiteral("თბილისი");
    return {};
}

// Georgia's names in one language: each line's words, those with a hyphen also in parts.
QStringList namesIn(const QString &language)
{
    QFile file(SpellChecker::namesFile());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (SpellChecker::languageOf(word) != language)
                continue;
            words.append(word);
            if (word.contains(u'-'))
                words += word.split(u'-', Qt::SkipEmptyParts);
        }
    }
    words.removeDuplicates();
    return words;
}

} // namespace

QString SpellChecker::namesFile()
{
    return QStringLiteral(":/spelling/georgia-names.txt");
}

SpellChecker::SpellChecker(const QString &englishVariant)
    : m_englishVariant(englishVariant)
{ }

SpellChecker::~SpellChecker() = default;

QString SpellChecker::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/newsdesk/dictionaries");
}

QStringList SpellChecker::dictionaryFolders()
{
    QStringList folders { userFolder() };
    if (const QString own = qEnvironmentVariable("NEWSDESK_DICTIONARIES"); !own.isEmpty())
        folders.append(own);
    for (const QString &data : DataPaths::folders())
        folders.append(data + QStringLiteral("/dictionaries"));
    folders.append(QStringLiteral("/usr/share/hunspell"));
    folders.removeDuplicates();
    return folders;
}

QString SpellChecker::dictionaryName(const QString &language) const
{
    if (language == QLatin1String("en"))
        return m_englishVariant;
    if (language == QLatin1String("ka"))
        return QStringLiteral("ka_GE");
    return language;
}

Status SpellChecker::load(const QString &language)
{
    QMutexLocker lock(&m_mutex);
    if (m_dictionaries.contains(language))
        return {};
    const QString name = dictionaryName(language);
    QString aff, dic;
    for (const QString &folder : dictionaryFolders()) {
        const QDir dir(folder);
        if (dir.exists(name + QStringLiteral(".aff"))
            && dir.exists(name + QStringLiteral(".dic"))) {
            aff = dir.filePath(name + QStringLiteral(".aff"));
            dic = dir.filePath(name + QStringLiteral(".dic"));
            break;
        }
    }
    if (aff.isEmpty()) {
        const QString message
            = tr("No %1 dictionary (%2.aff/.dic) in %3: spelling in that language is off")
                  .arg(language, name, dictionaryFolders().join(QLatin1String(", ")));
        m_problems.insert(language, message);
        return failure(message);
    }
    auto dictionary = std::make_shared<Dictionary>();
    dictionary->hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    // Each dictionary says its encoding (SET in the .aff); words go to it in that one.
    const QByteArray encoding
        = QByteArray::fromStdString(dictionary->hunspell->get_dict_encoding());
    dictionary->encode = QStringEncoder(encoding.constData());
    dictionary->decode = QStringDecoder(encoding.constData());
    if (!dictionary->encode.isValid() || !dictionary->decode.isValid()) {
        dictionary->encode = QStringEncoder(QStringEncoder::Utf8);
        dictionary->decode = QStringDecoder(QStringDecoder::Utf8);
    }
    dictionary->language = language;
    // Georgia's names, with the affixes of a name the dictionary knows.
    const std::string model = QByteArray(dictionary->encode(modelWord(language))).toStdString();
    for (const QString &name : namesIn(language)) {
        const std::string word = QByteArray(dictionary->encode(normalized(name))).toStdString();
        if (model.empty() || dictionary->hunspell->add_with_affix(word, model) != 0)
            dictionary->hunspell->add(word);
    }
    // The user's own words.
    QFile personal(personalFile(language));
    if (personal.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList words = QString::fromUtf8(personal.readAll()).split(u'\n');
        for (const QString &word : words) {
            if (!word.trimmed().isEmpty())
                dictionary->hunspell->add(
                    QByteArray(dictionary->encode(normalized(word.trimmed()))).toStdString());
        }
    }
    m_dictionaries.insert(language, dictionary);
    m_problems.remove(language);
    return {};
}

bool SpellChecker::isAvailable(const QString &language) const
{
    QMutexLocker lock(&m_mutex);
    return m_dictionaries.contains(language);
}

QStringList SpellChecker::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems.values();
}

SpellChecker::Dictionary *SpellChecker::dictionary(const QString &language)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto found = m_dictionaries.constFind(language); found != m_dictionaries.cend())
            return found->get();
        if (m_problems.contains(language))
            return nullptr;
    }
    return load(language) ? dictionary(language) : nullptr;
}

QString SpellChecker::languageOf(const QString &word)
{
    for (QChar c : word) {
        if (isGeorgian(c))
            return QStringLiteral("ka");
        if (isLatin(c))
            return QStringLiteral("en");
    }
    return {};
}

QString SpellChecker::normalized(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u == 0x00AD) // soft hyphen
            continue;
        if (u == 0x2019 || u == 0x02BC)
            out += u'\'';
        else if ((u >= 0x1C90 && u <= 0x1CBA) || (u >= 0x1CBD && u <= 0x1CBF))
            out += QChar(char16_t(u - 0x1C90 + 0x10D0)); // Mtavruli → Mkhedruli
        else
            out += c;
    }
    return out;
}

bool SpellChecker::checkWord(Dictionary &dictionary, const QString &word)
{
    const QString form = normalized(word);
    {
        QMutexLocker lock(&m_mutex);
        if (m_ignored.contains(form) || isSiteWord(form, dictionary.language))
            return true;
    }
    QMutexLocker lock(&dictionary.mutex);
    if (const auto known = dictionary.cache.constFind(form); known != dictionary.cache.cend())
        return *known;
    const QByteArray encoded = dictionary.encode(form);
    const bool correct
        = !dictionary.encode.hasError() && dictionary.hunspell->spell(encoded.toStdString());
    dictionary.cache.insert(form, correct);
    return correct;
}

bool SpellChecker::isCorrect(const QString &word, const QString &language)
{
    Dictionary *found = dictionary(language);
    return !found || checkWord(*found, word);
}

QList<SpellChecker::Misspelling> SpellChecker::check(const QString &text)
{
    QList<Misspelling> misspellings;
    // Addresses are not words.
    static const QRegularExpression skip(
        QStringLiteral(R"((?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<QPair<qsizetype, qsizetype>> skipped;
    for (auto it = skip.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        skipped.append({ match.capturedStart(), match.capturedEnd() });
    }
    const auto isSkipped = [&](qsizetype start, qsizetype end) {
        return std::any_of(skipped.cbegin(), skipped.cend(),
            [&](const auto &range) { return start < range.second && end > range.first; });
    };

    // Words, with their places.
    struct Word
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Word> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            qsizetype from = start, to = end;
            while (from < to && (text[from] == u'\'' || text[from] == QChar(0x2019)))
                ++from; // quotes around a word are not part of it
            while (to > from && (text[to - 1] == u'\'' || text[to - 1] == QChar(0x2019)))
                --to;
            bool letters = false;
            for (qsizetype i = from; i < to && !letters; ++i)
                letters = text[i].isLetter();
            if (letters)
                words.append({ from, to });
        }
        start = end;
    }

    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &word = words[i];
        const QString piece = text.mid(word.start, word.end - word.start);
        if (isSkipped(word.start, word.end))
            continue;
        if (std::any_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        const QString language = languageOf(piece);
        if (language.isEmpty())
            continue;
        // IOM, EU, UNHCR: acronyms are not checked.
        if (language == QLatin1String("en") && piece.size() >= 2
            && std::none_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isLower(); }))
            continue;
        Dictionary *found = dictionary(language);
        if (!found)
            continue;
        // A Georgian form with hyphens (გაეროს-თან): whole first; if it is right, so are its
        // parts.
        if (language == QLatin1String("ka")) {
            qsizetype last = i;
            while (last + 1 < words.size() && words[last + 1].start == words[last].end + 1
                && text[words[last].end] == u'-'
                && languageOf(
                       text.mid(words[last + 1].start, words[last + 1].end - words[last + 1].start))
                    == QLatin1String("ka"))
                ++last;
            if (last > i) {
                const QString whole = text.mid(word.start, words[last].end - word.start);
                if (checkWord(*found, whole)) {
                    i = last;
                    continue;
                }
            }
        }
        if (!checkWord(*found, piece))
            misspellings.append({ word.start, word.end - word.start, piece, language });
    }
    return misspellings;
}

QStringList SpellChecker::suggest(const QString &word, const QString &language, int max)
{
    Dictionary *found = dictionary(language);
    if (!found)
        return {};
    const QString form = normalized(word);
    QMutexLocker lock(&found->mutex);
    if (const auto known = found->suggestions.constFind(form); known != found->suggestions.cend())
        return known->mid(0, max);
    QStringList list;
    for (const std::string &suggestion :
        found->hunspell->suggest(QByteArray(found->encode(form)).toStdString())) {
        list.append(found->decode(QByteArray::fromStdString(suggestion)));
    }
    found->suggestions.insert(form, list);
    return list.mid(0, max);
}

Status SpellChecker::addToPersonal(const QString &word, const QString &language)
{
    const QString form = normalized(word.trimmed());
    if (form.isEmpty() || form.contains(u'\n'))
        return failure(tr("'%1' cannot be added to the dictionary").arg(word));
    const QString path = personalFile(language);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList words;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly | QIODevice::Text))
        words = QString::fromUtf8(existing.readAll()).split(u'\n', Qt::SkipEmptyParts);
    existing.close();
    if (!words.contains(form)) {
        words.append(form);
        words.sort();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
            || file.write(words.join(u'\n').toUtf8() + '\n') < 0 || !file.commit())
            return failure(tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    if (Dictionary *found = dictionary(language)) {
        QMutexLocker lock(&found->mutex);
        found->hunspell->add(QByteArray(found->encode(form)).toStdString());
        found->cache.insert(form, true);
    }
    return {};
}

void SpellChecker::ignore(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    m_ignored.insert(normalized(word));
}

bool SpellChecker::isSiteWord(const QString &form, const QString &language) const
{
    const auto found = m_siteWords.constFind(language);
    if (found == m_siteWords.cend() || found->isEmpty() || form.isEmpty())
        return false;
    if (found->contains(form))
        return true;
    // As Hunspell treats its words: a word also stands capitalised at a sentence's start, and
    // any word in capitals.
    const QString lower = form.toLower();
    const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
    if (form == capitalised && found->contains(lower))
        return true;
    return form == form.toUpper() && (found->contains(lower) || found->contains(capitalised));
}

void SpellChecker::setSiteWords(const QString &language, const QStringList &words)
{
    QSet<QString> set;
    for (const QString &word : words)
        set.insert(normalized(word.trimmed()));
    QMutexLocker lock(&m_mutex);
    m_siteWords.insert(language, set);
}

void SpellChecker::addSiteWord(const QString &word, const QString &language)
{
    QMutexLocker lock(&m_mutex);
    m_siteWords[language].insert(normalized(word.trimmed()));
}
