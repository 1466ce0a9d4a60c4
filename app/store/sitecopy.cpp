#include "sitecopy.h"

#include "searchrepository.h"
#include "sitedatabase.h"
#include "sqlaccess.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <memory>
#include <vector>

namespace {

using Dialect = SiteDatabase::Dialect;

struct Key
{
    const char *column;
    bool text;
};

struct TableSpec
{
    const char *name;
    QList<Key> keys; // the primary key
};

// In the order rows may be inserted: whatever a row references comes first. Pages reference
// their parents, which the copy reads level by level (pagesByDepth()).
const QList<TableSpec> &specs()
{
    static const QList<TableSpec> tables {
        { "site", { { "id", false } } },
        { "site_language", { { "code", true } } },
        { "media", { { "id", false } } },
        { "media_alt", { { "media_id", false }, { "language", true } } },
        { "page", { { "id", false } } }, // after media: a page names its lead image
        { "revision", { { "id", false } } },
        { "page_translation", { { "page_id", false }, { "language", true } } },
        { "translation_basis", { { "page_id", false }, { "language", true } } },
        { "trash", { { "id", false } } },
        { "site_word", { { "language", true }, { "word", true } } },
    };
    return tables;
}

// Primary-key order, text in byte order on both (a file's BINARY collation, a server's "C").
QString orderBy(const TableSpec &table, Dialect dialect)
{
    QStringList keys;
    for (const Key &key : table.keys)
        keys << (key.text && dialect == Dialect::Postgres
                ? QStringLiteral("%1 COLLATE \"C\"").arg(QLatin1String(key.column))
                : QString::fromLatin1(key.column));
    return keys.join(QStringLiteral(", "));
}

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // a server's BIGINT, when not negative
        return true;
    default:
        return false;
    }
}

// A value as the other dialect takes it: integers as 64-bit signed numbers.
QVariant portable(const QVariant &value)
{
    if (value.isNull())
        return QVariant();
    if (isInteger(value))
        return value.toLongLong();
    return value;
}

void addToChecksum(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    if (isInteger(value)) {
        hash.addData(QByteArray("I" + QByteArray::number(value.toLongLong()) + ';'));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        hash.addData(QByteArray("R" + QByteArray::number(value.toDouble(), 'g', 17) + ';'));
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        hash.addData(QByteArray("B" + QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData(QByteArray("T" + QByteArray::number(text.size()) + ':'));
        hash.addData(text);
        return;
    }
    }
}

QString columnList(const QStringList &columns, const QString &prefix = {})
{
    QStringList named;
    for (const QString &column : columns)
        named << prefix + column;
    return named.join(QStringLiteral(", "));
}

// Rows written in multi-row INSERTs, one prepared statement per row count, so a server gets
// one round trip per batch instead of per row.
class BatchInsert
{
public:
    static constexpr qint64 MaxBatchBytes = 4 * 1024 * 1024;

    BatchInsert(const SiteDatabase &db, QString table, QStringList columns)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_rowsPerStatement(std::max(1, std::min(100, 900 / int(m_columns.size()))))
    { }

    Status add(QVariantList row)
    {
        for (const QVariant &value : row) {
            if (value.typeId() == QMetaType::QByteArray || value.typeId() == QMetaType::QString)
                m_bytes += value.typeId() == QMetaType::QString ? 2 * value.toString().size()
                                                                : value.toByteArray().size();
        }
        m_pending.append(std::move(row));
        if (m_pending.size() >= m_rowsPerStatement || m_bytes >= MaxBatchBytes)
            return flush();
        return {};
    }

    Status flush()
    {
        if (m_pending.isEmpty())
            return {};
        const int rows = int(m_pending.size());
        auto found = m_statements.find(rows);
        if (found == m_statements.end()) {
            QSqlQuery query = SqlAccess::query(m_db);
            const QString one
                = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(m_table, columnList(m_columns),
                                        QStringList(rows, one).join(QStringLiteral(", ")));
            if (!query.prepare(sql))
                return m_db.sqlFailure(
                    SiteCopy::tr("prepare the copy of %1").arg(m_table), query.lastError());
            found = m_statements.emplace(rows, std::move(query)).first;
        }
        QSqlQuery &query = found->second;
        int index = 0;
        for (const QVariantList &row : std::as_const(m_pending)) {
            for (const QVariant &value : row)
                query.bindValue(index++, value);
        }
        m_pending.clear();
        m_bytes = 0;
        return m_db.exec(query, SiteCopy::tr("copy the rows of %1").arg(m_table));
    }

private:
    const SiteDatabase &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QList<QVariantList> m_pending;
    qint64 m_bytes = 0;
    std::map<int, QSqlQuery> m_statements;
};

// The names of the site's tables as the database has them (a server's bookkeeping aside: a
// file keeps the same in its header; and who has the site open now, which a copy does not).
Result<QStringList> tablesIn(const SiteDatabase &db)
{
    QSqlQuery query = SqlAccess::query(db);
    query.setForwardOnly(true);
    query.prepare(db.dialect() == Dialect::Postgres
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = 'newsdesk' AND table_type = 'BASE TABLE' "
                             "ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (auto s = db.exec(query, SiteCopy::tr("list the site's tables")); !s)
        return s.failure();
    QStringList names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!SiteDatabase::serverBookkeepingTables().contains(name)
            && !SiteDatabase::presenceTables().contains(name)
            && !SiteDatabase::isSearchIndexTable(name))
            names << name;
    }
    return names;
}

