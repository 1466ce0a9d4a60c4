#include "pagerenderer.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/bodylinks.h"
#include "content/dates.h"
#include "content/languages.h"
#include "core/parallel.h"
#include "core/sha256.h"
#include "imagederivatives.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>
#include <vector>

namespace {

using Data = Theme::Data;
constexpr int LatestOnHome = 5;

std::string s(const QString &text)
{
    return text.toStdString();
}

// A value that may be empty: Mustache treats "" as true and looks a missing key up in the
// enclosing contexts, so an empty one is set to false.
void setOptional(Data &data, const std::string &key, const QString &text)
{
    if (text.isEmpty())
        data.set(key, false);
    else
        data.set(key, s(text));
}

QString ogLocale(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("en_GB"); // UN usage
    if (language == QLatin1String("ka"))
        return QStringLiteral("ka_GE");
    return QLocale(language).name();
}

// JSON for a <script> element: no "<", ">" or "&" can end or confuse it.
QString scriptJson(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(u'<', QLatin1String("\\u003c"));
    json.replace(u'>', QLatin1String("\\u003e"));
    json.replace(u'&', QLatin1String("\\u0026"));
    return json;
}

} // namespace

PageRenderer::PageRenderer(const ExportPlan &plan)
    : m_export(plan)
    , m_plan(plan.plan())
    , m_theme(plan.theme())
{ }

QString PageRenderer::pageLabel(const QString &language, int page, int pages) const
{
    return m_export.theme().label(language, QStringLiteral("pageOf")).arg(page).arg(pages);
}

Data PageRenderer::entry(const QString &language, qint64 id) const
{
    Data item;
    const Translation *text = m_plan.text(language, id);
    item.set("title", s(text->title));
    setOptional(item, "summary", text->summary);
    item.set("href", s(href(m_plan.file(language, id))));
    setOptional(
        item, "fallbackLang", m_plan.isFallback(language, id) ? m_plan.source() : QString());
    if (m_plan.tree().find(id)->page.kind == PageKind::News) {
        const QDate date = m_plan.newsDate(id).date();
        item.set("date", s(Dates::longDate(date, language)));
        item.set("dateIso", s(date.toString(Qt::ISODate)));
    } else {
        item.set("date", false);
    }
    const qint64 lead = m_plan.tree().find(id)->page.leadMediaId;
    item["image"] = lead == 0 ? Data(false) : thumbnail(lead);
    return item;
}

Data PageRenderer::newsList(const QString &language, const QList<qint64> &ids) const
{
    Data list(Data::type::list);
    for (qint64 id : ids)
        list.push_back(entry(language, id));
    return list;
}

