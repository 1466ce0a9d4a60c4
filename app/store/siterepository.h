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
    Status save(const SiteSettings &settings);

private:
    SiteDatabase &m_db;
};
