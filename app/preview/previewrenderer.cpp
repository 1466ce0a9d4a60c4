#include "previewrenderer.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/bodylinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PreviewRenderer {

namespace {

QString rewriteLink(const QString &href)
{
    static const QRegularExpression page(QStringLiteral("^page:([0-9]+)(#.*)?$"));
    const auto match = page.match(href);
    if (!match.hasMatch())
        return href;
    return QStringLiteral("%1:page/%2%3")
        .arg(QLatin1String(Scheme), match.captured(1), match.captured(2));
}

qint64 idAfter(const QUrl &url, const QString &prefix)
{
    if (url.scheme() != QLatin1String(Scheme) || !url.path().startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = url.path().mid(prefix.size()).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

QByteArray shellPage()
{
    return QByteArrayLiteral(R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src newsdesk:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<style>
html { font-family: "Noto Sans", "Noto Sans Georgian", "DejaVu Sans", sans-serif; line-height: 1.55; color: #1d2733; background: #fff; }
:lang(ka) { text-transform: none; }
body { margin: 0; }
article { max-width: 42em; margin: 0 auto; padding: 1.5em 1.25em 4em; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .3em; }
h2 { font-size: 1.4em; margin: 1.4em 0 .4em; }
h3 { font-size: 1.2em; margin: 1.2em 0 .3em; }
h4 { font-size: 1.05em; margin: 1em 0 .3em; }
#meta { color: #5b6b7c; font-size: .9em; margin: 0 0 1em; }
#summary { font-size: 1.1em; color: #33414f; margin: 0 0 1.2em; }
#summary:empty, #meta:empty { display: none; }
a { color: #1a5fb4; }
blockquote { margin: 1em 0; padding: .2em 1em; border-left: 4px solid #c9d3de; color: #33414f; }
figure { margin: 1.2em 0; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: .9em; color: #5b6b7c; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #c9d3de; padding: .3em .6em; text-align: left; vertical-align: top; }
</style>
<script>
window.newsdesk = {
  shown: 0,
  blocks: [],
  setText(id, text) {
    const element = document.getElementById(id);
    if (element.textContent !== text)
      element.textContent = text;
  },
  show(article, serial) {
    document.documentElement.lang = article.lang;
    this.setText('title', article.title);
    this.setText('meta', article.date);
    this.setText('summary', article.summary);
    // Replace only the blocks that changed (typing touches one), so the page lays out little.
    const body = document.getElementById('body');
    const old = this.blocks, next = article.blocks;
    let start = 0;
    while (start < old.length && start < next.length && old[start] === next[start])
      start++;
    let oldEnd = old.length, nextEnd = next.length;
    while (oldEnd > start && nextEnd > start && old[oldEnd - 1] === next[nextEnd - 1]) {
      oldEnd--;
      nextEnd--;
    }
    for (let i = oldEnd - 1; i >= start; i--)
      body.children[i].remove();
    const fresh = document.createElement('template');
    fresh.innerHTML = next.slice(start, nextEnd).join('');
    body.insertBefore(fresh.content, body.children[start] || null);
    this.blocks = next;
    requestAnimationFrame(() => {
      window.newsdesk.shown = serial;
      document.title = 'shown ' + serial; // heard by the view without polling
    });
  }
};
</script>
</head>
<body><article><h1 id="title"></h1><p id="meta"></p><p id="summary"></p><div id="body"></div></article></body>
</html>
)");
}

QStringList previewBlocks(const QString &canonicalHtml)
{
    Body body = ArticleBody::parse(canonicalHtml);
    static const QRegularExpression media(QStringLiteral("^media:([0-9]+)$"));
    BodyLinks::rewrite(body, rewriteLink, [](Figure &figure) {
        if (const auto match = media.match(figure.src); match.hasMatch())
            figure.src
                = QStringLiteral("%1:media/%2").arg(QLatin1String(Scheme), match.captured(1));
    });
    QStringList blocks;
    blocks.reserve(body.blocks.size());
    for (const Block &block : std::as_const(body.blocks))
        blocks.append(BodyHtmlWriter::write(Body { { block } })); // one element each
    return blocks;
}

QString showScript(const Article &article, int serial)
{
    const QJsonObject object {
        { QStringLiteral("lang"), article.language },
        { QStringLiteral("title"), article.title },
        { QStringLiteral("summary"), article.summary },
        { QStringLiteral("date"), article.dateText },
        { QStringLiteral("blocks"), QJsonArray::fromStringList(previewBlocks(article.bodyHtml)) },
    };
    // One arg() call: the article's own text may contain "%2".
    return QStringLiteral("window.newsdesk.show(%1, %2);")
        .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
            QString::number(serial));
}

QUrl shellUrl()
{
    return QUrl(QStringLiteral("%1:preview").arg(QLatin1String(Scheme)));
}

qint64 pageIdFromUrl(const QUrl &url)
{
    return idAfter(url, QStringLiteral("page/"));
}

qint64 mediaIdFromUrl(const QUrl &url)
{
    return idAfter(url, QStringLiteral("media/"));
}

} // namespace PreviewRenderer
