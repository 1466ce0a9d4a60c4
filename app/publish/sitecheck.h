#pragma once

#include "body/body.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

class PublishPlan;
class SiteDatabase;
struct MediaItem;

// The pre-publish check: what would be wrong with the bundle an export makes now. Errors
// (broken internal links, missing images, empty titles, two pages on one address, slugs that
// cannot be folder names, a theme that does not load) stop an export unless forced; warnings
// (links to pages not published in that language, images without alt text, missing
// translations, no base URL, no Georgian web font, no Pagefind for the site search) are listed.
class SiteCheck
{
    Q_DECLARE_TR_FUNCTIONS(SiteCheck)

public:
    enum class Severity
    {
        Error,
        Warning,
    };
    struct Finding
    {
        Severity severity = Severity::Error;
        QString code; // stable, for scripts: "broken-link", "missing-alt", …
        qint64 pageId = 0; // 0: the site as a whole
        QString language;
        QString path; // the page's place in the bundle, "ka/news/x/"
        QString title; // the page's, in the interface language when it has one, else the source's
        QString message;
        // Where in the body, when the problem is one link or image: its href or src.
        QString target;
    };
    // A page heavier than this (its HTML and its images at the largest width) is warned of.
    static constexpr qint64 PageBudget = 1024 * 1024;
    // A lead image narrower than this is warned of: Open Graph previews want 1200 px.
    static constexpr int LeadImageWidth = 1200;

    struct Options
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList languages; // empty: all
        QString baseUrl; // as the export would use it (empty: the site's)
    };

    static Result<QList<Finding>> run(SiteDatabase &db, const Options &options);

    // The parts, for the exporter, which checks while it renders:
    // what concerns the site as a whole (cheap),
    static QList<Finding> siteFindings(const PublishPlan &plan, const QString &themeError,
        bool hasWebFont, bool hasBaseUrl, bool hasSearchIndexer);
    // the texts whose bodies are checked (own texts of shown pages),
    static QList<QPair<QString, qint64>> textsToCheck(const PublishPlan &plan);
    // and one text's title and (parsed) body.
    static QList<Finding> textFindings(const PublishPlan &plan,
        const QHash<qint64, MediaItem> &media, const QString &language, qint64 id, Body body);
    static int count(const QList<Finding> &findings, Severity severity);
    static QString format(const Finding &finding); // one line
    static QByteArray toJson(const QList<Finding> &findings);
    static QList<Finding> fromJson(const QByteArray &json); // what toJson wrote
};
