#include "worddiff.h"

#include <QRegularExpression>

#include <vector>

namespace WordDiff {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

void append(QList<Piece> &pieces, Piece::Kind kind, const QString &word)
{
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += u' ' + word;
    else
        pieces.append(Piece { kind, word });
}

// Beyond this many cells the texts have little in common worth finding word by word: the
// middle is shown as removed, then added.
constexpr qsizetype MaxCells = 4'000'000;

} // namespace

QList<Piece> compare(const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    // The common beginning and end need no table.
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    QList<Piece> pieces;
    for (qsizetype i = 0; i < start; ++i)
        append(pieces, Piece::Kind::Same, a[i]);

    const qsizetype n = endA - start;
    const qsizetype m = endB - start;
    if (n > 0 && m > 0 && n * m <= MaxCells) {
        // lcs[i][j]: the length of the longest common subsequence of a[start+i..] and
        // b[start+j..]; walking it from the front puts removals before additions.
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j] = a[start + i] == b[start + j] ? lcs[i + 1][j + 1] + 1
                                                         : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (a[start + i] == b[start + j]) {
                append(pieces, Piece::Kind::Same, a[start + i]);
                ++i;
                ++j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                append(pieces, Piece::Kind::Removed, a[start + i++]);
            } else {
                append(pieces, Piece::Kind::Added, b[start + j++]);
            }
        }
        for (; i < n; ++i)
            append(pieces, Piece::Kind::Removed, a[start + i]);
        for (; j < m; ++j)
            append(pieces, Piece::Kind::Added, b[start + j]);
    } else {
        for (qsizetype i = start; i < endA; ++i)
            append(pieces, Piece::Kind::Removed, a[i]);
        for (qsizetype j = start; j < endB; ++j)
            append(pieces, Piece::Kind::Added, b[j]);
    }
    for (qsizetype i = endA; i < a.size(); ++i)
        append(pieces, Piece::Kind::Same, a[i]);
    return pieces;
}

QString toHtml(const QList<Piece> &pieces)
{
    QString html;
    for (const Piece &piece : pieces) {
        if (!html.isEmpty())
            html += u' ';
        const QString text = piece.text.toHtmlEscaped();
        switch (piece.kind) {
        case Piece::Kind::Same:
            html += text;
            break;
        case Piece::Kind::Removed:
            html += QStringLiteral("<s style=\"color:#b00020\">%1</s>").arg(text);
            break;
        case Piece::Kind::Added:
            html += QStringLiteral("<u style=\"color:#00701a\">%1</u>").arg(text);
            break;
        }
    }
    return html;
}

} // namespace WordDiff
