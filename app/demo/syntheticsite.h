#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class SiteDatabase;

// A synthetic bilingual site for benchmarks (`newsdesk bench-site`): `pagesPerLanguage` news
// articles spread over `sections` sections, each with an English and a Georgian text of about
// `words` words (two h2, a four-item list, bold, italic and one link to its section),
// dated three hours apart, all published. One transaction.
//
// By default the texts repeat a dozen words (every query word is in every text: the worst case
// for a search). Given vocabularies, their words are drawn by Zipf's law instead (the first is
// the commonest), Georgian ones with a case ending or postposition on a third of them, and titles
// are six such words: a site shaped like real writing.
class SyntheticSite
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticSite)

public:
    struct Shape
    {
        int pagesPerLanguage = 1000;
        int words = 600;
        int sections = 5;
        QStringList english = {}; // empty: the dozen repeated words
        QStringList georgian = {};
    };

    // Returns the id of the first article.
    static Result<qint64> populate(SiteDatabase &db, const Shape &shape);
    static QString body(int words, int seed, qint64 linkTarget, bool georgian);
    // Up to `count` words of a Hunspell .dic file without their flags (lower-case letters
    // only, three or more), in an order shuffled by a fixed seed; empty when it cannot be read.
    static QStringList dictionaryWords(const QString &path, int count = 30000);
};
