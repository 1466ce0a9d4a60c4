#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

class SiteDatabase;

struct SiteSettings
{
    QString baseUrl;
    QString sourceLanguage = QStringLiteral("en");
    QStringList languages; // in display order, the source language first
    QMap<QString, QString> siteTitles; // language → site title
    // A page without a text in a language: left out of it, or shown with the source text.
    enum class Untranslated
    {
        Omit,
        Fallback,
    };
    Untranslated untranslated = Untranslated::Omit;
    QString theme; // a folder overriding the default theme; relative to the site file
    int newsPerPage = 10;
    QString englishVariant = QStringLiteral("en_GB"); // the spelling dictionary: en_GB, en_US
};

// Site-wide settings: base URL, languages, site title per language.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    explicit SiteRepository(SiteDatabase &db)
        : m_db(db)
    { }

    Result<SiteSettings> settings() const;
    // An http(s) address with a host and no query or fragment: what a base URL may be.
    static bool isBaseUrl(const QString &text);
    Status save(const SiteSettings &settings);

private:
    SiteDatabase &m_db;
};
