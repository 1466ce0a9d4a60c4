#include "syntheticsite.h"

#include "store/pagerepository.h"
#include "store/sitedatabase.h"

namespace {

const QStringList English { "migration", "border", "management", "the", "seminar", "ministry", "of",
    "justice", "participants", "support", "return", "and", "governance", "project", "Georgia",
    "officers", "training" };
const QStringList Georgian { u"მიგრაცია"_qs, u"საზღვარი"_qs, u"მართვა"_qs, u"სემინარი"_qs,
    u"სამინისტრო"_qs, u"იუსტიცია"_qs, u"მონაწილე"_qs, u"მხარდაჭერა"_qs, u"დაბრუნება"_qs, u"და"_qs,
    u"პროექტი"_qs, u"საქართველო"_qs };

QString words(int count, int seed, bool georgian)
{
    const QStringList &vocabulary = georgian ? Georgian : English;
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(vocabulary[(i * 7 + seed) % vocabulary.size()]);
    return out.join(u' ');
}

} // namespace

QString SyntheticSite::body(int wordCount, int seed, qint64 linkTarget, bool georgian)
{
    // Two headings and a four-item list take about 16 words; paragraphs carry the rest.
    const int perParagraph = std::max(10, (wordCount - 16) / 6);
    QString html;
    for (int part = 0; part < 2; ++part) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(words(3, seed + part, georgian));
        for (int p = 0; p < 3; ++p) {
            html += QStringLiteral("<p>%1 <strong>%2</strong> %3 <em>%4</em></p>\n")
                        .arg(words(perParagraph - 4, seed + p, georgian),
                            words(2, seed + 1, georgian), words(1, seed + 2, georgian),
                            words(1, seed + 3, georgian));
        }
    }
    html += QStringLiteral("<ul>\n");
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<li>%1</li>\n").arg(words(2, seed + i, georgian));
    html += QStringLiteral("</ul>\n<p><a href=\"page:%1\">%2</a></p>")
                .arg(QString::number(linkTarget), words(3, seed, georgian));
    return html;
}

Result<qint64> SyntheticSite::populate(SiteDatabase &db, const Shape &shape)
{
    PageRepository pages(db);
    qint64 first = 0;
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
            text.title = QStringLiteral("Article %1 on border management").arg(i + 1);
            text.bodyHtml = body(shape.words, i, page.parentId, false); // links to its section
            const auto id = pages.addPage(page, text);
            if (!id)
                return id.failure();
            if (first == 0)
                first = *id;
            text.pageId = *id;
            text.language = QStringLiteral("ka");
            text.title = u"სტატია %1 საზღვრის მართვაზე"_qs.arg(i + 1);
            text.bodyHtml = body(shape.words, i, page.parentId, true);
            if (auto saved = pages.saveTranslation(text); !saved)
                return saved;
        }
        return {};
    });
    if (!status)
        return status.failure();
    return first;
}
