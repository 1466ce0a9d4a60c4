#pragma once

#include "core/result.h"

#include <QCoreApplication>

class SiteDatabase;

// A synthetic bilingual site for benchmarks (`newsdesk bench-site`): `pagesPerLanguage` news
// articles spread over `sections` sections, each with an English and a Georgian text of about
// `words` words (two h2, a four-item list, bold, italic and one link to its section),
// dated three hours apart, all published. One transaction.
class SyntheticSite
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticSite)

public:
    struct Shape
    {
        int pagesPerLanguage = 1000;
        int words = 600;
        int sections = 5;
    };

    // Returns the id of the first article.
    static Result<qint64> populate(SiteDatabase &db, const Shape &shape);
    static QString body(int words, int seed, qint64 linkTarget, bool georgian);
};
