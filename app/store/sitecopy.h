#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class SiteDatabase;

// A whole site copied into a new one, between a file and a server either way (or file to
// file, server to server): every table (pages, texts, revisions, trash, media, translation
// bases, settings, the site's dictionary) with its ids unchanged. The source is read in one
// snapshot; the destination is made with SiteDatabase::open(…, Create), which refuses an
// existing file and a database that holds anything, and filled in one transaction: triggers
// are kept from rewriting the copied values (a text's version, the site's change counter),
// and a server's id sequences are moved past the largest id. Before the commit both sides are
// compared (rows and a checksum per table); anything that fails leaves no destination behind:
// a file is removed, a database is left empty.
class SiteCopy
{
    Q_DECLARE_TR_FUNCTIONS(SiteCopy)

public:
    // A table's rows and their checksum: SHA-256 over the rows in primary-key order (text keys
    // in byte order), each value normalised (NULL, integer, real, text as UTF-8, bytes), so a
    // file and a server holding the same data give the same checksum.
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QByteArray checksum; // hex
    };
    struct Report
    {
        QList<Table> tables;
        qint64 rows() const;
    };
    // After each batch of rows written: the table, its rows written so far and its total.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    // The site's tables in the order they are copied (a row's references before it).
    static const QStringList &tableNames();

    // Opens `source` read-only and copies it into `destination` (a file's path or a server's
    // URI, as SiteDatabase::open takes them).
    static Result<Report> copy(
        const QString &source, const QString &destination, const Progress &progress = {});
    // The same from a site already open (read-only will do); it must not be in a transaction.
    static Result<Report> copy(
        SiteDatabase &source, const QString &destination, const Progress &progress = {});

    // Every table's rows and checksum, in tableNames() order, read in one snapshot.
    static Result<QList<Table>> summarise(SiteDatabase &site);
    // Fails with one line naming the first table that differs between the two summaries.
    static Status compare(const QString &sourceName, const QList<Table> &source,
        const QString &destinationName, const QList<Table> &destination);
};
