// Who may do what on a team site (issue 17), on the harness's PostgreSQL with real roles: raw
// SQL on each role's own connection is refused by the server where the role does not allow it
// (not only through Newsdesk), another site's database stays closed, `newsdesk users` adds and
// removes people without a password ever showing, and the window greys out what the role may
// not do, saying why. Roles are cluster-wide: their names end with this run's process id, and
// cleanupTestCase() drops them.
#include "articleeditor.h"
#include "articlepane.h"
#include "demo/demosite.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "postgrestestsupport.h"
#include "previewview.h"
#include "store/pagerepository.h"
#include "store/peoplerepository.h"
#include "store/revisionrepository.h"
#include "store/trashrepository.h"
#include "webtestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Pg = PostgresTestSupport;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theServerRefusesWhatTheRoleMayNotDo_data();
    void theServerRefusesWhatTheRoleMayNotDo();
    void eachRoleDoesItsOwnWork_data();
    void eachRoleDoesItsOwnWork();
    void anotherSitesDatabaseStaysClosed();
    void newsdeskIsHeldToTheRoleToo();
    void anEditorWritesTheSourceLanguageAndMakesWholePages();
    void usersAddsListsAndRemovesWithoutShowingThePassword();
    void onlyAPublisherManagesPeople();
    void theWindowGreysOutWhatTheRoleMayNotDo_data();
    void theWindowGreysOutWhatTheRoleMayNotDo();
    void aSaveTheServerRefusesSaysWhyAndKeepsTheText();

private:
    QString person(const QString &base) const
    {
        return u"nd_%1_%2"_s.arg(base).arg(QCoreApplication::applicationPid());
    }
    QString siteUri(const QString &user, const QString &database) const
    {
        return u"postgresql://%1@/%2?host=%3"_s.arg(
            user, database, QString::fromLatin1(QUrl::toPercentEncoding(Pg::host())));
    }
    // `user`'s own connection to `database`, the search path on the site's schema.
    QSqlDatabase connectAs(const QString &user, const QString &database) const;
    // Runs `sql` (statements separated by "; ") in a transaction that is rolled back (nothing
    // stays); its first error, or none.
    static QSqlError tryAndRollBack(QSqlDatabase &db, const QString &sql);
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run newsdesk(const QStringList &arguments, const QByteArray &input = {}) const;
    std::unique_ptr<SiteDatabase> owner() const;

    QTemporaryDir m_home;
    QString m_siteA = u"nd_roles_a"_s;
    QString m_siteB = u"nd_roles_b"_s;
    qint64 m_about = 0;
    qint64 m_published = 0;
};

QSqlDatabase TestRoles::connectAs(const QString &user, const QString &database) const
{
    static int connections = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        u"QPSQL"_s, u"as-%1-%2-%3"_s.arg(user, database).arg(++connections));
    db.setHostName(Pg::host());
    db.setUserName(user);
    db.setDatabaseName(database);
    if (db.open())
        QSqlQuery(db).exec(u"SET search_path TO newsdesk"_s);
    return db;
}

QSqlError TestRoles::tryAndRollBack(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.exec(u"BEGIN"_s);
    QSqlError error;
    for (const QString &statement : sql.split(u"; "_s)) { // the driver reports only the first
        if (!query.exec(statement)) {
            error = query.lastError();
            break;
        }
    }
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    return error;
}

