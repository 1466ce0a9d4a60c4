#include "siteexporter.h"

#include "body/articlebody.h"
#include "body/bodyhtmlwriter.h"
#include "body/bodylinks.h"
#include "bundlezip.h"
#include "content/dates.h"
#include "content/languages.h"
#include "core/sha256.h"
#include "exportcache.h"
#include "feeds.h"
#include "publishplan.h"
#include "sitecheck.h"
#include "store/mediarepository.h"
#include "store/sitedatabase.h"
#include "theme.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <numeric>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

using Data = kainjow::mustache::data;
constexpr char ExporterVersion[] = "newsdesk-export-2";
constexpr int LatestOnHome = 5;
constexpr int FeedEntries = 20;

std::string s(const QString &text)
{
    return text.toStdString();
}

// kainjow's set() and push_back() copy what they are given, a list with all its items: large
// values are put in place empty and filled where they are.
Data &placed(Data &parent, const std::string &key, Data::type type)
{
    parent.set(key, Data(type));
    return const_cast<Data &>(*parent.get(key)); // the parent's own, not a const object
}

Data &appended(Data &list)
{
    list.push_back(Data());
    return const_cast<Data &>(list.list_value().back());
}

void setLong(Data &parent, const std::string &key, std::string &&text)
{
    Data &value = placed(parent, key, Data::type::string);
    const_cast<std::string &>(value.string_value()) = std::move(text);
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

// The words of the site itself, in its languages (not the editor's interface).
QString siteWord(const QString &language, const char *key)
{
    static const QMap<QString, QMap<QString, QString>> words {
        { QStringLiteral("en"),
            {
                { QStringLiteral("menu"), QStringLiteral("Menu") },
                { QStringLiteral("languages"), QStringLiteral("Languages") },
                { QStringLiteral("breadcrumbs"), QStringLiteral("You are here") },
                { QStringLiteral("skip"), QStringLiteral("Skip to content") },
                { QStringLiteral("home"), QStringLiteral("Home") },
                { QStringLiteral("notFound"), QStringLiteral("Page not found") },
                { QStringLiteral("notFoundHelp"),
                    QStringLiteral("The page you asked for is not here. Try the menu above.") },
                { QStringLiteral("news"), QStringLiteral("News") },
                { QStringLiteral("latestNews"), QStringLiteral("Latest news") },
                { QStringLiteral("feed"), QStringLiteral("News feed (Atom)") },
                { QStringLiteral("pagination"), QStringLiteral("More news") },
                { QStringLiteral("older"), QStringLiteral("Older news") },
                { QStringLiteral("newer"), QStringLiteral("Newer news") },
                { QStringLiteral("pageOf"), QStringLiteral("Page %1 of %2") },
                { QStringLiteral("fallback"),
                    QStringLiteral("This page has not been translated yet. It is shown in %1.") },
            } },
        { QStringLiteral("ka"),
            {
                { QStringLiteral("menu"), QStringLiteral("მენიუ") },
                { QStringLiteral("languages"), QStringLiteral("ენები") },
                { QStringLiteral("breadcrumbs"), QStringLiteral("თქვენ აქ ხართ") },
                { QStringLiteral("skip"), QStringLiteral("შინაარსზე გადასვლა") },
                { QStringLiteral("home"), QStringLiteral("მთავარი") },
                { QStringLiteral("notFound"), QStringLiteral("გვერდი ვერ მოიძებნა") },
                { QStringLiteral("notFoundHelp"),
                    QStringLiteral("მოთხოვნილი გვერდი აქ არ არის. სცადეთ ზემოთ მოცემული მენიუ.") },
                { QStringLiteral("news"), QStringLiteral("სიახლეები") },
                { QStringLiteral("latestNews"), QStringLiteral("ბოლო სიახლეები") },
                { QStringLiteral("feed"), QStringLiteral("სიახლეების არხი (Atom)") },
                { QStringLiteral("pagination"), QStringLiteral("მეტი სიახლე") },
                { QStringLiteral("older"), QStringLiteral("ძველი სიახლეები") },
                { QStringLiteral("newer"), QStringLiteral("ახალი სიახლეები") },
                { QStringLiteral("pageOf"), QStringLiteral("გვერდი %1 / %2") },
                { QStringLiteral("fallback"),
                    QStringLiteral("ეს გვერდი ჯერ არ არის თარგმნილი. ის ნაჩვენებია ენაზე: %1.") },
            } },
    };
    const auto found = words.constFind(language);
    return (found == words.cend() ? words.value(QStringLiteral("en")) : *found)
        .value(QLatin1String(key));
}

QString ogLocale(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("en_GB"); // UN usage
    if (language == QLatin1String("ka"))
        return QStringLiteral("ka_GE");
    return QLocale(language).name();
}

QByteArray sha256(const QByteArray &bytes)
{
    return Sha256::hash(bytes);
}

// "en/who-we-are/index.html" → "en/who-we-are/" (how a web server shows it)
QString prettyPath(const QString &file)
{
    return file.endsWith(QLatin1String("/index.html")) ? file.chopped(10) : file;
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

QString mediaFile(const MediaItem &item)
{
    QString extension = item.mimeType.section(u'/', 1);
    if (extension == QLatin1String("jpeg"))
        extension = QStringLiteral("jpg");
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (!safe.match(extension).hasMatch())
        extension = QStringLiteral("bin");
    return QStringLiteral("media/%1.%2").arg(item.sha256.left(16), extension);
}

struct Job
{
    enum class Kind
    {
        Page,
        NewsList, // page 2… of a section's news
        NotFound,
    };
    Kind kind = Kind::Page;
    QString language;
    qint64 id = 0; // 0: the language's home
    int listPage = 1;
    QString file;
    QByteArray fingerprint;
};

struct Output
{
    QByteArray bytes;
    QByteArray sha256;
    QList<qint64> media;
    QList<SiteCheck::Finding> findings; // the check's, for a page's own text
};

// Everything one export needs, read once; rendering reads it from several threads.
class Build
{
public:
    Build(SiteDatabase &db, const SiteExporter::Options &options)
        : m_db(db)
        , m_options(options)
    { }

    Status prepare(PageRepository::TextParts parts);
    Status loadBodies(const QList<int> &jobIndexes);
    Result<QHash<qint64, Translation>> allTexts(const QString &language) const;
    bool renderAll(const QList<int> &jobIndexes, QHash<int, Output> &outputs) const;
    // The files that are cheap to make and made every time: root, robots, feeds, sitemap,
    // assets. Media come separately (mediaFiles).
    QMap<QString, QByteArray> extraFiles() const;
    QString mediaPath(qint64 id) const;

    const QList<Job> &jobs() const { return m_jobs; }
    // The check's findings: the site's, then each page's (rendered now or remembered), in the
    // order `newsdesk check` lists them.
    QList<SiteCheck::Finding> findings(
        const std::function<QList<SiteCheck::Finding>(int job)> &pageFindings) const
    {
        QList<SiteCheck::Finding> all = SiteCheck::siteFindings(
            m_plan, QString(), m_theme->hasWebFont(), !m_baseUrl.isEmpty());
        for (int i = 0; i < m_jobs.size(); ++i)
            all += pageFindings(i);
        return all;
    }
    const QHash<qint64, MediaItem> &media() const { return m_media; }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

private:
    class Renderer;
    QString absolute(const QString &file) const { return m_baseUrl + prettyPath(file); }
    QString pageLabel(const QString &language, int page, int pages) const
    {
        return siteWord(language, "pageOf").arg(page).arg(pages);
    }
    QList<qint64> sectionNews(const QString &language, qint64 id) const;
    int newsPages(const QString &language, qint64 id) const;

    SiteDatabase &m_db;
    SiteExporter::Options m_options;
    PublishPlan m_plan;
    std::optional<Theme> m_theme;
    QHash<qint64, MediaItem> m_media;
    QString m_baseUrl; // with a trailing slash, or empty
    QList<Job> m_jobs;
    QHash<QString, QList<qint64>> m_news; // language → the site's news, newest first
    QHash<QPair<QString, qint64>, QList<qint64>> m_sectionNews;
};

QList<qint64> Build::sectionNews(const QString &language, qint64 id) const
{
    if (const auto known = m_sectionNews.constFind({ language, id }); known != m_sectionNews.cend())
        return *known;
    QList<qint64> news;
    for (qint64 child : m_plan.children(language, id)) {
        if (m_plan.tree().find(child)->page.kind == PageKind::News)
            news.append(child);
    }
    m_plan.sortNewestFirst(news);
    return news;
}

int Build::newsPages(const QString &language, qint64 id) const
{
    const int perPage = qMax(1, m_plan.settings().newsPerPage);
    return qMax(1, int((sectionNews(language, id).size() + perPage - 1) / perPage));
}

Status Build::prepare(PageRepository::TextParts parts)
{
    auto plan = PublishPlan::load(m_db, { m_options.now, m_options.languages, parts });
    if (!plan)
        return failure(plan.error());
    m_plan = std::move(*plan);
    if (m_plan.languages().isEmpty())
        return failure(
            SiteExporter::tr("%1: nothing to publish: no page is published in %2")
                .arg(m_db.path(),
                    m_options.languages.isEmpty() ? SiteExporter::tr("any language")
                                                  : m_options.languages.join(QLatin1String(", "))));

    auto theme = Theme::load(Theme::folderFor(m_plan.settings().theme, m_db.path()));
    if (!theme)
        return failure(theme.error());
    m_theme = std::move(*theme);

    auto media = MediaRepository(m_db).all();
    if (!media)
        return failure(media.error());
    m_media = std::move(*media);

    m_baseUrl = m_options.baseUrl.isEmpty() ? m_plan.settings().baseUrl : m_options.baseUrl;
    if (!m_baseUrl.isEmpty() && !m_baseUrl.endsWith(u'/'))
        m_baseUrl += u'/';

    // What every page depends on besides its own text.
    QCryptographicHash global(QCryptographicHash::Md5);
    global.addData(ExporterVersion);
    global.addData(m_theme->fingerprint());
    global.addData(m_plan.structureFingerprint());
    // Which pages exist at all, published or not: a link to one that is gone is broken, not
    // unpublished, and a page that is not rendered again keeps its findings from the cache.
    QList<qint64> pageIds = m_plan.tree().depthFirst();
    std::sort(pageIds.begin(), pageIds.end());
    global.addData(QByteArrayView(reinterpret_cast<const char *>(pageIds.constData()),
        pageIds.size() * qsizetype(sizeof(qint64))));
    global.addData(QByteArray(m_baseUrl.toUtf8() + '\0' + m_plan.languages().join(u',').toUtf8()));
    QList<qint64> mediaIds = m_media.keys();
    std::sort(mediaIds.begin(), mediaIds.end());
    for (qint64 id : std::as_const(mediaIds)) {
        const MediaItem &item = m_media[id];
        QString line = QStringLiteral("%1/%2/%3x%4")
                           .arg(id)
                           .arg(item.sha256)
                           .arg(item.width)
                           .arg(item.height);
        for (auto it = item.alts.cbegin(); it != item.alts.cend(); ++it)
            line += u'/' + it.key() + u'=' + it.value();
        global.addData(QByteArray(line.toUtf8() + '\0'));
    }
    const QByteArray globalPrint = global.result();
    // A page's file is its cache key already: what it was made from is the global inputs
    // and its text's version.
    const auto fingerprint
        = [&](qint64 version) { return globalPrint + QByteArray::number(version); };

    for (const QString &language : m_plan.languages()) {
        m_news.insert(language, m_plan.news(language));
        QList<qint64> ids = m_plan.pages(language);
        ids.prepend(0);
        for (qint64 id : std::as_const(ids)) {
            if (id != 0 && m_plan.tree().find(id)->page.kind == PageKind::Section)
                m_sectionNews.insert({ language, id }, sectionNews(language, id));
            Job job;
            job.language = language;
            job.id = id;
            job.file = m_plan.file(language, id);
            const Translation *text = m_plan.text(language, id);
            job.fingerprint = fingerprint(text ? text->version : 0);
            m_jobs.append(job);
            if (id != 0 && m_plan.tree().find(id)->page.kind == PageKind::Section) {
                const int pages = newsPages(language, id);
                for (int page = 2; page <= pages; ++page) {
                    Job list;
                    list.kind = Job::Kind::NewsList;
                    list.language = language;
                    list.id = id;
                    list.listPage = page;
                    list.file = QStringLiteral("%1/%2/index-%3.html")
                                    .arg(language, m_plan.path(id))
                                    .arg(page);
                    list.fingerprint = fingerprint(0);
                    m_jobs.append(list);
                }
            }
        }
    }
    Job notFound;
    notFound.kind = Job::Kind::NotFound;
    notFound.language = m_plan.languages().contains(m_plan.source()) ? m_plan.source()
                                                                     : m_plan.languages().first();
    notFound.file = QStringLiteral("404.html");
    notFound.fingerprint = fingerprint(0);
    m_jobs.append(notFound);
    return {};
}

Status Build::loadBodies(const QList<int> &jobIndexes)
{
    QHash<QString, QList<qint64>> wanted; // language of the text → pages
    for (int index : jobIndexes) {
        const Job &job = m_jobs[index];
        if (job.kind != Job::Kind::Page || job.id == 0)
            continue;
        wanted[m_plan.hasOwnText(job.language, job.id) ? job.language : m_plan.source()].append(
            job.id);
    }
    PageRepository pages(m_db);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it->size() > 200) { // one pass is cheaper than many lookups
            auto all = allTexts(it.key());
            if (!all)
                return failure(all.error());
            for (qint64 id : *it) {
                if (const auto found = all->constFind(id); found != all->cend())
                    m_plan.setText(*found);
            }
            continue;
        }
        for (qint64 id : *it) {
            auto text = pages.translation(id, it.key());
            if (!text)
                return failure(text.error());
            if (*text)
                m_plan.setText(**text);
        }
    }
    return {};
}

