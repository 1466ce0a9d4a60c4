#include "siterepository.h"

#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QSqlQuery>
#include <QUrl>

bool SiteRepository::isBaseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

Result<SiteSettings> SiteRepository::settings() const
{
    SiteSettings settings;
    QSqlQuery site = SqlAccess::query(m_db);
    site.prepare(QStringLiteral("SELECT base_url, source_language, untranslated, theme, "
                                "news_per_page, english_variant FROM site WHERE id = 1"));
    if (auto s = m_db.exec(site, tr("read the site settings")); !s)
        return s.failure();
    if (site.next()) {
        settings.baseUrl = site.value(0).toString();
        settings.sourceLanguage = site.value(1).toString();
        settings.untranslated = site.value(2).toString() == QLatin1String("fallback")
            ? SiteSettings::Untranslated::Fallback
            : SiteSettings::Untranslated::Omit;
        settings.theme = site.value(3).toString();
        settings.newsPerPage = site.value(4).toInt();
        settings.englishVariant = site.value(5).toString();
    }

    QSqlQuery languages = SqlAccess::query(m_db);
    languages.prepare(
        QStringLiteral("SELECT code, site_title FROM site_language ORDER BY position, code"));
    if (auto s = m_db.exec(languages, tr("read the site languages")); !s)
        return s.failure();
    while (languages.next()) {
        const QString code = languages.value(0).toString();
        settings.languages.append(code);
        settings.siteTitles.insert(code, languages.value(1).toString());
    }
    return settings;
}

Status SiteRepository::save(const SiteSettings &settings)
{
    if (!settings.languages.contains(settings.sourceLanguage))
        return failure(tr("%1: the source language %2 is not one of the site's languages")
                           .arg(m_db.path(), settings.sourceLanguage));
    return m_db.transaction([&]() -> Status {
        QSqlQuery site = SqlAccess::query(m_db);
        site.prepare(QStringLiteral(
            "UPDATE site SET base_url = :base_url, source_language = :source, untranslated = "
            ":untranslated, theme = :theme, news_per_page = :news_per_page, english_variant = "
            ":english WHERE id = 1"));
        // A null QString binds as SQL NULL; the columns hold "" for none.
        const auto text
            = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
        site.bindValue(QStringLiteral(":base_url"), text(settings.baseUrl));
        site.bindValue(QStringLiteral(":source"), settings.sourceLanguage);
        site.bindValue(QStringLiteral(":untranslated"),
            settings.untranslated == SiteSettings::Untranslated::Fallback
                ? QStringLiteral("fallback")
                : QStringLiteral("omit"));
        site.bindValue(QStringLiteral(":theme"), text(settings.theme));
        site.bindValue(QStringLiteral(":news_per_page"), settings.newsPerPage);
        site.bindValue(QStringLiteral(":english"), settings.englishVariant);
        if (auto s = m_db.exec(site, tr("save the site settings")); !s)
            return s;
        for (qsizetype i = 0; i < settings.languages.size(); ++i) {
            QSqlQuery language = SqlAccess::query(m_db);
            language.prepare(QStringLiteral(
                "INSERT INTO site_language (code, position, site_title) VALUES (:code, :pos, "
                ":title) ON CONFLICT (code) DO UPDATE SET position = excluded.position, "
                "site_title = excluded.site_title"));
            language.bindValue(QStringLiteral(":code"), settings.languages[i]);
            language.bindValue(QStringLiteral(":pos"), int(i));
            language.bindValue(
                QStringLiteral(":title"), settings.siteTitles.value(settings.languages[i]));
            if (auto s
                = m_db.exec(language, tr("save the site language %1").arg(settings.languages[i]));
                !s)
                return s;
        }
        return {};
    });
}
