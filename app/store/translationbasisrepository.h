#pragma once

#include "content/textsegments.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>

class SiteDatabase;

// What each translation was made from (schema 5): the fingerprint of every text, the source
// segments of every translation, and what of them is still to translate. Works inside the
// caller's transaction, so that a save of a text and the upgrade to schema 5 share it.
class TranslationBasisRepository
{
    Q_DECLARE_TR_FUNCTIONS(TranslationBasisRepository)

public:
    explicit TranslationBasisRepository(SiteDatabase &db)
        : m_db(db)
    { }

    enum class Basis
    {
        Keep, // a translation keeps what it was made from (an ordinary save)
        Renew, // the source as it is now ("Mark as up to date", an XLIFF import)
    };

    struct Recorded
    {
        QList<SegmentRecord> records;
        QDateTime recordedAt; // null: no basis recorded
    };
    // The basis of a translation; empty records when it has none (or for the source language).
    Result<Recorded> read(qint64 pageId, const QString &language) const;

    // Brings one text's fingerprints up to date after it was written. A translation without a
    // basis gets the current source as its basis.
    Status update(qint64 pageId, const QString &language, Basis basis);

    // Every text of the site (the upgrade to schema 5).
    Status backfill();

private:
    Result<QString> sourceLanguage() const;
    // A text's segments, or nothing when the page has no text in that language.
    Result<std::optional<QList<Segment>>> segmentsOf(qint64 pageId, const QString &language) const;
    Status write(qint64 pageId, const QString &language, const QList<SegmentRecord> &records);

    SiteDatabase &m_db;
};
