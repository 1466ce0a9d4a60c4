#include "previewrenderer.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"

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

void rewrite(InlineText &text)
{
    for (Run &run : text) {
        if (!run.format.href.isEmpty())
            run.format.href = rewriteLink(run.format.href);
    }
}

void rewrite(ListBlock &list)
{
    for (ListItem &item : list.items) {
        rewrite(item.text);
        for (ListBlock &sublist : item.sublists)
            rewrite(sublist);
    }
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
  show(article, serial) {
    document.documentElement.lang = article.lang;
    document.getElementById('title').textContent = article.title;
    document.getElementById('meta').textContent = article.date;
    document.getElementById('summary').textContent = article.summary;
    document.getElementById('body').innerHTML = article.body;
    requestAnimationFrame(() => { window.newsdesk.shown = serial; });
  }
};
</script>
</head>
<body><article><h1 id="title"></h1><p id="meta"></p><p id="summary"></p><div id="body"></div></article></body>
</html>
)");
}

QString previewBody(const QString &canonicalHtml)
{
    Body body = ArticleBody::parse(canonicalHtml);
    for (Block &block : body.blocks) {
        rewrite(block.text);
        rewrite(block.list);
        for (InlineText &paragraph : block.quote)
            rewrite(paragraph);
        rewrite(block.figure.caption);
        static const QRegularExpression media(QStringLiteral("^media:([0-9]+)$"));
        if (const auto match = media.match(block.figure.src); match.hasMatch())
            block.figure.src
                = QStringLiteral("%1:media/%2").arg(QLatin1String(Scheme), match.captured(1));
        for (auto &row : block.table.rows) {
            for (InlineText &cell : row)
                rewrite(cell);
        }
    }
    return BodyHtmlWriter::write(body);
}

QString showScript(const Article &article, int serial)
{
    const QJsonObject object {
        { QStringLiteral("lang"), article.language },
        { QStringLiteral("title"), article.title },
        { QStringLiteral("summary"), article.summary },
        { QStringLiteral("date"), article.dateText },
        { QStringLiteral("body"), previewBody(article.bodyHtml) },
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
