#include "dates.h"

#include <QLocale>

namespace Dates {

QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QLocale locale(language);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace Dates