Data PageRenderer::common(const ExportJob &job)
{
    const QString &language = job.language;
    const qint64 id = job.id;
    const QString siteTitle = m_export.siteTitle(language);
    const bool notFound = job.kind == ExportJob::Kind::NotFound;
    const bool search = job.kind == ExportJob::Kind::Search;
    // A 404 page is served at any depth: its links start at the site's root.
    m_root = notFound ? (m_export.baseUrl().isEmpty() ? QStringLiteral("/") : m_export.baseUrl())
                      : QStringLiteral("../").repeated(job.file.count(u'/'));

    Data data;
    data.set("lang", s(language));
    data.set("siteTitle", s(siteTitle));
    data.set("root", s(m_root));
    data.set("home", s(href(m_plan.file(language, 0))));
    data.set("noindex", search);
    auto labels = m_labels.find(language); // the theme's words, made once per language
    if (labels == m_labels.end()) {
        Data words;
        const QMap<QString, QString> theme = m_export.theme().labels(language);
        for (auto it = theme.cbegin(); it != theme.cend(); ++it)
            words.set(s(it.key()), s(it.value()));
        labels = m_labels.insert(language, std::move(words));
    }
    data["labels"] = Data(*labels);
    if (const QString searchFile = m_export.searchFile(language); !searchFile.isEmpty()) {
        Data &link = data["search"];
        link.set("href", s(href(searchFile)));
        link.set("current", search);
    } else {
        data.set("search", false);
    }

    Data &menu = data["menu"] = Data(Data::type::list);
    for (qint64 top : m_plan.children(language, 0)) {
        Data item = entry(language, top);
        item.set("current",
            id != 0 && (top == id || m_plan.path(id).startsWith(m_plan.path(top) + u'/')));
        menu.push_back(item);
    }

    // The language switcher: the same page in each language that shows it, else that
    // language's home; hreflang alternates only to real translations. The search page's is
    // the other language's search page; it has no alternates (it is not a page to index).
    Data &switcher = data["languages"] = Data(Data::type::list);
    Data &alternates = data["alternates"] = Data(Data::type::list);
    const bool fallback = id != 0 && m_plan.isFallback(language, id);
    for (const QString &other : m_plan.languages()) {
        Data item;
        item.set("lang", s(other));
        item.set("name", s(Languages::ownName(other)));
        const bool has = !notFound && m_plan.shown(other, id);
        const QString otherSearch = search ? m_export.searchFile(other) : QString();
        item.set("href",
            s(href(otherSearch.isEmpty() ? m_plan.file(other, has ? id : 0) : otherSearch)));
        item.set("current", other == language);
        switcher.push_back(item);
        if (!notFound && !search && !fallback && (id == 0 || m_plan.hasOwnText(other, id)))
            alternates.push_back(item);
    }
    if (!notFound && !search && !fallback && m_plan.languages().contains(m_plan.source())
        && (id == 0 || m_plan.hasOwnText(m_plan.source(), id))) {
        Data item;
        item.set("lang", "x-default");
        item.set("href", s(href(m_plan.file(m_plan.source(), id))));
        alternates.push_back(item);
    }
    data.set("hasLanguages", m_plan.languages().size() > 1);

    if (!m_export.news(language).isEmpty()) {
        Data &feed = data["feed"];
        feed.set("title",
            s(siteTitle + QStringLiteral(" – ")
                + m_export.theme().label(language, QStringLiteral("news"))));
        feed.set("href", s(href(language + QStringLiteral("/feed.xml"))));
    }

    // Breadcrumbs: home, the parents, the page itself (without a link).
    if (id != 0 && !notFound) {
        QList<qint64> chain;
        for (qint64 at = id; at != 0; at = m_plan.tree().find(at)->page.parentId)
            chain.prepend(at);
        data.set("hasBreadcrumbs", true);
        Data &crumbs = data["breadcrumbs"] = Data(Data::type::list);
        Data home;
        home.set("title", s(m_export.theme().label(language, QStringLiteral("home"))));
        home.set("href", s(href(m_plan.file(language, 0))));
        home.set("fallbackLang", false);
        crumbs.push_back(home);
        for (qint64 at : std::as_const(chain)) {
            Data crumb;
            const Translation *text = m_plan.text(language, at);
            crumb.set("title", s(text->title));
            setOptional(crumb, "href",
                at != id || job.kind == ExportJob::Kind::NewsList ? href(m_plan.file(language, at))
                                                                  : QString());
            setOptional(crumb, "fallbackLang",
                m_plan.isFallback(language, at) ? m_plan.source() : QString());
            crumbs.push_back(crumb);
        }
    }
    return data;
}

bool PageRenderer::showImage(Figure &figure, const QString &textLanguage, RenderedPage &output,
    int &images, QString *firstImage) const
{
    const auto item = m_export.media().constFind(BodyLinks::mediaId(figure.src));
    // The copies ExportPlan::imageFiles() writes: WebP and a fallback at a few widths, the
    // browser choosing by the width the image shows at (the theme's text column).
    const QList<ImageDerivatives::Variant> fallbacks = item == m_export.media().cend()
        ? QList<ImageDerivatives::Variant>()
        : ImageDerivatives::fallbacks(*item);
    if (fallbacks.isEmpty()) {
        figure.src.clear(); // dropped
        return false;
    }
    const QString top = href(QString());
    const auto shown = std::find_if(fallbacks.crbegin(), fallbacks.crend(),
        [](const ImageDerivatives::Variant &v) { return v.width <= 960; });
    figure.src = top + (shown == fallbacks.crend() ? fallbacks.first() : *shown).file;
    figure.srcset = ImageDerivatives::srcset(fallbacks, top);
    figure.webpSrcset = ImageDerivatives::srcset(ImageDerivatives::variants(*item), top);
    figure.sizes = QStringLiteral("(min-width: 46rem) 43.5rem, calc(100vw - 2.5rem)");
    figure.width = item->width;
    figure.height = item->height;
    figure.lazy = images++ > 0;
    if (figure.alt.isEmpty())
        figure.alt = item->alts.value(textLanguage);
    if (!output.media.contains(item->id))
        output.media.append(item->id);
    if (firstImage && firstImage->isEmpty())
        *firstImage = fallbacks.last().file; // the largest, for og:image
    return true;
}

