#pragma once

#include <QString>

namespace Languages {

// A language in its own words, without a country: "English", "ქართული".
QString ownName(const QString &code);
// Its English name, for messages: "Georgian".
QString englishName(const QString &code);
// Its name in the user interface's language: "Georgian", or "ქართული" in the Georgian UI.
QString displayName(const QString &code);

} // namespace Languages
