#pragma once

#include "core/result.h"
#include "htmlsanitizer.h"

#include <QCoreApplication>

// A file (.html, .htm, .md, .markdown, .txt) → a title and a canonical body. The title is
// the first h1, else <title>, else the file's name; images next to an HTML file, and data:
// images, go to `importImage`.
class ArticleImport
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImport)

public:
    struct Article
    {
        QString title;
        QString bodyHtml;
    };

    static QStringList supportedSuffixes();
    // Fails, naming the file, when it cannot be read, is not UTF-8, too large or of a kind
    // Newsdesk does not import.
    static Result<Article> fromFile(const QString &path, HtmlSanitizer::Options options);
};