Data PageRenderer::thumbnail(qint64 mediaId) const
{
    const auto item = m_export.media().constFind(mediaId);
    if (item == m_export.media().cend())
        return Data(false);
    const QList<ImageDerivatives::Variant> all = ImageDerivatives::thumbnails(*item);
    QList<ImageDerivatives::Variant> webp, fallbacks;
    for (const auto &variant : all)
        (variant.format == QLatin1String("webp") ? webp : fallbacks).append(variant);
    if (fallbacks.isEmpty())
        return Data(false);
    const QString top = href(QString());
    Data image;
    image.set("src", s(top + fallbacks.first().file));
    image.set("srcset", s(ImageDerivatives::srcset(fallbacks, top)));
    image.set("webpSrcset", s(ImageDerivatives::srcset(webp, top)));
    image.set("sizes", "(max-width: 30em) calc(100vw - 2.5rem), 14rem");
    image.set("width", s(QString::number(fallbacks.first().width)));
    image.set("height", s(QString::number(fallbacks.first().height)));
    return image;
}

QString PageRenderer::leadImage(const Page &page, const QString &textLanguage, RenderedPage &output,
    int &images, QString *firstImage) const
{
    if (page.leadMediaId == 0)
        return {};
    const auto item = m_export.media().constFind(page.leadMediaId);
    if (item == m_export.media().cend())
        return {};
    Body body;
    Block block;
    block.kind = Block::Kind::Figure;
    block.figure.src = QStringLiteral("media:%1").arg(page.leadMediaId);
    QString caption = item->captions.value(textLanguage);
    if (const QString credit = item->credits.value(textLanguage); !credit.isEmpty())
        caption = caption.isEmpty() ? credit : caption + QStringLiteral(" ") + credit;
    if (!caption.isEmpty())
        block.figure.caption = { Run { caption, {}, false } };
    if (!showImage(block.figure, textLanguage, output, images, firstImage))
        return {};
    body.blocks.append(block);
    return BodyHtmlWriter::write(body);
}

QString PageRenderer::renderBody(const QString &language, const Translation &text,
    RenderedPage &output, QString *firstImage, int images) const
{
    Body body = ArticleBody::parse(text.bodyHtml);
    // The pre-publish check of this text, on the body parsed once for both.
    if (m_export.options().check && text.language == language)
        output.findings
            = SiteCheck::textFindings(m_plan, m_export.media(), language, text.pageId, body);
    BodyLinks::rewrite(
        body,
        [&](const QString &link) -> QString {
            const auto page = BodyLinks::pageLink(link);
            if (!page)
                return link.startsWith(QLatin1String("page:")) ? QString() : link;
            // A link to a page this language does not show keeps only its text.
            return m_plan.shown(language, page->id)
                ? href(m_plan.file(language, page->id)) + page->fragment
                : QString();
        },
        [&](Figure &figure) { showImage(figure, text.language, output, images, firstImage); });
    body.blocks.removeIf([](const Block &block) {
        return block.kind == Block::Kind::Figure && block.figure.src.isEmpty();
    });
    return BodyHtmlWriter::write(body);
}