// Every text of a language with its body, read on two cores: this connection reads half of
// them while a connection of the helper thread's own reads the other half (decoding 75 MB of
// Georgian text alone takes a core 85 ms).
Result<QHash<qint64, Translation>> Build::allTexts(const QString &language) const
{
    const PageRepository pages(m_db);
    if (QThread::idealThreadCount() < 2)
        return pages.translations(language);
    const PageRepository::Share mine { 0, 2 }, theirs { 1, 2 };
    std::optional<Result<QHash<qint64, Translation>>> other;
    std::thread helper([&] {
        const auto site = SiteDatabase::open(
            m_db.path(), SiteDatabase::Mode::ReadOnly, {}, SiteDatabase::Check::HeaderOnly);
        if (site)
            other = PageRepository(**site).translations(
                language, PageRepository::TextParts::WithBody, theirs);
    });
    auto texts = pages.translations(language, PageRepository::TextParts::WithBody, mine);
    helper.join();
    if (!other) // no second connection: the other half is read here too
        other = pages.translations(language, PageRepository::TextParts::WithBody, theirs);
    if (!texts)
        return texts;
    if (!*other)
        return failure(other->error());
    texts->insert(**other);
    return texts;
}

QString Build::mediaPath(qint64 id) const
{
    const auto found = m_media.constFind(id);
    return found == m_media.cend() ? QString() : mediaFile(*found);
}

