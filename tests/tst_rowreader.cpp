// RowReader: whole-site reads straight from SQLite give what QSqlQuery gives, on the same
// connection, and fail with a message naming the file.
#include "store/rowreader.h"
#include "store/sitedatabase.h"
#include "store/sqlaccess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void valuesReadAsQSqlQueryReadsThem_data();
    void valuesReadAsQSqlQueryReadsThem();
    void parametersBindTextAndNumbers();
    void seesTheConnectionsOwnTransaction();
    void badSqlNamesTheFileAndTheWork();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteDatabase> m_site;
};

void TestRowReader::init()
{
    m_site = SiteDatabase::open(
        m_dir.filePath(QStringLiteral("%1.newsdesk").arg(QTest::currentTestFunction())),
        SiteDatabase::Mode::Create)
                 .value();
}

void TestRowReader::cleanup()
{
    const QString path = m_site->path();
    m_site.reset();
    SiteDatabase::removeFiles(path);
}

void TestRowReader::valuesReadAsQSqlQueryReadsThem_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("number"); // numbers are read from integer columns only
    QTest::newRow("ascii") << "'about-us'" << false;
    QTest::newRow("georgian") << "'ჩვენ შესახებ'" << false;
    QTest::newRow("empty text") << "''" << false;
    QTest::newRow("null") << "NULL" << true;
    QTest::newRow("integer") << "42" << true;
    QTest::newRow("large integer") << "9007199254740993" << true;
    QTest::newRow("negative") << "-7" << true;
    QTest::newRow("zero") << "0" << true;
    QTest::newRow("text with a nul byte") << "'a' || char(0) || 'b'" << false;
    QTest::newRow("emoji") << "'🇬🇪'" << false;
}

void TestRowReader::valuesReadAsQSqlQueryReadsThem()
{
    QFETCH(QString, expression);
    QFETCH(bool, number);
    const QString sql = QStringLiteral("SELECT ") + expression;
    QSqlQuery expected = SqlAccess::query(*m_site);
    QVERIFY(expected.exec(sql) && expected.next());
    RowReader reader(*m_site, sql, QStringLiteral("read a value"));
    QVERIFY(reader.next());
    QCOMPARE(reader.value(0).isNull(), expected.value(0).isNull());
    QCOMPARE(reader.value(0).toString(), expected.value(0).toString());
    if (number) {
        QCOMPARE(reader.value(0).toLongLong(), expected.value(0).toLongLong());
        QCOMPARE(reader.value(0).toInt(), expected.value(0).toInt());
        QCOMPARE(reader.value(0).toBool(), expected.value(0).toBool());
    }
    QVERIFY(!reader.next());
    QVERIFY(reader.status().ok());
}

void TestRowReader::parametersBindTextAndNumbers()
{
    RowReader reader(*m_site,
        QStringLiteral("SELECT ?1 || '/' || ?2, ?2 + 1 FROM (SELECT 1 UNION ALL SELECT 2)"),
        QStringLiteral("bind"));
    reader.bind(1, QStringLiteral("ka"));
    reader.bind(2, qint64(41));
    int rows = 0;
    while (reader.next()) {
        ++rows;
        QCOMPARE(reader.value(0).toString(), QStringLiteral("ka/41"));
        QCOMPARE(reader.value(1).toLongLong(), 42);
    }
    QCOMPARE(rows, 2);
    QVERIFY(reader.status().ok());
}

void TestRowReader::seesTheConnectionsOwnTransaction()
{
    QVERIFY(m_site->exec(QStringLiteral("CREATE TABLE t (x TEXT)"), QStringLiteral("create")));
    const Status status = m_site->transaction([&]() -> Status {
        if (auto s = m_site->exec(
                QStringLiteral("INSERT INTO t VALUES ('uncommitted')"), QStringLiteral("insert"));
            !s)
            return s;
        RowReader reader(*m_site, QStringLiteral("SELECT x FROM t"), QStringLiteral("read"));
        if (!reader.next() || reader.value(0).toString() != QLatin1String("uncommitted"))
            return failure(QStringLiteral("the reader did not see the transaction's row"));
        return failure(QStringLiteral("roll back"));
    });
    QCOMPARE(status.error(), QStringLiteral("roll back"));
    RowReader after(*m_site, QStringLiteral("SELECT count(*) FROM t"), QStringLiteral("count"));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toLongLong(), 0);
}

void TestRowReader::badSqlNamesTheFileAndTheWork()
{
    RowReader reader(
        *m_site, QStringLiteral("SELECT title FROM nowhere"), QStringLiteral("list the pages"));
    QVERIFY(!reader.next());
    const Status status = reader.status();
    QVERIFY(!status.ok());
    QVERIFY2(
        status.error().startsWith(m_site->path() + QStringLiteral(": cannot list the pages: ")),
        qPrintable(status.error()));
    QVERIFY2(status.error().contains(QStringLiteral("nowhere")), qPrintable(status.error()));
    QVERIFY(!status.error().contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
