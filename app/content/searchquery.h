#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The words of a text and the folding both sides of a search use.
struct SearchWord
{
    qsizetype start = 0;
    qsizetype length = 0;
};

namespace SearchText {

// Case folded code point by code point, keeping the length (so places in the folded text are
// places in the text): Latin and the like lower case, Mtavruli as Mkhedruli.
QString fold(QStringView text);
QList<SearchWord> words(QStringView text);
bool isGeorgian(QStringView word);
// A Georgian word's stem: the word without its longest case ending or postposition that
// leaves at least three letters ("საქართველოში" → "საქართველო", "ვაჭრობა" → "ვაჭრობ").
QString georgianStem(const QString &foldedWord);
// English singular and plural of a folded word ("stories" → "story", "story" → "stories").
QStringList englishForms(const QString &foldedWord);

} // namespace SearchText

// What a search of the site's texts looks for, and where it is found in a text.
//
// Words are runs of letters and digits; case is folded, Georgian Mtavruli as Mkhedruli. A
// Georgian word finds its inflected forms: its stem, without one case ending or postposition
// ("საქართველოში", "ადამიანით" → "საქართველო", "ადამიან"), matches the start of a word, as
// Georgian adds those to the stem ("საქართველოს", "ადამიანები"). Other words match the start of
// a word too (results as you type), and English plurals both ways ("stories" finds "story",
// "story" finds "stories"). Every word must be found (in any order and field); words in
// double quotes are a phrase and must follow one another.
class SearchQuery
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Span &) const = default;
    };

    // One word of the query and the words of a text it matches (all case folded).
    struct Term
    {
        QString typed; // as typed
        QStringList prefixes; // a word that starts with one of these matches
        QStringList wholes; // a word equal to one of these matches
        bool matches(QStringView foldedWord) const;
        // The longest start every word it matches shares (for the stores' indexes).
        QString commonPrefix() const;
    };

    // A single word (one term) or a quoted phrase (terms that follow one another).
    struct Part
    {
        QList<Term> terms;
        bool phrase = false;
    };

    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QList<Part> &parts() const { return m_parts; }
    const QString &text() const { return m_text; }

    // The query for an SQLite FTS5 table: a superset of what matches() accepts.
    QString ftsExpression() const;
    // The query for PostgreSQL's to_tsquery('simple', …): a superset of what matches() accepts,
    // a phrase's words in any places (its GIN index answers that alone; to check the places,
    // PostgreSQL reads every candidate's words: four times as slow for two common words).
    QString tsQuery() const;
    // What PostgreSQL's ts_rank weighs a matching text by: every word of tsQuery(), any of
    // them. Ranked by the query itself, phrases and words that must all be there are weighed
    // by the distances of every pair of their places: on a site where every text has the words,
    // six times as slow (bench_textsearch).
    QString tsRankQuery() const;

    // Where each part is found in `text` (words as they are written there), in text order;
    // empty when a part is missing.
    QList<Span> find(const QString &text) const;
    // Where any part is found in `text`, in text order (a text may hold only some parts: a
    // title without the words of the body).
    QList<Span> findAny(const QString &text) const;

    // A short extract of `text` around its first match, about `width` characters starting
    // about `lead` characters before it (-1: a third of the width), cut at words, with "…"
    // where it was cut; `spans` receives the matches' places in it.
    QString snippet(const QString &text, QList<Span> *spans, int width = 140, int lead = -1) const;

    // Where a result shows its match: the body's words if it has some there, else the
    // summary's, else the title's.
    enum class Field
    {
        Title,
        Summary,
        Body,
    };
    struct Excerpt
    {
        Field field = Field::Title;
        QString text;
        QList<Span> spans; // in `text`
        QString matched; // the first match as written in the field
        int occurrence = 0; // how many times `matched` is in the field before it
    };
    Excerpt excerpt(const QString &title, const QString &summary, const QString &body,
        int width = 140, int lead = -1) const;
    // The excerpt of a text that holds every part of the query (in any of its fields; a phrase
    // within one); none when a part is missing. One pass over each field.
    std::optional<Excerpt> match(const QString &title, const QString &summary, const QString &body,
        int width = 140, int lead = -1) const;

private:
    std::optional<Excerpt> look(const QString &title, const QString &summary, const QString &body,
        int width, int lead, bool everyPart) const;
    static QString cut(
        const QString &text, const QList<Span> &found, QList<Span> *spans, int width, int lead);
    static QList<Span> partSpans(
        const Part &part, const QList<SearchWord> &words, const QString &folded);

    QString m_text;
    QList<Part> m_parts;
};
