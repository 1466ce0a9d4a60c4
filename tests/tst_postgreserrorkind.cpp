// postgresErrorKind: what a PostgreSQL error means for a team site, from real errors of the
// test cluster (tests/postgres/cluster.sh) and from the codes PostgreSQL documents.
#include "postgrestestsupport.h"
#include "store/postgreserrorkind.h"

#include <QTest>

using namespace PostgresTestSupport;

class TestPostgresErrorKind : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codesMeanKinds_data();
    void codesMeanKinds();
    void aDuplicateIsInvalid();
    void aWriteInAReadOnlyTransactionIsReadOnly();
    void aLockNotGrantedInTimeIsBusy();
    void aSessionEndedByTheServerIsIo();
    void anUnreachableServerIsIo();

private:
    QSqlDatabase m_db;
};

void TestPostgresErrorKind::initTestCase()
{
    QVERIFY2(!host().isEmpty(),
        "NEWSDESK_TEST_POSTGRES_HOST is not set: run through ctest, which starts the cluster");
    m_db = freshDatabase(QStringLiteral("tst_postgreserrorkind"));
    QVERIFY(m_db.isOpen());
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE word (text TEXT PRIMARY KEY)")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO word VALUES ('მშვიდობა')")));
}

void TestPostgresErrorKind::codesMeanKinds_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<int>("kind");
    QTest::newRow("no SQLSTATE") << QString() << int(ErrorKind::Io);
    QTest::newRow("connection failure") << u"08006"_qs << int(ErrorKind::Io);
    QTest::newRow("admin shutdown") << u"57P01"_qs << int(ErrorKind::Io);
    QTest::newRow("disk full") << u"53100"_qs << int(ErrorKind::Io);
    QTest::newRow("I/O error") << u"58030"_qs << int(ErrorKind::Io);
    QTest::newRow("serialization failure") << u"40001"_qs << int(ErrorKind::Busy);
    QTest::newRow("deadlock") << u"40P01"_qs << int(ErrorKind::Busy);
    QTest::newRow("lock not available") << u"55P03"_qs << int(ErrorKind::Busy);
    QTest::newRow("read-only transaction") << u"25006"_qs << int(ErrorKind::ReadOnly);
    QTest::newRow("insufficient privilege") << u"42501"_qs << int(ErrorKind::ReadOnly);
    QTest::newRow("data corrupted") << u"XX001"_qs << int(ErrorKind::Damaged);
    QTest::newRow("index corrupted") << u"XX002"_qs << int(ErrorKind::Damaged);
    QTest::newRow("no such database") << u"3D000"_qs << int(ErrorKind::NotFound);
    QTest::newRow("unique violation") << u"23505"_qs << int(ErrorKind::Invalid);
    QTest::newRow("syntax error") << u"42601"_qs << int(ErrorKind::Invalid);
    QTest::newRow("internal error") << u"XX000"_qs << int(ErrorKind::Invalid);
}

void TestPostgresErrorKind::codesMeanKinds()
{
    QFETCH(QString, sqlState);
    QFETCH(int, kind);
    QCOMPARE(int(postgresErrorKind(sqlState)), kind);
}

void TestPostgresErrorKind::aDuplicateIsInvalid()
{
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO word VALUES ('მშვიდობა')")));
    QCOMPARE(query.lastError().nativeErrorCode(), u"23505"_qs); // Qt passes SQLSTATE on
    QCOMPARE(postgresErrorKind(query.lastError().nativeErrorCode()), ErrorKind::Invalid);
}

void TestPostgresErrorKind::aWriteInAReadOnlyTransactionIsReadOnly()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("BEGIN READ ONLY")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO word VALUES ('სიტყვა')")));
    const QString state = query.lastError().nativeErrorCode();
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(postgresErrorKind(state), ErrorKind::ReadOnly);
}

void TestPostgresErrorKind::aLockNotGrantedInTimeIsBusy()
{
    // Another client holds the row; this one waits a tenth of a second, then gives up.
    QSqlDatabase other = PostgresTestSupport::connect(QStringLiteral("tst_postgreserrorkind"));
    QVERIFY(other.isOpen());
    QSqlQuery holder(other);
    QVERIFY(holder.exec(QStringLiteral("BEGIN")));
    QVERIFY(holder.exec(QStringLiteral("UPDATE word SET text = text")));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SET lock_timeout = '100ms'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE word SET text = text")));
    const QString state = query.lastError().nativeErrorCode();
    QVERIFY(query.exec(QStringLiteral("RESET lock_timeout")));
    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(state, u"55P03"_qs);
    QCOMPARE(postgresErrorKind(state), ErrorKind::Busy);
}

void TestPostgresErrorKind::aSessionEndedByTheServerIsIo()
{
    // An administrator (or a restart) ends the session: the next statement fails.
    QSqlDatabase victim = PostgresTestSupport::connect(QStringLiteral("tst_postgreserrorkind"));
    QVERIFY(victim.isOpen());
    QSqlQuery pid(victim);
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    QSqlQuery admin(m_db);
    QVERIFY(admin.exec(
        QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid.value(0).toInt())));
    QSqlQuery query(victim);
    QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
    QCOMPARE(postgresErrorKind(query.lastError().nativeErrorCode()), ErrorKind::Io);
}

void TestPostgresErrorKind::anUnreachableServerIsIo()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("nowhere"));
    db.setHostName(host() + QStringLiteral("/no-server-here"));
    db.setUserName(QStringLiteral("newsdesk"));
    db.setDatabaseName(QStringLiteral("postgres"));
    QVERIFY(!db.open());
    QCOMPARE(postgresErrorKind(db.lastError().nativeErrorCode()), ErrorKind::Io);
    QVERIFY2(db.lastError().text().contains(QStringLiteral("no-server-here")),
        qPrintable(db.lastError().text()));
}

QTEST_GUILESS_MAIN(TestPostgresErrorKind)
#include "tst_postgreserrorkind.moc"