TestRoles::Run TestRoles::newsdesk(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(NEWSDESK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<SiteDatabase> TestRoles::owner() const
{
    auto site = SiteDatabase::open(Pg::uri(m_siteA), SiteDatabase::Mode::Open);
    if (!site)
        qWarning("%s", qPrintable(site.error()));
    if (!site)
        return nullptr;
    return std::move(site.value());
}

void TestRoles::initTestCase()
{
    QVERIFY(m_home.isValid());
    cleanupTestCase(); // what a killed run left
    for (const QString &name : { m_siteA, m_siteB }) {
        const QString uri = Pg::freshDatabaseUri(name);
        QVERIFY(!uri.isEmpty());
        auto made = DemoSite::createSite(uri);
        QVERIFY2(made, qPrintable(made.error()));
    }
    auto site = owner();
    QVERIFY(site);
    PageRepository pages(*site);
    m_about = pages.resolve(u"who-we-are/about"_s).value();
    // A published page (for unpublishing) and something in the trash (for emptying it).
    for (const auto &listing : pages.listing().value()) {
        if (listing.page.status == PageStatus::Published && listing.page.id != m_about)
            m_published = listing.page.id;
    }
    QVERIFY(m_published != 0);
    const qint64 doomed = pages.resolve(u"take-action"_s).value();
    QVERIFY(TrashRepository(*site).moveToTrash(doomed));

    PeopleRepository people(*site);
    const auto password = []() -> Result<QString> { return u"unused here"_s; };
    for (const auto &[name, role, languages] :
        { std::tuple { person(u"tina"_s), Permissions::Role::Translator, QStringList { u"ka"_s } },
            { person(u"eddie"_s), Permissions::Role::Editor, QStringList() },
            { person(u"nina"_s), Permissions::Role::Translator, QStringList { u"ka"_s } },
            { person(u"pat"_s), Permissions::Role::Publisher, QStringList() } }) {
        const auto added = people.add({ name, role, languages }, password);
        QVERIFY2(added, qPrintable(added.error()));
    }
    QSqlDatabase admin = Pg::connect(m_siteA);
    // Nina is a publisher of another site on the cluster: her group grants allow every column.
    QVERIFY(QSqlQuery(admin).exec(u"GRANT newsdesk_publisher TO %1"_s.arg(person(u"nina"_s))));
    // About in review: publishing it is a change of status.
    QVERIFY(QSqlQuery(admin).exec(
        u"UPDATE newsdesk.page SET status = 'review' WHERE id = %1"_s.arg(m_about)));
    QVERIFY(QSqlQuery(admin).exec(
        u"UPDATE newsdesk.person SET display_name = 'Tina Translator' WHERE name = '%1'"_s.arg(
            person(u"tina"_s))));
    Pg::disconnect(admin);
}

void TestRoles::cleanupTestCase()
{
    QSqlDatabase admin = Pg::connect(u"postgres"_s);
    QSqlQuery query(admin);
    for (const QString &name : { m_siteA, m_siteB })
        query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    for (const QString &base : { u"tina"_s, u"eddie"_s, u"pat"_s, u"nino"_s, u"nina"_s })
        query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(person(base)));
    Pg::disconnect(admin);
}

void TestRoles::theServerRefusesWhatTheRoleMayNotDo_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QString about = QString::number(m_about);
    const QString published = QString::number(m_published);
    const auto row = [](const char *name, const QString &role, const QString &sql) {
        QTest::newRow(name) << role << sql;
    };
    const QString tina = u"tina"_s, eddie = u"eddie"_s;
    row("translator: an English text", tina,
        u"UPDATE page_translation SET title = 'Changed' WHERE page_id = %1 AND language = 'en'"_s
            .arg(about));
    row("translator: an English text moved to Georgian", tina,
        u"UPDATE page_translation SET language = 'ka' WHERE page_id = %1 AND language = 'en'"_s.arg(
            about));
    row("translator here, publisher elsewhere: an English text moved to Georgian", u"nina"_s,
        u"UPDATE page_translation SET language = 'ka' WHERE page_id = %1 AND language = 'en'"_s.arg(
            about));
    row("translator here, publisher elsewhere: an English text", u"nina"_s,
        u"UPDATE page_translation SET title = 'Changed' WHERE page_id = %1 AND language = 'en'"_s
            .arg(about));
    row("translator here, publisher elsewhere: the settings", u"nina"_s,
        u"UPDATE site SET base_url = 'https://evil.example'"_s);
    row("translator: an English revision", tina,
        u"INSERT INTO revision (page_id, language, title, body_html, saved_at) VALUES (%1, "
        "'en', 'x', '', 'now')"_s.arg(about));
    row("translator: a new page", tina,
        u"INSERT INTO page (parent_id, position, kind, slug, created_at, updated_at) VALUES "
        "(NULL, 99, 'page', 'sneaky', 'now', 'now')"_s);
    row("translator: publishing", tina,
        u"UPDATE page SET status = 'published' WHERE id = %1"_s.arg(about));
    row("translator: moving a page", tina,
        u"UPDATE page SET position = 7 WHERE id = %1"_s.arg(about));
    row("translator: deleting a page", tina, u"DELETE FROM page WHERE id = %1"_s.arg(about));
    row("translator: emptying the trash", tina, u"DELETE FROM trash"_s);
    row("translator: the settings", tina, u"UPDATE site SET base_url = 'https://evil.example'"_s);
    row("translator: adding a person", tina,
        u"INSERT INTO person (name, role, added_at) VALUES ('x', 'publisher', 'now')"_s);
    row("editor: a Georgian text", eddie,
        u"UPDATE page_translation SET title = 'შეცვლილი' WHERE page_id = %1 AND language = 'ka'"_s
            .arg(about));
    row("editor: a Georgian revision", eddie,
        u"INSERT INTO revision (page_id, language, title, body_html, saved_at) VALUES (%1, "
        "'ka', 'x', '', 'now')"_s.arg(about));
    row("editor: a Georgian revision after touching the page", eddie,
        u"UPDATE page SET updated_at = 'now' WHERE id = %1; INSERT INTO revision (page_id, "
        "language, title, body_html, saved_at) VALUES (%1, 'ka', 'x', '', 'now')"_s.arg(about));
    row("editor: the record of who made a page", eddie,
        u"INSERT INTO page_made (page_id, made_in) VALUES (%1, pg_current_xact_id())"_s.arg(about));
    row("editor: publishing", eddie,
        u"UPDATE page SET status = 'published' WHERE id = %1"_s.arg(about));
    row("editor: a new page, published", eddie,
        u"INSERT INTO page (parent_id, position, kind, slug, status, created_at, updated_at) "
        "VALUES (NULL, 99, 'page', 'sneaky', 'published', 'now', 'now')"_s);
    row("editor: unpublishing", eddie,
        u"UPDATE page SET status = 'draft' WHERE id = %1"_s.arg(published));
    row("editor: emptying the trash", eddie, u"DELETE FROM trash"_s);
    row("editor: the settings", eddie, u"UPDATE site SET theme = 'mine'"_s);
    row("editor: a language", eddie, u"DELETE FROM site_language WHERE code = 'ka'"_s);
    row("editor: making itself publisher", eddie,
        u"UPDATE person SET role = 'publisher' WHERE name = current_user"_s);
}

