#include "translationbasisrepository.h"

#include "core/timestamps.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {

QString where(qint64 pageId, const QString &language)
{
    return TranslationBasisRepository::tr("page %1 in %2").arg(pageId).arg(language);
}

} // namespace

Result<QString> TranslationBasisRepository::sourceLanguage() const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT source_language FROM site WHERE id = 1"));
    if (auto s = m_db.exec(query, tr("read the source language")); !s)
        return s.failure();
    if (!query.next())
        return failure(tr("%1: the site has no settings row").arg(m_db.path()));
    return query.value(0).toString();
}

Result<std::optional<QList<Segment>>> TranslationBasisRepository::segmentsOf(
    qint64 pageId, const QString &language) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT title, summary, body_html FROM page_translation "
                                 "WHERE page_id = :page AND language = :language"));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read %1").arg(where(pageId, language))); !s)
        return s.failure();
    if (!query.next())
        return std::optional<QList<Segment>>();
    return std::optional<QList<Segment>>(Segments::ofStored(
        query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
}

Status TranslationBasisRepository::write(
    qint64 pageId, const QString &language, const QList<SegmentRecord> &records)
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO translation_basis (page_id, language, segments, recorded_at) "
        "VALUES (:page, :language, :segments, :now) ON CONFLICT (page_id, language) DO UPDATE "
        "SET segments = excluded.segments, recorded_at = excluded.recorded_at"));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":segments"), QString::fromUtf8(Segments::toJson(records)));
    query.bindValue(QStringLiteral(":now"), Timestamps::toStored(Timestamps::now()));
    return m_db.exec(query, tr("record what %1 was made from").arg(where(pageId, language)));
}

Result<TranslationBasisRepository::Recorded> TranslationBasisRepository::read(
    qint64 pageId, const QString &language) const
{
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral("SELECT segments, recorded_at FROM translation_basis "
                                 "WHERE page_id = :page AND language = :language"));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read what %1 was made from").arg(where(pageId, language)));
        !s)
        return s.failure();
    Recorded recorded;
    if (query.next()) {
        recorded.records = Segments::fromJson(query.value(0).toString().toUtf8());
        recorded.recordedAt = Timestamps::fromStored(query.value(1).toString());
    }
    return recorded;
}

Status TranslationBasisRepository::update(qint64 pageId, const QString &language, Basis basis)
{
    const auto source = sourceLanguage();
    if (!source)
        return source.failure();
    const auto own = segmentsOf(pageId, language);
    if (!own)
        return own.failure();
    if (!own->has_value())
        return {}; // no text: nothing to keep

    QString basisFingerprint;
    int openSegments = 0, openWords = 0;
    if (language != *source) {
        auto recorded = read(pageId, language);
        if (!recorded)
            return recorded.failure();
        QList<SegmentRecord> records = recorded->records;
        if (basis == Basis::Renew || recorded->recordedAt.isNull()) {
            const auto sourceSegments = segmentsOf(pageId, *source);
            if (!sourceSegments)
                return sourceSegments.failure();
            records = sourceSegments->has_value() ? Segments::records(**sourceSegments)
                                                  : QList<SegmentRecord>();
            if (auto s = write(pageId, language, records); !s)
                return s;
        }
        basisFingerprint = Segments::fingerprint(records);
        for (int index : Segments::open(records, **own)) {
            ++openSegments;
            openWords += Segments::words(records.at(index).text);
        }
    }

    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE page_translation SET content_fingerprint = :content, source_fingerprint = "
        ":basis, open_segments = :segments, open_words = :words "
        "WHERE page_id = :page AND language = :language"));
    // A null QString would bind as NULL; the columns are NOT NULL, '' for no segments.
    const auto notNull
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    query.bindValue(QStringLiteral(":content"), notNull(Segments::fingerprint(**own)));
    query.bindValue(QStringLiteral(":basis"), notNull(basisFingerprint));
    query.bindValue(QStringLiteral(":segments"), openSegments);
    query.bindValue(QStringLiteral(":words"), openWords);
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    return m_db.exec(query, tr("record the status of %1").arg(where(pageId, language)));
}

Status TranslationBasisRepository::backfill()
{
    const auto source = sourceLanguage();
    if (!source)
        return source.failure();
    QList<QPair<qint64, QString>> texts;
    QSqlQuery query = SqlAccess::query(m_db);
    query.setForwardOnly(true);
    // The source texts first: their fingerprints are what the translations are compared with.
    query.prepare(QStringLiteral("SELECT page_id, language FROM page_translation "
                                 "ORDER BY language <> :source, page_id, language"));
    query.bindValue(QStringLiteral(":source"), *source);
    if (auto s = m_db.exec(query, tr("list the texts")); !s)
        return s;
    while (query.next())
        texts.append({ query.value(0).toLongLong(), query.value(1).toString() });
    query.finish();
    for (const auto &[pageId, language] : texts) {
        if (auto s = update(pageId, language, Basis::Keep); !s)
            return s;
    }
    return {};
}
