#pragma once

#include "core/result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class SiteDatabase;

// Moving a page in the tree, undoable. execute() makes the move in the store (or returns why
// not); only then is the command pushed, and the stack's first redo() does not repeat it.
// Undo moves the page back where it was.
class MovePageCommand : public QUndoCommand
{
public:
    MovePageCommand(SiteDatabase &db, qint64 pageId, qint64 newParentId, int newPosition,
        std::function<void()> changed);

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
    std::function<void()> m_changed;
    bool m_executed = false;
};