Result<SiteCopy::Table> summariseTable(const SiteDatabase &db, const TableSpec &spec)
{
    const QString name = QString::fromLatin1(spec.name);
    const auto columns = db.columnsOf(name);
    if (!columns)
        return columns.failure();
    QSqlQuery query = SqlAccess::query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                      .arg(columnList(*columns), name, orderBy(spec, db.dialect())));
    if (auto s = db.exec(query, SiteCopy::tr("read the rows of %1").arg(name)); !s)
        return s.failure();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SiteCopy::Table table { name, 0, {} };
    const int count = int(columns->size());
    while (query.next()) {
        for (int i = 0; i < count; ++i)
            addToChecksum(hash, query.value(i));
        hash.addData("\n");
        ++table.rows;
    }
    if (query.lastError().isValid())
        return db.sqlFailure(SiteCopy::tr("read the rows of %1").arg(name), query.lastError());
    table.checksum = hash.result().toHex();
    return table;
}

Result<QList<SiteCopy::Table>> summariseAll(const SiteDatabase &db)
{
    QList<SiteCopy::Table> tables;
    for (const TableSpec &spec : specs()) {
        auto table = summariseTable(db, spec);
        if (!table)
            return table.failure();
        tables << *table;
    }
    return tables;
}

// One consistent state of a site to read from: a read transaction, ended when it goes.
class Snapshot
{
public:
    explicit Snapshot(const SiteDatabase &db)
        : m_db(db)
    { }
    ~Snapshot()
    {
        if (m_begun)
            SqlAccess::query(m_db).exec(QStringLiteral("ROLLBACK")); // nothing was written
    }
    Status begin()
    {
        const QString sql = m_db.dialect() == Dialect::Postgres
            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            : QStringLiteral("BEGIN");
        if (auto s = m_db.exec(sql, SiteCopy::tr("start reading the site")); !s)
            return s;
        m_begun = true;
        return {};
    }

private:
    const SiteDatabase &m_db;
    bool m_begun = false;
};

class Copier
{
public:
    Copier(SiteDatabase &source, SiteDatabase &destination, const SiteCopy::Progress &progress)
        : m_source(source)
        , m_destination(destination)
        , m_progress(progress)
    { }