// Renders pages with one parsed copy of the theme; one per thread.
class Build::Renderer
{
public:
    explicit Renderer(const Build &build)
        : m_build(build)
        , m_plan(build.m_plan)
        , m_theme(*build.m_theme)
    { }

    Output render(const Job &job);

private:
    QString href(const QString &to) const { return m_root + to; }
    Data common(const Job &job);
    void entry(Data &item, const QString &language, qint64 id);
    void newsList(Data &list, const QString &language, const QList<qint64> &ids);
    QString renderBody(
        const QString &language, const Translation &text, Output &output, QString *firstImage);

    const Build &m_build;
    const PublishPlan &m_plan;
    Theme::Renderer m_theme;
    QString m_root; // from the current file to the bundle's root
};

void Build::Renderer::entry(Data &item, const QString &language, qint64 id)
{
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
}

void Build::Renderer::newsList(Data &list, const QString &language, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        entry(appended(list), language, id);
}

Data Build::Renderer::common(const Job &job)
{
    const QString &language = job.language;
    const qint64 id = job.id;
    const QString siteTitle = m_plan.settings().siteTitles.value(language).isEmpty()
        ? m_plan.settings().siteTitles.value(m_plan.source())
        : m_plan.settings().siteTitles.value(language);
    const bool notFound = job.kind == Job::Kind::NotFound;
    // A 404 page is served at any depth: its links start at the site's root.
    m_root = notFound ? (m_build.m_baseUrl.isEmpty() ? QStringLiteral("/") : m_build.m_baseUrl)
                      : QStringLiteral("../").repeated(job.file.count(u'/'));

    Data data;
    data.set("lang", s(language));
    data.set("siteTitle", s(siteTitle));
    data.set("root", s(m_root));
    data.set("home", s(href(m_plan.file(language, 0))));
    Data &labels = placed(data, "labels", Data::type::object);
    for (const char *key : { "menu", "languages", "breadcrumbs", "skip", "home", "notFound",
             "notFoundHelp", "news", "latestNews", "feed", "pagination", "older", "newer" })
        labels.set(key, s(siteWord(language, key)));

    Data &menu = placed(data, "menu", Data::type::list);
    for (qint64 top : m_plan.children(language, 0)) {
        Data &item = appended(menu);
        entry(item, language, top);
        item.set("current",
            id != 0 && (top == id || m_plan.path(id).startsWith(m_plan.path(top) + u'/')));
    }

    // The language switcher: the same page in each language that shows it, else that
    // language's home; hreflang alternates only to real translations.
    Data switcher { Data::type::list };
    Data alternates { Data::type::list };
    const bool fallback = id != 0 && m_plan.isFallback(language, id);
    for (const QString &other : m_plan.languages()) {
        Data item;
        item.set("lang", s(other));
        item.set("name", s(Languages::ownName(other)));
        const bool has = !notFound && m_plan.shown(other, id);
        item.set("href", s(href(m_plan.file(other, has ? id : 0))));
        item.set("current", other == language);
        switcher.push_back(item);
        if (!notFound && !fallback && (id == 0 || m_plan.hasOwnText(other, id)))
            alternates.push_back(item);
    }
    if (!notFound && !fallback && m_plan.languages().contains(m_plan.source())
        && (id == 0 || m_plan.hasOwnText(m_plan.source(), id))) {
        Data item;
        item.set("lang", "x-default");
        item.set("href", s(href(m_plan.file(m_plan.source(), id))));
        alternates.push_back(item);
    }
    data.set("hasLanguages", m_plan.languages().size() > 1);
    data.set("languages", switcher);
    data.set("alternates", alternates);

    if (!m_build.m_news.value(language).isEmpty()) {
        Data feed;
        feed.set("title", s(siteTitle + QStringLiteral(" – ") + siteWord(language, "news")));
        feed.set("href", s(href(language + QStringLiteral("/feed.xml"))));
        data.set("feed", feed);
    }

    // Breadcrumbs: home, the parents, the page itself (without a link).
    if (id != 0 && !notFound) {
        QList<qint64> chain;
        for (qint64 at = id; at != 0; at = m_plan.tree().find(at)->page.parentId)
            chain.prepend(at);
        data.set("hasBreadcrumbs", true);
        Data &crumbs = placed(data, "breadcrumbs", Data::type::list);
        Data &home = appended(crumbs);
        home.set("title", s(siteWord(language, "home")));
        home.set("href", s(href(m_plan.file(language, 0))));
        home.set("fallbackLang", false);
        for (qint64 at : std::as_const(chain)) {
            Data &crumb = appended(crumbs);
            const Translation *text = m_plan.text(language, at);
            crumb.set("title", s(text->title));
            setOptional(crumb, "href",
                at != id || job.kind == Job::Kind::NewsList ? href(m_plan.file(language, at))
                                                            : QString());
            setOptional(crumb, "fallbackLang",
                m_plan.isFallback(language, at) ? m_plan.source() : QString());
        }
    }
    return data;
}

