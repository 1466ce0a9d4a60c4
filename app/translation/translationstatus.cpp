#include "translationstatus.h"

#include "body/articlebody.h"
#include "body/wordcount.h"
#include "content/languages.h"
#include "content/pagetree.h"
#include "core/timestamps.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"
#include "store/translationbasisrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int wordsOf(const Translation &text)
{
    return WordCount::ofText(text.title) + WordCount::ofText(text.summary)
        + WordCount::ofBody(text.bodyHtml);
}

} // namespace

Result<QList<TranslationStatus::Row>> TranslationStatus::collect(
    SiteDatabase &db, const QStringList &languages)
{
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return settings.failure();
    const QString source = settings->sourceLanguage;
    QStringList targets = languages;
    if (targets.isEmpty()) {
        targets = settings->languages;
        targets.removeAll(source);
    }

    PageRepository pages(db);
    const auto listing = pages.listing(PageRepository::ListingParts::PagesOnly);
    if (!listing)
        return listing.failure();
    const PageTree tree(*listing);
    const auto sourceTexts = pages.translations(source);
    if (!sourceTexts)
        return sourceTexts.failure();

    QList<Row> rows;
    for (const QString &language : targets) {
        const auto texts = pages.translations(language, PageRepository::TextParts::WithoutBody);
        if (!texts)
            return texts.failure();
        for (const qint64 id : tree.depthFirst()) {
            const PageListing &page = *tree.find(id);
            const auto sourceText = sourceTexts->constFind(page.page.id);
            if (sourceText == sourceTexts->cend())
                continue; // nothing to translate
            Row row;
            row.pageId = page.page.id;
            row.path = tree.path(page.page.id);
            row.title = sourceText->title;
            row.kind = page.page.kind;
            row.pageStatus = page.page.status;
            row.language = language;
            row.sourceWords = wordsOf(*sourceText);
            row.sourceChanged = sourceText->updatedAt;
            const auto text = texts->constFind(page.page.id);
            row.state = translationState(
                text == texts->cend() ? nullptr : &*text, &*sourceText, language == source);
            if (text != texts->cend())
                row.translationChanged = text->updatedAt;
            switch (row.state) {
            case TranslationState::Missing:
                row.wordsToTranslate = row.sourceWords;
                break;
            case TranslationState::Outdated: {
                const auto basis = TranslationBasisRepository(db).read(page.page.id, language);
                if (!basis)
                    return basis.failure();
                const QList<SegmentChange> changes
                    = Segments::diff(basis->records, Segments::of(*sourceText));
                row.changes = int(changes.size());
                row.wordsToTranslate = text->openWords;
                for (const SegmentChange &change : changes)
                    row.wordsToTranslate += Segments::words(change.newText);
                break;
            }
            default:
                row.wordsToTranslate = text->openWords;
                break;
            }
            rows.append(row);
        }
    }
    return rows;
}

QList<TranslationStatus::Totals> TranslationStatus::totals(const QList<Row> &rows)
{
    QList<Totals> list;
    for (const Row &row : rows) {
        if (list.isEmpty() || list.last().language != row.language)
            list.append(Totals { row.language });
        Totals &totals = list.last();
        ++totals.pages;
        totals.wordsToTranslate += row.wordsToTranslate;
        switch (row.state) {
        case TranslationState::UpToDate:
        case TranslationState::Source:
            ++totals.upToDate;
            break;
        case TranslationState::InProgress:
            ++totals.inProgress;
            break;
        case TranslationState::Outdated:
            ++totals.outdated;
            break;
        case TranslationState::Missing:
            ++totals.missing;
            break;
        }
    }
    return list;
}

QString TranslationStatus::summary(const Totals &totals, const QLocale &locale)
{
    return tr("%1: %2 of %3 pages up to date, %4 in progress, %5 outdated, %6 missing; %7 "
              "words to translate")
        .arg(Languages::displayName(totals.language), locale.toString(totals.upToDate),
            locale.toString(totals.pages), locale.toString(totals.inProgress),
            locale.toString(totals.outdated), locale.toString(totals.missing),
            locale.toString(totals.wordsToTranslate));
}

QString TranslationStatus::stateLabel(TranslationState state)
{
    switch (state) {
    case TranslationState::Missing:
        return tr("missing");
    case TranslationState::InProgress:
        return tr("in progress");
    case TranslationState::UpToDate:
        return tr("up to date");
    case TranslationState::Outdated:
        return tr("outdated");
    case TranslationState::Source:
        break;
    }
    return tr("source");
}

QByteArray TranslationStatus::toJson(const QList<Row> &rows)
{
    QJsonArray pages;
    for (const Row &row : rows) {
        QJsonObject object { { QStringLiteral("page"), row.pageId },
            { QStringLiteral("path"), row.path }, { QStringLiteral("title"), row.title },
            { QStringLiteral("kind"), pageKindName(row.kind) },
            { QStringLiteral("pageStatus"), pageStatusName(row.pageStatus) },
            { QStringLiteral("language"), row.language },
            { QStringLiteral("state"), translationStateName(row.state) },
            { QStringLiteral("sourceWords"), row.sourceWords },
            { QStringLiteral("wordsToTranslate"), row.wordsToTranslate },
            { QStringLiteral("sourceChanged"), Timestamps::toStored(row.sourceChanged) } };
        if (row.translationChanged.isValid())
            object.insert(
                QStringLiteral("translationChanged"), Timestamps::toStored(row.translationChanged));
        if (row.state == TranslationState::Outdated)
            object.insert(QStringLiteral("changes"), row.changes);
        pages.append(object);
    }
    QJsonArray totals;
    for (const Totals &total : TranslationStatus::totals(rows)) {
        totals.append(QJsonObject { { QStringLiteral("language"), total.language },
            { QStringLiteral("pages"), total.pages },
            { QStringLiteral("upToDate"), total.upToDate },
            { QStringLiteral("inProgress"), total.inProgress },
            { QStringLiteral("outdated"), total.outdated },
            { QStringLiteral("missing"), total.missing },
            { QStringLiteral("wordsToTranslate"), total.wordsToTranslate } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("totals"), totals }, { QStringLiteral("pages"), pages } })
        .toJson(QJsonDocument::Indented);
}

Result<QList<SegmentChange>> TranslationStatus::changes(
    SiteDatabase &db, qint64 pageId, const QString &language)
{
    const auto settings = SiteRepository(db).settings();
    if (!settings)
        return settings.failure();
    PageRepository pages(db);
    const auto source = pages.translation(pageId, settings->sourceLanguage);
    if (!source)
        return source.failure();
    const auto text = pages.translation(pageId, language);
    if (!text)
        return text.failure();
    if (!source->has_value() || !text->has_value()
        || translationState(&**text, &**source, language == settings->sourceLanguage)
            != TranslationState::Outdated)
        return QList<SegmentChange>();
    const auto basis = TranslationBasisRepository(db).read(pageId, language);
    if (!basis)
        return basis.failure();
    return Segments::diff(basis->records, Segments::of(**source));
}