void TestRoles::theServerRefusesWhatTheRoleMayNotDo()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QSqlDatabase db = connectAs(person(role), m_siteA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    // Refused outright: a statement that quietly touched nothing would be no refusal.
    const QSqlError error = tryAndRollBack(db, sql);
    QVERIFY2(error.isValid(), qPrintable(u"not refused: "_s + sql));
    QCOMPARE(error.nativeErrorCode(), u"42501"_s);
    db.close();
}

void TestRoles::eachRoleDoesItsOwnWork_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QString about = QString::number(m_about);
    const auto row = [](const char *name, const QString &role, const QString &sql) {
        QTest::newRow(name) << role << sql;
    };
    row("translator: its Georgian text", u"tina"_s,
        u"UPDATE page_translation SET title = 'ჩვენ შესახებ', updated_at = 'now' WHERE page_id = "
        "%1 AND language = 'ka'"_s.arg(about));
    row("translator: the page's time of change", u"tina"_s,
        u"UPDATE page SET updated_at = 'now' WHERE id = %1"_s.arg(about));
    row("editor: an English text", u"eddie"_s,
        u"UPDATE page_translation SET title = 'About us' WHERE page_id = %1 AND language = 'en'"_s
            .arg(about));
    row("editor: a new page with its Georgian text", u"eddie"_s,
        u"INSERT INTO page (id, parent_id, position, kind, slug, created_at, updated_at) VALUES "
        "(900, NULL, 99, 'page', 'both-languages', 'now', 'now'); INSERT INTO revision (page_id, "
        "language, title, body_html, saved_at) VALUES (900, 'ka', 'ორივე', '', 'now')"_s);
    row("editor: a new page", u"eddie"_s,
        u"INSERT INTO page (parent_id, position, kind, slug, created_at, updated_at) VALUES "
        "(NULL, 99, 'page', 'draft-one', 'now', 'now')"_s);
    row("editor: into review", u"eddie"_s,
        u"UPDATE page SET status = 'review' WHERE id = %1"_s.arg(about));
    row("publisher: publishing", u"pat"_s,
        u"UPDATE page SET status = 'published' WHERE id = %1"_s.arg(about));
    row("publisher: emptying the trash", u"pat"_s, u"DELETE FROM trash"_s);
    row("publisher: the settings", u"pat"_s, u"UPDATE site SET base_url = 'https://iom.ge'"_s);
    row("publisher: a person's languages", u"pat"_s,
        u"UPDATE person SET languages = 'ka,ru' WHERE role = 'translator'"_s);
}

