#include "languages.h"

#include <QCoreApplication>
#include <QLocale>

namespace Languages {

QString ownName(const QString &code)
{
    const QLocale locale(code);
    // Qt names English after a country ("American English"); the others are plain.
    return locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                 : locale.nativeLanguageName();
}

QString englishName(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

QString displayName(const QString &code)
{
    const QLocale locale(code);
    switch (locale.language()) {
    case QLocale::English:
        return QCoreApplication::translate("Languages", "English");
    case QLocale::Georgian:
        return QCoreApplication::translate("Languages", "Georgian");
    default:
        break;
    }
    return englishName(code);
}

} // namespace Languages
