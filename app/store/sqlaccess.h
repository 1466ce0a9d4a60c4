#pragma once

#include "sitedatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// A site's SQL connection, for app/store/ alone (and for white-box tests): nothing else in
// Newsdesk runs SQL. tests/tst_layering keeps it so.
class SqlAccess
{
public:
    static QSqlDatabase connection(const SiteDatabase &site) { return site.m_db; }
    static QSqlQuery query(const SiteDatabase &site) { return QSqlQuery(site.m_db); }
};