void TestRoles::eachRoleDoesItsOwnWork()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QSqlDatabase db = connectAs(person(role), m_siteA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    query.exec(u"BEGIN"_s);
    for (const QString &statement : sql.split(u"; "_s)) { // the driver reports only the first
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 0);
    }
    // The bookkeeping the triggers keep works under the role: its commit goes through.
    QVERIFY2(QSqlQuery(db).exec(u"SET CONSTRAINTS ALL IMMEDIATE"_s), "deferred triggers");
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    db.close();
}

void TestRoles::anotherSitesDatabaseStaysClosed()
{
    for (const QString &role : { u"tina"_s, u"eddie"_s, u"pat"_s }) {
        QSqlDatabase db = connectAs(person(role), m_siteB);
        QVERIFY2(!db.isOpen(), qPrintable(role));
        QVERIFY2(db.lastError().text().contains(u"permission denied for database"_s),
            qPrintable(db.lastError().text()));
    }
    // Nor through Newsdesk.
    const auto site
        = SiteDatabase::open(siteUri(person(u"tina"_s), m_siteB), SiteDatabase::Mode::Open);
    QVERIFY(!site);
    QVERIFY2(site.error().contains(u"permission denied for database"_s), qPrintable(site.error()));
}

void TestRoles::newsdeskIsHeldToTheRoleToo()
{
    auto site = SiteDatabase::open(siteUri(person(u"tina"_s), m_siteA), SiteDatabase::Mode::Open);
    QVERIFY2(site, qPrintable(site.error()));
    const auto may = PeopleRepository(**site).permissions();
    QVERIFY(may);
    QCOMPARE(may->role(), Permissions::Role::Translator);
    QCOMPARE(may->languages(), QStringList { u"ka"_s });
    // Revisions carry the name the site's people give her, whatever the window says.
    (*site)->setAuthor(u"Somebody Else"_s);
    QCOMPARE((*site)->author(), u"Tina Translator"_s);

    PageRepository pages(**site);
    Translation text = pages.translation(m_about, u"ka"_s).value().value();
    text.title = u"ჩვენ შესახებ — თინას თარგმანი"_s;
    const Status georgian = pages.saveTranslation(text);
    QVERIFY2(georgian, qPrintable(georgian.error()));
    QCOMPARE(RevisionRepository(**site).list(m_about, u"ka"_s).value().first().author,
        u"Tina Translator"_s);
    Translation english = pages.translation(m_about, u"en"_s).value().value();
    english.title = u"Changed by a translator"_s;
    const Status refused = pages.saveTranslation(english);
    QVERIFY(!refused);
    QCOMPARE(refused.kind(), ErrorKind::ReadOnly);
    QVERIFY(pages.translation(m_about, u"en"_s).value()->title != english.title);
}

void TestRoles::anEditorWritesTheSourceLanguageAndMakesWholePages()
{
    auto site = SiteDatabase::open(siteUri(person(u"eddie"_s), m_siteA), SiteDatabase::Mode::Open);
    QVERIFY2(site, qPrintable(site.error()));
    const auto may = PeopleRepository(**site).permissions();
    QVERIFY(may);
    QCOMPARE(may->role(), Permissions::Role::Editor);
    QVERIFY(may->mayWriteLanguage(u"en"_s));
    QVERIFY(!may->mayWriteLanguage(u"ka"_s));
    QCOMPARE(may->whyNotWriteLanguage(u"ka"_s),
        u"The ka text is the translators' to change: %1 is an editor on this site, writing the "
        "en texts."_s.arg(person(u"eddie"_s)));

    PageRepository pages(**site);
    Translation georgian = pages.translation(m_about, u"ka"_s).value().value();
    georgian.title = u"შეცვლილი რედაქტორის მიერ"_s;
    const Status refused = pages.saveTranslation(georgian);
    QCOMPARE(refused.kind(), ErrorKind::ReadOnly);
    QVERIFY(pages.translation(m_about, u"ka"_s).value()->title != georgian.title);

    // A duplicate and a page back from the trash come with every language.
    const auto copy = pages.duplicatePage(m_about);
    QVERIFY2(copy, qPrintable(copy.error()));
    const auto copied = pages.translation(*copy, u"ka"_s);
    QVERIFY(copied && copied->has_value());
    QCOMPARE((*copied)->bodyHtml, pages.translation(m_about, u"ka"_s).value()->bodyHtml);
    TrashRepository trash(**site);
    const auto entry = trash.moveToTrash(*copy);
    QVERIFY2(entry, qPrintable(entry.error()));
    const auto back = trash.restore(*entry);
    QVERIFY2(back, qPrintable(back.error()));
    const auto restored = pages.translation(*back, u"ka"_s);
    QVERIFY(restored && restored->has_value());
    QCOMPARE((*restored)->title, (*copied)->title);
}

