#pragma once

#include "content/page.h"
#include "publish/theme.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the live preview shows, built from the clean body model: a shell page loaded once,
// and the script call that puts one article into it. In the preview, media:ID images and
// page:ID links become newsdesk:media/ID and newsdesk:page/ID, which the preview serves and
// intercepts.
namespace PreviewRenderer {

constexpr char Scheme[] = "newsdesk";

struct Article
{
    QString language;
    QString title;
    QString summary;
    QString dateText; // already in the article's language
    QString bodyHtml; // canonical
    QString siteTitle; // in the article's language; empty keeps what the page has
};

// The theme's layout and news template around the places the article goes, with the script
// that puts it there; the theme's assets are served at newsdesk:assets/….
QByteArray shellPage(const Theme &theme, const QString &siteTitle);
QString assetPath(const QUrl &url); // "assets/style.css"; empty when not an asset
// "newsdesk.show({…}, serial)": shows the article and, after the next painted frame, sets
// window.newsdesk.shown to `serial`.
QString showScript(const Article &article, int serial);
// The body's top-level blocks as the preview shows them, one element each.
QStringList previewBlocks(const QString &canonicalHtml);
QUrl shellUrl();
qint64 pageIdFromUrl(const QUrl &url); // 0 when the URL is not a page of this site
qint64 mediaIdFromUrl(const QUrl &url);

} // namespace PreviewRenderer