    Result<SiteCopy::Report> run();

private:
    Status checkTables() const;
    Status clearDestination();
    Status suspendTriggers();
    Status restoreTriggers();
    Status copyTable(const TableSpec &spec, qint64 total);
    Status moveSequences();

    SiteDatabase &m_source;
    SiteDatabase &m_destination;
    const SiteCopy::Progress &m_progress;
    // Kept until the transaction has ended: a server cannot free a statement in a failed one.
    std::vector<std::unique_ptr<BatchInsert>> m_inserts;
    QStringList m_triggers; // a file's, as created, to make again after the copy
};

Status Copier::checkTables() const
{
    QStringList expected = SiteCopy::tableNames();
    expected.sort();
    for (const SiteDatabase *db : { &m_source, &m_destination }) {
        const auto tables = tablesIn(*db);
        if (!tables)
            return tables.failure();
        for (const QString &table : *tables) {
            if (!expected.contains(table))
                return failure(SiteCopy::tr("%1: the table %2 is not one Newsdesk knows how to "
                                            "copy; nothing was copied")
                                   .arg(db->path(), table));
        }
        for (const QString &table : std::as_const(expected)) {
            if (!tables->contains(table))
                return failure(SiteCopy::tr("%1: the site has no table %2; nothing was copied")
                                   .arg(db->path(), table));
        }
    }
    return {};
}

Status Copier::clearDestination()
{
    // A new site's own rows (the settings, English and Georgian) make way for the source's.
    const QStringList tables = SiteCopy::tableNames();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (auto s = m_destination.exec(
                QStringLiteral("DELETE FROM %1").arg(*it), SiteCopy::tr("empty %1").arg(*it));
            !s)
            return s;
    }
    return {};
}

Status Copier::suspendTriggers()
{
    // The triggers that count a text's changes would give every copied text a new version.
    if (m_destination.dialect() == Dialect::Postgres) {
        for (const QString &table : SiteCopy::tableNames()) {
            if (auto s = m_destination.exec(
                    QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table),
                    SiteCopy::tr("pause the triggers of %1").arg(table));
                !s)
                return s;
        }
        return {};
    }
    // SQLite cannot switch a trigger off: it is dropped and made again, in the same transaction.
    QSqlQuery query = SqlAccess::query(m_destination);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    if (auto s = m_destination.exec(query, SiteCopy::tr("list the triggers")); !s)
        return s;
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
        m_triggers << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (auto s = m_destination.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name),
                SiteCopy::tr("pause the trigger %1").arg(name));
            !s)
            return s;
    }
    return {};
}

Status Copier::restoreTriggers()
{
    if (m_destination.dialect() == Dialect::Postgres) {
        for (const QString &table : SiteCopy::tableNames()) {
            if (auto s = m_destination.exec(
                    QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table),
                    SiteCopy::tr("restore the triggers of %1").arg(table));
                !s)
                return s;
        }
        return {};
    }
    for (const QString &sql : std::as_const(m_triggers)) {
        if (auto s = m_destination.exec(sql, SiteCopy::tr("restore a trigger")); !s)
            return s;
    }
    return {};
}

