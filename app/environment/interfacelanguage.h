#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language of Newsdesk's own words (menus, dialogs, messages) and of the dates and numbers
// it shows: the system's, unless chosen in Preferences. English and Georgian are complete.
namespace InterfaceLanguage {

QStringList available(); // "en", "ka"
// The choice in Preferences: "" follows the system.
QString chosen();
void choose(const QString &language);
// The locale for a choice ("" → the system's; a language the system speaks → the system's
// locale, so that an English user in Britain keeps British dates).
QLocale localeFor(const QString &choice);
// Makes the chosen locale the default and installs Newsdesk's translation (compiled into the
// binary) and Qt's own, when there is one. Call once, before any window exists.
void install(QCoreApplication &app);

} // namespace InterfaceLanguage
