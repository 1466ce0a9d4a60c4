#include "datapaths.h"

#include <QDir>
#include <QFileInfo>

namespace DataPaths {

QStringList folders()
{
    QStringList list;
    if (const QString own = qEnvironmentVariable("NEWSDESK_DATA"); !own.isEmpty())
        list.append(own);
    list.append(QStringLiteral(NEWSDESK_INSTALL_DATA_DIR));
    list.append(QStringLiteral(NEWSDESK_BUILD_DATA_DIR));
    return list;
}

QString find(const QString &relative)
{
    for (const QString &folder : folders()) {
        const QString path = QDir(folder).filePath(relative);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace DataPaths
