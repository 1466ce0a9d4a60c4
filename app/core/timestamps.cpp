#include "timestamps.h"

namespace Timestamps {

QString toStored(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    // The stored form, read by hand: QDateTime::fromString costs microseconds, and whole-site
    // work (the export, the tree) reads tens of thousands of times.
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text[i].unicode() - u'0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

namespace {
QDateTime overridden;
} // namespace

void overrideNow(const QDateTime &time)
{
    overridden = time;
}

QDateTime now()
{
    if (overridden.isValid())
        return overridden;
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return current.addMSecs(-current.time().msec()); // stored to the second
}

} // namespace Timestamps
