#include "searchquery.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace SearchText {

namespace {

bool isWordChar(char32_t c)
{
    if (c < 0x80) // fast paths for English and Georgian (Mkhedruli) letters
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (c >= 0x10D0 && c <= 0x10FA)
        return true;
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_SpacingCombining;
}

// Case endings and postpositions, plural forms first; the longest that fits is taken off.
constexpr std::array<QStringView, 29> GeorgianEndings { u"ებისთვის", u"ებისგან", u"ებისკენ",
    u"ებიდან", u"ებამდე", u"ისთვის", u"ებთან", u"ებით", u"ებზე", u"ებში", u"ების", u"ებმა", u"ებად",
    u"ისგან", u"ისკენ", u"იდან", u"ამდე", u"ები", u"ებს", u"თან", u"ზე", u"ში", u"ით", u"ად", u"ის",
    u"მა", u"ს", u"ი", u"ა" };
constexpr qsizetype MinimumStem = 3;

} // namespace

QString fold(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) { // most of an English text
            out[i] = c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text[i + 1]);
            const char32_t lower = QChar::toCaseFolded(code);
            const bool pair = QChar::requiresSurrogates(lower);
            out[i] = pair ? QChar::highSurrogate(lower) : c;
            out[i + 1] = pair ? QChar::lowSurrogate(lower) : text[i + 1];
            ++i;
            continue;
        }
        const char32_t lower = QChar::toCaseFolded(char32_t(c.unicode()));
        out[i] = QChar::requiresSurrogates(lower) ? c : QChar(char16_t(lower));
    }
    return folded;
}

QList<SearchWord> words(QStringView text)
{
    QList<SearchWord> found;
    found.reserve(text.size() / 6);
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text[i].unicode();
        const qsizetype width
            = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2
                                                                                               : 1;
        if (width == 2)
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
        if (isWordChar(code)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            found.append({ start, i - start });
            start = -1;
        }
        i += width - 1;
    }
    if (start >= 0)
        found.append({ start, text.size() - start });
    return found;
}

bool isGeorgian(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x10A0 && u <= 0x10FF) || (u >= 0x1C90 && u <= 0x1CBF)
            || (u >= 0x2D00 && u <= 0x2D2F);
    });
}

QString georgianStem(const QString &foldedWord)
{
    QString stem = foldedWord;
    for (const QStringView ending : GeorgianEndings) {
        if (stem.size() - ending.size() >= MinimumStem && stem.endsWith(ending)) {
            stem.chop(ending.size());
            break;
        }
    }
    // A stem in -ა or -ი drops it before most endings ("ვაჭრობა" → "ვაჭრობის"; "ვაჭრობაში").
    if (stem.size() > MinimumStem && stem != foldedWord
        && (stem.endsWith(u'ა') || stem.endsWith(u'ი')))
        stem.chop(1);
    return stem;
}

QStringList englishForms(const QString &foldedWord)
{
    const QString &w = foldedWord;
    const auto isVowel = [](QChar c) { return QStringView(u"aeiou").contains(c); };
    QStringList forms;
    if (w.size() < 3
        || !std::all_of(w.begin(), w.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return forms;
    // Singular (words that only look plural aside).
    static const QStringList invariable { QStringLiteral("news"), QStringLiteral("series"),
        QStringLiteral("species"), QStringLiteral("means"), QStringLiteral("always") };
    if (invariable.contains(w))
        return forms;
    if (w.endsWith(u"ies") && w.size() > 4)
        forms << w.chopped(3) + u'y';
    else if (w.endsWith(u"ches") || w.endsWith(u"shes") || w.endsWith(u"sses") || w.endsWith(u"xes")
        || w.endsWith(u"zes"))
        forms << w.chopped(2);
    else if (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        forms << w.chopped(1);
    // Plural, of a word that is not one already.
    if (forms.isEmpty()) {
        if (w.endsWith(u'y') && !isVowel(w.at(w.size() - 2)))
            forms << w.chopped(1) + u"ies";
        else if (w.endsWith(u's') || w.endsWith(u'x') || w.endsWith(u'z') || w.endsWith(u"ch")
            || w.endsWith(u"sh"))
            forms << w + u"es";
        else
            forms << w + u's';
    }
    forms.removeAll(w);
    return forms;
}

} // namespace SearchText

bool SearchQuery::Term::matches(QStringView foldedWord) const
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) {
        return foldedWord.startsWith(p);
    }) || wholes.contains(foldedWord);
}

