#include "movepagecommand.h"

#include "store/pagerepository.h"

#include <QCoreApplication>

MovePageCommand::MovePageCommand(SiteDatabase &db, qint64 pageId, qint64 newParentId,
    int newPosition, std::function<void()> changed, qint64 seenVersion)
    : m_db(db)
    , m_pageId(pageId)
    , m_newParentId(newParentId)
    , m_newPosition(newPosition)
    , m_version(seenVersion)
    , m_changed(std::move(changed))
{
    PageRepository pages(db);
    if (const auto page = pages.page(pageId)) {
        m_oldParentId = page->parentId;
        m_oldPosition = page->position;
        const auto listing = pages.listing(pageId);
        const QString title
            = listing && !listing->titles.isEmpty() ? listing->titles.first() : page->slug;
        setText(QCoreApplication::translate("MovePageCommand", "Move “%1”").arg(title));
    }
}

Status MovePageCommand::move(qint64 parentId, int position)
{
    PageRepository pages(m_db);
    const Status status = pages.movePage(m_pageId, parentId, position, m_version);
    if (status) {
        if (const auto moved = pages.page(m_pageId))
            m_version = moved->version;
    }
    if (m_changed)
        m_changed();
    return status;
}

Status MovePageCommand::execute()
{
    const Status status = move(m_newParentId, m_newPosition);
    m_executed = status.ok();
    return status;
}

void MovePageCommand::redo()
{
    if (m_executed) {
        m_executed = false; // pushed after execute(): already done
        return;
    }
    if (const Status status = move(m_newParentId, m_newPosition); !status)
        setObsolete(true);
}

void MovePageCommand::undo()
{
    if (const Status status = move(m_oldParentId, m_oldPosition); !status)
        setObsolete(true);
}