QString Build::Renderer::renderBody(
    const QString &language, const Translation &text, Output &output, QString *firstImage)
{
    Body body = ArticleBody::parse(text.bodyHtml);
    // The pre-publish check of this text, on the body parsed once for both.
    if (m_build.m_options.check && text.language == language)
        output.findings
            = SiteCheck::textFindings(m_plan, m_build.m_media, language, text.pageId, body);
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
        [&](Figure &figure) {
            const auto item = m_build.m_media.constFind(BodyLinks::mediaId(figure.src));
            if (item == m_build.m_media.cend()) {
                figure.src.clear(); // dropped below
                return;
            }
            const QString file = mediaFile(*item);
            figure.src = href(file);
            figure.width = item->width;
            figure.height = item->height;
            if (figure.alt.isEmpty())
                figure.alt = item->alts.value(text.language);
            if (!output.media.contains(item->id))
                output.media.append(item->id);
            if (firstImage && firstImage->isEmpty())
                *firstImage = file;
        });
    body.blocks.removeIf([](const Block &block) {
        return block.kind == Block::Kind::Figure && block.figure.src.isEmpty();
    });
    return BodyHtmlWriter::write(body);
}

Output Build::Renderer::render(const Job &job)
{
    Output output;
    Data data = common(job);
    const QString &language = job.language;
    const QString siteTitle = QString::fromStdString(data.get("siteTitle")->string_value());
    std::string content; // the page's own template, set in the layout as it is
    QString title;
    QString canonical = m_build.m_baseUrl.isEmpty() ? QString() : m_build.absolute(job.file);

    Data og;
    og.set("siteName", s(siteTitle));
    og.set("locale", s(ogLocale(language)));
    Data localeAlternates { Data::type::list };
    for (const QString &other : m_plan.languages()) {
        if (other != language && (job.id == 0 || m_plan.hasOwnText(other, job.id)))
            localeAlternates.push_back(s(ogLocale(other)));
    }
    og.set("localeAlternates", localeAlternates);
    og.set("type", "website");

    if (job.kind == Job::Kind::NotFound) {
        title = siteWord(language, "notFound");
        data.set("documentTitle", s(title + QStringLiteral(" – ") + siteTitle));
        content = m_theme.renderString(QStringLiteral("404"), data);
        canonical.clear();
    } else if (job.id == 0) {
        data.set("documentTitle", s(siteTitle));
        const QList<qint64> tops = m_plan.children(language, 0);
        data.set("hasSections", !tops.isEmpty());
        Data &sections = placed(data, "sections", Data::type::list);
        for (qint64 top : tops)
            entry(appended(sections), language, top);
        const QList<qint64> latest = m_build.m_news.value(language).mid(0, LatestOnHome);
        data.set("hasNews", !latest.isEmpty());
        newsList(placed(data, "news", Data::type::list), language, latest);
        og.set("title", s(siteTitle));
        content = m_theme.renderString(QStringLiteral("home"), data);
    } else {
        const Page &page = m_plan.tree().find(job.id)->page;
        const Translation &text = *m_plan.text(language, job.id);
        const bool fallback = m_plan.isFallback(language, job.id);
        title = text.title;
        data.set("title", s(text.title));
        setOptional(data, "summary", text.summary);
        setOptional(data, "description", text.summary);
        og.set("title", s(text.title));
        setOptional(og, "description", text.summary);
        if (fallback) {
            data.set("fallback",
                s(siteWord(language, "fallback").arg(Languages::ownName(m_plan.source()))));
            data.set("textLang", s(m_plan.source()));
            // The original is the page to index; no alternates point here.
            canonical = m_build.m_baseUrl.isEmpty()
                ? QString()
                : m_build.absolute(m_plan.file(m_plan.source(), job.id));
        }

        const QList<qint64> news = page.kind == PageKind::Section
            ? m_build.sectionNews(language, job.id)
            : QList<qint64>();
        const int perPage = qMax(1, m_plan.settings().newsPerPage);
        const int pages = qMax(1, int((news.size() + perPage - 1) / perPage));
        if (job.kind == Job::Kind::NewsList || pages > 1) {
            const auto listFile = [&](int n) {
                return n == 1 ? m_plan.file(language, job.id)
                              : QStringLiteral("%1/%2/index-%3.html")
                                    .arg(language, m_plan.path(job.id))
                                    .arg(n);
            };
            Data pagination;
            pagination.set("label", s(m_build.pageLabel(language, job.listPage, pages)));
            if (job.listPage > 1)
                pagination.set("previous", s(href(listFile(job.listPage - 1))));
            if (job.listPage < pages)
                pagination.set("next", s(href(listFile(job.listPage + 1))));
            data.set("pagination", pagination);
        }
        const QList<qint64> shownNews = news.mid((job.listPage - 1) * perPage, perPage);
        data.set("hasNews", !shownNews.isEmpty());
        newsList(placed(data, "news", Data::type::list), language, shownNews);

        if (job.kind == Job::Kind::NewsList) {
            data.set("documentTitle",
                s(QStringLiteral("%1 – %2 – %3")
                        .arg(text.title, m_build.pageLabel(language, job.listPage, pages),
                            siteTitle)));
            content = m_theme.renderString(QStringLiteral("newslist"), data);
        } else {
            data.set("documentTitle", s(text.title + QStringLiteral(" – ") + siteTitle));
            QString image;
            setLong(data, "body", s(renderBody(language, text, output, &image)));
            Data &children = placed(data, "children", Data::type::list);
            for (qint64 child : m_plan.children(language, job.id)) {
                if (page.kind != PageKind::Section
                    || m_plan.tree().find(child)->page.kind != PageKind::News)
                    entry(appended(children), language, child);
            }
            data.set("hasChildren", !children.is_empty_list());
            if (!image.isEmpty() && !m_build.m_baseUrl.isEmpty())
                og.set("image", s(m_build.m_baseUrl + image));
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
                if (!image.isEmpty() && !m_build.m_baseUrl.isEmpty())
                    article.insert(
                        QStringLiteral("image"), QJsonArray { QString(m_build.m_baseUrl + image) });
                data.set("jsonLd", s(scriptJson(article)));
            }
            content = m_theme.renderString(name, data);
        }
    }
    if (!canonical.isEmpty()) {
        data.set("canonical", s(canonical));
        og.set("url", s(canonical));
    }
    if (job.kind != Job::Kind::NotFound)
        data.set("og", og);
    setLong(data, "content", std::move(content));
    output.bytes = m_theme.render(QStringLiteral("layout"), data);
    output.sha256 = sha256(output.bytes);
    return output;
}

