#include "previewrenderer.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/bodylinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PreviewRenderer {

namespace {

QString rewriteLink(const QString &href)
{
    const auto page = BodyLinks::pageLink(href);
    if (!page)
        return href;
    return QStringLiteral("%1:page/%2%3")
        .arg(QLatin1String(Scheme), QString::number(page->id), page->fragment);
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

QByteArray shellPage(const Theme &theme, const QString &siteTitle)
{
    // The theme's own layout and news template, with marked places where the script puts
    // the article: the preview looks like the exported page.
    const QString marker = QStringLiteral("\u0001");
    Theme::Data labels;
    Theme::Data data;
    data.set("lang", "en");
    data.set("siteTitle", siteTitle.toStdString());
    data.set("root", std::string(Scheme) + ":");
    data.set("home", "#");
    data.set("documentTitle", siteTitle.toStdString());
    data.set("labels", labels);
    data.set("menu", Theme::Data(Theme::Data::type::list));
    data.set("title", QString(marker + u'T').toStdString());
    data.set("date", QString(marker + u'D').toStdString());
    data.set("dateIso", "");
    data.set("summary", QString(marker + u'S').toStdString());
    data.set("body", QString(marker + u'B').toStdString());
    Theme::Renderer renderer(theme);
    data.set("content", renderer.renderString(QStringLiteral("news"), data));
    QString page = QString::fromUtf8(renderer.render(QStringLiteral("layout"), data));
    page.replace(marker + u'T', QLatin1String("<span id=\"title\"></span>"));
    page.replace(marker + u'D', QLatin1String("<span id=\"meta\"></span>"));
    page.replace(marker + u'S', QLatin1String("<span id=\"summary\"></span>"));
    page.replace(marker + u'B', QLatin1String("<div id=\"body\"></div>"));
    page.remove(marker); // anything a theme did with the markers that we do not know
    page.replace(QLatin1String("<head>"), QLatin1String(R"(<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src newsdesk:; font-src newsdesk:; style-src newsdesk: 'unsafe-inline'; script-src 'unsafe-inline'">)"));
    page.replace(QLatin1String("</head>"),
        QStringLiteral("<script data-site-title=\"%1\">").arg(siteTitle.toHtmlEscaped())
            + QLatin1String(R"(
window.newsdesk = {
  shown: 0,
  siteTitle: document.currentScript.dataset.siteTitle,
  blocks: [],
  setText(id, text) {
    const element = document.getElementById(id);
    if (element && element.textContent !== text)
      element.textContent = text;
  },
  show(article, serial) {
    document.documentElement.lang = article.lang;
    this.setText('title', article.title);
    this.setText('meta', article.date);
    this.setText('summary', article.summary);
    // The site's title in the article's language, wherever the theme shows it as text.
    if (this.siteTitle && article.siteTitle && article.siteTitle !== this.siteTitle) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = ['body', 'title', 'summary', 'meta'].map(id => document.getElementById(id));
      const inArticle = node => parts.some(element => element && element.contains(node));
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!inArticle(node) && node.nodeValue.includes(this.siteTitle))
          node.nodeValue = node.nodeValue.split(this.siteTitle).join(article.siteTitle);
      }
      this.siteTitle = article.siteTitle;
    }
    for (const [id, value] of [['meta', article.date], ['summary', article.summary]]) {
      const block = document.getElementById(id)?.closest('p');
      if (block)
        block.hidden = !value; // no empty date or summary lines
    }
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
</head>)"));
    return page.toUtf8();
}

QString assetPath(const QUrl &url)
{
    if (url.scheme() != QLatin1String(Scheme) || !url.path().startsWith(QLatin1String("assets/")))
        return {};
    return url.path();
}

QStringList previewBlocks(const QString &canonicalHtml)
{
    Body body = ArticleBody::parse(canonicalHtml);
    BodyLinks::rewrite(body, rewriteLink, [](Figure &figure) {
        if (const qint64 media = BodyLinks::mediaId(figure.src); media != 0)
            figure.src = QStringLiteral("%1:media/%2").arg(QLatin1String(Scheme)).arg(media);
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
        { QStringLiteral("siteTitle"), article.siteTitle },
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
