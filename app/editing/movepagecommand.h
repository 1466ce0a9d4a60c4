#pragma once

#include "core/result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class SiteDatabase;

// Moving a page in the tree, undoable. execute() makes the move in the store (or returns why
// not); only then is the command pushed, and the stack's first redo() does not repeat it.
// Undo moves the page back where it was. Each move names the page's version it saw (the tree's,
// then the one its own move made): a page moved or changed meanwhile elsewhere is not moved
// (a Conflict naming the page), and an undo or redo that meets one becomes obsolete.
class MovePageCommand : public QUndoCommand
{
public:
    // seenVersion: the page's version where the move was asked for (-1: whatever is stored).
    MovePageCommand(SiteDatabase &db, qint64 pageId, qint64 newParentId, int newPosition,
        std::function<void()> changed, qint64 seenVersion = -1);

    Status execute();
    void redo() override;
    void undo() override;

private:
    Status move(qint64 parentId, int position);

    SiteDatabase &m_db;
    qint64 m_pageId;
    qint64 m_newParentId;
    int m_newPosition;
    qint64 m_oldParentId = 0;
    int m_oldPosition = 0;
    qint64 m_version = -1; // the page's version the next move expects
    std::function<void()> m_changed;
    bool m_executed = false;
};