Status Copier::copyTable(const TableSpec &spec, qint64 total)
{
    const QString name = QString::fromLatin1(spec.name);
    const auto columns = m_destination.columnsOf(name);
    if (!columns)
        return columns.failure();
    const auto sourceColumns = m_source.columnsOf(name);
    if (!sourceColumns)
        return sourceColumns.failure();
    if (*columns != *sourceColumns)
        return failure(SiteCopy::tr("%1: the table %2 has other columns than in %3 (%4 against "
                                    "%5); nothing was copied")
                           .arg(m_destination.path(), name, m_source.path(), columns->join(u','),
                               sourceColumns->join(u',')));

    QString sql;
    if (name == QLatin1String("page")) {
        // Parents before their children: a page moved under a newer one has the larger id.
        sql = QStringLiteral(
            "WITH RECURSIVE tree (id, depth) AS (SELECT id, 0 FROM page WHERE parent_id IS NULL "
            "UNION ALL SELECT page.id, tree.depth + 1 FROM page JOIN tree ON page.parent_id = "
            "tree.id) SELECT %1 FROM page JOIN tree ON tree.id = page.id ORDER BY tree.depth, "
            "page.id")
                  .arg(columnList(*columns, QStringLiteral("page.")));
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                  .arg(columnList(*columns), name, orderBy(spec, m_source.dialect()));
    }
    QSqlQuery read = SqlAccess::query(m_source);
    read.setForwardOnly(true);
    read.prepare(sql);
    if (auto s = m_source.exec(read, SiteCopy::tr("read the rows of %1").arg(name)); !s)
        return s;

    BatchInsert &insert
        = *m_inserts.emplace_back(std::make_unique<BatchInsert>(m_destination, name, *columns));
    const int count = int(columns->size());
    qint64 done = 0;
    while (read.next()) {
        QVariantList row;
        row.reserve(count);
        for (int i = 0; i < count; ++i)
            row << portable(read.value(i));
        if (auto s = insert.add(std::move(row)); !s)
            return s;
        if (++done % 1000 == 0 && m_progress)
            m_progress(name, done, total);
    }
    if (read.lastError().isValid())
        return m_source.sqlFailure(SiteCopy::tr("read the rows of %1").arg(name), read.lastError());
    if (auto s = insert.flush(); !s)
        return s;
    if (m_progress)
        m_progress(name, done, total);
    return {};
}

Status Copier::moveSequences()
{
    // A file hands out the next id after the largest; a server's identity sequence must be
    // told, or the next page would collide with a copied one.
    if (m_destination.dialect() != Dialect::Postgres)
        return {};
    QSqlQuery query = SqlAccess::query(m_destination);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
        "'newsdesk' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') ORDER BY "
        "table_name"));
    if (auto s = m_destination.exec(query, SiteCopy::tr("list the id sequences")); !s)
        return s;
    QList<std::pair<QString, QString>> identities;
    while (query.next())
        identities.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    for (const auto &[table, column] : std::as_const(identities)) {
        if (auto s = m_destination.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('newsdesk.%1', '%2'), "
                               "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                    .arg(table, column),
                SiteCopy::tr("move the id sequence of %1").arg(table));
            !s)
            return s;
    }
    // The change count of texts and pages goes on from the site's (a server counts with a
    // sequence).
    return m_destination.exec(
        QStringLiteral("SELECT setval('text_change', GREATEST(change_counter, "
                       "(SELECT COALESCE(MAX(version), 0) FROM page_translation), "
                       "(SELECT COALESCE(MAX(version), 0) FROM page)) + 1, false) FROM site"),
        SiteCopy::tr("move the count of text changes"));
}

Result<SiteCopy::Report> Copier::run()
{
    if (auto s = checkTables(); !s)
        return s.failure();
    Snapshot snapshot(m_source);
    if (auto s = snapshot.begin(); !s)
        return s.failure();
    auto sourceTables = summariseAll(m_source);
    if (!sourceTables)
        return sourceTables.failure();

    SiteCopy::Report report;
    const Status copied = m_destination.transaction([&]() -> Status {
        if (auto s = clearDestination(); !s)
            return s;
        if (auto s = suspendTriggers(); !s)
            return s;
        for (qsizetype i = 0; i < specs().size(); ++i) {
            if (auto s = copyTable(specs().at(i), sourceTables->at(i).rows); !s)
                return s;
        }
        if (auto s = restoreTriggers(); !s)
            return s;
        if (auto s = moveSequences(); !s)
            return s;
        if (auto s = SearchRepository(m_destination).indexAll(); !s)
            return s;
        // Compared before the commit: a copy that differs is never kept.
        auto destinationTables = summariseAll(m_destination);
        if (!destinationTables)
            return destinationTables.failure();
        if (auto s = SiteCopy::compare(
                m_source.path(), *sourceTables, m_destination.path(), *destinationTables);
            !s)
            return s;
        report.tables = *destinationTables;
        return {};
    });
    m_inserts.clear();
    if (!copied)
        return copied.failure();
    // A server plans its queries by statistics that a bulk load leaves empty until autovacuum
    // comes round: until then a search read every match's words twice (bench_textsearch). The
    // copy is committed either way; without them the server is only slower for a while.
    if (m_destination.dialect() == SiteDatabase::Dialect::Postgres)
        (void)m_destination.exec(
            QStringLiteral("ANALYZE"), SiteCopy::tr("gather the copied site's statistics"));
    return report;
}

} // namespace

