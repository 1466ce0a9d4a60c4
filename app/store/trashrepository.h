#pragma once

#include "core/result.h"
#include "store/pagerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class SiteDatabase;

// The trash (schema 6): a deleted page waits here with its subtree until the trash is
// emptied; restoring puts it back where it was (or at the top level when its parent is gone),
// under a free slug. Every operation is one transaction.
class TrashRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrashRepository)

public:
    explicit TrashRepository(SiteDatabase &db)
        : m_db(db)
    { }

    struct Item
    {
        qint64 id = 0; // of the trash entry
        qint64 pageId = 0; // the deleted page's id
        qint64 parentId = 0;
        int position = 0;
        QString title;
        int pageCount = 1;
        QDateTime deletedAt;
        QString deletedBy; // the author() of whoever deleted it ('' before schema 12)
    };

    // Moves a page and its subpages to the trash; returns the trash entry's id. With the
    // subtree seen (see PageRepository::deletePage), a page of it changed meanwhile stays, with
    // the rest: a Conflict.
    Result<qint64> moveToTrash(qint64 pageId, const PageRepository::SeenTree &seen = {});
    // Newest first.
    Result<QList<Item>> items() const;

    // A text of a page in the trash (of an entry's page or one of its subpages), as it was
    // deleted.
    struct Text
    {
        qint64 trashId = 0;
        qint64 pageId = 0;
        PageKind kind = PageKind::Page;
        QString language;
        QString title;
        QString summary;
        QString bodyHtml;
    };
    // Every text in the trash, the newest entry's first.
    Result<QList<Text>> texts() const;
    // Puts an entry back; returns the restored page's id (its old one while that is free).
    Result<qint64> restore(qint64 trashId);
    // Deletes everything in the trash for good; returns how many entries went.
    Result<int> empty();

private:
    SiteDatabase &m_db;
};
