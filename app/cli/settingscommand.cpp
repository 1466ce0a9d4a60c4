#include "settingscommand.h"

#include "exportcommand.h"
#include "store/siterepository.h"

#include <QJsonDocument>
#include <QJsonObject>

QString SettingsCommand::summary() const
{
    return tr("Show or change the site's publishing settings.");
}

QString SettingsCommand::synopsis() const
{
    return QStringLiteral("SITE [--base-url URL] [--untranslated omit|fallback] [--theme DIR] "
                          "[--news-per-page N] [--english en_GB|en_US] [--json]");
}

void SettingsCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site file."));
    parser.addOption({ QStringLiteral("base-url"),
        tr("The address the exported site will have (https://…/); \"\" for none."), tr("URL") });
    parser.addOption({ QStringLiteral("untranslated"),
        tr("A page without a text in a language: omit it there, or show the source text "
           "(fallback)."),
        tr("POLICY") });
    parser.addOption({ QStringLiteral("theme"),
        tr("A theme folder overriding the default theme (relative to the site file); \"\" for "
           "none."),
        tr("DIR") });
    parser.addOption(
        { QStringLiteral("news-per-page"), tr("News items per list page (1–1000)."), tr("N") });
    parser.addOption({ QStringLiteral("english"),
        tr("The English the site spells: en_GB (UN usage) or en_US."), tr("VARIANT") });
    parser.addOption({ QStringLiteral("json"), tr("Print the settings as JSON.") });
}

int SettingsCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const bool changes = parser.isSet(QStringLiteral("base-url"))
        || parser.isSet(QStringLiteral("untranslated")) || parser.isSet(QStringLiteral("theme"))
        || parser.isSet(QStringLiteral("news-per-page")) || parser.isSet(QStringLiteral("english"));
    auto site = openSite(parser.positionalArguments().at(1),
        changes ? SiteDatabase::Mode::Open : SiteDatabase::Mode::ReadOnly);
    if (!site)
        return report(io, site.failure());
    SiteRepository repository(**site);
    auto settings = repository.settings();
    if (!settings)
        return report(io, settings.failure());

    if (parser.isSet(QStringLiteral("base-url"))) {
        const auto url = ExportCommand::readBaseUrl(parser);
        if (!url)
            return report(io, url.failure());
        settings->baseUrl = *url;
    }
    if (parser.isSet(QStringLiteral("untranslated"))) {
        const QString policy = parser.value(QStringLiteral("untranslated"));
        if (policy == QLatin1String("omit"))
            settings->untranslated = SiteSettings::Untranslated::Omit;
        else if (policy == QLatin1String("fallback"))
            settings->untranslated = SiteSettings::Untranslated::Fallback;
        else
            return report(io, tr("--untranslated: '%1' is neither omit nor fallback").arg(policy));
    }
    if (parser.isSet(QStringLiteral("theme")))
        settings->theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("news-per-page"))) {
        bool ok = false;
        const int perPage = parser.value(QStringLiteral("news-per-page")).toInt(&ok);
        if (!ok || perPage < 1 || perPage > 1000)
            return report(io, tr("--news-per-page: a whole number from 1 to 1000"));
        settings->newsPerPage = perPage;
    }
    if (parser.isSet(QStringLiteral("english"))) {
        const QString variant = parser.value(QStringLiteral("english"));
        if (variant != QLatin1String("en_GB") && variant != QLatin1String("en_US"))
            return report(io, tr("--english: '%1' is neither en_GB nor en_US").arg(variant));
        settings->englishVariant = variant;
    }
    if (changes) {
        if (const Status saved = repository.save(*settings); !saved)
            return report(io, saved.failure());
    }

    const QString untranslated = settings->untranslated == SiteSettings::Untranslated::Fallback
        ? QStringLiteral("fallback")
        : QStringLiteral("omit");
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject {
                              { QStringLiteral("baseUrl"), settings->baseUrl },
                              { QStringLiteral("sourceLanguage"), settings->sourceLanguage },
                              { QStringLiteral("untranslated"), untranslated },
                              { QStringLiteral("theme"), settings->theme },
                              { QStringLiteral("newsPerPage"), settings->newsPerPage },
                              { QStringLiteral("englishVariant"), settings->englishVariant },
                          })
                .toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out << tr("base URL:       %1").arg(settings->baseUrl) << Qt::endl
           << tr("languages:      %1 (source %2)")
                  .arg(settings->languages.join(QLatin1String(", ")), settings->sourceLanguage)
           << Qt::endl
           << tr("untranslated:   %1").arg(untranslated) << Qt::endl
           << tr("theme:          %1")
                  .arg(settings->theme.isEmpty() ? tr("(default)") : settings->theme)
           << Qt::endl
           << tr("news per page:  %1").arg(settings->newsPerPage) << Qt::endl
           << tr("English:        %1").arg(settings->englishVariant) << Qt::endl;
    return Success;
}
