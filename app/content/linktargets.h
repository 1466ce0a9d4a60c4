#pragma once

#include "content/pagetree.h"

#include <QList>
#include <QString>
#include <QStringList>

// The pages of a site a link can go to, found by typing: a query matches a page when each of
// its words is in one of the page's titles (any language) or in its path, ignoring case
// (Georgian Mtavruli folds to Mkhedruli as Latin capitals do to small letters).
struct LinkTarget
{
    qint64 pageId = 0;
    QString path; // "who-we-are/about"
    QStringList titles; // in the order of the languages asked for; none empty, none twice

    QString link() const; // "page:12"
};

namespace LinkTargets {

// Every page of the tree, in tree order.
QList<LinkTarget> of(const PageTree &tree, const QStringList &languages);
bool matches(const LinkTarget &target, const QString &query);
// What the user typed is an address rather than words to look for: "https://…", "mailto:…",
// "page:3", "www.…", "#part".
bool looksLikeAddress(const QString &text);

} // namespace LinkTargets
