#include "dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace Dates {

QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QLocale locale(language);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

namespace {

// "dd.MM.yy" → "dd.MM.yyyy"; a format with four digits already (or none) stays as it is.
QString withFullYear(QString format)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}

} // namespace

QString shortDateFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString shortDateTimeFormat(const QLocale &locale)
{
    return withFullYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString shortDateTime(const QDateTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, shortDateTimeFormat(locale)) : QString();
}

} // namespace Dates
