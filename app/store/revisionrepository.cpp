#include "revisionrepository.h"

#include "body/articlebody.h"
#include "body/wordcount.h"
#include "core/timestamps.h"
#include "pagerepository.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// A null QString binds as SQL NULL; text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

Result<QList<RevisionRepository::Revision>> RevisionRepository::list(
    qint64 pageId, const QString &language) const
{
    if (auto page = PageRepository(m_db).page(pageId); !page)
        return page.failure();
    QSqlQuery query = SqlAccess::query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, title, summary, body_html, saved_at, reason, author FROM revision "
        "WHERE page_id = :page AND language = :language ORDER BY id"));
    query.bindValue(QStringLiteral(":page"), pageId);
    query.bindValue(QStringLiteral(":language"), language);
    if (auto s = m_db.exec(query, tr("read the history of page %1").arg(pageId)); !s)
        return s.failure();
    QList<Revision> revisions;
    while (query.next()) {
        Revision revision;
        revision.number = int(revisions.size()) + 1;
        revision.id = query.value(0).toLongLong();
        revision.title = query.value(1).toString();
        revision.summary = query.value(2).toString();
        revision.bodyHtml = query.value(3).toString();
        revision.savedAt = Timestamps::fromStored(query.value(4).toString());
        revision.reason = saveReasonFromName(query.value(5).toString()).value_or(SaveReason::Save);
        revision.author = query.value(6).toString();
        const QString text = revision.title + u'\n' + revision.summary + u'\n'
            + BodyText::plainText(ArticleBody::parse(revision.bodyHtml));
        revision.words = WordCount::ofText(text);
        revision.characters = int(text.size()) - 2;
        revisions.append(revision);
    }
    std::reverse(revisions.begin(), revisions.end());
    return revisions;
}

Result<RevisionRepository::Revision> RevisionRepository::revision(
    qint64 pageId, const QString &language, int number) const
{
    const auto revisions = list(pageId, language);
    if (!revisions)
        return revisions.failure();
    for (const Revision &revision : *revisions) {
        if (revision.number == number)
            return revision;
    }
    return failure(ErrorKind::NotFound,
        tr("%1: page %2 has no revision %3 in %4 (it has %5)")
            .arg(m_db.path(), QString::number(pageId), QString::number(number), language,
                QString::number(revisions->size())));
}

Status RevisionRepository::restore(qint64 pageId, const QString &language, int number)
{
    return m_db.transaction([&]() -> Status {
        const auto old = revision(pageId, language, number);
        if (!old)
            return old.failure();
        PageRepository pages(m_db);
        const auto current = pages.translation(pageId, language);
        if (!current)
            return current.failure();
        Translation text = current->value_or(Translation {});
        text.pageId = pageId;
        text.language = language;
        text.title = old->title;
        text.summary = old->summary;
        text.bodyHtml = old->bodyHtml;
        return pages.saveTranslation(text, SaveReason::Restore);
    });
}

Status RevisionRepository::record(const Translation &translation, SaveReason reason, bool changed)
{
    const QDateTime now = Timestamps::now();
    // The latest revision of this text: an autosave stretch goes on in it.
    QSqlQuery latest = SqlAccess::query(m_db);
    latest.prepare(
        QStringLiteral("SELECT id, reason, COALESCE(started_at, saved_at), author FROM revision "
                       "WHERE page_id = :page AND language = :language ORDER BY id DESC LIMIT 1"));
    latest.bindValue(QStringLiteral(":page"), translation.pageId);
    latest.bindValue(QStringLiteral(":language"), translation.language);
    if (auto s = m_db.exec(latest, tr("read the revisions of page %1").arg(translation.pageId)); !s)
        return s;
    // Only one's own stretch goes on: a colleague's autosaved text stays in the history.
    const bool stretch = latest.next() && latest.value(1).toString() == u"autosave"
        && latest.value(3).toString() == m_db.author();
    const qint64 latestId = stretch ? latest.value(0).toLongLong() : 0;
    const QDateTime started
        = stretch ? Timestamps::fromStored(latest.value(2).toString()) : QDateTime();
    latest.finish();

    if (!changed) {
        // An explicit save of what an autosave holds: that revision becomes a saved one.
        if (reason != SaveReason::Save || !stretch)
            return {};
        QSqlQuery close = SqlAccess::query(m_db);
        close.prepare(QStringLiteral("UPDATE revision SET reason = 'save' WHERE id = :id"));
        close.bindValue(QStringLiteral(":id"), latestId);
        return m_db.exec(close, tr("record a revision of page %1").arg(translation.pageId));
    }
    QSqlQuery revision = SqlAccess::query(m_db);
    if (reason == SaveReason::Autosave && stretch && started.secsTo(now) < AutosaveStretchSeconds) {
        revision.prepare(QStringLiteral(
            "UPDATE revision SET title = :title, summary = :summary, body_html = :body, "
            "saved_at = :now WHERE id = :id"));
        revision.bindValue(QStringLiteral(":id"), latestId);
    } else {
        revision.prepare(QStringLiteral(
            "INSERT INTO revision (page_id, language, title, summary, body_html, saved_at, "
            "reason, author, started_at) VALUES (:page, :language, :title, :summary, :body, "
            ":now, :reason, :author, :now)"));
        revision.bindValue(QStringLiteral(":page"), translation.pageId);
        revision.bindValue(QStringLiteral(":language"), translation.language);
        revision.bindValue(QStringLiteral(":reason"), saveReasonName(reason));
        revision.bindValue(QStringLiteral(":author"), text(m_db.author()));
    }
    revision.bindValue(QStringLiteral(":title"), text(translation.title));
    revision.bindValue(QStringLiteral(":summary"), text(translation.summary));
    revision.bindValue(QStringLiteral(":body"), text(translation.bodyHtml));
    revision.bindValue(QStringLiteral(":now"), Timestamps::toStored(now));
    return m_db.exec(revision, tr("record a revision of page %1").arg(translation.pageId));
}