qint64 SiteCopy::Report::rows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

const QStringList &SiteCopy::tableNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const TableSpec &spec : specs())
            list << QString::fromLatin1(spec.name);
        return list;
    }();
    return names;
}

Result<SiteCopy::Report> SiteCopy::copy(
    const QString &source, const QString &destination, const Progress &progress)
{
    auto site = SiteDatabase::open(source, SiteDatabase::Mode::ReadOnly);
    if (!site)
        return site.failure();
    return copy(**site, destination, progress);
}

Result<SiteCopy::Report> SiteCopy::copy(
    SiteDatabase &source, const QString &destination, const Progress &progress)
{
    auto created = SiteDatabase::open(
        destination, SiteDatabase::Mode::Create, {}, SiteDatabase::Check::HeaderOnly);
    if (!created)
        return created.failure(); // an existing file, a database that holds anything
    std::unique_ptr<SiteDatabase> target = std::move(created).value();
    auto report = Copier(source, *target, progress).run();
    if (report && target->dialect() == Dialect::Sqlite) {
        // A new file leaves its write-ahead log behind, as backups made with VACUUM INTO do:
        // one file to hand on, and a read-only open of it makes no -wal and -shm beside it.
        // Newsdesk switches it back to the log when it opens it for writing.
        QSqlQuery mode = SqlAccess::query(*target);
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            report = target->sqlFailure(tr("finish the file"), mode.lastError());
    }
    if (report)
        return report;
    // The transaction rolled back; what open() made goes too.
    if (target->dialect() == Dialect::Postgres) {
        // Quietly: the server would list every table it drops on stderr.
        (void)target->exec(QStringLiteral("SET client_min_messages = warning"), {});
        (void)target->exec(
            QStringLiteral("DROP SCHEMA newsdesk CASCADE"), tr("remove the unfinished site"));
        target.reset();
    } else {
        target.reset();
        SiteDatabase::removeFiles(destination);
    }
    return report;
}

Result<QList<SiteCopy::Table>> SiteCopy::summarise(SiteDatabase &site)
{
    Snapshot snapshot(site);
    if (auto s = snapshot.begin(); !s)
        return s.failure();
    return summariseAll(site);
}

Status SiteCopy::compare(const QString &sourceName, const QList<Table> &source,
    const QString &destinationName, const QList<Table> &destination)
{
    for (const Table &table : source) {
        const auto other = std::find_if(destination.cbegin(), destination.cend(),
            [&](const Table &t) { return t.name == table.name; });
        if (other == destination.cend())
            return failure(ErrorKind::Conflict,
                tr("%1: the table %2 of %3 is missing")
                    .arg(destinationName, table.name, sourceName));
        if (other->rows != table.rows)
            return failure(ErrorKind::Conflict,
                tr("%1: the table %2 differs from %3's: %4 rows against %5")
                    .arg(destinationName, table.name, sourceName, QString::number(other->rows),
                        QString::number(table.rows)));
        if (other->checksum != table.checksum)
            return failure(ErrorKind::Conflict,
                tr("%1: the table %2 differs from %3's: the same %4 rows, other contents")
                    .arg(destinationName, table.name, sourceName, QString::number(table.rows)));
    }
    return {};
}
