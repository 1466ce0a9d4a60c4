// Failures carry a kind and their problems through every hand that passes them on; the store
// names the kind at the source, and the command line turns kinds into exit codes.
#include "cli/command.h"
#include "core/result.h"
#include "store/pagerepository.h"
#include "store/sitedatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

Q_DECLARE_METATYPE(ErrorKind)

namespace {

// Three hands, as the store, a repository and a command pass a failure on.
Result<int> source(const Failure &failed)
{
    return failed;
}

Status middle(const Failure &failed)
{
    const auto read = source(failed);
    if (!read)
        return read.failure();
    return {};
}

Result<QString> outer(const Failure &failed)
{
    if (auto s = middle(failed); !s)
        return s.failure();
    return QString();
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void aPlainFailureIsInvalid();
    void kindAndProblemsSurviveForwarding_data();
    void kindAndProblemsSurviveForwarding();
    void openingABadSiteNamesTheKind_data();
    void openingABadSiteNamesTheKind();
    void aMissingPageIsNotFound_data();
    void aMissingPageIsNotFound();
    void sqliteCodesHaveTheirKind_data();
    void sqliteCodesHaveTheirKind();
    void exitCodesComeFromTheFailure_data();
    void exitCodesComeFromTheFailure();

private:
    QString makeDemo(const QString &name);
    QTemporaryDir m_dir;
};

QString TestResult::makeDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    SiteDatabase::removeFiles(path);
    return createClosedSite(path, true) ? path : QString();
}

void TestResult::aPlainFailureIsInvalid()
{
    const Failure plain = failure(QStringLiteral("site.newsdesk: wrong"));
    QCOMPARE(plain.kind, ErrorKind::Invalid);
    QVERIFY(plain.problems.isEmpty());

    const Result<int> result = plain;
    QVERIFY(!result.ok());
    QCOMPARE(result.kind(), ErrorKind::Invalid);
    QCOMPARE(result.error(), QStringLiteral("site.newsdesk: wrong"));
    QVERIFY(result.problems().isEmpty());

    const Status status = failure(QStringLiteral("x"));
    QCOMPARE(status.kind(), ErrorKind::Invalid);
    QVERIFY(Status().ok());
    QVERIFY(Result<int>(1).ok());
}

void TestResult::kindAndProblemsSurviveForwarding_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("invalid") << ErrorKind::Invalid << QStringList();
    QTest::newRow("not found") << ErrorKind::NotFound << QStringList();
    QTest::newRow("busy") << ErrorKind::Busy << QStringList();
    QTest::newRow("damaged") << ErrorKind::Damaged << QStringList();
    QTest::newRow("newer version") << ErrorKind::NewerVersion << QStringList();
    QTest::newRow("read-only") << ErrorKind::ReadOnly << QStringList();
    QTest::newRow("i/o") << ErrorKind::Io << QStringList();
    QTest::newRow("cancelled") << ErrorKind::Cancelled << QStringList();
    QTest::newRow("conflict") << ErrorKind::Conflict << QStringList();
    QTest::newRow("invalid, with problems")
        << ErrorKind::Invalid
        << QStringList { QStringLiteral("ka.xlf:3:7: one"), QStringLiteral("ka.xlf:9:1: two") };
}

void TestResult::kindAndProblemsSurviveForwarding()
{
    QFETCH(ErrorKind, kind);
    QFETCH(QStringList, problems);

    const QString message = QStringLiteral("site.newsdesk: it went wrong");
    const auto forwarded = outer(failure(kind, message, problems));
    QVERIFY(!forwarded.ok());
    QCOMPARE(forwarded.kind(), kind);
    QCOMPARE(forwarded.error(), message);
    QCOMPARE(forwarded.problems(), problems);
    const Failure again = forwarded.failure();
    QCOMPARE(again.kind, kind);
    QCOMPARE(again.message, message);
    QCOMPARE(again.problems, problems);
}

