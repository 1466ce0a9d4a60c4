#pragma once

#include "content/page.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class SiteDatabase;

// The revision history of a page's text in one language: every save that changed it (an
// editing stretch of autosaves shares one), numbered from 1, the oldest.
class RevisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RevisionRepository)

public:
    explicit RevisionRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct Revision
    {
        int number = 0; // 1 = the oldest
        qint64 id = 0;
        QString title;
        QString summary;
        QString bodyHtml;
        QDateTime savedAt;
        SaveReason reason = SaveReason::Save;
        QString author;
        int words = 0;
        int characters = 0; // of the title, summary and body as a reader sees them
    };

    // Newest first.
    Result<QList<Revision>> list(qint64 pageId, const QString &language) const;
    Result<Revision> revision(qint64 pageId, const QString &language, int number) const;
    // Makes revision `number` the current text again, as a new revision ("restore").
    Status restore(qint64 pageId, const QString &language, int number);

    static constexpr int AutosaveStretchSeconds = 10 * 60;
    // Records a save of `translation` (inside the caller's transaction): a new revision, or
    // the current autosave stretch going on (see SaveReason). `changed`: whether the text
    // differs from what was stored; an explicit save of an unchanged text closes the stretch.
    Status record(const Translation &translation, SaveReason reason, bool changed);

private:
    SiteDatabase &m_db;
};