void TestRoles::usersAddsListsAndRemovesWithoutShowingThePassword()
{
    const QString nino = person(u"nino"_s);
    const QByteArray password = "Kutaisi-\xe1\x83\xa5-2031";
    const QString owner = Pg::uri(m_siteA);
    const Run added = newsdesk({ u"users"_s, owner, u"add"_s, nino, u"--role"_s, u"translator"_s,
                                   u"--lang"_s, u"ka"_s, u"--password-stdin"_s },
        password + "\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(nino));
    const Run listed = newsdesk({ u"users"_s, owner });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(nino + u"\ttranslator\tka"_s), qPrintable(listed.out));
    QVERIFY(listed.out.contains(person(u"eddie"_s) + u"\teditor"_s));

    // The server keeps a SCRAM verifier, hashed by Newsdesk: never the password itself.
    QSqlDatabase admin = Pg::connect(u"postgres"_s);
    QSqlQuery secret(admin);
    QVERIFY(secret.exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(nino)));
    QVERIFY(secret.next());
    QVERIFY(secret.value(0).toString().startsWith(u"SCRAM-SHA-256$"_s));
    // Nothing Newsdesk printed or wrote holds it.
    for (const Run &run : { added, listed }) {
        QVERIFY(!run.out.toUtf8().contains(password));
        QVERIFY(!run.err.toUtf8().contains(password));
    }
    for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
    }

    QSqlDatabase before = connectAs(nino, m_siteA);
    QVERIFY2(before.isOpen(), qPrintable(before.lastError().text()));
    before.close();
    const Run removed = newsdesk({ u"users"_s, owner, u"remove"_s, nino });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(u"dropped"_s), qPrintable(removed.out));
    QSqlDatabase after = connectAs(nino, m_siteA);
    QVERIFY(!after.isOpen());
    QVERIFY2(after.lastError().text().contains(nino), qPrintable(after.lastError().text()));
    QVERIFY(
        !secret.exec(u"SELECT 1 FROM pg_roles WHERE rolname = '%1'"_s.arg(nino)) || !secret.next());
    Pg::disconnect(admin);
}

void TestRoles::onlyAPublisherManagesPeople()
{
    const Run refused
        = newsdesk({ u"users"_s, siteUri(person(u"eddie"_s), m_siteA), u"add"_s, person(u"nino"_s),
                       u"--role"_s, u"publisher"_s, u"--password-stdin"_s },
            "secret\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.count(u'\n') == 1, qPrintable(refused.err)); // one line
    QVERIFY2(
        refused.err.contains(u"permission denied for table person"_s), qPrintable(refused.err));
    const Run removal = newsdesk(
        { u"users"_s, siteUri(person(u"tina"_s), m_siteA), u"remove"_s, person(u"pat"_s) });
    QCOMPARE(removal.exitCode, 2);
    QCOMPARE(removal.err.count(u'\n'), 1);
    // The publisher was not removed.
    QVERIFY(newsdesk({ u"users"_s, Pg::uri(m_siteA) }).out.contains(person(u"pat"_s)));
    // A site file has no people.
    const QString file = m_home.filePath(u"site.newsdesk"_s);
    QCOMPARE(newsdesk({ u"init"_s, file }).exitCode, 0);
    const Run none = newsdesk({ u"users"_s, file, u"add"_s, u"nino"_s, u"--role"_s, u"editor"_s });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"a site file has no people"_s), qPrintable(none.err));
}

void TestRoles::theWindowGreysOutWhatTheRoleMayNotDo_data()
{
    QTest::addColumn<QString>("who"); // a role, or "file"
    QTest::addColumn<bool>("pages");
    QTest::addColumn<bool>("settings");
    QTest::addColumn<bool>("english");
    QTest::addColumn<bool>("publish");
    QTest::addColumn<bool>("georgian");
    QTest::newRow("translator") << u"tina"_s << false << false << false << false << true;
    QTest::newRow("editor") << u"eddie"_s << true << false << true << false << false;
    QTest::newRow("publisher") << u"pat"_s << true << true << true << true << true;
    QTest::newRow("site file") << u"file"_s << true << true << true << true << true;
}