bool Build::renderAll(const QList<int> &jobIndexes, QHash<int, Output> &outputs) const
{
    const int total = int(jobIndexes.size());
    QList<Output> results(total);
    std::atomic_int next { 0 };
    std::atomic_int done { 0 };
    std::atomic_bool stop { false };
    const auto work = [&](bool reports) {
        Renderer renderer(*this);
        for (int i = next++; i < total && !stop; i = next++) {
            if (cancelled()) {
                stop = true;
                break;
            }
            results[i] = renderer.render(m_jobs[jobIndexes[i]]);
            const int finished = ++done;
            if (reports && m_options.progress && finished % 64 == 0)
                m_options.progress(SiteExporter::Phase::Rendering, finished, total);
        }
    };
    const int threads
        = qBound(1, m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount(),
            qMax(1, total / 16));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, false);
    work(true); // this thread works too, and reports
    for (std::thread &helper : helpers)
        helper.join();
    if (stop || cancelled())
        return false;
    if (m_options.progress)
        m_options.progress(SiteExporter::Phase::Rendering, total, total);
    for (int i = 0; i < total; ++i)
        outputs.insert(jobIndexes[i], std::move(results[i]));
    return true;
}

QMap<QString, QByteArray> Build::extraFiles() const
{
    QMap<QString, QByteArray> files;
    const QString &source = m_plan.source();
    const QString first = m_plan.languages().contains(source) ? source : m_plan.languages().first();

    // The root: a language chooser that sends to the source language.
    Theme::Renderer theme(*m_theme);
    Data root;
    root.set("lang", s(first));
    root.set("siteTitle", s(m_plan.settings().siteTitles.value(first)));
    root.set("defaultHref", s(m_plan.file(first, 0)));
    Data chooser { Data::type::list };
    for (const QString &language : m_plan.languages()) {
        Data item;
        item.set("lang", s(language));
        item.set("name", s(Languages::ownName(language)));
        item.set("href", s(m_plan.file(language, 0)));
        chooser.push_back(item);
    }
    root.set("languages", chooser);
    root.set("alternates", chooser);
    files.insert(QStringLiteral("index.html"), theme.render(QStringLiteral("index"), root));

    QByteArray robots = QByteArrayLiteral("User-agent: *\nAllow: /\n");
    if (!m_baseUrl.isEmpty())
        robots += "Sitemap: " + m_baseUrl.toUtf8() + "sitemap.xml\n";
    files.insert(QStringLiteral("robots.txt"), robots);

    for (auto it = m_theme->assets().cbegin(); it != m_theme->assets().cend(); ++it)
        files.insert(it.key(), it.value());

    // An Atom feed per language with news.
    for (const QString &language : m_plan.languages()) {
        const QList<qint64> news = m_news.value(language).mid(0, FeedEntries);
        if (news.isEmpty())
            continue;
        const QString feedFile = language + QStringLiteral("/feed.xml");
        // Relative links resolve against the feed's own address (RFC 4287 § 4.2.7).
        const auto link = [&](const QString &file) {
            return m_baseUrl.isEmpty() ? file.mid(language.size() + 1) : absolute(file);
        };
        const auto id = [&](const QString &file) {
            return m_baseUrl.isEmpty()
                ? QUuid::createUuidV5(QUuid(QStringLiteral("{0a5f9f3e-3c55-4a4e-9a5c-"
                                                           "4e6577736465}")),
                    m_plan.settings().siteTitles.value(source) + u'/' + file)
                      .toString(QUuid::WithoutBraces)
                      .prepend(QStringLiteral("urn:uuid:"))
                : absolute(file);
        };
        Feeds::AtomFeed feed;
        feed.language = language;
        const QString siteTitle = m_plan.settings().siteTitles.value(language).isEmpty()
            ? m_plan.settings().siteTitles.value(source)
            : m_plan.settings().siteTitles.value(language);
        feed.title = siteTitle + QStringLiteral(" – ") + siteWord(language, "news");
        feed.author = siteTitle;
        feed.id = id(feedFile);
        feed.selfHref = m_baseUrl.isEmpty() ? QStringLiteral("feed.xml") : m_baseUrl + feedFile;
        feed.alternateHref = link(m_plan.file(language, 0));
        for (qint64 page : news) {
            const Translation *text = m_plan.text(language, page);
            Feeds::AtomEntry entry;
            entry.id = id(m_plan.file(language, page));
            entry.title = text->title;
            entry.summary = text->summary;
            entry.href = link(m_plan.file(language, page));
            entry.published = m_plan.newsDate(page);
            entry.updated = qMax(entry.published, text->updatedAt);
            feed.entries.append(entry);
        }
        files.insert(feedFile, Feeds::atom(feed));
    }

    // The sitemap needs absolute addresses: only with a base URL.
    if (!m_baseUrl.isEmpty()) {
        QList<Feeds::SitemapUrl> urls;
        for (const QString &language : m_plan.languages()) {
            QList<qint64> ids = m_plan.pages(language);
            ids.prepend(0);
            for (qint64 id : std::as_const(ids)) {
                if (id != 0 && !m_plan.hasOwnText(language, id))
                    continue; // a fallback copy is not a page of its own
                Feeds::SitemapUrl url;
                url.loc = absolute(m_plan.file(language, id));
                if (id != 0)
                    url.lastModified = m_plan.text(language, id)->updatedAt.date();
                for (const QString &other : m_plan.languages()) {
                    if (id == 0 || m_plan.hasOwnText(other, id))
                        url.alternates.append({ other, absolute(m_plan.file(other, id)) });
                }
                if (m_plan.languages().contains(source)
                    && (id == 0 || m_plan.hasOwnText(source, id)))
                    url.alternates.append(
                        { QStringLiteral("x-default"), absolute(m_plan.file(source, id)) });
                urls.append(url);
            }
        }
        if (urls.size() <= Feeds::MaxSitemapUrls) {
            files.insert(QStringLiteral("sitemap.xml"), Feeds::sitemap(urls));
        } else {
            QStringList parts;
            for (qsizetype at = 0; at < urls.size(); at += Feeds::MaxSitemapUrls) {
                const QString name
                    = QStringLiteral("sitemap-%1.xml").arg(at / Feeds::MaxSitemapUrls + 1);
                files.insert(name, Feeds::sitemap(urls.mid(at, Feeds::MaxSitemapUrls)));
                parts.append(m_baseUrl + name);
            }
            files.insert(QStringLiteral("sitemap.xml"), Feeds::sitemapIndex(parts));
        }
    }
    return files;
}

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as
// UTF-8.
void appendJsonString(QByteArray &json, const QString &text)
{
    json += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (uchar(c) < 0x20) {
            json += "\\u00";
            json += "0123456789abcdef"[uchar(c) >> 4];
            json += "0123456789abcdef"[uchar(c) & 15];
        } else {
            json += c;
        }
    }
    json += '"';
}

