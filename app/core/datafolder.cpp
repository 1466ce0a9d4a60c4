#include "datafolder.h"

#include <QStandardPaths>

namespace DataFolder {

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/newsdesk");
}

} // namespace DataFolder
