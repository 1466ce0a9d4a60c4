#include "store/sitedatabase.h"
#include "store/sqliteheader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSqliteHeader : public QObject
{
    Q_OBJECT

private slots:
    void readsANewsdeskSite();
    void refusesWhatIsNotSqlite_data();
    void refusesWhatIsNotSqlite();
    void detectsTruncation();
    void toleratesAShortFileWhileTheLogHoldsThePages();

private:
    QTemporaryDir m_dir;
};

void TestSqliteHeader::readsANewsdeskSite()
{
    const QString path = m_dir.filePath(QStringLiteral("site.newsdesk"));
    QVERIFY(createClosedSite(path, false));
    const auto header = SqliteHeader::read(path);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->applicationId, SiteDatabase::ApplicationId);
    QCOMPARE(int(header->userVersion), SiteDatabase::supportedSchemaVersion());
    QCOMPARE(header->fileSize % header->pageSize, 0);
    QVERIFY(header->pageCountValid);
    QCOMPARE(qint64(header->pageCount) * header->pageSize, header->fileSize);
}

void TestSqliteHeader::refusesWhatIsNotSqlite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("text") << QByteArray("Minutes of the meeting\n\nAll present.\n")
                          << "not an SQLite database";
    QTest::newRow("html") << QByteArray("<!doctype html><title>x</title>")
                          << "not an SQLite database";
    QTest::newRow("short magic") << QByteArray("SQLite format 3") << "not an SQLite database";
    QByteArray badPageSize("SQLite format 3", 16);
    badPageSize.append(84, '\0');
    badPageSize[16] = 0x03; // 0x0300 = 768: not a power of two
    QTest::newRow("bad page size") << badPageSize << "header is invalid";
}

void TestSqliteHeader::refusesWhatIsNotSqlite()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1").arg(QTest::currentDataTag()));
    QVERIFY(writeFile(path, bytes));
    const auto header = SqliteHeader::read(path);
    QVERIFY(!header.ok());
    QVERIFY2(header.error().startsWith(path + u':'), qPrintable(header.error()));
    QVERIFY2(header.error().contains(problem), qPrintable(header.error()));
}

void TestSqliteHeader::detectsTruncation()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.newsdesk"));
    QVERIFY(createClosedSite(path, true));
    const QByteArray whole = readFile(path);
    const qint64 pageSize = SqliteHeader::read(path)->pageSize;
    QVERIFY(whole.size() >= 3 * pageSize);
    QVERIFY(writeFile(path, whole.left(2 * pageSize)));
    const auto header = SqliteHeader::read(path);
    QVERIFY(!header.ok());
    QVERIFY2(header.error().contains(
                 QStringLiteral("truncated (%1 of %2 bytes)").arg(2 * pageSize).arg(whole.size())),
        qPrintable(header.error()));

    QVERIFY(writeFile(path, whole.left(whole.size() - 100))); // not a whole number of pages
    QVERIFY(!SqliteHeader::read(path).ok());
}

void TestSqliteHeader::toleratesAShortFileWhileTheLogHoldsThePages()
{
    // After a crash during a checkpoint, SQLite completes the file from the log on open.
    const QString path = m_dir.filePath(QStringLiteral("checkpointing.newsdesk"));
    QVERIFY(createClosedSite(path, true));
    const QByteArray whole = readFile(path);
    const qint64 pageSize = SqliteHeader::read(path)->pageSize;
    QVERIFY(writeFile(path, whole.left(2 * pageSize)));
    QVERIFY(writeFile(path + QStringLiteral("-wal"), QByteArray(4096, 'w')));
    QVERIFY(SqliteHeader::read(path).ok());
}

QTEST_GUILESS_MAIN(TestSqliteHeader)
#include "tst_sqliteheader.moc"