QString SearchQuery::Term::commonPrefix() const
{
    QStringList all = prefixes + wholes;
    QString common = all.value(0);
    for (const QString &form : std::as_const(all)) {
        qsizetype n = 0;
        while (n < common.size() && n < form.size() && common[n] == form[n])
            ++n;
        common.truncate(n);
    }
    return common;
}

namespace {

SearchQuery::Term termFor(const QString &foldedWord)
{
    SearchQuery::Term term;
    if (SearchText::isGeorgian(foldedWord)) {
        term.prefixes << SearchText::georgianStem(foldedWord);
    } else {
        term.prefixes << foldedWord;
        // Plurals a prefix does not reach ("stories" from "story"; "story" from "stories").
        for (const QString &form : SearchText::englishForms(foldedWord))
            if (!form.startsWith(foldedWord))
                term.wholes << form;
    }
    return term;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    query.m_text = text;
    const QString folded = SearchText::fold(text);
    // Quotes split the text into stretches outside (words) and inside (phrases).
    const QStringList stretches = folded.split(u'"');
    qsizetype offset = 0; // of the stretch in the text (folding keeps places)
    for (qsizetype i = 0; i < stretches.size(); ++i) {
        const QString &stretch = stretches[i];
        const bool quoted = i % 2 == 1;
        Part phrase;
        phrase.phrase = true;
        for (const SearchWord &word : SearchText::words(stretch)) {
            Term term = termFor(stretch.mid(word.start, word.length));
            term.typed = text.mid(offset + word.start, word.length);
            if (quoted)
                phrase.terms << term;
            else
                query.m_parts << Part { { term }, false };
        }
        if (!phrase.terms.isEmpty()) {
            phrase.phrase = phrase.terms.size() > 1;
            query.m_parts << phrase;
        }
        offset += stretch.size() + 1;
    }
    return query;
}

namespace {

// How a store's full-text query writes a word's start, a whole word, words that follow one
// another, either of two, and both.
struct QuerySyntax
{
    QString prefix;
    QString whole;
    QString follows;
    QString either;
    QString both;
};

QString storeQuery(const QList<SearchQuery::Part> &parts, const QuerySyntax &syntax)
{
    QStringList all;
    for (const SearchQuery::Part &part : parts) {
        QStringList words;
        if (part.phrase) {
            // A phrase's word by what all its forms share.
            for (const SearchQuery::Term &term : part.terms)
                words << syntax.prefix.arg(term.commonPrefix());
            all << u'(' + words.join(syntax.follows) + u')';
            continue;
        }
        const SearchQuery::Term &term = part.terms.first();
        for (const QString &prefix : term.prefixes)
            words << syntax.prefix.arg(prefix);
        for (const QString &whole : term.wholes)
            words << syntax.whole.arg(whole);
        all << u'(' + words.join(syntax.either) + u')';
    }
    return all.join(syntax.both);
}

void sortAndDropDuplicates(QList<SearchQuery::Span> &spans)
{
    std::sort(spans.begin(), spans.end(),
        [](const SearchQuery::Span &a, const SearchQuery::Span &b) { return a.start < b.start; });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

} // namespace

QString SearchQuery::ftsExpression() const
{
    return storeQuery(m_parts,
        { QStringLiteral("\"%1\"*"), QStringLiteral("\"%1\""), QStringLiteral(" + "),
            QStringLiteral(" OR "), QStringLiteral(" AND ") });
}

QString SearchQuery::tsQuery() const
{
    return storeQuery(m_parts,
        { QStringLiteral("'%1':*"), QStringLiteral("'%1'"), QStringLiteral(" & "),
            QStringLiteral(" | "), QStringLiteral(" & ") });
}

QString SearchQuery::tsRankQuery() const
{
    return storeQuery(m_parts,
        { QStringLiteral("'%1':*"), QStringLiteral("'%1'"), QStringLiteral(" | "),
            QStringLiteral(" | "), QStringLiteral(" | ") });
}

QList<SearchQuery::Span> SearchQuery::partSpans(
    const Part &part, const QList<SearchWord> &words, const QString &folded)
{
    QList<Span> spans;
    const qsizetype n = part.terms.size();
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < n && all; ++k) {
            const SearchWord &w = words[i + k];
            all = part.terms[k].matches(QStringView(folded).mid(w.start, w.length));
        }
        if (all) {
            const SearchWord &last = words[i + n - 1];
            spans.append({ words[i].start, last.start + last.length - words[i].start });
        }
    }
    return spans;
}

