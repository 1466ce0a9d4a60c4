#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates as articles show them, per language: "25 November 2020", "25 ნოემბერი 2020" (CLDR
// long form; Georgian month names in the nominative, as Qt 6.4's Georgian locale has them).
namespace Dates {

QString longDate(const QDate &date, const QString &language);

// The locale's short date (and time) with the year in four digits, for lists in the
// interface: "15.01.2020 14:05" in Georgian, "15/01/2020 14:05" in British English (Qt's short
// format has "15.01.20").
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &time, const QLocale &locale = QLocale());
// The formats themselves, e.g. for a QDateTimeEdit.
QString shortDateFormat(const QLocale &locale = QLocale());
QString shortDateTimeFormat(const QLocale &locale = QLocale());

} // namespace Dates
