#pragma once

#include "body.h"
#include "core/result.h"

#include <QCoreApplication>

#include <functional>

// Turns any HTML (Word, Google Docs, LibreOffice, web pages, hostile input) into a Body,
// through a real HTML5 parser (gumbo). What survives is the canonical subset of body.h:
//   - script, style, iframe, object, embed, form and its controls, meta, base, svg, template
//     and the like are dropped with their content; every other unknown element is unwrapped,
//     so text is never lost, and markup written as text stays text;
//   - Word's mso-list paragraphs become real lists, its bullets and <o:p> go; Google Docs'
//     <b style="font-weight:normal"> wrapper is not bold, its bold/italic spans are;
//   - links keep http, https, mailto, tel, page:ID, relative URLs (LinkPolicy); others lose
//     the link but keep their text;
//   - images: media:ID stays; data: URLs and local files go to `importImage` (which returns
//     media:ID, or nothing to drop them); remote images become links, never fetched.
class HtmlSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)

public:
    static constexpr qsizetype MaxInputBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 200; // deeper markup keeps its text only

    struct Image
    {
        QByteArray bytes;
        QString mimeType;
        QString fileName;
        QString alt;
    };

    struct Options
    {
        QString documentLanguage; // span[lang] naming this language is dropped
        QString baseFolder; // relative image paths are files here (import); empty: not files
        bool takeTitle = false; // the first h1 becomes `title` instead of a heading
        std::function<QString(const Image &)> importImage;
    };

    struct Output
    {
        Body body;
        QString title; // the first h1, when takeTitle
        QString documentTitle; // <title>
    };

    // Fails only for input too large to take (more than MaxInputBytes of UTF-8).
    static Result<Output> sanitize(const QString &html, const Options &options);
    static Result<Output> sanitize(const QString &html);
};
