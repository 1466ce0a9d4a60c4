#pragma once

#include <QString>
#include <QStringList>

// Where Newsdesk finds the data fetched at set-up (dictionaries/, fonts/): $NEWSDESK_DATA, the
// installed data folder, then the build tree's (so a build runs without installing).
namespace DataPaths {

QStringList folders();
// The first existing `relative` path in folders(); empty when none has it.
QString find(const QString &relative);

} // namespace DataPaths
