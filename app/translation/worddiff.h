#pragma once

#include <QList>
#include <QString>

// What changed between two versions of a text, word by word, as translation tools show it: the
// longest common subsequence of the words (white space separates words, in Georgian as in
// English; punctuation stays with the word it is attached to, so "Tbilisi," and "Tbilisi."
// differ as whole words).
namespace WordDiff {

struct Piece
{
    enum class Kind
    {
        Same,
        Removed,
        Added,
    };
    Kind kind = Kind::Same;
    QString text; // one or more words, single-spaced
    bool operator==(const Piece &) const = default;
};

// Consecutive words of one kind form one piece; where a word was replaced, the removed
// words come before the added ones.
QList<Piece> compare(const QString &before, const QString &after);

// For display: removed words struck through in red, added ones underlined in green, the rest
// as it was (escaped).
QString toHtml(const QList<Piece> &pieces);

} // namespace WordDiff
