#include "pagefields.h"

#include "body/articlebody.h"
#include "command.h"
#include "content/slug.h"

namespace {
const QString Lang = QStringLiteral("lang");
const QString Title = QStringLiteral("title");
const QString Summary = QStringLiteral("summary");
const QString BodyFile = QStringLiteral("body-file");
const QString StatusOption = QStringLiteral("status");
const QString SlugOption = QStringLiteral("slug");
const QString Date = QStringLiteral("date");
} // namespace

void PageFields::describe(QCommandLineParser &parser)
{
    parser.addOption({ Lang, tr("Language of the text (en, ka)."), tr("L") });
    parser.addOption({ Title, tr("Title."), tr("T") });
    parser.addOption({ Summary, tr("Summary (one paragraph of plain text)."), tr("S") });
    parser.addOption({ BodyFile, tr("UTF-8 file holding the body HTML."), tr("F") });
    parser.addOption({ StatusOption, tr("draft, review or published."), tr("S") });
    parser.addOption({ SlugOption, tr("URL slug (a-z, 0-9, hyphens)."), tr("SLUG") });
    parser.addOption(
        { Date, tr("Publish date, e.g. 2020-11-25 or 2020-11-25T10:00:00Z."), tr("D") });
}

Result<PageFields> PageFields::read(const QCommandLineParser &parser)
{
    PageFields fields;
    fields.language = parser.value(Lang);
    if (fields.language.isEmpty())
        return failure(tr("--lang is required"));
    if (parser.isSet(Title)) {
        fields.title = parser.value(Title).trimmed();
        if (fields.title->isEmpty())
            return failure(tr("--title: the title must not be empty"));
    }
    if (parser.isSet(Summary))
        fields.summary = parser.value(Summary).trimmed();
    if (parser.isSet(BodyFile)) {
        const QString path = parser.value(BodyFile);
        const auto body = Command::readTextFile(path);
        if (!body)
            return body.failure();
        // Stored bodies are canonical: whatever the file holds goes through the sanitizer.
        HtmlSanitizer::Options options;
        options.documentLanguage = fields.language;
        const auto canonical = ArticleBody::sanitize(*body, options);
        if (!canonical)
            return failure(QStringLiteral("%1: %2").arg(path, canonical.error()));
        fields.bodyHtml = *canonical;
    }
    if (parser.isSet(StatusOption)) {
        fields.status = pageStatusFromName(parser.value(StatusOption));
        if (!fields.status)
            return failure(tr("--status: '%1' is not one of draft, review, published")
                               .arg(parser.value(StatusOption)));
    }
    if (parser.isSet(SlugOption)) {
        fields.slug = parser.value(SlugOption);
        if (!Slug::isValid(*fields.slug))
            return failure(tr("--slug: '%1' is not valid: use a-z, 0-9 and single hyphens, at "
                              "most %2 characters")
                               .arg(*fields.slug)
                               .arg(Slug::MaxLength));
    }
    if (parser.isSet(Date)) {
        const auto date = Command::parseDate(Date, parser.value(Date));
        if (!date)
            return date.failure();
        fields.publishAt = *date;
    }
    return fields;
}

void PageFields::applyTo(Translation &translation) const
{
    translation.language = language;
    if (title)
        translation.title = *title;
    if (summary)
        translation.summary = *summary;
    if (bodyHtml)
        translation.bodyHtml = *bodyHtml;
}

void PageFields::applyTo(Page &page) const
{
    if (status)
        page.status = *status;
    if (slug)
        page.slug = *slug;
    if (publishAt)
        page.publishAt = *publishAt;
}