QList<SearchQuery::Span> SearchQuery::find(const QString &text) const
{
    const QString folded = SearchText::fold(text);
    const QList<SearchWord> words = SearchText::words(folded);
    QList<Span> spans;
    for (const Part &part : m_parts) {
        const QList<Span> found = partSpans(part, words, folded);
        if (found.isEmpty())
            return {};
        spans += found;
    }
    sortAndDropDuplicates(spans);
    return spans;
}

QList<SearchQuery::Span> SearchQuery::findAny(const QString &text) const
{
    const QString folded = SearchText::fold(text);
    const QList<SearchWord> words = SearchText::words(folded);
    QList<Span> spans;
    for (const Part &part : m_parts)
        spans += partSpans(part, words, folded);
    sortAndDropDuplicates(spans);
    return spans;
}

QString SearchQuery::snippet(const QString &text, QList<Span> *spans, int width, int lead) const
{
    return cut(text, findAny(text), spans, width, lead);
}

QString SearchQuery::cut(
    const QString &text, const QList<Span> &found, QList<Span> *spans, int width, int lead)
{
    const Span first = found.value(0);
    qsizetype start = std::max<qsizetype>(0, first.start - (lead < 0 ? width / 3 : lead));
    if (start > 0) { // at a word's start
        const qsizetype space = text.indexOf(u' ', start);
        const qsizetype newline = text.indexOf(u'\n', start);
        qsizetype cut = space < 0 ? newline : newline < 0 ? space : std::min(space, newline);
        start = cut >= 0 && cut < first.start ? cut + 1 : first.start;
    }
    qsizetype end = std::min<qsizetype>(text.size(), start + width);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > first.start + first.length)
            end = space;
    }
    QString extract = text.mid(start, end - start);
    extract.replace(u'\n', u' ');
    const qsizetype shift = start > 0 ? 1 : 0;
    if (start > 0)
        extract.prepend(u'…');
    if (end < text.size())
        extract.append(u'…');
    if (spans) {
        spans->clear();
        for (const Span &span : found)
            if (span.start >= start && span.start + span.length <= end)
                spans->append({ span.start - start + shift, span.length });
    }
    return extract;
}

std::optional<SearchQuery::Excerpt> SearchQuery::look(const QString &title, const QString &summary,
    const QString &body, int width, int lead, bool everyPart) const
{
    // Each field folded and split into words once, for the check and the excerpt alike.
    struct Place
    {
        Field field;
        const QString *text;
        QList<Span> spans;
    };
    std::array<Place, 3> places { { { Field::Body, &body, {} }, { Field::Summary, &summary, {} },
        { Field::Title, &title, {} } } };
    QList<bool> found(m_parts.size(), false);
    for (Place &place : places) {
        if (place.text->isEmpty())
            continue;
        const QString folded = SearchText::fold(*place.text);
        const QList<SearchWord> words = SearchText::words(folded);
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const QList<Span> spans = partSpans(m_parts[i], words, folded);
            if (spans.isEmpty())
                continue;
            found[i] = true;
            place.spans += spans;
        }
        sortAndDropDuplicates(place.spans);
    }
    if (everyPart && found.contains(false))
        return std::nullopt;
    Excerpt excerpt;
    for (const Place &place : places) {
        if (place.spans.isEmpty())
            continue;
        const Span first = place.spans.first();
        excerpt.field = place.field;
        excerpt.text = cut(*place.text, place.spans, &excerpt.spans, width, lead);
        excerpt.matched = place.text->mid(first.start, first.length);
        excerpt.occurrence = int(QStringView(*place.text).left(first.start).count(excerpt.matched));
        return excerpt;
    }
    excerpt.text = title;
    return excerpt;
}

std::optional<SearchQuery::Excerpt> SearchQuery::match(
    const QString &title, const QString &summary, const QString &body, int width, int lead) const
{
    return look(title, summary, body, width, lead, true);
}

SearchQuery::Excerpt SearchQuery::excerpt(
    const QString &title, const QString &summary, const QString &body, int width, int lead) const
{
    return *look(title, summary, body, width, lead, false);
}
