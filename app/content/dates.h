#pragma once

#include <QDate>
#include <QString>

// Dates as articles show them, per language: "25 November 2020", "25 ნოემბერი 2020" (CLDR
// long form; Georgian month names in the nominative, as Qt 6.4's Georgian locale has them).
namespace Dates {

QString longDate(const QDate &date, const QString &language);

} // namespace Dates
