#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>

// The exported site's search index, made by Pagefind (https://pagefind.app), fetched at set-up
// into the data folder's pagefind/ (packaging/fetch-data.sh). Pagefind reads the pages given
// (only the part marked data-pagefind-body, one index per <html lang>) and writes a chunked
// index that the search page's script (the theme's assets/search.js) loads piece by piece.
// The bundle gets pagefind/: pagefind.js, the WebAssembly search, the per-language metadata,
// index chunks and fragments, and Pagefind's licence; not its ready-made interfaces (the
// theme has its own, in the page's language).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    static inline const QString Folder = QStringLiteral("pagefind/");

    // The Pagefind binary: $NEWSDESK_PAGEFIND when set (a path that is not an executable
    // file: none), else pagefind/pagefind in the data folders; empty when there is none.
    static QString binary();
    // What the index is made from: the binary (path, size, time) and every page's path and
    // sha256, in any order. Equal keys make equal indexes.
    static QByteArray key(const QString &binary, QList<QPair<QString, QByteArray>> pages);
    // Runs Pagefind over `pages` (bundle path → HTML) in a temporary folder; the index as
    // bundle files under Folder (none without pages). Stops when `cancel` is set.
    static Result<QMap<QString, QByteArray>> build(const QString &binary,
        const QMap<QString, QByteArray> &pages, const std::atomic_bool *cancel = nullptr);
};
