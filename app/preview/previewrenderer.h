#pragma once

#include "content/page.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the live preview shows, built from the clean body model: a shell page loaded once,
// and the script call that puts one article into it. In the preview, media:ID images and
// page:ID links become newsdesk:media/ID and newsdesk:page/ID, which the preview serves and
// intercepts. (The export's themes replace the shell's stylesheet once they exist.)
namespace PreviewRenderer {

constexpr char Scheme[] = "newsdesk";

struct Article
{
    QString language;
    QString title;
    QString summary;
    QString dateText; // already in the article's language
    QString bodyHtml; // canonical
};

QByteArray shellPage();
// "newsdesk.show({…}, serial)": shows the article and, after the next painted frame, sets
// window.newsdesk.shown to `serial`.
QString showScript(const Article &article, int serial);
// The body's top-level blocks as the preview shows them, one element each.
QStringList previewBlocks(const QString &canonicalHtml);
QUrl shellUrl();
qint64 pageIdFromUrl(const QUrl &url); // 0 when the URL is not a page of this site
qint64 mediaIdFromUrl(const QUrl &url);

} // namespace PreviewRenderer
