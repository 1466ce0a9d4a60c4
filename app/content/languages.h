#pragma once

#include <QString>

namespace Languages {

// A language in its own words, without a country: "English", "ქართული".
QString ownName(const QString &code);
// Its English name: "Georgian" (for English-only contexts such as file formats).
QString englishName(const QString &code);
// Its name in the user interface's language: "Georgian", or "ქართული" in the Georgian UI.
// Every message, tooltip and dialog names languages with this (translated in one place).
QString displayName(const QString &code);

} // namespace Languages
