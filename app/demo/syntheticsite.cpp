#include "syntheticsite.h"

#include "store/pagerepository.h"
#include "store/sitedatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace {

const QStringList English { "migration", "border", "management", "the", "seminar", "ministry", "of",
    "justice", "participants", "support", "return", "and", "governance", "project", "Georgia",
    "officers", "training" };
const QStringList Georgian { u"მიგრაცია"_qs, u"საზღვარი"_qs, u"მართვა"_qs, u"სემინარი"_qs,
    u"სამინისტრო"_qs, u"იუსტიცია"_qs, u"მონაწილე"_qs, u"მხარდაჭერა"_qs, u"დაბრუნება"_qs, u"და"_qs,
    u"პროექტი"_qs, u"საქართველო"_qs };

// `count` words of a text, the `seed`-th variation.
using Words = std::function<QString(int count, int seed)>;

Words repeated(bool georgian)
{
    return [georgian](int count, int seed) {
        const QStringList &vocabulary = georgian ? Georgian : English;
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(vocabulary[(i * 7 + seed) % vocabulary.size()]);
        return out.join(u' ');
    };
}

// Words drawn by Zipf's law from a vocabulary, from one random sequence per site and language.
class ZipfWords
{
public:
    ZipfWords(QStringList vocabulary, bool georgian, quint32 seed)
        : m_words(std::move(vocabulary))
        , m_georgian(georgian)
        , m_random(seed)
    {
        double sum = 0;
        for (qsizetype rank = 1; rank <= m_words.size(); ++rank)
            m_cumulative.append(sum += 1.0 / double(rank));
    }
    QString words(int count)
    {
        static const QStringList endings { u"ს"_qs, u"ში"_qs, u"ით"_qs, u"ის"_qs, u"ზე"_qs,
            u"თვის"_qs };
        QStringList out;
        for (int i = 0; i < count; ++i) {
            const double at = m_random.generateDouble() * m_cumulative.last();
            const auto found = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), at);
            QString word
                = m_words[std::min<qsizetype>(found - m_cumulative.cbegin(), m_words.size() - 1)];
            if (m_georgian && m_random.bounded(3) == 0)
                word += endings[m_random.bounded(int(endings.size()))];
            out.append(word);
        }
        return out.join(u' ');
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
    bool m_georgian;
    QRandomGenerator m_random;
};

QString bodyOf(int wordCount, qint64 linkTarget, const Words &words, int seed)
{
    // Two headings and a four-item list take about 16 words; paragraphs carry the rest.
    const int perParagraph = std::max(10, (wordCount - 16) / 6);
    QString html;
    for (int part = 0; part < 2; ++part) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(words(3, seed + part));
        for (int p = 0; p < 3; ++p) {
            html += QStringLiteral("<p>%1 <strong>%2</strong> %3 <em>%4</em></p>\n")
                        .arg(words(perParagraph - 4, seed + p), words(2, seed + 1),
                            words(1, seed + 2), words(1, seed + 3));
        }
    }
    html += QStringLiteral("<ul>\n");
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<li>%1</li>\n").arg(words(2, seed + i));
    html += QStringLiteral("</ul>\n<p><a href=\"page:%1\">%2</a></p>")
                .arg(QString::number(linkTarget), words(3, seed));
    return html;
}

} // namespace

QStringList SyntheticSite::dictionaryWords(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression letters(QStringLiteral("^\\p{L}{3,}$"));
    QStringList words;
    file.readLine(); // the count
    while (!file.atEnd()) {
        const QString word = QString::fromUtf8(file.readLine()).section(u'/', 0, 0).trimmed();
        if (letters.match(word).hasMatch() && word == word.toLower())
            words.append(word);
    }
    QRandomGenerator shuffle(19);
    for (qsizetype i = words.size() - 1; i > 0; --i)
        words.swapItemsAt(i, shuffle.bounded(int(i + 1)));
    words.resize(std::min<qsizetype>(words.size(), count));
    return words;
}

QString SyntheticSite::body(int wordCount, int seed, qint64 linkTarget, bool georgian)
{
    return bodyOf(wordCount, linkTarget, repeated(georgian), seed);
}

Result<qint64> SyntheticSite::populate(SiteDatabase &db, const Shape &shape)
{
    PageRepository pages(db);
    qint64 first = 0;
    const bool zipf = !shape.english.isEmpty() && !shape.georgian.isEmpty();
    ZipfWords english(shape.english, false, 7);
    ZipfWords georgian(shape.georgian, true, 11);
    const auto wordsOf = [&](bool inGeorgian) -> Words {
        if (!zipf)
            return repeated(inGeorgian);
        return [&, inGeorgian](int count, int) {
            return inGeorgian ? georgian.words(count) : english.words(count);
        };
    };
    const Status status = db.transaction([&]() -> Status {
        QList<qint64> sections;
        for (int s = 0; s < std::max(1, shape.sections); ++s) {
            PageRepository::NewPage section;
            section.kind = PageKind::Section;
            section.status = PageStatus::Published;
            section.slug = QStringLiteral("section-%1").arg(s + 1);
            Translation text;
            text.language = QStringLiteral("en");
            text.title = QStringLiteral("Section %1").arg(s + 1);
            const auto id = pages.addPage(section, text);
            if (!id)
                return id.failure();
            text.pageId = *id;
            text.language = QStringLiteral("ka");
            text.title = u"განყოფილება %1"_qs.arg(s + 1);
            if (auto saved = pages.saveTranslation(text); !saved)
                return saved;
            sections.append(*id);
        }
        const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < shape.pagesPerLanguage; ++i) {
            PageRepository::NewPage page;
            page.parentId = sections[i % sections.size()];
            page.kind = PageKind::News;
            page.status = PageStatus::Published;
            page.publishAt = start.addSecs(qint64(i) * 3 * 3600);
            page.slug = QStringLiteral("article-%1").arg(i + 1);
            Translation text;
            text.language = QStringLiteral("en");
            text.title = zipf ? english.words(6)
                              : QStringLiteral("Article %1 on border management").arg(i + 1);
            // It links to its section.
            text.bodyHtml = bodyOf(shape.words, page.parentId, wordsOf(false), i);
            const auto id = pages.addPage(page, text);
            if (!id)
                return id.failure();
            if (first == 0)
                first = *id;
            text.pageId = *id;
            text.language = QStringLiteral("ka");
            text.title = zipf ? georgian.words(6) : u"სტატია %1 საზღვრის მართვაზე"_qs.arg(i + 1);
            text.bodyHtml = bodyOf(shape.words, page.parentId, wordsOf(true), i);
            if (auto saved = pages.saveTranslation(text); !saved)
                return saved;
        }
        return {};
    });
    if (!status)
        return status.failure();
    return first;
}
