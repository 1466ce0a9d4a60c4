#include "revisionrepository.h"

#include "body/articlebody.h"
#include "body/wordcount.h"
#include "core/timestamps.h"
#include "pagerepository.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QVariant>

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
        revision.reason = query.value(5).toString();
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
            .arg(m_db.path())
            .arg(pageId)
            .arg(number)
            .arg(language)
            .arg(revisions->size()));
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
        return pages.saveTranslation(text, PageRepository::SaveReason::Restore);
    });
}