// A file in manifest.json.
struct Listed
{
    QByteArray sha256; // raw
    qint64 size = 0;
    bool operator==(const Listed &other) const = default;
};
using Listing = QHash<QString, Listed>;

// manifest.json: every file with its sha256 and size, sorted by path.
QByteArray manifest(const Listing &files)
{
    QStringList paths = files.keys();
    std::sort(paths.begin(), paths.end());
    QByteArray json = "{\n    \"files\": [\n";
    json.reserve(qsizetype(paths.size()) * 140);
    bool first = true;
    for (const QString &path : std::as_const(paths)) {
        const Listed &file = files[path];
        json += first ? "        { \"path\": " : ",\n        { \"path\": ";
        first = false;
        appendJsonString(json, path);
        json += ", \"sha256\": \"" + file.sha256.toHex()
            + "\", \"size\": " + QByteArray::number(file.size) + " }";
    }
    json += "\n    ]\n}\n";
    return json;
}

// The previous manifest.json of a folder.
Listing readManifest(const QString &path, QByteArray *bytes)
{
    Listing files;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return files;
    *bytes = file.readAll();
    const QJsonArray list
        = QJsonDocument::fromJson(*bytes).object().value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        files.insert(entry.value(QLatin1String("path")).toString(),
            { QByteArray::fromHex(entry.value(QLatin1String("sha256")).toString().toLatin1()),
                entry.value(QLatin1String("size")).toInteger() });
    }
    return files;
}

// A bundle path that stays inside the bundle.
bool isInside(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u'\0'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

} // namespace

SiteExporter::SiteExporter(SiteDatabase &db)
    : m_db(db)
{ }

SiteExporter::SiteExporter(SiteDatabase &db, Options options)
    : m_db(db)
    , m_options(std::move(options))
{ }

Result<QMap<QString, QByteArray>> SiteExporter::build() const
{
    return buildFiles(nullptr);
}

Result<QMap<QString, QByteArray>> SiteExporter::buildFiles(
    QList<SiteCheck::Finding> *findings) const
{
    Build build(m_db, m_options);
    if (auto s = build.prepare(PageRepository::TextParts::WithoutBody); !s)
        return failure(s.error());
    QList<int> all(build.jobs().size());
    std::iota(all.begin(), all.end(), 0);
    if (auto s = build.loadBodies(all); !s)
        return failure(s.error());
    QHash<int, Output> outputs;
    if (!build.renderAll(all, outputs))
        return failure(tr("Export cancelled"));
    if (findings)
        *findings = build.findings([&](int job) { return outputs.value(job).findings; });

    QMap<QString, QByteArray> files = build.extraFiles();
    QHash<QString, QByteArray> hashes; // computed while rendering
    QSet<qint64> media;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        files.insert(build.jobs()[it.key()].file, it->bytes);
        hashes.insert(build.jobs()[it.key()].file, it->sha256);
        for (qint64 id : it->media)
            media.insert(id);
    }
    MediaRepository repository(m_db);
    for (qint64 id : std::as_const(media)) {
        const auto bytes = repository.bytes(id);
        if (!bytes)
            return failure(bytes.error());
        files.insert(build.mediaPath(id), *bytes);
    }
    Listing listed;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        listed.insert(it.key(),
            { hashes.contains(it.key()) ? hashes.value(it.key()) : sha256(it.value()),
                it.value().size() });
    files.insert(QStringLiteral("manifest.json"), manifest(listed));
    return files;
}

