// The two stores' schemas: a site file's (resources/migrations/sqlite/) and a team site's on
// PostgreSQL (resources/migrations/postgresql/), each made by SiteDatabase, have the same tables,
// columns in the same order, with matching types, nullability, defaults and keys, at the same
// schema version, and count text changes alike. Runs on the cluster CTest starts
// (tests/postgres/cluster.sh).
#include "postgrestestsupport.h"
#include "store/sitedatabase.h"
#include "store/sqlaccess.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

struct Column
{
    QString name;
    QString type; // integer, real, text or blob
    bool notNull = false;
    QString defaultValue; // as written, casts and quotes' types left out
    bool primaryKey = false;

    bool operator==(const Column &) const = default;
    QString describe() const
    {
        return QStringLiteral("%1 %2%3%4%5")
            .arg(name, type, notNull ? QStringLiteral(" not null") : QString(),
                defaultValue.isEmpty() ? QString() : QStringLiteral(" default ") + defaultValue,
                primaryKey ? QStringLiteral(" primary key") : QString());
    }
};

QString typeClass(const QString &declared)
{
    const QString type = declared.toLower();
    if (type.contains(u"int"))
        return QStringLiteral("integer");
    if (type == u"blob" || type == u"bytea")
        return QStringLiteral("blob");
    if (type == u"real" || type == u"double precision")
        return QStringLiteral("real"); // SQLite's REAL is a double

    return type;
}

QString normalisedDefault(QString value)
{
    // PostgreSQL writes 'en'::text; an identity column has no default but a sequence.
    value.remove(QRegularExpression(QStringLiteral("::[a-z ]+$")));
    return value;
}

} // namespace

class TestSchemas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothHaveTheSameTables();
    void tablesHaveTheSameColumns_data();
    void tablesHaveTheSameColumns();
    void bothAreAtTheSameVersion();
    void textChangesAreCountedAlike();

private:
    QMap<QString, QList<Column>> sqliteTables() const;
    QMap<QString, QList<Column>> postgresTables() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_file;
    QSqlDatabase m_server;
};

void TestSchemas::initTestCase()
{
    QVERIFY2(!PostgresTestSupport::host().isEmpty(),
        "NEWSDESK_TEST_POSTGRES_HOST is not set: run through ctest, which starts the cluster");
    m_file = freshSite(m_dir);
    m_server = PostgresTestSupport::freshDatabase(QStringLiteral("tst_schemas"));
    QVERIFY(m_server.isOpen());
    // The team site made as `newsdesk init` makes it.
    const auto site = SiteDatabase::open(
        PostgresTestSupport::uri(QStringLiteral("tst_schemas")), SiteDatabase::Mode::Create);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QSqlQuery query(m_server);
    QVERIFY2(query.exec(QStringLiteral("SET search_path TO newsdesk")),
        qPrintable(query.lastError().text()));
}

void TestSchemas::cleanupTestCase()
{
    m_file.reset();
    PostgresTestSupport::disconnect(m_server);
}

QMap<QString, QList<Column>> TestSchemas::sqliteTables() const
{
    QMap<QString, QList<Column>> tables;
    QSqlQuery names = SqlAccess::query(*m_file);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name")))
        qFatal("%s", qPrintable(names.lastError().text()));
    while (names.next()) {
        const QString table = names.value(0).toString();
        // The search index's FTS5 table (and FTS5's own tables for it) is a tsvector column of
        // search_text on a server.
        if (table.startsWith(u"search_index"))
            continue;
        QSqlQuery info = SqlAccess::query(*m_file);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QList<Column> &columns = tables[table];
        while (info.next()) {
            const bool primaryKey = info.value(5).toInt() > 0;
            const QString type = typeClass(info.value(2).toString());
            // A rowid key (INTEGER PRIMARY KEY) is never null; PostgreSQL says so outright.
            columns.append({ info.value(1).toString(), type, info.value(3).toBool() || primaryKey,
                normalisedDefault(info.value(4).toString()), primaryKey });
        }
    }
    return tables;
}

