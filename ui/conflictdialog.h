#pragma once

#include "editing/pageeditsession.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;

// A save met a change made elsewhere that touched the same blocks or fields: each of them side
// by side, yours and theirs, headed with who changed it and when ("Nino changed this paragraph
// at 14:02"), to keep yours, theirs or both. OK is for when every one has a choice; the
// session then saves the resolution. Nothing here is lost either way: your own text is already
// in History, and so is theirs.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const PageEditSession::Conflict &conflict, const QString &pageTitle,
        QWidget *parent = nullptr);

    // The conflict with the choices made.
    PageEditSession::Conflict resolution() const;
    // One row per conflicting block stretch or field, in the order shown (fields first).
    int rowCount() const { return int(m_rows.size()); }
    QString rowHeading(int row) const;
    // Chooses for a row as its buttons do (Keep both only for blocks).
    void choose(int row, ThreeWayMerge::Choice choice);

private:
    struct Row
    {
        bool field = false;
        int index = 0; // into conflict.fields or conflict.body
        QString heading;
        QButtonGroup *choices = nullptr;
    };
    QString fieldHeading(const ThreeWayMerge::Field &field) const;
    QString partHeading(const ThreeWayMerge::Part &part) const;
    void updateOk();

    PageEditSession::Conflict m_conflict;
    QString m_who;
    QString m_when;
    QList<Row> m_rows;
    QDialogButtonBox *m_buttons = nullptr;
};
