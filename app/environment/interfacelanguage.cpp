#include "interfacelanguage.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace InterfaceLanguage {

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("ka") };
}

QString chosen()
{
    const QString value = AppSettings::interfaceLanguage();
    return available().contains(value) ? value : QString();
}

void choose(const QString &language)
{
    AppSettings::setInterfaceLanguage(language);
}

QLocale localeFor(const QString &choice)
{
    const QLocale system = QLocale::system();
    if (choice.isEmpty())
        return system;
    const QLocale wanted(choice);
    if (wanted.language() == system.language())
        return system;
    return wanted.language() == QLocale::Georgian ? QLocale(QLocale::Georgian, QLocale::Georgia)
                                                  : wanted;
}

void install(QCoreApplication &app)
{
    const QLocale locale = localeFor(chosen());
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // A language Newsdesk does not speak (or the C locale of a script) gets English, whose
    // translation holds the plural forms ("1 page", not "1 page(s)").
    if (ours->load(
            locale, QStringLiteral("newsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/newsdesk_en")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    // Qt's own words: from Qt's translations when the system has them, else (Georgian) ours.
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace InterfaceLanguage