QMap<QString, QList<Column>> TestSchemas::postgresTables() const
{
    QMap<QString, QList<Column>> tables;
    QSqlQuery query(m_server);
    if (!query.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
            "COALESCE(c.column_default, ''), EXISTS (SELECT 1 FROM "
            "information_schema.table_constraints t JOIN information_schema.key_column_usage k "
            "USING (constraint_schema, constraint_name) WHERE t.constraint_type = 'PRIMARY KEY' "
            "AND k.table_schema = c.table_schema AND k.table_name = c.table_name AND "
            "k.column_name = c.column_name) FROM information_schema.columns c WHERE "
            "c.table_schema = 'newsdesk' ORDER BY c.table_name, c.ordinal_position")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        // What a file keeps in its header is in tables of their own here.
        if (SiteDatabase::serverBookkeepingTables().contains(query.value(0).toString()))
            continue;
        // A file's FTS5 table search_index holds these words (and ranks by all of them).
        if (query.value(0).toString() == u"search_text"
            && (query.value(1).toString() == u"words"
                || query.value(1).toString() == u"lead_words"))
            continue;
        tables[query.value(0).toString()].append({ query.value(1).toString(),
            typeClass(query.value(2).toString()), query.value(3).toString() == u"NO",
            normalisedDefault(query.value(4).toString()), query.value(5).toBool() });
    }
    return tables;
}

void TestSchemas::bothHaveTheSameTables()
{
    const QStringList file = sqliteTables().keys();
    QVERIFY(file.contains(u"page_translation"_qs));
    QCOMPARE(postgresTables().keys(), file);
}

void TestSchemas::tablesHaveTheSameColumns_data()
{
    QTest::addColumn<QString>("table");
    const auto tables = sqliteTables();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestSchemas::tablesHaveTheSameColumns()
{
    QFETCH(QString, table);
    const auto describe = [](const QList<Column> &columns) {
        QStringList lines;
        for (const Column &column : columns)
            lines.append(column.describe());
        return lines;
    };
    QCOMPARE(describe(postgresTables().value(table)), describe(sqliteTables().value(table)));
}

void TestSchemas::bothAreAtTheSameVersion()
{
    const QStringList files = QDir(QStringLiteral(":/migrations/postgresql"))
                                  .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(files.last().section(u'_', 0, 0).toInt(), SiteDatabase::supportedSchemaVersion());
}

void TestSchemas::textChangesAreCountedAlike()
{
    // A page with a text, the text changed twice, a second text, the page's status changed and
    // its position alone (not counted): the site's change counter, each text's version and the
    // page's come out the same in both stores.
    const QStringList statements {
        u"INSERT INTO page (id, parent_id, position, kind, slug, created_at, updated_at) "
        "VALUES (1, NULL, 0, 'page', 'about', 't', 't')"_qs,
        u"INSERT INTO page_translation (page_id, language, title, updated_at) "
        "VALUES (1, 'en', 'About', 't')"_qs,
        u"UPDATE page_translation SET title = 'About us' WHERE page_id = 1"_qs,
        u"UPDATE page_translation SET body_html = '<p>Hi</p>' WHERE page_id = 1"_qs,
        u"UPDATE page_translation SET open_words = 3 WHERE page_id = 1"_qs, // not a text change
        u"INSERT INTO page_translation (page_id, language, title, updated_at) "
        "VALUES (1, 'ka', 'ჩვენ შესახებ', 't')"_qs,
        u"UPDATE page SET status = 'review' WHERE id = 1"_qs,
        u"UPDATE page SET position = 0 WHERE id = 1"_qs, // renumbering is not a change
    };
    const QString read = u"SELECT (SELECT change_counter FROM site), string_agg(language || "
                         "'=' || version, ',' ORDER BY language) FROM page_translation"_qs;
    QSqlQuery file = SqlAccess::query(*m_file);
    QSqlQuery server(m_server);
    for (const QString &sql : statements) {
        QVERIFY2(file.exec(sql), qPrintable(sql + u": "_qs + file.lastError().text()));
        QVERIFY2(server.exec(sql), qPrintable(sql + u": "_qs + server.lastError().text()));
    }
    // SQLite's group_concat takes no ORDER BY: the two texts are read in key order there.
    QVERIFY(file.exec(u"SELECT (SELECT change_counter FROM site), group_concat(language || '=' "
                      "|| version, ',') FROM (SELECT * FROM page_translation ORDER BY language)"_qs)
        && file.next());
    QVERIFY2(server.exec(read) && server.next(), qPrintable(server.lastError().text()));
    QCOMPARE(file.value(0).toLongLong(), 6);
    QCOMPARE(file.value(1).toString(), u"en=4,ka=5"_qs);
    QCOMPARE(server.value(0).toLongLong(), file.value(0).toLongLong());
    QCOMPARE(server.value(1).toString(), file.value(1).toString());
    const QString page = u"SELECT version FROM page WHERE id = 1"_qs;
    QVERIFY(file.exec(page) && file.next());
    QVERIFY(server.exec(page) && server.next());
    QCOMPARE(file.value(0).toLongLong(), 6);
    QCOMPARE(server.value(0).toLongLong(), 6);
}

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
