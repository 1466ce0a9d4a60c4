#pragma once

#include <QDateTime>
#include <QString>

// How times are stored: ISO 8601 in UTC to the second, "2020-11-25T09:00:00Z"; empty for none.
namespace Timestamps {

QString toStored(const QDateTime &time);
QDateTime fromStored(const QString &text);
QDateTime now();

} // namespace Timestamps
