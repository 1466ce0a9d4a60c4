#include "wordcount.h"

#include "articlebody.h"

#include <QTextBoundaryFinder>

namespace WordCount {

int ofText(const QString &text)
{
    int words = 0;
    bool inWord = false; // joined by a hyphen or apostrophe to the segment before
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        const QStringView segment = QStringView(text).mid(start, end - start);
        const bool wordy = std::any_of(
            segment.begin(), segment.end(), [](QChar c) { return c.isLetterOrNumber(); });
        const bool joiner = segment.size() == 1
            && (segment[0] == u'-' || segment[0] == u'\u2010' || segment[0] == u'\'');
        if (wordy) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (!joiner || !inWord) {
            inWord = false;
        }
        start = end;
    }
    return words;
}

int ofBody(const QString &canonicalHtml)
{
    return ofText(BodyText::plainText(ArticleBody::parse(canonicalHtml)));
}

} // namespace WordCount
