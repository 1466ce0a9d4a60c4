#include "languages.h"

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

} // namespace Languages
