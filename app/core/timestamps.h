#pragma once

#include <QDateTime>
#include <QString>

// How times are stored: ISO 8601 in UTC to the second, "2020-11-25T09:00:00Z"; empty for none.
namespace Timestamps {

QString toStored(const QDateTime &time);
QDateTime fromStored(const QString &text);
QDateTime now();
// Makes now() return `time` (an invalid time: the clock again). For tests of what depends on
// time passing, such as autosaves that share a revision for 10 minutes.
void overrideNow(const QDateTime &time);

} // namespace Timestamps
