#pragma once

#include "content/page.h"
#include "core/result.h"
#include "translation/segments.h"

#include <QCoreApplication>

#include <optional>

class SiteDatabase;

// A page's translation into one language made segment by segment (side by side, XLIFF): the
// source text, the translation as stored and what it was made from; for each source segment
// the translation's segment made from it (pairing) and a target to edit; the text the targets
// assemble into on the source's structure, saved with its status in one transaction.
class TranslationDraft
{
    Q_DECLARE_TR_FUNCTIONS(TranslationDraft)

public:
    // From texts already read; `basis` is what the translation was made from (empty for none).
    TranslationDraft(Translation source, std::optional<Translation> translation,
        const QList<SegmentRecord> &basis, const QString &language);

    // Reads the source text, the translation and its basis; fails naming the page when it has
    // no source text.
    static Result<TranslationDraft> load(
        SiteDatabase &site, qint64 pageId, const QString &language);
    // With the texts already read (a whole-site export or import): reads only the basis.
    static Result<TranslationDraft> load(SiteDatabase &site, const Translation &source,
        const std::optional<Translation> &translation, const QString &language);

    qint64 pageId() const { return m_source.pageId; }
    const QString &language() const { return m_language; }
    const Translation &source() const { return m_source; }
    const std::optional<Translation> &translation() const { return m_translation; }
    // The stored translation's state (Missing without one).
    TranslationState state() const;

    const QList<Segment> &sourceSegments() const { return m_segments; }
    int segmentCount() const { return int(m_segments.size()); }
    // The translation's segment made from source segment `index`, or null.
    const Segment *translated(int index) const;
    // Whether source segment `index` changed (or was added) since the translation was made,
    // and what it said before (null when added). Only for an outdated translation.
    bool isSourceChanged(int index) const { return m_rows.at(index).sourceChanged; }
    const QString &oldSourceText(int index) const { return m_rows.at(index).oldText; }
    // Segments of the translation made from no source segment (left out when saved).
    int unmatched() const { return m_unmatched; }

    // What segment `index` is translated as: the translation's segment made from it until
    // setTarget(); empty for none.
    const InlineText &target(int index) const { return m_rows.at(index).target; }
    void setTarget(int index, const InlineText &text);
    // Whether target `index` was made from the source segment as it is now: a translation's
    // segment made from an unchanged one, or a target set here.
    bool isCurrent(int index) const { return m_rows.at(index).current; }
    bool isComplete() const; // every target current

    // The text the targets make: title and summary as plain text, the body assembled on the
    // source's (an empty target drops its block). Without a summary in the source, none.
    Translation text() const;
    // Whether text() differs from the stored translation (or there is none).
    bool changesText() const;

    enum class Mark
    {
        Keep, // the translation keeps what it was made from
        UpToDate, // records that it now matches the source
    };
    // Saves text() (a revision for `reason`) and marks it, in one transaction; inside an open
    // one (an import of many pages) as part of it, so that a later failure undoes this too.
    Status save(SiteDatabase &site, SaveReason reason, Mark mark) const;

private:
    struct Row
    {
        int translated = -1; // index in m_translated
        bool sourceChanged = false;
        QString oldText;
        InlineText target;
        bool current = false;
    };

    Translation m_source;
    std::optional<Translation> m_translation;
    QString m_language;
    QList<Segment> m_segments; // the source's
    QList<Segment> m_translated; // the stored translation's
    QList<Row> m_rows; // one per source segment
    int m_unmatched = 0;
};