void TestRoles::theWindowGreysOutWhatTheRoleMayNotDo()
{
    QFETCH(QString, who);
    QFETCH(bool, pages);
    QFETCH(bool, settings);
    QFETCH(bool, english);
    QFETCH(bool, publish);
    QFETCH(bool, georgian);
    QString path = m_home.filePath(u"window.newsdesk"_s);
    if (who == u"file") {
        QFile::remove(path);
        QVERIFY(DemoSite::createSite(path));
    } else {
        path = siteUri(person(who), m_siteA);
    }
    MainWindow window;
    const Status opened = window.openSite(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto action = [&](const QString &text) {
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        qFatal("no action %s", qPrintable(text));
    };
    for (const QString &text : { u"New &Page"_s, u"New &Section"_s, u"&Delete…"_s }) {
        QCOMPARE(action(text)->isEnabled(), pages);
        QCOMPARE(action(text)->toolTip().contains(u"Only editors and publishers"_s), !pages);
    }
    QCOMPARE(action(u"Site Se&ttings…"_s)->isEnabled(), settings);
    QCOMPARE(action(u"Site Se&ttings…"_s)->toolTip().contains(u"Only a publisher"_s), !settings);

    ArticlePane *pane = window.findChild<ArticlePane *>();
    QVERIFY(pane);
    QVERIFY(window.selectPage(m_about)); // the demo's pages have the same ids everywhere
    pane->setLanguage(u"en"_s);
    QLineEdit *title = GuiTestSupport::named<QLineEdit>(pane, u"Title"_s);
    const QString before = title->text();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" now"_s);
    QCOMPARE(title->text() != before, english);
    QCOMPARE(title->toolTip().isEmpty(), english);
    // Why not, above the text too.
    auto *heading = GuiTestSupport::named<QLabel>(pane, u"Translation state"_s);
    QVERIFY(heading);
    QCOMPARE(heading->isVisibleTo(pane), !english);
    QCOMPARE(heading->text(), title->toolTip());
    // Georgian is the translator's language, not the editor's.
    pane->setLanguage(u"ka"_s);
    QLineEdit *georgianTitle = GuiTestSupport::named<QLineEdit>(pane, u"Title"_s);
    QCOMPARE(georgianTitle->isReadOnly(), !georgian);
    QCOMPARE(pane->editor()->isReadOnly(), !georgian);
    QCOMPARE(georgianTitle->toolTip().contains(u"translators'"_s), !georgian);
    QCOMPARE(heading->isVisibleTo(pane), !georgian);
    auto *status = GuiTestSupport::named<QComboBox>(pane, u"Status"_s);
    auto *model = qobject_cast<QStandardItemModel *>(status->model());
    QCOMPARE(model->item(status->findData(int(PageStatus::Published)))->isEnabled(), publish);
    // An editor cannot take a published page off either.
    const bool published = status->currentData().toInt() == int(PageStatus::Published);
    QCOMPARE(status->isEnabled(), pages && (publish || !published));
}

void TestRoles::aSaveTheServerRefusesSaysWhyAndKeepsTheText()
{
    MainWindow window;
    const Status opened = window.openSite(siteUri(person(u"tina"_s), m_siteA));
    QVERIFY2(opened, qPrintable(opened.error()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPage(m_about));
    ArticlePane *pane = window.findChild<ArticlePane *>();
    pane->setLanguage(u"ka"_s);
    // Meanwhile a publisher takes Georgian from her: the window still lets her type.
    QSqlDatabase admin = Pg::connect(m_siteA);
    QVERIFY(QSqlQuery(admin).exec(
        u"UPDATE newsdesk.person SET languages = 'ru' WHERE name = '%1'"_s.arg(person(u"tina"_s))));
    QLineEdit *title = GuiTestSupport::named<QLineEdit>(pane, u"Title"_s);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" (draft)"_s);
    const QString typed = title->text();
    QVERIFY(typed.endsWith(u" (draft)"_s));
    pane->flush();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"was not saved"_s), qPrintable(message));
    QVERIFY2(message.contains(typed.section(u' ', 0, 0)), qPrintable(message)); // the page
    QVERIFY2(message.contains(u"translator for ru"_s), qPrintable(message)); // what she may
    QVERIFY(!message.contains(u'\n'));
    QCOMPARE(title->text(), typed); // kept, to copy
    QVERIFY(title->isReadOnly()); // and greyed out now
    QVERIFY(QSqlQuery(admin).exec(
        u"UPDATE newsdesk.person SET languages = 'ka' WHERE name = '%1'"_s.arg(person(u"tina"_s))));
    Pg::disconnect(admin);
}

NEWSDESK_WEB_TEST_MAIN(TestRoles)
#include "tst_roles.moc"
