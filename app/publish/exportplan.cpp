#include "exportplan.h"

#include "core/parallel.h"
#include "searchindex.h"
#include "store/sitedatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr char ExporterVersion[] = "newsdesk-export-3";

// "en/who-we-are/index.html" → "en/who-we-are/" (how a web server shows it)
QString prettyPath(const QString &file)
{
    return file.endsWith(QLatin1String("/index.html")) ? file.chopped(10) : file;
}

} // namespace

ExportPlan::ExportPlan(SiteDatabase &db, const ExportOptions &options)
    : m_db(&db)
    , m_options(options)
{ }

Result<ExportPlan> ExportPlan::prepare(SiteDatabase &db, const ExportOptions &options)
{
    ExportPlan plan(db, options);
    if (auto read = plan.read(); !read)
        return read.failure();
    return plan;
}

QString ExportPlan::mediaFile(const MediaItem &item)
{
    QString extension = item.mimeType.section(u'/', 1);
    if (extension == QLatin1String("jpeg"))
        extension = QStringLiteral("jpg");
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (!safe.match(extension).hasMatch())
        extension = QStringLiteral("bin");
    return QStringLiteral("media/%1.%2").arg(item.sha256.left(16), extension);
}

QString ExportPlan::mediaPath(qint64 id) const
{
    const auto found = m_media.constFind(id);
    return found == m_media.cend() ? QString() : mediaFile(*found);
}

QString ExportPlan::absolute(const QString &file) const
{
    return m_baseUrl + prettyPath(file);
}

QString ExportPlan::siteTitle(const QString &language) const
{
    const QMap<QString, QString> &titles = m_plan.settings().siteTitles;
    return titles.value(language).isEmpty() ? titles.value(m_plan.source())
                                            : titles.value(language);
}

QList<qint64> ExportPlan::sectionNews(const QString &language, qint64 id) const
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

int ExportPlan::newsPages(const QString &language, qint64 id) const
{
    const int perPage = qMax(1, m_plan.settings().newsPerPage);
    return qMax(1, int((sectionNews(language, id).size() + perPage - 1) / perPage));
}

QList<SiteCheck::Finding> ExportPlan::findings(
    const std::function<QList<SiteCheck::Finding>(int job)> &jobFindings) const
{
    QList<SiteCheck::Finding> all = SiteCheck::siteFindings(m_plan, QString(),
        m_theme->hasWebFont(), !m_baseUrl.isEmpty(), !SearchIndex::binary().isEmpty());
    for (int i = 0; i < m_jobs.size(); ++i)
        all += jobFindings(i);
    return all;
}