void TestResult::openingABadSiteNamesTheKind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<ErrorKind>("kind");

    const auto open = int(SiteDatabase::Mode::Open);
    const auto readOnly = int(SiteDatabase::Mode::ReadOnly);

    // The header's page size (bytes 16–17) made impossible.
    const QString header = makeDemo(QStringLiteral("header.newsdesk"));
    QVERIFY(damageSite(header, Damage::Header));
    QTest::newRow("damaged header") << header << open << ErrorKind::Damaged;
    QTest::newRow("damaged header, read-only open") << header << readOnly << ErrorKind::Damaged;

    const QString truncated = makeDemo(QStringLiteral("truncated.newsdesk"));
    const QByteArray whole = readFile(truncated);
    writeFile(truncated, whole.left(whole.size() / 2 / 4096 * 4096));
    QTest::newRow("truncated") << truncated << open << ErrorKind::Damaged;

    // Every page after the first overwritten with noise: quick_check finds it.
    const QString garbled = makeDemo(QStringLiteral("garbled.newsdesk"));
    QVERIFY(damageSite(garbled, Damage::Pages));
    QTest::newRow("garbage-filled pages") << garbled << open << ErrorKind::Damaged;

    const QString newer = makeDemo(QStringLiteral("newer.newsdesk"));
    QVERIFY(markAsNewer(newer));
    QTest::newRow("newer version") << newer << open << ErrorKind::NewerVersion;
    QTest::newRow("newer version, read-only open") << newer << readOnly << ErrorKind::NewerVersion;

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("missing.newsdesk")) << open
                                  << ErrorKind::NotFound;
    QTest::newRow("missing folder")
        << m_dir.filePath(QStringLiteral("gone/site.newsdesk")) << open << ErrorKind::NotFound;

    const QString readOnlyFile = makeDemo(QStringLiteral("readonly.newsdesk"));
    QFile::setPermissions(readOnlyFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QTest::newRow("read-only file") << readOnlyFile << open << ErrorKind::ReadOnly;

    const QString text = m_dir.filePath(QStringLiteral("notes.newsdesk"));
    writeFile(text, "Meeting notes\n");
    QTest::newRow("not a site") << text << open << ErrorKind::Invalid;
}

void TestResult::openingABadSiteNamesTheKind()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(ErrorKind, kind);

    const auto site = SiteDatabase::open(path, SiteDatabase::Mode(mode));
    QVERIFY(!site.ok());
    QCOMPARE(site.kind(), kind);
    QVERIFY2(site.error().startsWith(path + u':'), qPrintable(site.error()));
}

void TestResult::aMissingPageIsNotFound_data()
{
    QTest::addColumn<QString>("page");

    QTest::newRow("id") << QStringLiteral("999999");
    QTest::newRow("top-level slug") << QStringLiteral("no-such-page");
    QTest::newRow("slug under a page") << QStringLiteral("who-we-are/no-such-page");
}

void TestResult::aMissingPageIsNotFound()
{
    QFETCH(QString, page);

    const auto site = freshDemoSite(m_dir);
    const auto resolved = PageRepository(*site).resolve(page);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.kind(), ErrorKind::NotFound);
}

void TestResult::sqliteCodesHaveTheirKind_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << ErrorKind::Busy;
    QTest::newRow("SQLITE_LOCKED") << QStringLiteral("6") << ErrorKind::Busy;
    QTest::newRow("SQLITE_READONLY") << QStringLiteral("8") << ErrorKind::ReadOnly;
    QTest::newRow("SQLITE_IOERR") << QStringLiteral("10") << ErrorKind::Io;
    QTest::newRow("SQLITE_IOERR_READ (extended)") << QStringLiteral("266") << ErrorKind::Io;
    QTest::newRow("SQLITE_CORRUPT") << QStringLiteral("11") << ErrorKind::Damaged;
    QTest::newRow("SQLITE_FULL") << QStringLiteral("13") << ErrorKind::Io;
    QTest::newRow("SQLITE_NOTADB") << QStringLiteral("26") << ErrorKind::Damaged;
    QTest::newRow("SQLITE_CONSTRAINT") << QStringLiteral("19") << ErrorKind::Invalid;
    QTest::newRow("no code") << QString() << ErrorKind::Invalid;
}

void TestResult::sqliteCodesHaveTheirKind()
{
    QFETCH(QString, code);
    QFETCH(ErrorKind, kind);

    const QSqlError error(
        QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError, code);
    QCOMPARE(SiteDatabase::kindOf(error), kind);
}

void TestResult::exitCodesComeFromTheFailure_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("code");

    // README: 0 fine, 1 problems found, 2 usage or I/O error.
    const int usageOrIo = Command::UsageOrIoError;
    QTest::newRow("invalid") << ErrorKind::Invalid << QStringList() << usageOrIo;
    QTest::newRow("not found") << ErrorKind::NotFound << QStringList() << usageOrIo;
    QTest::newRow("busy") << ErrorKind::Busy << QStringList() << usageOrIo;
    QTest::newRow("damaged") << ErrorKind::Damaged << QStringList() << usageOrIo;
    QTest::newRow("newer version") << ErrorKind::NewerVersion << QStringList() << usageOrIo;
    QTest::newRow("read-only") << ErrorKind::ReadOnly << QStringList() << usageOrIo;
    QTest::newRow("i/o") << ErrorKind::Io << QStringList() << usageOrIo;
    QTest::newRow("cancelled") << ErrorKind::Cancelled << QStringList() << usageOrIo;
    QTest::newRow("conflict") << ErrorKind::Conflict << QStringList() << usageOrIo;
    QTest::newRow("problems found in the input")
        << ErrorKind::Invalid << QStringList { QStringLiteral("ka.xlf:1:1: bad") }
        << int(Command::ProblemsFound);
}

void TestResult::exitCodesComeFromTheFailure()
{
    QFETCH(ErrorKind, kind);
    QFETCH(QStringList, problems);
    QFETCH(int, code);

    QCOMPARE(Command::exitCode(failure(kind, QStringLiteral("x"), problems)), code);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
