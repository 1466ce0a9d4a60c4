#pragma once

#include "core/result.h"
#include "translation/segments.h"

#include <QDateTime>
#include <QSqlDatabase>

// What each translation was made from, kept in the store (schema 5): the fingerprint of every
// text, the source segments of every translation, and what of them is still to translate.
// Works on a bare connection inside the caller's transaction, so that the store's writes and
// the schema upgrade share it.
namespace TranslationBasis {

enum class Basis
{
    Keep, // a translation keeps what it was made from (an ordinary save)
    Renew, // the source as it is now ("Mark as up to date", an XLIFF import)
};

// Brings one text's fingerprints up to date after it was written. A translation without a
// basis gets the current source as its basis.
Status update(QSqlDatabase &db, qint64 pageId, const QString &language, Basis basis);

// Every text of the site (the upgrade to schema 5).
Status backfill(QSqlDatabase &db);

struct Recorded
{
    QList<SegmentRecord> records;
    QDateTime recordedAt;
};
// The basis of a translation; empty records when it has none (or for the source language).
Result<Recorded> read(QSqlDatabase &db, qint64 pageId, const QString &language);

} // namespace TranslationBasis
