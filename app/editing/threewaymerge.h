#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A three-way merge of a page's text: the version an editor started from (base), the editor's
// own (mine) and the one saved meanwhile by someone else (theirs). The body is merged per
// top-level block (paragraph, heading, list, quote, figure, table): a stretch of blocks only one
// side changed takes that side's blocks; a stretch both changed the same way takes them once;
// a stretch both changed differently is a conflict, to be resolved by a choice (mine, theirs
// or both). Title, summary, slug, status and date merge the same way, each as one value.
namespace ThreeWayMerge {

enum class Choice
{
    Open, // a conflict not resolved yet
    Mine,
    Theirs,
    Both, // mine, then theirs (blocks only)
};

// A stretch of the merged body: blocks that merged by themselves, or a conflict.
struct Part
{
    bool conflict = false;
    QStringList merged; // what merged by itself (no conflict)
    QStringList base, mine, theirs; // a conflict's blocks on each side
    Choice choice = Choice::Open;
    // The blocks this part contributes: merged, or what the choice keeps (mine while open).
    QStringList result() const;
};

// One field merged as a single value (status and date as their stored names).
struct Field
{
    QString name; // "title", "summary", "slug", "status", "date"
    QString base, mine, theirs;
    bool conflict = false;
    Choice choice = Choice::Open;
    // The merged value: the one side that changed, or what the choice keeps (mine while open).
    QString result() const;
};

// The top-level blocks of canonical body HTML, each as its canonical HTML; a body that is not
// canonical is split into its lines.
QStringList blocks(const QString &bodyHtml);
QString joinBlocks(const QStringList &blocks);

QList<Part> mergeBlocks(
    const QStringList &base, const QStringList &mine, const QStringList &theirs);
QList<Part> mergeBody(const QString &base, const QString &mine, const QString &theirs);
QString bodyResult(const QList<Part> &parts);
Field mergeField(
    const QString &name, const QString &base, const QString &mine, const QString &theirs);

// What a part is made of, for a heading such as "Nino changed this paragraph at 14:02": the kind
// of its blocks when they are all of one kind and one block, else Blocks.
enum class PartKind
{
    Paragraph,
    Heading,
    List,
    Quote,
    Figure,
    Table,
    Blocks, // several blocks, or one of no known kind
};
PartKind partKind(const Part &part);

int conflictCount(const QList<Part> &parts);
int conflictCount(const QList<Field> &fields);

} // namespace ThreeWayMerge
