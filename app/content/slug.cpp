#include "slug.h"

#include <array>

namespace {

// Mkhedruli U+10D0 (ა) … U+10F0 (ჰ), national romanization 2002.
constexpr std::array<const char *, 33> GeorgianLatin = {
    "a",
    "b",
    "g",
    "d",
    "e",
    "v",
    "z",
    "t",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "zh",
    "r",
    "s",
    "t",
    "u",
    "p",
    "k",
    "gh",
    "q",
    "sh",
    "ch",
    "ts",
    "dz",
    "ts",
    "ch",
    "kh",
    "j",
    "h",
};

bool isSlugChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

namespace Slug {

QString romanizeGeorgian(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        char16_t u = c.unicode();
        // Mtavruli capitals (U+1C90…) map one to one onto Mkhedruli (U+10D0…).
        if (u >= 0x1C90 && u <= 0x1CB0)
            u = char16_t(u - 0x1C90 + 0x10D0);
        if (u >= 0x10D0 && u <= 0x10F0)
            out += QLatin1String(GeorgianLatin[u - 0x10D0]);
        else
            out += c;
    }
    return out;
}

QString fromTitle(const QString &title)
{
    const QString decomposed
        = romanizeGeorgian(title).normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // é → e
        if (c == u'\'' || c == u'\u2019')
            continue; // don't → dont
        if (isSlugChar(c)) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            pendingHyphen = false;
            slug += c;
        } else {
            pendingHyphen = true;
        }
    }
    if (slug.size() > MaxLength) {
        slug.truncate(MaxLength);
        const qsizetype cut = slug.lastIndexOf(u'-');
        if (cut > MaxLength / 2)
            slug.truncate(cut);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug;
}

bool isValid(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > MaxLength)
        return false;
    if (slug.front() == u'-' || slug.back() == u'-' || slug.contains(QLatin1String("--")))
        return false;
    for (QChar c : slug) {
        if (!isSlugChar(c) && c != u'-')
            return false;
    }
    return true;
}

} // namespace Slug
