#include "translationdraft.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "content/languages.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "store/siterepository.h"
#include "store/translationbasisrepository.h"

#include <QSet>

#include <algorithm>

TranslationDraft::TranslationDraft(Translation source, std::optional<Translation> translation,
    const QList<SegmentRecord> &basis, const QString &language)
    : m_source(std::move(source))
    , m_translation(std::move(translation))
    , m_language(language)
    , m_segments(Segments::of(m_source))
    , m_rows(m_segments.size())
{
    if (!m_translation)
        return;
    m_translated = Segments::of(*m_translation);
    const QList<Segments::Pairing> pairs = Segments::pair(basis, m_segments, m_translated);
    QSet<int> used;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        Row &row = m_rows[i];
        row.translated = pairs.at(i).translation;
        row.sourceChanged = pairs.at(i).sourceChanged;
        if (row.translated >= 0) {
            used.insert(row.translated);
            row.target = m_translated.at(row.translated).text;
            row.current = !row.sourceChanged;
        }
    }
    m_unmatched = int(m_translated.size() - used.size());
    if (state() == TranslationState::Outdated) {
        for (const SegmentChange &change : Segments::diff(basis, m_segments)) {
            if (change.newIndex < 0)
                continue;
            // Added: the old text stays null; changed: what it was.
            m_rows[change.newIndex].oldText
                = change.type == SegmentChange::Type::Changed ? change.oldText : QString();
            m_rows[change.newIndex].sourceChanged = true;
        }
    }
}

Result<TranslationDraft> TranslationDraft::load(
    SiteDatabase &site, qint64 pageId, const QString &language)
{
    const auto settings = SiteRepository(site).settings();
    if (!settings)
        return settings.failure();
    PageRepository pages(site);
    const auto source = pages.translation(pageId, settings->sourceLanguage);
    if (!source)
        return source.failure();
    if (!source->has_value())
        return failure(tr("%1: page %2 has no %3 text to translate")
                           .arg(site.path(), QString::number(pageId),
                               Languages::displayName(settings->sourceLanguage)));
    const auto translation = pages.translation(pageId, language);
    if (!translation)
        return translation.failure();
    return load(site, **source, *translation, language);
}

Result<TranslationDraft> TranslationDraft::load(SiteDatabase &site, const Translation &source,
    const std::optional<Translation> &translation, const QString &language)
{
    QList<SegmentRecord> basis;
    if (translation) {
        const auto recorded = TranslationBasisRepository(site).read(source.pageId, language);
        if (!recorded)
            return recorded.failure();
        basis = recorded->records;
    }
    return TranslationDraft(source, translation, basis, language);
}

TranslationState TranslationDraft::state() const
{
    return m_translation ? translationState(&*m_translation, &m_source, false)
                         : TranslationState::Missing;
}

const Segment *TranslationDraft::translated(int index) const
{
    const int made = m_rows.at(index).translated;
    return made >= 0 ? &m_translated.at(made) : nullptr;
}

void TranslationDraft::setTarget(int index, const InlineText &text)
{
    m_rows[index].target = text;
    m_rows[index].current = true;
}

bool TranslationDraft::isComplete() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.current; });
}

Translation TranslationDraft::text() const
{
    Translation text = m_translation.value_or(Translation {});
    text.pageId = m_source.pageId;
    text.language = m_language;
    QList<InlineText> body;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const InlineText &target = m_rows.at(i).target;
        switch (m_segments.at(i).field) {
        case Segment::Field::Title:
            text.title = BodyText::plainText(target).simplified();
            break;
        case Segment::Field::Summary:
            text.summary = BodyText::plainText(target).simplified();
            break;
        case Segment::Field::Body:
            body.append(target);
            break;
        }
    }
    if (m_source.summary.trimmed().isEmpty())
        text.summary.clear();
    text.bodyHtml
        = BodyHtmlWriter::write(Segments::assemble(ArticleBody::parse(m_source.bodyHtml), body));
    return text;
}

bool TranslationDraft::changesText() const
{
    if (!m_translation)
        return true;
    const Translation made = text();
    return m_translation->title != made.title || m_translation->summary != made.summary
        || m_translation->bodyHtml != made.bodyHtml;
}

Status TranslationDraft::save(SiteDatabase &site, SaveReason reason, Mark mark) const
{
    const Translation made = text();
    return site.transaction([&]() -> Status {
        PageRepository pages(site);
        if (auto s = pages.saveTranslation(made, reason); !s)
            return s;
        return mark == Mark::UpToDate ? pages.markUpToDate(made.pageId, made.language) : Status();
    });
}
