#pragma once

#include "content/pagetree.h"
#include "core/result.h"
#include "store/pagerepository.h"
#include "store/siterepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

class SiteDatabase;

// What a bundle holds, decided once for the exporter, the pre-publish check and the preview:
// which pages are published (the page and all its parents `published`, the publish date come,
// every slug on the way safe as a folder name), in which languages each is shown (its own
// text, or the source text when the site falls back), and where its file goes.
class PublishPlan
{
    Q_DECLARE_TR_FUNCTIONS(PublishPlan)

public:
    struct Options
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList languages; // the languages to publish; empty: all of the site's
        PageRepository::TextParts parts = PageRepository::TextParts::WithBody;
    };
    // A published page left out because a slug on its path cannot be a folder name.
    struct Unsafe
    {
        qint64 id = 0;
        QString slug;
    };

    static Result<PublishPlan> load(SiteDatabase &db, const Options &options);

    const SiteSettings &settings() const { return m_settings; }
    const PageTree &tree() const { return m_tree; }
    const QString &source() const { return m_settings.sourceLanguage; }
    // The languages with anything to show, in the site's order.
    const QStringList &languages() const { return m_languages; }
    bool isPublished(qint64 id) const { return m_published.contains(id); }
    // Shown in `language`: its own text or the source's. Id 0 is the language's home.
    bool shown(const QString &language, qint64 id) const;
    bool hasOwnText(const QString &language, qint64 id) const;
    bool isFallback(const QString &language, qint64 id) const
    {
        return shown(language, id) && !hasOwnText(language, id);
    }
    // The text shown (own or the source's); null when not shown.
    const Translation *text(const QString &language, qint64 id) const;
    // Shown pages in tree order (depth first), without the home.
    const QList<qint64> &pages(const QString &language) const;
    // Shown children in tree order (other pages first, then news newest first).
    QList<qint64> children(const QString &language, qint64 id) const;
    // Shown news articles of the whole site, newest first.
    QList<qint64> news(const QString &language) const;
    // The date a news article shows: its publish date, else its creation.
    QDateTime newsDate(qint64 id) const;
    // News articles by that date, newest first (then the newer id first).
    void sortNewestFirst(QList<qint64> &news) const;
    // "en/index.html", "en/who-we-are/about/index.html"
    QString file(const QString &language, qint64 id) const;
    // "who-we-are/about" (kept for published pages; others asked of the tree)
    QString path(qint64 id) const;
    const QList<Unsafe> &unsafe() const { return m_unsafe; }
    // Everything shown except bodies: titles, summaries, paths, kinds, dates, which language
    // shows what. Two plans with the same fingerprint give the same pages for the same bodies.
    QByteArray structureFingerprint() const;

    // Replaces the texts of `language` (to add bodies to a plan loaded without them).
    void setText(const Translation &text);

    static bool isSafeSegment(const QString &slug);

private:
    SiteSettings m_settings;
    PageTree m_tree;
    QStringList m_languages;
    QSet<qint64> m_published;
    QHash<QString, QHash<qint64, Translation>> m_texts; // own texts of published pages
    QHash<QString, QList<qint64>> m_pages;
    QList<Unsafe> m_unsafe;
    QHash<qint64, QString> m_paths; // of published pages
};