Result<SiteExporter::Report> SiteExporter::exportZip(const QString &path) const
{
    Report report;
    const auto files = buildFiles(&report.findings);
    if (!files)
        return failure(files.error());
    if (m_options.cancel && m_options.cancel->load())
        return failure(tr("Export cancelled"));
    if (m_options.check && !m_options.force
        && SiteCheck::count(report.findings, SiteCheck::Severity::Error) > 0) {
        report.stopped = true; // nothing written
        return report;
    }
    if (const Status written = BundleZip::write(*files, path); !written)
        return failure(written.error());
    report.files = int(files->size());
    report.added = report.files;
    report.rendered = int(std::count_if(files->keyBegin(), files->keyEnd(),
        [](const QString &file) { return file.endsWith(QLatin1String(".html")); }));
    return report;
}

Result<SiteExporter::Report> SiteExporter::exportTo(const QString &folder) const
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return failure(tr("%1: not a folder").arg(folder));
    Build build(m_db, m_options);
    if (auto s = build.prepare(PageRepository::TextParts::WithoutBody); !s)
        return failure(s.error());
    const QString out = info.absoluteFilePath();
    const ExportCache cache = ExportCache::load(out);
    // What the folder holds now, as the last export described it: the cache knows it while
    // manifest.json is the one that export wrote, else manifest.json is read.
    const QString manifestPath = out + QStringLiteral("/manifest.json");
    const ExportCache::Stamp manifestStamp = ExportCache::stamp(manifestPath);
    const bool manifestKnown = manifestStamp.exists && manifestStamp == cache.manifest;
    QByteArray previousManifest;
    Listing previous;
    if (manifestKnown) {
        previous.reserve(cache.entries.size());
        for (auto it = cache.entries.cbegin(); it != cache.entries.cend(); ++it)
            previous.insert(it.key(), { it->sha256, it->size });
    } else {
        previous = readManifest(manifestPath, &previousManifest);
    }

    // Pages whose inputs are unchanged and whose files are as written are not rendered.
    ExportCache next;
    QList<int> render;
    {
        QStringList files;
        files.reserve(build.jobs().size());
        for (const Job &job : build.jobs())
            files.append(job.file);
        const QList<const ExportCache::Entry *> intact = cache.intact(out, files);
        for (qsizetype i = 0; i < intact.size(); ++i) {
            const Job &job = build.jobs()[i];
            if (intact[i] && intact[i]->fingerprint == job.fingerprint)
                next.entries.insert(job.file, *intact[i]);
            else
                render.append(int(i));
        }
    }
    if (auto s = build.loadBodies(render); !s)
        return failure(s.error());
    QHash<int, Output> outputs;
    if (!build.renderAll(render, outputs))
        return failure(tr("Export cancelled"));

    Report report;
    if (m_options.check) {
        report.findings = build.findings([&](int job) {
            if (const auto rendered = outputs.constFind(job); rendered != outputs.cend())
                return rendered->findings;
            return SiteCheck::fromJson(next.entries.value(build.jobs()[job].file).findings);
        });
        if (!m_options.force && SiteCheck::count(report.findings, SiteCheck::Severity::Error) > 0) {
            report.stopped = true; // nothing written
            return report;
        }
    }

    // path → bytes to write if they differ from what is there.
    QMap<QString, QByteArray> files = build.extraFiles();
    QHash<QString, QByteArray> hashes; // known already: computed while rendering
    QSet<qint64> media;
    for (const auto &entry : std::as_const(next.entries)) {
        for (qint64 id : entry.media)
            media.insert(id);
    }
    Listing listed; // the new manifest
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        const Job &job = build.jobs()[it.key()];
        files.insert(job.file, it->bytes);
        hashes.insert(job.file, it->sha256);
        for (qint64 id : it->media)
            media.insert(id);
        ExportCache::Entry entry;
        entry.fingerprint = job.fingerprint;
        entry.media = it->media;
        if (m_options.check)
            entry.findings = SiteCheck::toJson(it->findings);
        next.entries.insert(job.file, entry);
    }
    for (auto it = next.entries.cbegin(); it != next.entries.cend(); ++it) {
        if (!files.contains(it.key()))
            listed.insert(it.key(), { it->sha256, it->size });
    }
    MediaRepository repository(m_db);
    for (qint64 id : std::as_const(media)) {
        const QString path = build.mediaPath(id);
        const ExportCache::Entry *entry = cache.intact(out, path);
        if (entry && entry->sha256.toHex() == build.media().value(id).sha256.toLatin1()) {
            next.entries.insert(path, *entry);
            listed.insert(path, { entry->sha256, entry->size });
            continue;
        }
        const auto bytes = repository.bytes(id);
        if (!bytes)
            return failure(bytes.error());
        files.insert(path, *bytes);
    }
    if (m_options.cancel && m_options.cancel->load())
        return failure(tr("Export cancelled"));

    // Writing: from here on the export runs to its end.
    if (!QDir().mkpath(out))
        return failure(tr("%1: cannot create the folder").arg(folder));
    report.rendered = int(outputs.size());
    report.unchanged = int(listed.size());
    // Each file on its own (on all cores), then the results in path order.
    enum class Outcome
    {
        Unchanged,
        Changed,
        Added,
        Failed
    };
    struct Written
    {
        Outcome outcome = Outcome::Unchanged;
        ExportCache::Entry entry;
        QString error;
    };
    const QList<QString> paths = files.keys();
    QList<Written> results(paths.size());
    for (const QString &file : paths) {
        if (!isInside(file))
            return failure(tr("%1: refusing to write outside the bundle").arg(file));
    }
    // Paths relative to the bundle's folder: the kernel walks only the rest.
    const int root = ::open(QFile::encodeName(out).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return failure(tr("%1: cannot open the folder: %2").arg(out, qt_error_string(errno)));
    const auto writeOne = [&](qsizetype index) {
        const QString &file = paths[index];
        const QByteArray &bytes = files[file];
        Written &result = results[index];
        const QByteArray hash = hashes.value(file);
        result.entry = next.entries.value(file);
        result.entry.sha256 = hash.isEmpty() ? sha256(bytes) : hash;
        result.entry.size = bytes.size();
        const QByteArray name = QFile::encodeName(file);
        struct stat info;
        // Listed with these bytes and still of their size: left as it is.
        if (const auto was = previous.constFind(file); was != previous.cend()
            && was->sha256 == result.entry.sha256
            && ::fstatat(root, name.constData(), &info, 0) == 0 && S_ISREG(info.st_mode)
            && info.st_size == bytes.size()) {
            result.entry.modifiedNs
                = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
            return;
        }
        const auto fail = [&](const QString &message) {
            result.outcome = Outcome::Failed;
            result.error = message;
        };
        // A new file, else the one there replaced (never through a symbolic link).
        result.outcome = Outcome::Added;
        int fd = ::openat(root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == ENOENT) {
            const QString dir = QFileInfo(out + u'/' + file).path();
            if (!QDir().mkpath(dir))
                return fail(tr("%1: cannot create the folder").arg(dir));
            fd = ::openat(root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        } else if (fd < 0 && errno == EEXIST) {
            result.outcome = Outcome::Changed;
            fd = ::openat(root, name.constData(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
            // A symbolic link is replaced by the file; what it points to stays untouched.
            if (fd < 0 && errno == ELOOP && ::unlinkat(root, name.constData(), 0) == 0)
                fd = ::openat(
                    root, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        }
        const QString path = out + u'/' + file;
        if (fd < 0)
            return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(errno)));
        for (qsizetype written = 0; written < bytes.size();) {
            const ssize_t n
                = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int error = errno;
                ::close(fd);
                return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(error)));
            }
            written += n;
        }
        if (::fstat(fd, &info) == 0)
            result.entry.modifiedNs
                = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
        if (::close(fd) != 0)
            return fail(tr("%1: cannot write: %2").arg(path, qt_error_string(errno)));
    };
    {
        // Each thread writes its own stretch of the sorted paths: threads making files in the
        // same folder at once wait for each other on the folder's lock.
        const qsizetype count = paths.size();
        const int threads = qBound(1, QThread::idealThreadCount(), int(count / 64) + 1);
        // Progress is reported on this thread: while it writes, and then while it waits for
        // the others, woken by them every 256 files.
        constexpr qsizetype Step = 256;
        std::atomic<qsizetype> done { 0 };
        std::mutex mutex;
        std::condition_variable progressed;
        const auto wake = [&] {
            {
                const std::lock_guard<std::mutex> lock(mutex);
            } // a waiter checks or sleeps
            progressed.notify_one();
        };
        qsizetype shown = 0; // the files last reported
        const auto report = [&](qsizetype finished) {
            shown = finished;
            if (m_options.progress && finished < count) // the end is reported below
                m_options.progress(Phase::Writing, int(finished), int(count));
        };
        const auto work = [&](qsizetype from, qsizetype to, bool reports) {
            for (qsizetype i = from; i < to; ++i) {
                writeOne(i);
                const qsizetype finished = ++done;
                if (reports && finished >= shown + Step)
                    report(finished);
                else if (!reports && finished % Step == 0)
                    wake();
            }
            if (!reports)
                wake();
        };
        std::vector<std::thread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(work, count * t / threads, count * (t + 1) / threads, false);
        work(0, count / threads, true);
        {
            std::unique_lock<std::mutex> lock(mutex);
            while (done < count) {
                progressed.wait(lock, [&] { return done >= count || done >= shown + Step; });
                report(done);
            }
        }
        for (std::thread &helper : helpers)
            helper.join();
    }
    ::close(root);
    QStringList writtenFiles;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Written &result = results[i];
        if (result.outcome == Outcome::Failed)
            return failure(result.error); // the manifest still describes the previous export
        listed.insert(paths[i], { result.entry.sha256, result.entry.size });
        next.entries.insert(paths[i], result.entry);
        if (result.outcome == Outcome::Unchanged) {
            ++report.unchanged;
            continue;
        }
        result.outcome == Outcome::Changed ? ++report.changed : ++report.added;
        writtenFiles.append(paths[i]);
    }

    // Remove what an earlier export wrote and this one does not (nothing else is touched).
    QStringList gone;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (!listed.contains(it.key()) && it.key() != QLatin1String("manifest.json")
            && isInside(it.key()))
            gone.append(it.key());
    }
    std::sort(gone.begin(), gone.end());
    for (const QString &file : std::as_const(gone)) {
        if (QFile::remove(out + u'/' + file)) {
            ++report.removed;
            // Folders it leaves empty go too (rmdir refuses non-empty ones).
            QString dir = file.section(u'/', 0, -2);
            while (!dir.isEmpty() && QDir(out).rmdir(dir))
                dir = dir.section(u'/', 0, -2);
        }
    }
    for (auto it = next.entries.begin(); it != next.entries.end();) {
        it = listed.contains(it.key()) ? std::next(it) : next.entries.erase(it);
    }

    // Everything on disk before the manifest that describes it: a few files one by one,
    // many at once (syncfs).
    const auto sync = [](const QString &path, int flags) {
        if (const int fd = ::open(QFile::encodeName(path).constData(), flags); fd >= 0) {
            flags &O_DIRECTORY ? ::syncfs(fd) : ::fdatasync(fd);
            ::close(fd);
        }
    };
    if (writtenFiles.size() > 64) {
        sync(out, O_RDONLY | O_DIRECTORY);
    } else {
        for (const QString &file : std::as_const(writtenFiles))
            sync(out + u'/' + file, O_RDONLY);
    }
    const QByteArray manifestBytes
        = manifestKnown && listed == previous ? QByteArray() : manifest(listed);
    if (manifestBytes.isEmpty() || manifestBytes == previousManifest) {
        ++report.unchanged;
        next.manifest = manifestStamp;
    } else {
        QSaveFile file(manifestPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(manifestBytes) != manifestBytes.size()
            || !file.commit())
            return failure(tr("%1: cannot write: %2").arg(manifestPath, file.errorString()));
        manifestStamp.exists ? ++report.changed : ++report.added;
        next.manifest = ExportCache::stamp(manifestPath);
    }
    report.files = int(listed.size()) + 1;
    if (auto s = next.save(out); !s)
        qWarning("%s", qPrintable(s.error())); // only costs time next export
    if (m_options.progress)
        m_options.progress(Phase::Writing, int(files.size()), int(files.size()));
    return report;
}
