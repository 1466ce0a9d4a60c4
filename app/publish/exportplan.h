#pragma once

#include "core/result.h"
#include "exportoptions.h"
#include "publishplan.h"
#include "sitecheck.h"
#include "store/mediarepository.h"
#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class SiteDatabase;

// One file of the bundle that is rendered from the theme: a page in a language (id 0: the
// language's home), page 2… of a section's news list, a language's search page, or the 404 page.
struct ExportJob
{
    enum class Kind
    {
        Page,
        NewsList, // page 2… of a section's news
        Search, // <language>/search/: the site search (SearchIndex), id 0
        NotFound,
    };
    Kind kind = Kind::Page;
    QString language;
    qint64 id = 0; // 0: the language's home
    int listPage = 1;
    QString file;
    // What the file is made of (the global inputs and its text's version): an unchanged
    // fingerprint and an intact file need no rendering.
    QByteArray fingerprint;
};

// Everything one export needs, read once before rendering: what is published (the
// PublishPlan), the theme, the media, the base URL, the news lists, and the jobs, one per
// rendered file with its fingerprint. Rendering reads it from several threads.
class ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)

public:
    // Reads the site's listing and texts without their bodies (loadBodies adds them).
    static Result<ExportPlan> prepare(SiteDatabase &db, const ExportOptions &options);
    // Reads the bodies the given jobs show (on two cores when there are many).
    Status loadBodies(const QList<int> &jobIndexes);

    const QList<ExportJob> &jobs() const { return m_jobs; }
    const PublishPlan &plan() const { return m_plan; }
    const Theme &theme() const { return *m_theme; }
    const ExportOptions &options() const { return m_options; }
    const QHash<qint64, MediaItem> &media() const { return m_media; }
    // "media/<sha256>.<ext>" of a stored image; empty when unknown.
    QString mediaPath(qint64 id) const;
    static QString mediaFile(const MediaItem &item);
    // Whether an image is a page's lead image: its card thumbnails are made too.
    bool isLeadImage(qint64 mediaId) const { return m_leadImages.contains(mediaId); }
    // With a trailing slash, or empty.
    const QString &baseUrl() const { return m_baseUrl; }
    // The bundle path as an absolute address (with a base URL), "en/x/index.html" → ".../en/x/".
    QString absolute(const QString &file) const;
    // The site's news in a language, newest first.
    QList<qint64> news(const QString &language) const { return m_news.value(language); }
    // A section's news in a language, newest first, and how many list pages they fill.
    QList<qint64> sectionNews(const QString &language, qint64 id) const;
    int newsPages(const QString &language, qint64 id) const;
    // The site's title in a language (the source language's when it has none).
    QString siteTitle(const QString &language) const;
    // The bundle path of a language's search page; empty when the language has none (a page
    // of its own is at that address).
    QString searchFile(const QString &language) const { return m_searchFiles.value(language); }
    // Whether a job's page goes into the site search's index: the language's own published
    // pages, sections and news (not its home, news lists, fallback copies, search or 404).
    bool isSearchable(const ExportJob &job) const;

    // The check's findings: the site's, then each job's (rendered now or remembered), in the
    // order `newsdesk check` lists them.
    QList<SiteCheck::Finding> findings(
        const std::function<QList<SiteCheck::Finding>(int job)> &jobFindings) const;

private:
    ExportPlan(SiteDatabase &db, const ExportOptions &options);
    Status read();
    Result<QHash<qint64, Translation>> allTexts(const QString &language) const;

    SiteDatabase *m_db;
    ExportOptions m_options;
    PublishPlan m_plan;
    std::optional<Theme> m_theme;
    QHash<qint64, MediaItem> m_media;
    QSet<qint64> m_leadImages;
    QString m_baseUrl;
    QList<ExportJob> m_jobs;
    QHash<QString, QList<qint64>> m_news; // language → the site's news, newest first
    QHash<QString, QString> m_searchFiles; // language → its search page
    QHash<QPair<QString, qint64>, QList<qint64>> m_sectionNews;
};