RenderedPage PageRenderer::render(const ExportJob &job)
{
    RenderedPage output;
    Data data = common(job);
    const QString &language = job.language;
    const QString siteTitle = m_export.siteTitle(language);
    const QString &baseUrl = m_export.baseUrl();
    std::string content; // the page's own template, set in the layout as it is
    QString canonical = baseUrl.isEmpty() ? QString() : m_export.absolute(job.file);

    Data og;
    og.set("siteName", s(siteTitle));
    og.set("locale", s(ogLocale(language)));
    Data &localeAlternates = og["localeAlternates"] = Data(Data::type::list);
    for (const QString &other : m_plan.languages()) {
        if (other != language && (job.id == 0 || m_plan.hasOwnText(other, job.id)))
            localeAlternates.push_back(s(ogLocale(other)));
    }
    og.set("type", "website");

    if (job.kind == ExportJob::Kind::Search) {
        const QString title = m_export.theme().label(language, QStringLiteral("search"));
        data.set("documentTitle", s(title + QStringLiteral(" – ") + siteTitle));
        data.set("description", false);
        og.set("title", s(title));
        og.set("description", false);
        content = m_theme.renderString(QStringLiteral("search"), data);
    } else if (job.kind == ExportJob::Kind::NotFound) {
        const QString title = m_export.theme().label(language, QStringLiteral("notFound"));
        data.set("documentTitle", s(title + QStringLiteral(" – ") + siteTitle));
        content = m_theme.renderString(QStringLiteral("404"), data);
        canonical.clear();
    } else if (job.id == 0) {
        data.set("documentTitle", s(siteTitle));
        const QList<qint64> tops = m_plan.children(language, 0);
        data.set("hasSections", !tops.isEmpty());
        data["sections"] = newsList(language, tops);
        const QList<qint64> latest = m_export.news(language).mid(0, LatestOnHome);
        data.set("hasNews", !latest.isEmpty());
        data["news"] = newsList(language, latest);
        og.set("title", s(siteTitle));
        content = m_theme.renderString(QStringLiteral("home"), data);
    } else {
        const Page &page = m_plan.tree().find(job.id)->page;
        const Translation &text = *m_plan.text(language, job.id);
        const bool fallback = m_plan.isFallback(language, job.id);
        data.set("title", s(text.title));
        setOptional(data, "summary", text.summary);
        setOptional(data, "description", text.summary);
        og.set("title", s(text.title));
        setOptional(og, "description", text.summary);
        if (fallback) {
            data.set("fallback",
                s(m_export.theme()
                        .label(language, QStringLiteral("fallback"))
                        .arg(Languages::ownName(m_plan.source()))));
            data.set("textLang", s(m_plan.source()));
            // The original is the page to index; no alternates point here.
            canonical = baseUrl.isEmpty() ? QString()
                                          : m_export.absolute(m_plan.file(m_plan.source(), job.id));
        }

        const QList<qint64> news = page.kind == PageKind::Section
            ? m_export.sectionNews(language, job.id)
            : QList<qint64>();
        const int perPage = qMax(1, m_plan.settings().newsPerPage);
        const int pages = qMax(1, int((news.size() + perPage - 1) / perPage));
        if (job.kind == ExportJob::Kind::NewsList || pages > 1) {
            const auto listFile = [&](int n) {
                return n == 1 ? m_plan.file(language, job.id)
                              : QStringLiteral("%1/%2/index-%3.html")
                                    .arg(language, m_plan.path(job.id))
                                    .arg(n);
            };
            Data &pagination = data["pagination"];
            pagination.set("label", s(pageLabel(language, job.listPage, pages)));
            if (job.listPage > 1)
                pagination.set("previous", s(href(listFile(job.listPage - 1))));
            if (job.listPage < pages)
                pagination.set("next", s(href(listFile(job.listPage + 1))));
        }
        const QList<qint64> shownNews = news.mid((job.listPage - 1) * perPage, perPage);
        data.set("hasNews", !shownNews.isEmpty());
        data["news"] = newsList(language, shownNews);

        if (job.kind == ExportJob::Kind::NewsList) {
            data.set("documentTitle",
                s(QStringLiteral("%1 – %2 – %3")
                        .arg(text.title, pageLabel(language, job.listPage, pages), siteTitle)));
            content = m_theme.renderString(QStringLiteral("newslist"), data);
        } else {
            data.set("documentTitle", s(text.title + QStringLiteral(" – ") + siteTitle));
            // The lead image opens the article (and is its og:image), the body's follow.
            QString image;
            int images = 0;
            const QString textLanguage = fallback ? m_plan.source() : language;
            setOptional(data, "leadImage", leadImage(page, textLanguage, output, images, &image));
            data["body"] = Data(s(renderBody(language, text, output, &image, images)));
            Data &children = data["children"] = Data(Data::type::list);
            for (qint64 child : m_plan.children(language, job.id)) {
                if (page.kind != PageKind::Section
                    || m_plan.tree().find(child)->page.kind != PageKind::News)
                    children.push_back(entry(language, child));
            }
            data.set("hasChildren", !children.is_empty_list());
            if (!image.isEmpty() && !baseUrl.isEmpty())
                og.set("image", s(baseUrl + image));
            QString name = QStringLiteral("page");
            if (page.kind == PageKind::Section)
                name = QStringLiteral("section");
            if (page.kind == PageKind::News) {
                name = QStringLiteral("news");
                const QDateTime date = m_plan.newsDate(job.id);
                data.set("date", s(Dates::longDate(date.date(), language)));
                data.set("dateIso", s(date.date().toString(Qt::ISODate)));
                og.set("type", "article");
                og.set("published", s(date.toString(Qt::ISODate)));
                QJsonObject article {
                    { QStringLiteral("@context"), QStringLiteral("https://schema.org") },
                    { QStringLiteral("@type"), QStringLiteral("NewsArticle") },
                    { QStringLiteral("headline"), text.title },
                    { QStringLiteral("inLanguage"), fallback ? m_plan.source() : language },
                    { QStringLiteral("datePublished"), date.toString(Qt::ISODate) },
                    { QStringLiteral("publisher"),
                        QJsonObject { { QStringLiteral("@type"), QStringLiteral("Organization") },
                            { QStringLiteral("name"), siteTitle } } },
                };
                if (text.updatedAt.isValid())
                    article.insert(
                        QStringLiteral("dateModified"), text.updatedAt.toString(Qt::ISODate));
                if (!text.summary.isEmpty())
                    article.insert(QStringLiteral("description"), text.summary);
                if (!canonical.isEmpty())
                    article.insert(QStringLiteral("mainEntityOfPage"), canonical);
                if (!image.isEmpty() && !baseUrl.isEmpty())
                    article.insert(
                        QStringLiteral("image"), QJsonArray { QString(baseUrl + image) });
                data.set("jsonLd", s(scriptJson(article)));
            }
            content = m_theme.renderString(name, data);
        }
    }
    if (!canonical.isEmpty()) {
        data.set("canonical", s(canonical));
        og.set("url", s(canonical));
    }
    if (job.kind != ExportJob::Kind::NotFound)
        data["og"] = std::move(og);
    data["content"] = Data(content);
    output.bytes = m_theme.render(QStringLiteral("layout"), data);
    output.sha256 = Sha256::hash(output.bytes);
    return output;
}

bool PageRenderer::renderAll(
    const ExportPlan &plan, const QList<int> &jobIndexes, QHash<int, RenderedPage> &outputs)
{
    const ExportOptions &options = plan.options();
    const int total = int(jobIndexes.size());
    QList<RenderedPage> results(total);
    const int threads = Parallel::threadsFor(total, 16, options.threads);
    std::vector<std::optional<PageRenderer>> renderers(threads); // each thread makes its own
    const bool finished = Parallel::forEachReporting(
        total, threads, Parallel::Order::Next, 64,
        [&](int thread, qsizetype i) {
            if (options.cancelled())
                return false;
            std::optional<PageRenderer> &renderer = renderers[thread];
            if (!renderer)
                renderer.emplace(plan);
            results[i] = renderer->render(plan.jobs()[jobIndexes[i]]);
            return true;
        },
        [&](qsizetype done) {
            if (options.progress)
                options.progress(ExportPhase::Rendering, int(done), total);
        });
    if (!finished || options.cancelled())
        return false;
    if (options.progress)
        options.progress(ExportPhase::Rendering, total, total);
    for (int i = 0; i < total; ++i)
        outputs.insert(jobIndexes[i], std::move(results[i]));
    return true;
}