Status ExportPlan::read()
{
    auto plan = PublishPlan::load(
        *m_db, { m_options.now, m_options.languages, PageRepository::TextParts::WithoutBody });
    if (!plan)
        return plan.failure();
    m_plan = std::move(*plan);
    if (m_plan.languages().isEmpty())
        return failure(
            tr("%1: nothing to publish: no page is published in %2")
                .arg(m_db->path(),
                    m_options.languages.isEmpty() ? tr("any language")
                                                  : m_options.languages.join(QLatin1String(", "))));

    auto theme = Theme::load(Theme::folderFor(m_plan.settings().theme, m_db->path()));
    if (!theme)
        return theme.failure();
    m_theme = std::move(*theme);

    auto media = MediaRepository(*m_db).all();
    if (!media)
        return media.failure();
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
        QString line = QStringLiteral("%1/%2/%3x%4/%5,%6")
                           .arg(id)
                           .arg(item.sha256)
                           .arg(item.width)
                           .arg(item.height)
                           .arg(item.focusX)
                           .arg(item.focusY);
        for (const auto *texts : { &item.alts, &item.captions, &item.credits }) {
            for (auto it = texts->cbegin(); it != texts->cend(); ++it)
                line += u'/' + it.key() + u'=' + it.value();
            line += u'\0';
        }
        global.addData(QByteArray(line.toUtf8() + '\0'));
    }
    // Lead images: shown in cards on other pages.
    for (qint64 id : std::as_const(pageIds)) {
        if (const qint64 lead = m_plan.tree().find(id)->page.leadMediaId; lead != 0) {
            m_leadImages.insert(lead);
            global.addData(QByteArray(
                "lead " + QByteArray::number(id) + '=' + QByteArray::number(lead) + '\0'));
        }
    }
    const QByteArray globalPrint = global.result();
    // A page's file is its cache key already: what it was made from is the global inputs
    // and its text's version.
    const auto fingerprint
        = [&](qint64 version) { return globalPrint + QByteArray::number(version); };

    QSet<QString> files;
    for (const QString &language : m_plan.languages()) {
        m_news.insert(language, m_plan.news(language));
        QList<qint64> ids = m_plan.pages(language);
        ids.prepend(0);
        for (qint64 id : std::as_const(ids)) {
            const bool section = id != 0 && m_plan.tree().find(id)->page.kind == PageKind::Section;
            if (section)
                m_sectionNews.insert({ language, id }, sectionNews(language, id));
            ExportJob job;
            job.language = language;
            job.id = id;
            job.file = m_plan.file(language, id);
            const Translation *text = m_plan.text(language, id);
            job.fingerprint = fingerprint(text ? text->version : 0);
            files.insert(job.file);
            m_jobs.append(job);
            if (!section)
                continue;
            const int pages = newsPages(language, id);
            for (int page = 2; page <= pages; ++page) {
                ExportJob list;
                list.kind = ExportJob::Kind::NewsList;
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
    // A search page per language, where no page of the site is.
    for (const QString &language : m_plan.languages()) {
        ExportJob search;
        search.kind = ExportJob::Kind::Search;
        search.language = language;
        search.file = language + QStringLiteral("/search/index.html");
        if (files.contains(search.file))
            continue;
        search.fingerprint = fingerprint(0);
        m_searchFiles.insert(language, search.file);
        m_jobs.append(search);
    }
    ExportJob notFound;
    notFound.kind = ExportJob::Kind::NotFound;
    notFound.language = m_plan.languages().contains(m_plan.source()) ? m_plan.source()
                                                                     : m_plan.languages().first();
    notFound.file = QStringLiteral("404.html");
    notFound.fingerprint = fingerprint(0);
    m_jobs.append(notFound);
    return {};
}

bool ExportPlan::isSearchable(const ExportJob &job) const
{
    return job.kind == ExportJob::Kind::Page && job.id != 0
        && m_plan.hasOwnText(job.language, job.id);
}

Status ExportPlan::loadBodies(const QList<int> &jobIndexes)
{
    QHash<QString, QList<qint64>> wanted; // language of the text → pages
    for (int index : jobIndexes) {
        const ExportJob &job = m_jobs[index];
        if (job.kind != ExportJob::Kind::Page || job.id == 0)
            continue;
        wanted[m_plan.hasOwnText(job.language, job.id) ? job.language : m_plan.source()].append(
            job.id);
    }
    PageRepository pages(*m_db);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it->size() > 200) { // one pass is cheaper than many lookups
            auto all = allTexts(it.key());
            if (!all)
                return all.failure();
            for (qint64 id : *it) {
                if (const auto found = all->constFind(id); found != all->cend())
                    m_plan.setText(*found);
            }
            continue;
        }
        for (qint64 id : *it) {
            auto text = pages.translation(id, it.key());
            if (!text)
                return text.failure();
            if (*text)
                m_plan.setText(**text);
        }
    }
    return {};
}

// Every text of a language with its body, read on two cores: this connection reads half of
// them while a connection of the helper thread's own reads the other half (decoding 75 MB of
// Georgian text alone takes a core 85 ms).
Result<QHash<qint64, Translation>> ExportPlan::allTexts(const QString &language) const
{
    const PageRepository pages(*m_db);
    if (QThread::idealThreadCount() < 2)
        return pages.translations(language);
    const PageRepository::Share mine { 0, 2 }, theirs { 1, 2 };
    std::optional<Result<QHash<qint64, Translation>>> texts, other;
    Parallel::onThreads(2, [&](int thread) {
        if (thread == 0) {
            texts = pages.translations(language, PageRepository::TextParts::WithBody, mine);
            return;
        }
        const auto site = SiteDatabase::open(
            m_db->path(), SiteDatabase::Mode::ReadOnly, {}, SiteDatabase::Check::HeaderOnly);
        if (site)
            other = PageRepository(**site).translations(
                language, PageRepository::TextParts::WithBody, theirs);
    });
    if (!other) // no second connection: the other half is read here too
        other = pages.translations(language, PageRepository::TextParts::WithBody, theirs);
    if (!*texts)
        return *texts;
    if (!*other)
        return other->failure();
    (*texts)->insert(**other);
    return std::move(*texts);
}
