// Stored times: what the store writes reads back to the same instant, by the fast path and by
// the general one, and what is not a time reads as none.
#include "core/timestamps.h"

#include <QTest>

class TestTimestamps : public QObject
{
    Q_OBJECT

private slots:
    void readsStoredTimes_data();
    void readsStoredTimes();
    void roundTrip();
};

void TestTimestamps::readsStoredTimes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    QTest::newRow("stored form") << "2020-11-25T09:00:00Z" << utc(2020, 11, 25, 9, 0, 0);
    QTest::newRow("end of a leap day") << "2024-02-29T23:59:59Z" << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("with an offset (general path)")
        << "2020-11-25T13:00:00+04:00" << utc(2020, 11, 25, 9, 0, 0);
    QTest::newRow("with milliseconds (general path)")
        << "2020-11-25T09:00:00.000Z" << utc(2020, 11, 25, 9, 0, 0);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("no such day") << "2021-02-29T10:00:00Z" << QDateTime();
    QTest::newRow("no such hour") << "2021-02-20T25:00:00Z" << QDateTime();
    QTest::newRow("letters in the digits") << "2021-0a-20T10:00:00Z" << QDateTime();
    QTest::newRow("not a time") << "yesterday" << QDateTime();
}

void TestTimestamps::readsStoredTimes()
{
    QFETCH(QString, stored);
    QFETCH(QDateTime, expected);
    const QDateTime read = Timestamps::fromStored(stored);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read, expected);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

void TestTimestamps::roundTrip()
{
    const QDateTime now = Timestamps::now();
    QCOMPARE(now.time().msec(), 0);
    const QString stored = Timestamps::toStored(now);
    QCOMPARE(stored.size(), 20);
    QCOMPARE(Timestamps::fromStored(stored), now);
    QCOMPARE(Timestamps::toStored(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
