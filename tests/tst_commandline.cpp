// End to end: runs the built `newsdesk` binary with QProcess, as a script would.
#include "postgrestestsupport.h"
#include "publish/bundlezip.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void usageErrors_data();
    void usageErrors();
    void initWithDemoThenTree();
    void treeAsJson();
    void showByPathAndId_data();
    void showByPathAndId();
    void showAsJson();
    void showMissingTranslationIsAProblem();
    void searchFindsEveryFormInEveryLanguage_data();
    void searchFindsEveryFormInEveryLanguage();
    void searchAsJson();
    void searchTheTrashWhenAsked();
    void addPrintsTheIdAfterTheCommit();
    void addRomanisesGeorgianTitles();
    void addRefusesBadInputAndChangesNothing_data();
    void addRefusesBadInputAndChangesNothing();
    void putCreatesAndChangesTranslations();
    void putIfVersionRefusesAStaleText_data();
    void putIfVersionRefusesAStaleText();
    void putTitleNeverMovesTheAddress_data();
    void putTitleNeverMovesTheAddress();
    void badSiteFiles_data();
    void badSiteFiles();
    void editorStartsOnTheDefaultSiteThenTheLastOne();
    void importCreatesAPageWithItsImages();
    void importMarkdownAsNews();
    void importRefusesBadFilesAndChangesNothing_data();
    void importRefusesBadFilesAndChangesNothing();
    void importWarnsAboutABrokenImage();
    void bodyFilesAreStoredCanonical();
    void exportWritesTheBundleAndUpdatesIt();
    void checkAndExportOptions_data();
    void checkAndExportOptions();
    void exportStopsOnErrorsUnlessForced();
    void exportOfADamagedSiteStopsBeforeWriting_data();
    void exportOfADamagedSiteStopsBeforeWriting();
    void settingsAreShownAndChanged();
    void spellChecksTextFiles();
    void spellReportsPlantedMisspellings();
    void spellLeavesOutTheSitesOwnWords();
    void benchSiteMakesASyntheticSite();
    void xliffExportAndImport();
    void deleteMovesToTheTrashAndBack();
    void mediaListsAddsChangesAndDeletesImages();
    void mediaRefusesBadInput_data();
    void mediaRefusesBadInput();
    void putSetsTheLeadImage();
    void historyAndRestore();
    void backupWritesACheckedCopy();
    void copyMovesASiteToAServerAndBack();
    void backupOfATeamSiteIsASiteFile();

private:
    CommandRun run(const QStringList &arguments) const;
    // `put --body-file` with these bytes; true when it succeeded.
    bool putBody(const QString &site, const QString &page, const QString &language,
        const QByteArray &html) const;
    QString demo(const QString &name) const;
    QTemporaryDir m_dir;
};

CommandRun TestCommandLine::run(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QString::fromUtf8(NEWSDESK_BINARY), arguments);
    CommandRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCommandLine::demo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return run({ QStringLiteral("init"), path, QStringLiteral("--demo") }).exitCode == 0
        ? path
        : QString();
}

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QString::fromUtf8(NEWSDESK_BINARY)).isExecutable(), NEWSDESK_BINARY);
}

void TestCommandLine::helpListsEveryCommand()
{
    const CommandRun help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *command : { "init", "tree", "show", "add", "put", "import", "export",
             "bench-site", "status", "xliff", "backup", "copy" })
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))),
            qPrintable(help.out));
    const CommandRun version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QString::fromUtf8("newsdesk " NEWSDESK_VERSION));
}

void TestCommandLine::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("init") << "init" << QStringList { "newsdesk init SITE", "--demo" };
    QTest::newRow("tree") << "tree" << QStringList { "newsdesk tree SITE", "--json" };
    QTest::newRow("show") << "show"
                          << QStringList { "newsdesk show SITE PAGE", "--lang", "--json" };
    QTest::newRow("add") << "add"
                         << QStringList { "newsdesk add SITE", "--parent", "--kind", "--lang",
                                "--title", "--body-file", "--status" };
    QTest::newRow("put") << "put"
                         << QStringList { "newsdesk put SITE PAGE", "--lang", "--title",
                                "--summary", "--body-file", "--status" };
    QTest::newRow("status") << "status"
                            << QStringList { "newsdesk status SITE", "--lang", "--only",
                                   "--changes", "--json" };
    QTest::newRow("xliff") << "xliff"
                           << QStringList { "newsdesk xliff export SITE", "newsdesk xliff import",
                                  "--only-outdated", "--only-missing", "--format" };
    QTest::newRow("copy") << "copy" << QStringList { "newsdesk copy SRC DST" };
}

void TestCommandLine::everyCommandHasHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const CommandRun help = run({ command, QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const QString &mention : mentions)
        QVERIFY2(help.out.contains(mention), qPrintable(mention + u'\n' + help.out));
    // The usage line names each argument once (SITE, SRC, DST…), not again at its end.
    const QString usage = help.out.section(u'\n', 0, 0);
    static const QRegularExpression argument(QStringLiteral("\\b[A-Z]{3,}\\b"));
    for (const auto &match : argument.globalMatch(mentions.first()))
        QCOMPARE(usage.count(u' ' + match.captured() + u' ')
                + int(usage.endsWith(u' ' + match.captured())),
            1);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList { "publish" } << "unknown command 'publish'";
    QTest::newRow("unknown option")
        << QStringList { "tree", "x.newsdesk", "--colour" } << "tree: Unknown option 'colour'";
    QTest::newRow("missing site") << QStringList { "tree" } << "tree: expected SITE [--json]";
    QTest::newRow("too many arguments")
        << QStringList { "show", "a", "b", "c" } << "show: expected SITE PAGE";
    QTest::newRow("put without changes")
        << QStringList { "put", "x.newsdesk", "1", "--lang", "en" } << "put: nothing to change";
    QTest::newRow("add without a title")
        << QStringList { "add", "x.newsdesk", "--lang", "en" } << "add: --title is required";
    QTest::newRow("bad status") << QStringList { "put", "x.newsdesk", "1", "--lang", "en",
        "--status", "live" } << "--status: 'live' is not one of draft, review, published";
    QTest::newRow("bad date") << QStringList { "put", "x.newsdesk", "1", "--lang", "en", "--date",
        "25/11/2020" } << "--date: '25/11/2020' is not a date";
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::initWithDemoThenTree()
{
    const QString path = demo(QStringLiteral("tree.newsdesk"));
    QVERIFY(!path.isEmpty());
    const CommandRun tree = run({ QStringLiteral("tree"), path });
    QCOMPARE(tree.exitCode, 0);
    const QStringList lines = tree.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().contains(QStringLiteral("KIND")));
    // Depth shows as indentation of the slug; translations as language codes or "--".
    const auto line = [&](const QString &slug) {
        for (const QString &l : lines) {
            if (l.contains(QStringLiteral("  ") + slug + QStringLiteral("  ")))
                return l;
        }
        return QString();
    };
    QVERIFY(line(QStringLiteral("who-we-are"))
                .contains(QStringLiteral("section  published  en ka  who-we-are")));
    QVERIFY(line(QStringLiteral("about")).contains(QStringLiteral("en ka    about  About")));
    QVERIFY(line(QStringLiteral("iom-global")).contains(QStringLiteral("en --    iom-global")));
    QVERIFY(line(QStringLiteral("reintegration-grants-2021"))
                .contains(QStringLiteral("news     draft")));
    QCOMPARE(lines.size(), 1 + 13);

    QVERIFY(run({ QStringLiteral("init"), path }).err.contains(QStringLiteral("already exists")));
}

void TestCommandLine::treeAsJson()
{
    const QString path = demo(QStringLiteral("json.newsdesk"));
    const CommandRun tree = run({ QStringLiteral("tree"), path, QStringLiteral("--json") });
    QCOMPARE(tree.exitCode, 0);
    QJsonParseError error;
    const QJsonArray top = QJsonDocument::fromJson(tree.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList slugs;
    for (const QJsonValue &page : top)
        slugs.append(page[QLatin1String("slug")].toString());
    QCOMPARE(slugs,
        (QStringList { "who-we-are", "our-work", "data-and-resources", "take-action", "2030-agenda",
            "news" }));
    const QJsonObject news = top.last().toObject();
    QCOMPARE(news[QLatin1String("titles")][QLatin1String("ka")].toString(), u"სიახლეები"_qs);
    const QJsonArray articles = news[QLatin1String("children")].toArray();
    QCOMPARE(articles.size(), 4);
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &article : articles) { // newest first
        const QString date = article[QLatin1String("publishAt")].toString();
        QVERIFY2(date < previous, qPrintable(date));
        previous = date;
        QCOMPARE(article[QLatin1String("kind")].toString(), QStringLiteral("news"));
        QVERIFY(article[QLatin1String("path")].toString().startsWith(QStringLiteral("news/")));
        QVERIFY(article[QLatin1String("translations")][QLatin1String("en")].toBool());
    }
}

void TestCommandLine::showByPathAndId_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("english")
        << "en"
        << "Online seminar on psycho-social assistance to victims of trafficking";
    QTest::newRow("georgian")
        << "ka"
        << u"ონლაინ სემინარი ადამიანით ვაჭრობის მსხვერპლთა ფსიქოსოციალური დახმარების შესახებ"_qs;
}

void TestCommandLine::showByPathAndId()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString path = demo(QStringLiteral("show.newsdesk"));
    const CommandRun byPath = run({ QStringLiteral("show"), path,
        QStringLiteral("news/online-seminar-on-trafficking"), QStringLiteral("--lang"), language });
    QCOMPARE(byPath.exitCode, 0);
    QVERIFY2(
        byPath.out.contains(QStringLiteral("Title:         ") + title), qPrintable(byPath.out));
    QVERIFY(byPath.out.contains(QStringLiteral("<h2>")));
    const QString idLine = byPath.out.section(u'\n', 0, 0); // "Page: … (id N)"
    const QString id = idLine.section(QStringLiteral("(id "), 1).chopped(1);
    const CommandRun byId
        = run({ QStringLiteral("show"), path, id, QStringLiteral("--lang"), language });
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(byId.out, byPath.out);
}

void TestCommandLine::showAsJson()
{
    const QString path = demo(QStringLiteral("showjson.newsdesk"));
    const CommandRun show = run({ QStringLiteral("show"), path, QStringLiteral("who-we-are/about"),
        QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("ka") });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(page[QLatin1String("path")].toString(), QStringLiteral("who-we-are/about"));
    QCOMPARE(page[QLatin1String("title")].toString(), u"ჩვენ შესახებ"_qs);
    QCOMPARE(page[QLatin1String("status")].toString(), QStringLiteral("published"));
    QCOMPARE(page[QLatin1String("translations")].toArray().size(), 2);
    QVERIFY(page[QLatin1String("bodyHtml")].toString().startsWith(QStringLiteral("<p>")));
}

void TestCommandLine::searchFindsEveryFormInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("arguments"); // after SITE
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // "path<TAB>language", in any order
    QTest::addColumn<QString>("error");
    QTest::newRow("Georgian, a phrase in another form")
        << QStringList { u"\"ადამიანით ვაჭრობა\""_s } << 0
        << QStringList { u"news/online-seminar-on-trafficking\tka"_s, u"who-we-are/about\tka"_s }
        << QString();
    QTest::newRow("English plural, drafts left out")
        << QStringList { u"grant"_s, u"--lang"_s, u"en"_s } << 0
        << QStringList { u"news/international-migrants-day-2020\ten"_s } << QString();
    QTest::newRow("drafts when asked")
        << QStringList { u"grant"_s, u"--lang"_s, u"en"_s, u"--drafts"_s } << 0
        << QStringList { u"news/international-migrants-day-2020\ten"_s,
               u"news/reintegration-grants-2021\ten"_s }
        << QString();
    QTest::newRow("kind and section")
        << QStringList { u"mission"_s, u"--kind"_s, u"page"_s, u"--section"_s, u"who-we-are"_s }
        << 0 << QStringList { u"who-we-are/about\ten"_s, u"who-we-are/iom-global\ten"_s }
        << QString();
    QTest::newRow("nothing matches: exit 1")
        << QStringList { u"zugdidi"_s } << 1 << QStringList {} << u"nothing matches zugdidi"_s;
    QTest::newRow("a bad status") << QStringList { u"tbilisi"_s, u"--status"_s, u"old"_s } << 2
                                  << QStringList {}
                                  << u"--status: 'old' is not one of draft, review, published"_s;
    QTest::newRow("a bad section") << QStringList { u"tbilisi"_s, u"--section"_s, u"nowhere"_s }
                                   << 2 << QStringList {} << u"nowhere"_s;
}

void TestCommandLine::searchFindsEveryFormInEveryLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    QFETCH(QString, error);
    const QString path = demo(QStringLiteral("search.newsdesk"));
    const CommandRun search = run(QStringList { u"search"_s, path } + arguments);
    QCOMPARE(search.exitCode, exitCode);
    QStringList found;
    for (const QString &line : search.out.split(u'\n', Qt::SkipEmptyParts)) {
        QCOMPARE(line.count(u'\t'), 3); // path, language, title, snippet
        found << line.section(u'\t', 0, 1);
    }
    found.sort();
    QCOMPARE(found, lines);
    QVERIFY2(search.err.contains(error), qPrintable(search.err));
    if (!error.isEmpty())
        QCOMPARE(search.err.count(u'\n'), 1);
}

void TestCommandLine::searchAsJson()
{
    const QString path = demo(QStringLiteral("searchjson.newsdesk"));
    const CommandRun search
        = run({ u"search"_s, path, u"ᲡᲔᲛᲘᲜᲐᲠᲘ"_s, u"--json"_s });
    QCOMPARE(search.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
    QVERIFY(!hits.isEmpty());
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QCOMPARE(hit[u"language"_s].toString(), u"ka"_s); // a Georgian word, in Mtavruli
        const QString snippet = hit[u"snippet"_s].toString();
        const QJsonArray first = hit[u"matches"_s].toArray().first().toArray();
        // The match, as written in the snippet: a form of "სემინარი".
        QVERIFY2(snippet.mid(first.at(0).toInt(), first.at(1).toInt()).startsWith(u"სემინარ"_s),
            qPrintable(snippet));
        QVERIFY(!hit[u"path"_s].toString().isEmpty());
        QVERIFY(hit[u"id"_s].toInteger() > 0);
    }
}

void TestCommandLine::searchTheTrashWhenAsked()
{
    const QString path = demo(QStringLiteral("searchtrash.newsdesk"));
    QCOMPARE(run({ u"delete"_s, path, u"who-we-are/about"_s }).exitCode, 0);
    // Gone from the site's search, found in the trash's, with its entry for `trash --restore`.
    const CommandRun site = run({ u"search"_s, path, u"mission"_s, u"--kind"_s, u"page"_s });
    QVERIFY2(!site.out.contains(u"about"_s), qPrintable(site.out));
    const CommandRun trash = run({ u"search"_s, path, u"მისია"_s, u"--trash"_s });
    QCOMPARE(trash.exitCode, 0);
    const QStringList lines = trash.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().section(u'\t', 0, 1), u"trash:1\tka"_s);
    const CommandRun json = run({ u"search"_s, path, u"mission"_s, u"--trash"_s, u"--json"_s });
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first()[u"trash"_s].toInteger(), 1);
    QCOMPARE(hits.first()[u"language"_s].toString(), u"en"_s);
    // Nothing there: exit 1, as for the site.
    QCOMPARE(run({ u"search"_s, path, u"zugdidi"_s, u"--trash"_s }).exitCode, 1);
}

void TestCommandLine::showMissingTranslationIsAProblem()
{
    const QString path = demo(QStringLiteral("missing.newsdesk"));
    const CommandRun show = run({ QStringLiteral("show"), path, QStringLiteral("take-action"),
        QStringLiteral("--lang"), QStringLiteral("ka") });
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.err.contains(QStringLiteral("(take-action) has no text in 'ka'")),
        qPrintable(show.err));
    QVERIFY(show.out.contains(QStringLiteral("Translations:  en\n")));

    const CommandRun badLanguage = run({ QStringLiteral("show"), path, QStringLiteral("news"),
        QStringLiteral("--lang"), QStringLiteral("ge") });
    QCOMPARE(badLanguage.exitCode, 2);
    QVERIFY(badLanguage.err.contains(QStringLiteral("'ge' is not a language of")));
    const CommandRun badPage = run({ QStringLiteral("show"), path, QStringLiteral("news/nope") });
    QCOMPARE(badPage.exitCode, 2);
    QVERIFY(badPage.err.contains(QStringLiteral("no 'nope' under 'news'")));
}

void TestCommandLine::addPrintsTheIdAfterTheCommit()
{
    const QString path = demo(QStringLiteral("add.newsdesk"));
    const QString body = m_dir.filePath(QStringLiteral("body.html"));
    QVERIFY(writeFile(body, "<p>Forty officers took part.</p>\n"));
    const CommandRun add
        = run({ QStringLiteral("add"), path, QStringLiteral("--parent"), QStringLiteral("news"),
            QStringLiteral("--kind"), QStringLiteral("news"), QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--title"), QStringLiteral("Border Day 2021"),
            QStringLiteral("--body-file"), body, QStringLiteral("--status"),
            QStringLiteral("published"), QStringLiteral("--date"), QStringLiteral("2021-05-28") });
    QCOMPARE(add.exitCode, 0);
    bool isNumber = false;
    const qint64 id = add.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber && id > 0, qPrintable(add.out));

    const CommandRun show = run({ QStringLiteral("show"), path,
        QStringLiteral("news/border-day-2021"), QStringLiteral("--json") });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(page[QLatin1String("id")].toInteger(), id);
    QCOMPARE(page[QLatin1String("bodyHtml")].toString(),
        QStringLiteral("<p>Forty officers took part.</p>"));
    QCOMPARE(page[QLatin1String("publishAt")].toString(), QStringLiteral("2021-05-28T00:00:00Z"));
    QCOMPARE(page[QLatin1String("status")].toString(), QStringLiteral("published"));

    // The same title again gets the next free slug.
    const CommandRun again
        = run({ QStringLiteral("add"), path, QStringLiteral("--parent"), QStringLiteral("news"),
            QStringLiteral("--kind"), QStringLiteral("news"), QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--title"), QStringLiteral("Border Day 2021") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(
        run({ QStringLiteral("show"), path, QStringLiteral("news/border-day-2021-2") }).exitCode,
        0);
}

void TestCommandLine::addRomanisesGeorgianTitles()
{
    const QString path = demo(QStringLiteral("georgian.newsdesk"));
    const CommandRun add = run({ QStringLiteral("add"), path, QStringLiteral("--lang"),
        QStringLiteral("ka"), QStringLiteral("--title"), u"თბილისის ოფისი"_qs });
    QCOMPARE(add.exitCode, 0);
    const CommandRun show = run({ QStringLiteral("show"), path, QStringLiteral("tbilisis-opisi"),
        QStringLiteral("--lang"), QStringLiteral("ka") });
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(u"Title:         თბილისის ოფისი"_qs));
    QVERIFY(show.out.contains(QStringLiteral("Status:        draft")));
}

void TestCommandLine::addRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString invalidUtf8 = m_dir.filePath(QStringLiteral("latin1.html"));
    writeFile(invalidUtf8, "<p>caf\xe9</p>");
    QTest::newRow("invalid UTF-8 body") << QStringList { "--title", "Cafe", "--body-file",
        invalidUtf8 } << invalidUtf8 + QStringLiteral(": the file is not valid UTF-8 text");
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.html"));
    QTest::newRow("missing body file") << QStringList { "--title", "X", "--body-file", missing }
                                       << missing + QStringLiteral(": cannot read the file");
    QTest::newRow("bad kind") << QStringList { "--title", "X", "--kind", "blog" }
                              << "--kind: 'blog' is not one of section, page, news";
    QTest::newRow("taken slug") << QStringList { "--title", "X", "--slug", "news" }
                                << "the slug 'news' is already used";
    QTest::newRow("bad slug") << QStringList { "--title", "X", "--slug", "../../etc" }
                              << "--slug: '../../etc' is not valid";
    QTest::newRow("unknown parent")
        << QStringList { "--title", "X", "--parent", "nope" } << "no page at path 'nope'";
    QTest::newRow("parent is an article")
        << QStringList { "--title", "X", "--parent", "news/online-seminar-on-trafficking" }
        << "is a news article and cannot contain other pages";
    QTest::newRow("unknown language")
        << QStringList { "--title", "X", "--lang", "ge" } << "'ge' is not a language of this site";
    QTest::newRow("empty title") << QStringList { "--title", "  " }
                                 << "the title must not be empty";
}

void TestCommandLine::addRefusesBadInputAndChangesNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString path = demo(QStringLiteral("refuse.newsdesk"));
    const CommandRun before = run({ QStringLiteral("tree"), path, QStringLiteral("--json") });
    QStringList arguments { QStringLiteral("add"), path };
    if (!options.contains(QStringLiteral("--lang")))
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
    const CommandRun add = run(arguments + options);
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(message), qPrintable(add.err));
    QCOMPARE(add.err.count(u'\n'), 1);
    QVERIFY(add.out.isEmpty());
    QCOMPARE(run({ QStringLiteral("tree"), path, QStringLiteral("--json") }).out, before.out);
}

void TestCommandLine::putIfVersionRefusesAStaleText_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("PostgreSQL") << true;
}

void TestCommandLine::putIfVersionRefusesAStaleText()
{
    QFETCH(bool, server);
    QString site = demo(QStringLiteral("if-version.newsdesk"));
    QVERIFY(!site.isEmpty());
    if (server) {
        const QString uri
            = PostgresTestSupport::freshDatabaseUri(QStringLiteral("tst_commandline_ifversion"));
        QVERIFY(!uri.isEmpty());
        QCOMPARE(run({ QStringLiteral("copy"), site, uri }).exitCode, 0);
        site = uri;
    }
    const QString page = QStringLiteral("take-action");
    const auto show = [&] {
        return QJsonDocument::fromJson(
            run({ QStringLiteral("show"), site, page, QStringLiteral("--json") }).out.toUtf8())
            .object();
    };
    const QJsonObject before = show();
    const qint64 seen = before[QLatin1String("version")].toInteger();
    QVERIFY(seen > 0);
    QVERIFY(before[QLatin1String("pageVersion")].toInteger() > 0);
    const auto put = [&](const QString &title, const QStringList &more) {
        return run(QStringList { QStringLiteral("put"), site, page, QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--title"), title }
            + more);
    };
    // At the version seen: saved, and the version moves on.
    const CommandRun first = put(
        QStringLiteral("Get involved"), { QStringLiteral("--if-version"), QString::number(seen) });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const qint64 now = show()[QLatin1String("version")].toInteger();
    QVERIFY(now > seen);
    // At the old one: refused in one line, nothing saved.
    const CommandRun stale
        = put(QStringLiteral("Help us"), { QStringLiteral("--if-version"), QString::number(seen) });
    QCOMPARE(stale.exitCode, 1);
    QCOMPARE(stale.err.count(u'\n'), 1);
    QVERIFY2(stale.err.contains(QStringLiteral("“Get involved” (en) was changed by ")),
        qPrintable(stale.err));
    QVERIFY2(stale.err.trimmed().endsWith(QStringLiteral("(version %1); not saved").arg(now)),
        qPrintable(stale.err));
    QCOMPARE(show()[QLatin1String("title")].toString(), QStringLiteral("Get involved"));
    // Without --if-version, put writes as it always did.
    QCOMPARE(put(QStringLiteral("Help us"), {}).exitCode, 0);
    QCOMPARE(show()[QLatin1String("title")].toString(), QStringLiteral("Help us"));
}

void TestCommandLine::putCreatesAndChangesTranslations()
{
    const QString path = demo(QStringLiteral("put.newsdesk"));
    const QString page = QStringLiteral("take-action");
    const CommandRun create = run({ QStringLiteral("put"), path, page, QStringLiteral("--lang"),
        QStringLiteral("ka"), QStringLiteral("--title"), u"იმოქმედეთ"_qs,
        QStringLiteral("--summary"), u"როგორ შეგიძლიათ დაგვეხმაროთ."_qs });
    QCOMPARE(create.exitCode, 0);
    QVERIFY(create.out.trimmed().toLongLong() > 0);
    const CommandRun shown = run({ QStringLiteral("show"), path, page, QStringLiteral("--lang"),
        QStringLiteral("ka"), QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject georgian = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(georgian[QLatin1String("title")].toString(), u"იმოქმედეთ"_qs);
    QCOMPARE(georgian[QLatin1String("summary")].toString(), u"როგორ შეგიძლიათ დაგვეხმაროთ."_qs);

    // Changing only the summary keeps the title; changing the status keeps the texts.
    QCOMPARE(run({ QStringLiteral("put"), path, page, QStringLiteral("--lang"),
                     QStringLiteral("ka"), QStringLiteral("--summary"), u"დახმარება."_qs })
                 .exitCode,
        0);
    QCOMPARE(
        run({ QStringLiteral("put"), path, page, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--status"), QStringLiteral("published") })
            .exitCode,
        0);
    const QJsonObject after = QJsonDocument::fromJson(
        run({ QStringLiteral("show"), path, page, QStringLiteral("--lang"), QStringLiteral("ka"),
                QStringLiteral("--json") })
            .out.toUtf8())
                                  .object();
    QCOMPARE(after[QLatin1String("title")].toString(), u"იმოქმედეთ"_qs);
    QCOMPARE(after[QLatin1String("summary")].toString(), u"დახმარება."_qs);
    QCOMPARE(after[QLatin1String("status")].toString(), QStringLiteral("published"));
}

void TestCommandLine::putTitleNeverMovesTheAddress_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("Georgian title") << "ka" << u"რეინტეგრაციის გრანტები"_qs;
    QTest::newRow("English title") << "en"
                                   << "Grants for returning migrants";
}

void TestCommandLine::putTitleNeverMovesTheAddress()
{
    // The slug belongs to the page: `put --title` changes a text, `--slug` the address.
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString path = demo(QStringLiteral("put-title.newsdesk"));
    const QString slug = QStringLiteral("reintegration-grants-open-for-returning-migrants");
    QCOMPARE(
        run({ QStringLiteral("put"), path, QStringLiteral("news/reintegration-grants-2021"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--slug"), slug })
            .exitCode,
        0);
    const QString page = QStringLiteral("news/") + slug;
    const CommandRun put = run({ QStringLiteral("put"), path, page, QStringLiteral("--lang"),
        language, QStringLiteral("--title"), title });
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    const QJsonObject shown = QJsonDocument::fromJson(
        run({ QStringLiteral("show"), path, put.out.trimmed(), QStringLiteral("--lang"), language,
                QStringLiteral("--json") })
            .out.toUtf8())
                                  .object();
    QCOMPARE(shown[QLatin1String("title")].toString(), title);
    QCOMPARE(shown[QLatin1String("path")].toString(), page);
    QCOMPARE(shown[QLatin1String("status")].toString(), QStringLiteral("draft"));
}

void TestCommandLine::badSiteFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");

    const QString text = m_dir.filePath(QStringLiteral("text.newsdesk"));
    writeFile(text, "not a site\n");
    QTest::newRow("text file") << text << "not an SQLite database";

    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    QFile::remove(foreign);
    QProcess::execute(
        QStringLiteral("sqlite3"), { foreign, QStringLiteral("CREATE TABLE t (x);") });
    QTest::newRow("another application's database") << foreign << "another application";

    const QString newer = demo(QStringLiteral("newer.newsdesk"));
    QProcess::execute(QStringLiteral("sqlite3"),
        { newer,
            QStringLiteral("PRAGMA user_version = %1;")
                .arg(SiteDatabase::supportedSchemaVersion() + 1) });
    QTest::newRow("newer schema") << newer
                                  << QStringLiteral("newer Newsdesk (schema %1")
                                         .arg(SiteDatabase::supportedSchemaVersion() + 1);

    const QString truncated = demo(QStringLiteral("truncated.newsdesk"));
    writeFile(truncated, readFile(truncated).left(8192));
    QTest::newRow("truncated") << truncated << "truncated";

    const QString readOnly = demo(QStringLiteral("readonly.newsdesk"));
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QTest::newRow("read-only (written by put)") << readOnly << "the file is read-only";

    QTest::newRow("missing folder")
        << m_dir.filePath(QStringLiteral("gone/x.newsdesk")) << "does not exist";
}

void TestCommandLine::badSiteFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    const QByteArray before = fileHash(path);
    // put writes; tree only reads (a read-only file is fine for it, so it is not asked).
    QList<QStringList> commands { { QStringLiteral("put"), path, QStringLiteral("1"),
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--title"),
        QStringLiteral("X") } };
    if (!QTest::currentDataTag() || !QByteArray(QTest::currentDataTag()).startsWith("read-only"))
        commands.append({ QStringLiteral("tree"), path });
    for (const QStringList &command : commands) {
        const CommandRun result = run(command);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QStringLiteral("newsdesk: ") + path + u':'),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(problem), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
        QCOMPARE(fileHash(path), before);
    }
}

void TestCommandLine::editorStartsOnTheDefaultSiteThenTheLastOne()
{
    // A first start with no argument creates the default site with the demo content and
    // remembers it; the next start opens the last site instead.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString defaultSite = home + QStringLiteral("/data/newsdesk/default.newsdesk");
    const QString settings = home + QStringLiteral("/config/newsdesk/newsdesk.conf");

    const auto startEditor = [&](const QStringList &arguments) {
        auto editor = std::make_unique<QProcess>();
        editor->setProcessEnvironment(environment);
        editor->start(QString::fromUtf8(NEWSDESK_BINARY), arguments);
        return editor;
    };
    auto first = startEditor({});
    QVERIFY(first->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(readFile(settings).contains("default.newsdesk"), 30000);
    first->kill();
    first->waitForFinished();
    const CommandRun tree = run({ QStringLiteral("tree"), defaultSite });
    QCOMPARE(tree.exitCode, 0);
    QVERIFY(tree.out.contains(QStringLiteral("online-seminar-on-trafficking")));

    const QString other = demo(QStringLiteral("other.newsdesk"));
    auto second = startEditor({ other });
    QVERIFY(second->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(readFile(settings).contains("other.newsdesk"), 30000);
    second->kill();
    second->waitForFinished();
    QVERIFY(readFile(settings).contains(QFileInfo(other).absoluteFilePath().toUtf8()));

    // Without an argument: the last site. While SQLite has a site open in WAL mode its
    // shared-memory file exists beside it; the default site must not come back.
    for (const QString &site : { defaultSite, other }) {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(site + QLatin1String(suffix));
    }
    QVERIFY(demo(QStringLiteral("other.newsdesk")) == other);
    auto third = startEditor({});
    QVERIFY(third->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(other + QStringLiteral("-shm")), 30000);
    third->kill();
    third->waitForFinished();
    QVERIFY(!QFileInfo::exists(defaultSite));
}

void TestCommandLine::importCreatesAPageWithItsImages()
{
    const QString path = demo(QStringLiteral("import.newsdesk"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("report/img")));
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("report/img/chart.png"))));
    const QString file = m_dir.filePath(QStringLiteral("report/returns.html"));
    QVERIFY(writeFile(file,
        "<html><head><title>ignored</title><script>x()</script></head><body>"
        "<h1>Returns in 2020</h1><p onclick=\"x\">870 people came home.</p>"
        "<img src=\"img/chart.png\" alt=\"Returns by month\"></body></html>"));
    const CommandRun import
        = run({ QStringLiteral("import"), path, file, QStringLiteral("--parent"),
            QStringLiteral("data-and-resources"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.err.isEmpty(), qPrintable(import.err));
    const CommandRun show = run({ QStringLiteral("show"), path,
        QStringLiteral("data-and-resources/returns-in-2020"), QStringLiteral("--json") });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(page[QLatin1String("id")].toInteger(), import.out.trimmed().toLongLong());
    QCOMPARE(page[QLatin1String("title")].toString(), QStringLiteral("Returns in 2020"));
    QCOMPARE(page[QLatin1String("status")].toString(), QStringLiteral("draft"));
    const QString body = page[QLatin1String("bodyHtml")].toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^<p>870 people came home.</p>\n<figure><img src=\"media:"
                                          "[0-9]+\" alt=\"Returns by month\"></figure>$"))
            .match(body)
            .hasMatch(),
        qPrintable(body));
    // The image the body shows (the demo has photos of its own).
    const QString imageId
        = QRegularExpression(QStringLiteral("media:([0-9]+)")).match(body).captured(1);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        { path,
            QStringLiteral("SELECT m.mime_type, m.width, a.alt_text "
                           "FROM media m JOIN media_alt a ON "
                           "a.media_id = m.id AND a.language = 'en' WHERE m.id = %1")
                .arg(imageId) });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(QString::fromUtf8(sqlite.readAll()).trimmed(),
        QStringLiteral("image/png|20|Returns by month"));
}

void TestCommandLine::importMarkdownAsNews()
{
    const QString path = demo(QStringLiteral("markdown.newsdesk"));
    const QString file = m_dir.filePath(QStringLiteral("border-day.md"));
    QVERIFY(writeFile(file, "# ignored heading\n\nOfficers **trained**.\n"));
    const CommandRun import = run(
        { QStringLiteral("import"), path, file, QStringLiteral("--parent"), QStringLiteral("news"),
            QStringLiteral("--kind"), QStringLiteral("news"), QStringLiteral("--lang"),
            QStringLiteral("ka"), QStringLiteral("--title"), u"საზღვრის დღე"_qs });
    QCOMPARE(import.exitCode, 0);
    const CommandRun show
        = run({ QStringLiteral("show"), path, QStringLiteral("news/sazghvris-dghe"),
            QStringLiteral("--lang"), QStringLiteral("ka"), QStringLiteral("--json") });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(page[QLatin1String("kind")].toString(), QStringLiteral("news"));
    QCOMPARE(page[QLatin1String("title")].toString(), u"საზღვრის დღე"_qs);
    QCOMPARE(page[QLatin1String("bodyHtml")].toString(),
        QStringLiteral("<p>Officers <strong>trained</strong>.</p>"));
}

void TestCommandLine::importRefusesBadFilesAndChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("problem");
    QTest::newRow("word document") << "minutes.docx" << QByteArray("PK\3\4")
                                   << QStringList { "--lang", "en" } << "cannot import .docx files";
    QTest::newRow("not UTF-8") << "latin1.html" << QByteArray("<p>caf\xe9</p>")
                               << QStringList { "--lang", "en" } << "not valid UTF-8";
    QTest::newRow("no language") << "ok.html" << QByteArray("<p>x</p>") << QStringList {}
                                 << "import: --lang is required";
    QTest::newRow("unknown language")
        << "ok.html" << QByteArray("<p>x</p>") << QStringList { "--lang", "ru" }
        << "'ru' is not a language of";
    QTest::newRow("unknown parent")
        << "ok.html" << QByteArray("<p>x</p>")
        << QStringList { "--lang", "en", "--parent", "nowhere" } << "no page at path 'nowhere'";
}

void TestCommandLine::importRefusesBadFilesAndChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QString, problem);
    const QString path = demo(QStringLiteral("import-refuse.newsdesk"));
    const QString file = m_dir.filePath(fileName);
    QVERIFY(writeFile(file, content));
    const CommandRun before = run({ QStringLiteral("tree"), path, QStringLiteral("--json") });
    const CommandRun import = run(QStringList { QStringLiteral("import"), path, file } + options);
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(problem), qPrintable(import.err));
    QCOMPARE(import.err.count(u'\n'), 1);
    QCOMPARE(run({ QStringLiteral("tree"), path, QStringLiteral("--json") }).out, before.out);
}

void TestCommandLine::importWarnsAboutABrokenImage()
{
    const QString path = demo(QStringLiteral("broken-image.newsdesk"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("broken.png")), "\x89PNG but not really"));
    const QString file = m_dir.filePath(QStringLiteral("with-image.html"));
    QVERIFY(writeFile(file, "<p>Before</p><img src=\"broken.png\" alt=\"The chart\">"));
    const CommandRun import = run({ QStringLiteral("import"), path, file, QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--title"), QStringLiteral("Chart") });
    QCOMPARE(import.exitCode, 1); // created, with a problem to look at
    QVERIFY2(
        import.err.contains(QStringLiteral("warning: image left out: broken.png: not an image")),
        qPrintable(import.err));
    const QJsonObject page = QJsonDocument::fromJson(
        run({ QStringLiteral("show"), path, import.out.trimmed(), QStringLiteral("--json") })
            .out.toUtf8())
                                 .object();
    QCOMPARE(page[QLatin1String("bodyHtml")].toString(),
        QStringLiteral("<p>Before</p>\n<p>The chart</p>"));
}

void TestCommandLine::bodyFilesAreStoredCanonical()
{
    const QString path = demo(QStringLiteral("canonical.newsdesk"));
    const QString body = m_dir.filePath(QStringLiteral("pasted.html"));
    QVERIFY(writeFile(body,
        "<div style=\"x\"><b>Bold</b> <script>alert(1)</script><a "
        "href=\"javascript:x\">link</a></div>"));
    QCOMPARE(
        run({ QStringLiteral("put"), path, QStringLiteral("take-action"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--body-file"), body })
            .exitCode,
        0);
    const QJsonObject page
        = QJsonDocument::fromJson(run({ QStringLiteral("show"), path, QStringLiteral("take-action"),
                                          QStringLiteral("--json") })
                                      .out.toUtf8())
              .object();
    QCOMPARE(page[QLatin1String("bodyHtml")].toString(),
        QStringLiteral("<p><strong>Bold</strong> link</p>"));
}

void TestCommandLine::exportWritesTheBundleAndUpdatesIt()
{
    const QString path = demo(QStringLiteral("export.newsdesk"));
    const QString out = m_dir.filePath(QStringLiteral("bundle"));
    const CommandRun first = run({ QStringLiteral("export"), path, QStringLiteral("--out"), out });
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral(": [1-9][0-9]* added, 0 changed, 0 removed, 0 unchanged \\(24 "
                                "pages rendered\\)\n$"))
                 .match(first.out)
                 .hasMatch(),
        qPrintable(first.out));
    QVERIFY(
        QFile::exists(out + QStringLiteral("/ka/news/online-seminar-on-trafficking/index.html")));
    const CommandRun second = run({ QStringLiteral("export"), path, QStringLiteral("--out"), out });
    QVERIFY2(second.out.contains(QStringLiteral(" 0 added, 0 changed, 0 removed, ")),
        qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("(0 pages rendered)")), qPrintable(second.out));
    const CommandRun zip = run(
        { QStringLiteral("export"), path, QStringLiteral("--out"), out + QStringLiteral(".zip") });
    QCOMPARE(zip.exitCode, 0);
    // en: home + 11 published pages and a feed; ka: home + 8 translated ones and a feed;
    // root: index, 404, style, robots.txt, sitemap, manifest; the Georgian web font's two
    // weights and its licence; a search page per language, the search script and the 28 files
    // of the search index (Pagefind 1.6.0); the lead photos of the three published news, each
    // as WebP and JPEG at three widths and as 16:9 card thumbnails at two (30).
    QVERIFY2(zip.out.endsWith(QStringLiteral(".zip: 93 files\n")), qPrintable(zip.out));
    const CommandRun missing = run({ QStringLiteral("export"), path });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("export: --out is required")));
}

void TestCommandLine::checkAndExportOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout, or stderr when the exit code is 2
    QTest::newRow("check") << QStringList { "check", "SITE" } << 0
                           << "SITE: 0 error(s), 4 warning(s)";
    QTest::newRow("check --json") << QStringList { "check", "SITE", "--json" } << 0
                                  << "\"code\": \"missing-translation\"";
    QTest::newRow("status") << QStringList { "status", "SITE" } << 0
                            << "Georgian: 7 of 13 pages up to date, 0 in progress, 1 outdated, 5 "
                               "missing; 220 words to translate";
    // 42 words: title 3, summary 8, intro 17, list 14; to do: the changed intro (17) and the
    // added list item (4).
    QTest::newRow("status row") << QStringList { "status", "SITE", "--only", "outdated,missing" }
                                << 0 << "ka   outdated        42     21 ";
    QTest::newRow("status --changes") << QStringList { "status", "SITE", "--only", "outdated",
        "--changes" } << 0 << "    + list item: Surveys of returning migrants";
    QTest::newRow("status --json")
        << QStringList { "status", "SITE", "--json" } << 0 << "\"state\": \"outdated\"";
    QTest::newRow("status unknown state") << QStringList { "status", "SITE", "--only", "stale" }
                                          << 2 << "--only: 'stale' is not a state";
    QTest::newRow("check one language")
        << QStringList { "check", "SITE", "--lang", "en" } << 0 << "SITE: 0 error(s), 0 warning(s)";
    QTest::newRow("unknown language") << QStringList { "export", "SITE", "--out", "OUT", "--lang",
        "de" } << 2 << "the site has no language 'de' (it has en,ka)";
    QTest::newRow("base URL that is not one")
        << QStringList { "export", "SITE", "--out", "OUT", "--base-url", "javascript:alert(1)" }
        << 2 << "--base-url: 'javascript:alert(1)' is not an http(s) address";
    QTest::newRow("export one language with a base URL")
        << QStringList { "export", "SITE", "--out", "OUT.zip", "--lang", "ka", "--base-url",
               "https://iom.example.ge/" }
        << 0 << "OUT.zip: 55 files"; // 19, a search page, its script, 14 index files, and
                                     // the lead photos of the two Georgian news: WebP and
                                     // JPEG at three widths and two thumbnail widths (20)
}

void TestCommandLine::checkAndExportOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString path = demo(QStringLiteral("options.newsdesk"));
    const QString out = m_dir.filePath(QStringLiteral("options-bundle"));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("SITE"), path).replace(QLatin1String("OUT"), out);
    expected.replace(QLatin1String("SITE"), path).replace(QLatin1String("OUT"), out);
    const CommandRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString text = exitCode == 2 ? result.err : result.out;
    QVERIFY2(text.contains(expected), qPrintable(text));
    if (arguments.contains(QLatin1String("--base-url")) && exitCode == 0) {
        // Georgian only (19 files): its home and 8 pages and a feed; root, 404, style, robots,
        // sitemap, manifest;
        // the font (3). The sitemap uses the given address.
        const auto files = BundleZip::read(out + QStringLiteral(".zip")).value();
        QVERIFY(files.value(QStringLiteral("sitemap.xml")).contains("https://iom.example.ge/ka/"));
        QVERIFY(!files.contains(QStringLiteral("en/index.html")));
    }
}

bool TestCommandLine::putBody(
    const QString &site, const QString &page, const QString &language, const QByteArray &html) const
{
    const QString body = m_dir.filePath(QStringLiteral("body-for-put.html"));
    return writeFile(body, html)
        && run({ QStringLiteral("put"), site, page, QStringLiteral("--lang"), language,
                   QStringLiteral("--body-file"), body })
               .exitCode
        == 0;
}

void TestCommandLine::exportOfADamagedSiteStopsBeforeWriting_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("out");
    QTest::newRow("texts, to a folder") << "page_translation"
                                        << "bundle";
    QTest::newRow("texts, to a zip") << "page_translation"
                                     << "bundle.zip";
    QTest::newRow("pages, to a folder") << "page"
                                        << "bundle";
}

// The export skips the whole-file integrity check; damage in what it reads still stops it,
// with one line naming the file, before it writes anything.
void TestCommandLine::exportOfADamagedSiteStopsBeforeWriting()
{
    QFETCH(QString, table);
    QFETCH(QString, out);
    const QString path = demo(QStringLiteral("damaged-%1.newsdesk").arg(QTest::currentDataTag()));
    int root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), table);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table)));
        QVERIFY(query.next());
        root = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(table);
    QByteArray bytes = readFile(path);
    QVERIFY(root > 1 && qsizetype(root) * 4096 <= bytes.size());
    for (qsizetype i = qsizetype(root - 1) * 4096; i < qsizetype(root) * 4096; ++i)
        bytes[i] = char(0xA5); // the table's root page
    QVERIFY(writeFile(path, bytes));

    const QString target = m_dir.filePath(QStringLiteral("%1-%2").arg(table, out));
    const CommandRun run
        = this->run({ QStringLiteral("export"), path, QStringLiteral("--out"), target });
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.startsWith(QStringLiteral("newsdesk: ") + path
                 + QStringLiteral(": the site file is damaged")),
        qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(!QFileInfo::exists(target));
}

void TestCommandLine::exportStopsOnErrorsUnlessForced()
{
    const QString path = demo(QStringLiteral("errors.newsdesk"));
    QVERIFY(putBody(path, QStringLiteral("who-we-are/about"), QStringLiteral("en"),
        "<p><a href=\"page:9999\">gone</a></p>"));
    const CommandRun check = run({ QStringLiteral("check"), path });
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral(
                 "error: en/who-we-are/about/: a link goes to page 9999, which does not exist")),
        qPrintable(check.out));
    const QString out = m_dir.filePath(QStringLiteral("errors-bundle"));
    const CommandRun refused
        = run({ QStringLiteral("export"), path, QStringLiteral("--out"), out });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("1 error found; nothing written")),
        qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(out));
    const CommandRun forced = run({ QStringLiteral("export"), path, QStringLiteral("--out"), out,
        QStringLiteral("--force") });
    QCOMPARE(forced.exitCode, 0);
    // The broken link keeps only its text.
    QVERIFY(
        readFile(out + QStringLiteral("/en/who-we-are/about/index.html")).contains("<p>gone</p>"));
}

void TestCommandLine::settingsAreShownAndChanged()
{
    const QString path = demo(QStringLiteral("settings.newsdesk"));
    const CommandRun shown = run({ QStringLiteral("settings"), path });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(QStringLiteral("base URL:       https://georgia.example.org/\n")));
    QVERIFY(shown.out.contains(QStringLiteral("untranslated:   omit\n")));
    const CommandRun changed = run({ QStringLiteral("settings"), path,
        QStringLiteral("--untranslated"), QStringLiteral("fallback"),
        QStringLiteral("--news-per-page"), QStringLiteral("2"), QStringLiteral("--base-url"),
        QStringLiteral("https://iom.example.ge/"), QStringLiteral("--json") });
    QCOMPARE(changed.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(changed.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("untranslated")).toString(), QStringLiteral("fallback"));
    QCOMPARE(json.value(QLatin1String("newsPerPage")).toInt(), 2);
    QCOMPARE(
        json.value(QLatin1String("baseUrl")).toString(), QStringLiteral("https://iom.example.ge/"));
    // The export follows them: the untranslated page is shown in Georgian.
    const QString out = m_dir.filePath(QStringLiteral("settings-bundle"));
    QCOMPARE(run({ QStringLiteral("export"), path, QStringLiteral("--out"), out }).exitCode, 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/ka/who-we-are/iom-global/index.html")));
    QVERIFY(readFile(out + QStringLiteral("/sitemap.xml")).contains("https://iom.example.ge/"));
    // Bad values change nothing.
    const CommandRun bad = run({ QStringLiteral("settings"), path, QStringLiteral("--untranslated"),
        QStringLiteral("sometimes"), QStringLiteral("--news-per-page"), QStringLiteral("5") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(
        QStringLiteral("--untranslated: 'sometimes' is neither omit nor fallback")));
    QVERIFY(run({ QStringLiteral("settings"), path })
                .out.contains(QStringLiteral("news per page:  2\n")));
    QCOMPARE(run({ QStringLiteral("settings"), path, QStringLiteral("--news-per-page"),
                     QStringLiteral("0") })
                 .exitCode,
        2);
}

void TestCommandLine::spellChecksTextFiles()
{
    const QString file = m_dir.filePath(QStringLiteral("text.txt"));
    QVERIFY(writeFile(file,
        QStringLiteral("The mission wrks in Georgia.\nIOM and recieve.\nმისია ტექსტიი\n")
            .toUtf8()));
    const CommandRun english
        = run({ QStringLiteral("spell"), QStringLiteral("--lang"), QStringLiteral("en"), file });
    QCOMPARE(english.exitCode, 1);
    QCOMPARE(english.out, QStringLiteral("1:13 wrks\n2:9 recieve\n"));
    const CommandRun georgian
        = run({ QStringLiteral("spell"), QStringLiteral("--lang"), QStringLiteral("ka"), file });
    QCOMPARE(georgian.exitCode, 1);
    QCOMPARE(georgian.out, u"3:7 ტექსტიი\n"_qs);
    QVERIFY(writeFile(file, "All good here.\n"));
    QCOMPARE(run({ QStringLiteral("spell"), QStringLiteral("--lang"), QStringLiteral("en"), file })
                 .exitCode,
        0);
    const CommandRun noLanguage = run({ QStringLiteral("spell"), file });
    QCOMPARE(noLanguage.exitCode, 2);
    QVERIFY(noLanguage.err.contains(QStringLiteral("a text file needs --lang")));
}

void TestCommandLine::spellReportsPlantedMisspellings()
{
    const QString path = demo(QStringLiteral("spell.newsdesk"));
    QVERIFY(putBody(path, QStringLiteral("who-we-are/about"), QStringLiteral("en"),
        "<p>The mission wrks with partnrs on colour.</p>"));
    QVERIFY(putBody(path, QStringLiteral("2030-agenda"), QStringLiteral("ka"),
        u"<p>ტექსტიი და ტექსტიი</p>"_qs.toUtf8()));
    const CommandRun english
        = run({ QStringLiteral("spell"), path, QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.out.contains(QStringLiteral("en wrks (1): en/who-we-are/about\n")),
        qPrintable(english.out));
    QVERIFY(english.out.contains(QStringLiteral("en partnrs (1): en/who-we-are/about\n")));
    QVERIFY(!english.out.contains(QStringLiteral("colour"))); // British English by default
    QCOMPARE(run({ QStringLiteral("settings"), path, QStringLiteral("--english"),
                     QStringLiteral("en_US") })
                 .exitCode,
        0);
    QVERIFY(run({ QStringLiteral("spell"), path, QStringLiteral("--lang"), QStringLiteral("en") })
                .out.contains(QStringLiteral("en colour (1): en/who-we-are/about\n")));
    QCOMPARE(run({ QStringLiteral("settings"), path, QStringLiteral("--english"),
                     QStringLiteral("en_AU") })
                 .exitCode,
        2);
    const CommandRun json = run({ QStringLiteral("spell"), path, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1);
    bool planted = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QJsonObject word = value.toObject();
        if (word.value(QLatin1String("word")).toString() == u"ტექსტიი"_qs) {
            planted = true;
            QCOMPARE(word.value(QLatin1String("count")).toInt(), 2);
            QCOMPARE(word.value(QLatin1String("language")).toString(), QStringLiteral("ka"));
            QCOMPARE(word.value(QLatin1String("pages")).toArray(),
                QJsonArray { QStringLiteral("ka/2030-agenda") });
        }
    }
    QVERIFY(planted);
}

void TestCommandLine::spellLeavesOutTheSitesOwnWords()
{
    const QString path = demo(QStringLiteral("spell-site.newsdesk"));
    QVERIFY(putBody(path, QStringLiteral("who-we-are/about"), QStringLiteral("en"),
        "<p>Nino Beridze wrks in Batumi and Kutaisi.</p>"));
    QVERIFY(putBody(path, QStringLiteral("2030-agenda"), QStringLiteral("ka"),
        u"<p>ნინო ბერიძეე ბათუმში.</p>"_qs.toUtf8()));
    const QStringList spell { QStringLiteral("spell"), path };
    const CommandRun before = run(spell);
    QCOMPARE(before.exitCode, 1);
    QVERIFY2(before.out.contains(QStringLiteral("en Beridze (1): en/who-we-are/about\n")),
        qPrintable(before.out));
    QVERIFY(before.out.contains(u"ka ბერიძეე (1): ka/2030-agenda\n"_qs));
    // Georgia's names are known everywhere.
    QVERIFY(!before.out.contains(QStringLiteral("Batumi")));
    QVERIFY(!before.out.contains(QStringLiteral("Kutaisi")));
    QVERIFY(!before.out.contains(u"ბათუმში"_qs));

    const CommandRun added = run(spell
        + QStringList { QStringLiteral("--add"), QStringLiteral("Beridze"), QStringLiteral("--add"),
            u"ბერიძეე"_qs });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const CommandRun after = run(spell);
    QVERIFY2(!after.out.contains(QStringLiteral("Beridze")), qPrintable(after.out));
    QVERIFY(!after.out.contains(u"ბერიძეე"_qs));
    QVERIFY(after.out.contains(QStringLiteral("en wrks (1): en/who-we-are/about\n")));

    const CommandRun refused
        = run(spell + QStringList { QStringLiteral("--add"), QStringLiteral("Москва") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"'Москва' is not a word in one of the site's languages"_qs),
        qPrintable(refused.err));
}

void TestCommandLine::benchSiteMakesASyntheticSite()
{
    const QString path = m_dir.filePath(QStringLiteral("bench.newsdesk"));
    QFile::remove(path);
    const CommandRun made
        = run({ QStringLiteral("bench-site"), path, QStringLiteral("--pages-per-lang"),
            QStringLiteral("7"), QStringLiteral("--sections"), QStringLiteral("2") });
    QCOMPARE(made.exitCode, 0);
    const QJsonArray sections = QJsonDocument::fromJson(
        run({ QStringLiteral("tree"), path, QStringLiteral("--json") }).out.toUtf8())
                                    .array();
    QCOMPARE(sections.size(), 2);
    // Seven articles spread over two sections, every one in both languages and published.
    int articles = 0;
    for (const QJsonValue &section : sections) {
        for (const QJsonValue &article : section[QLatin1String("children")].toArray()) {
            QCOMPARE(article[QLatin1String("status")].toString(), QStringLiteral("published"));
            QVERIFY(article[QLatin1String("translations")][QLatin1String("ka")].toBool());
            ++articles;
        }
    }
    QCOMPARE(articles, 7);
    const CommandRun refused
        = run({ QStringLiteral("bench-site"), m_dir.filePath(QStringLiteral("x.newsdesk")),
            QStringLiteral("--pages-per-lang"), QStringLiteral("many") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("take positive whole numbers")));
}

void TestCommandLine::xliffExportAndImport()
{
    const QString path = demo(QStringLiteral("xliff.newsdesk"));
    const QString file = m_dir.filePath(QStringLiteral("ka.xlf"));
    const CommandRun exported = run({ QStringLiteral("xliff"), QStringLiteral("export"), path,
        QStringLiteral("--lang"), QStringLiteral("ka"), QStringLiteral("--out"), file,
        QStringLiteral("--only-outdated"), QStringLiteral("--format"), QStringLiteral("1.2") });
    QCOMPARE(exported.exitCode, 0);
    // The demo's outdated page: title, summary, a paragraph and four list items; the changed
    // paragraph (17 words) and the added item (4) have no target.
    QCOMPARE(exported.out.trimmed(),
        file + QStringLiteral(": 1 page(s), 7 segment(s), 21 word(s) to translate (XLIFF 1.2)"));
    QVERIFY(readFile(file).startsWith("<?xml"));

    const CommandRun again = run({ QStringLiteral("xliff"), QStringLiteral("import"), path, file });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(),
        file + QStringLiteral(": 5 segment(s) applied, 0 page(s) changed in ka"));

    QByteArray broken = readFile(file);
    broken.replace("<target state=\"translated\">", "<target state=\"translated\"><g id=\"c9\">");
    broken.replace("</target>", "</g></target>");
    QVERIFY(writeFile(file, broken));
    const CommandRun refused
        = run({ QStringLiteral("xliff"), QStringLiteral("import"), path, file });
    QCOMPARE(refused.exitCode, 1);
    const QStringList lines = refused.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 6); // five targets, and "nothing was imported"
    QVERIFY2(lines.first().startsWith(QStringLiteral("newsdesk: %1:").arg(file)),
        qPrintable(refused.err));
    QVERIFY2(lines.first().contains(QStringLiteral("inline code 'c9' is not a paired code")),
        qPrintable(refused.err));
    QCOMPARE(lines.last(), QStringLiteral("newsdesk: %1: nothing was imported").arg(file));

    const CommandRun misuse = run(
        { QStringLiteral("xliff"), QStringLiteral("export"), path, QStringLiteral("--out"), file });
    QCOMPARE(misuse.exitCode, 2);
    QVERIFY(misuse.err.contains(QStringLiteral("--lang and --out are required")));
}

void TestCommandLine::mediaListsAddsChangesAndDeletesImages()
{
    const QString path = demo(u"media.newsdesk"_qs);
    // The demo's four photos, each the lead image of one news article.
    const CommandRun listed = run({ u"media"_qs, path });
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.first().startsWith(u"1\tdune.jpg\t1600×1000\t"_qs), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(u"\ton 1 page\talt text in every language"_qs),
        qPrintable(lines.first()));

    // Added with an English alt text only: listed as lacking the Georgian one.
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString file = m_dir.filePath(u"banner.png"_qs);
    QVERIFY(image.save(file));
    const CommandRun added = run({ u"media"_qs, path, u"add"_qs, file, u"--alt-en"_qs,
        u"A banner"_qs, u"--credit-ka"_qs, u"ფოტო: IOM"_qs, u"--focus"_qs, u"0.25,0.75"_qs });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"5\n"_qs);
    QVERIFY2(run({ u"media"_qs, path }).out.contains(u"5\tbanner.png\t320×200\t"_qs), "");
    QVERIFY(run({ u"media"_qs, path }).out.contains(u"\tunused\tno alt text in ka\n"_qs));

    const CommandRun set = run({ u"media"_qs, path, u"set"_qs, u"5"_qs, u"--alt-ka"_qs,
        u"ბანერი"_qs, u"--caption-en"_qs, u"Our banner"_qs });
    QCOMPARE(set.exitCode, 0);
    const QJsonArray json
        = QJsonDocument::fromJson(run({ u"media"_qs, path, u"--json"_qs }).out.toUtf8()).array();
    QCOMPARE(json.size(), 5);
    const QJsonObject banner = json.at(4).toObject();
    QCOMPARE(banner[u"alt"_qs].toObject()[u"ka"_qs].toString(), u"ბანერი"_qs);
    QCOMPARE(banner[u"alt"_qs].toObject()[u"en"_qs].toString(), u"A banner"_qs);
    QCOMPARE(banner[u"caption"_qs].toObject()[u"en"_qs].toString(), u"Our banner"_qs);
    QCOMPARE(banner[u"credit"_qs].toObject()[u"ka"_qs].toString(), u"ფოტო: IOM"_qs);
    QCOMPARE(banner[u"focus"_qs].toArray(), (QJsonArray { 0.25, 0.75 }));
    QCOMPARE(banner[u"uses"_qs].toArray().size(), 0);
    const QJsonArray uses = json.at(3)[u"uses"_qs].toArray(); // the ladybird: a lead image
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses[0][u"path"_qs].toString(), u"news/online-seminar-on-trafficking"_qs);
    QVERIFY(uses[0][u"language"_qs].isNull());

    // Replaced: the same id, the new file.
    image = QImage(640, 400, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    const QString wider = m_dir.filePath(u"banner-wide.png"_qs);
    QVERIFY(image.save(wider));
    QCOMPARE(run({ u"media"_qs, path, u"set"_qs, u"5"_qs, u"--file"_qs, wider }).out, u"5\n"_qs);
    QVERIFY(run({ u"media"_qs, path }).out.contains(u"5\tbanner-wide.png\t640×400\t"_qs));

    // A photo in use is not deleted; an unused one is.
    const CommandRun inUse = run({ u"media"_qs, path, u"remove"_qs, u"4"_qs });
    QCOMPARE(inUse.exitCode, 1);
    QVERIFY2(inUse.err.contains(u"image 4 (ladybird.jpg) is shown on “Online seminar"_qs),
        qPrintable(inUse.err));
    const CommandRun removed = run({ u"media"_qs, path, u"remove"_qs, u"5"_qs });
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, u"Deleted image 5\n"_qs);
    QCOMPARE(run({ u"media"_qs, path }).out.trimmed().split(u'\n').size(), 4);
}

void TestCommandLine::mediaRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown action") << QStringList { "media", "SITE", "rename", "1" }
                                    << "media: 'rename' is not add, set or remove";
    QTest::newRow("set without a change")
        << QStringList { "media", "SITE", "set", "1" } << "media set: nothing to change";
    QTest::newRow("focus off the image") << QStringList { "media", "SITE", "set", "1", "--focus",
        "1.2,0.5" } << "--focus: '1.2,0.5' is not two shares from 0 to 1";
    QTest::newRow("not an id") << QStringList { "media", "SITE", "remove", "dune" }
                               << "media remove: 'dune' is not an image id";
    QTest::newRow("no such image")
        << QStringList { "media", "SITE", "set", "99", "--alt-en", "x" } << "no image with id 99";
    QTest::newRow("not an image file")
        << QStringList { "media", "SITE", "add", "SITE" } << "not an image Newsdesk can store";
    QTest::newRow("words without an action")
        << QStringList { "media", "SITE", "--alt-en", "x" } << "are given with add or set";
}

void TestCommandLine::mediaRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString path = demo(u"mediabad.newsdesk"_qs);
    arguments.replaceInStrings(u"SITE"_qs, path);
    const CommandRun result = run(arguments);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(error), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // one line
    // Nothing changed.
    QCOMPARE(run({ u"media"_qs, path }).out.trimmed().split(u'\n').size(), 4);
}

void TestCommandLine::putSetsTheLeadImage()
{
    const QString path = demo(u"lead.newsdesk"_qs);
    const auto lead = [&](const QString &page) {
        return QJsonDocument::fromJson(run({ u"show"_qs, path, page, u"--json"_qs }).out.toUtf8())
            .object()
            .value(u"leadImage"_qs);
    };
    QCOMPARE(lead(u"news/online-seminar-on-trafficking"_qs).toInteger(), 4);
    QVERIFY(lead(u"who-we-are/about"_qs).isNull());
    // No --lang needed: the lead image is the page's in every language.
    const CommandRun set
        = run({ u"put"_qs, path, u"who-we-are/about"_qs, u"--lead-image"_qs, u"1"_qs });
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(lead(u"who-we-are/about"_qs).toInteger(), 1);
    QVERIFY(
        run({ u"show"_qs, path, u"who-we-are/about"_qs }).out.contains(u"Lead image:    1\n"_qs));
    const CommandRun unknown
        = run({ u"put"_qs, path, u"who-we-are/about"_qs, u"--lead-image"_qs, u"42"_qs });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no image with id 42"_qs), qPrintable(unknown.err));
    const CommandRun word
        = run({ u"put"_qs, path, u"who-we-are/about"_qs, u"--lead-image"_qs, u"dune"_qs });
    QVERIFY2(word.err.contains(u"--lead-image: 'dune' is neither an image id nor none"_qs),
        qPrintable(word.err));
    QCOMPARE(lead(u"who-we-are/about"_qs).toInteger(), 1);
    QCOMPARE(
        run({ u"put"_qs, path, u"who-we-are/about"_qs, u"--lead-image"_qs, u"none"_qs }).exitCode,
        0);
    QVERIFY(lead(u"who-we-are/about"_qs).isNull());
}

void TestCommandLine::deleteMovesToTheTrashAndBack()
{
    const QString path = demo(QStringLiteral("trash.newsdesk"));
    const CommandRun empty = run({ QStringLiteral("trash"), path });
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out.trimmed(), QStringLiteral("The trash is empty."));

    const CommandRun deleted = run({ QStringLiteral("delete"), path, QStringLiteral("our-work") });
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.out.startsWith(QStringLiteral("Moved page 4 to the trash (entry 1;")),
        qPrintable(deleted.out));
    QCOMPARE(run({ QStringLiteral("show"), path, QStringLiteral("our-work") }).exitCode, 2);

    const CommandRun listed = run({ QStringLiteral("trash"), path, QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][QLatin1String("title")].toString(), QStringLiteral("Our Work"));
    QCOMPARE(items[0][QLatin1String("pages")].toInt(), 2);

    const CommandRun restored
        = run({ QStringLiteral("trash"), path, QStringLiteral("--restore"), QStringLiteral("1") });
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out.trimmed(), QStringLiteral("Restored page 4 at our-work"));
    QCOMPARE(run({ QStringLiteral("show"), path, QStringLiteral("our-work/cross-cutting-global") })
                 .exitCode,
        0);

    const CommandRun unknown
        = run({ QStringLiteral("trash"), path, QStringLiteral("--restore"), QStringLiteral("7") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("nothing in the trash with id 7")));

    QCOMPARE(run({ QStringLiteral("delete"), path, QStringLiteral("take-action") }).exitCode, 0);
    const CommandRun emptied = run({ QStringLiteral("trash"), path, QStringLiteral("--empty") });
    QCOMPARE(emptied.exitCode, 0);
    QCOMPARE(emptied.out.trimmed(), QStringLiteral("Emptied the trash: 1 entry deleted for good"));
}

void TestCommandLine::historyAndRestore()
{
    const QString path = demo(QStringLiteral("history.newsdesk"));
    const CommandRun history = run({ QStringLiteral("history"), path,
        QStringLiteral("data-and-resources"), QStringLiteral("--json") });
    QCOMPARE(history.exitCode, 0);
    const QJsonArray revisions = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QCOMPARE(revisions.size(), 2); // the demo revised its English once
    QCOMPARE(revisions[0][QLatin1String("revision")].toInt(), 2);
    QCOMPARE(revisions[0][QLatin1String("words")].toInt(), 42);
    QCOMPARE(revisions[1][QLatin1String("words")].toInt(), 36);

    const CommandRun restored = run({ QStringLiteral("restore"), path,
        QStringLiteral("data-and-resources"), QStringLiteral("--revision"), QStringLiteral("1") });
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out.trimmed(), QStringLiteral("Restored revision 1 of page 6 in en"));
    const CommandRun after
        = run({ QStringLiteral("history"), path, QStringLiteral("data-and-resources") });
    QVERIFY2(after.out.startsWith(QStringLiteral("   3  ")), qPrintable(after.out));
    QVERIFY(after.out.contains(QStringLiteral("restore")));

    const CommandRun georgian = run({ QStringLiteral("history"), path,
        QStringLiteral("data-and-resources"), QStringLiteral("--lang"), QStringLiteral("ka") });
    QCOMPARE(georgian.exitCode, 0);
    QCOMPARE(georgian.out.count(u'\n'), 1); // one revision
    const CommandRun missing = run({ QStringLiteral("restore"), path,
        QStringLiteral("data-and-resources"), QStringLiteral("--revision"), QStringLiteral("9") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("has no revision 9 in en (it has 3)")));
    const CommandRun bad
        = run({ QStringLiteral("restore"), path, QStringLiteral("data-and-resources") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--revision takes a revision number")));
}

void TestCommandLine::backupWritesACheckedCopy()
{
    const QString path = demo(QStringLiteral("backed-up.newsdesk"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.newsdesk"));
    const CommandRun written = run({ QStringLiteral("backup"), path, copy });
    QCOMPARE(written.exitCode, 0);
    QVERIFY2(
        written.out.startsWith(QStringLiteral("Wrote %1 (").arg(copy)), qPrintable(written.out));
    QVERIFY(written.out.trimmed().endsWith(QStringLiteral("checked)")));
    QCOMPARE(run({ QStringLiteral("show"), copy, QStringLiteral("who-we-are") }).exitCode, 0);
    const CommandRun again = run({ QStringLiteral("backup"), path, copy });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("exists already")));
    const CommandRun list = run({ QStringLiteral("backup"), path, QStringLiteral("--list") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(QStringLiteral("No backups of")), qPrintable(list.out));

    // A change, then the copy put back: the change is gone, and kept in a backup.
    QCOMPARE(
        run({ QStringLiteral("put"), path, QStringLiteral("who-we-are"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--title"), QStringLiteral("Changed") })
            .exitCode,
        0);
    const CommandRun restored
        = run({ QStringLiteral("backup"), path, QStringLiteral("--restore"), copy });
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out.trimmed(), QStringLiteral("Restored %1 from %2").arg(path, copy));
    QVERIFY(run({ QStringLiteral("show"), path, QStringLiteral("who-we-are") })
                .out.contains(QStringLiteral("Title:         Who We Are")));
    const CommandRun after = run({ QStringLiteral("backup"), path, QStringLiteral("--list") });
    QVERIFY2(after.out.contains(QStringLiteral("before-restore-")), qPrintable(after.out));
    const CommandRun damaged = run({ QStringLiteral("backup"), path, QStringLiteral("--restore"),
        m_dir.filePath(QStringLiteral("no-such-backup.newsdesk")) });
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY(damaged.err.contains(QStringLiteral("no such backup")));
}

void TestCommandLine::copyMovesASiteToAServerAndBack()
{
    const QString path = demo(QStringLiteral("to-the-server.newsdesk"));
    QVERIFY(!path.isEmpty());
    const QString server
        = PostgresTestSupport::freshDatabaseUri(QStringLiteral("tst_commandline_copy"));
    QVERIFY(!server.isEmpty());
    const auto tree = [this](const QString &site) {
        const CommandRun listed = run({ QStringLiteral("tree"), site });
        return listed.exitCode == 0 ? listed.out : listed.err;
    };

    const CommandRun up = run({ QStringLiteral("copy"), path, server });
    QCOMPARE(up.exitCode, 0);
    QVERIFY2(up.err.isEmpty(), qPrintable(up.err));
    QVERIFY2(up.out.startsWith(QStringLiteral("Copied %1 to %2: 10 tables, ").arg(path, server)),
        qPrintable(up.out));
    QVERIFY2(
        up.out.endsWith(QStringLiteral(" rows; counts and checksums match\n")), qPrintable(up.out));
    QCOMPARE(tree(server), tree(path));

    // The database holds a site now, and a file is there: both refused with one line.
    const CommandRun again = run({ QStringLiteral("copy"), path, server });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("the database already holds a Newsdesk site")),
        qPrintable(again.err));
    QCOMPARE(again.err.count(u'\n'), 1);

    const QString back = m_dir.filePath(QStringLiteral("from-the-server.newsdesk"));
    QFile::remove(back);
    const CommandRun down = run({ QStringLiteral("copy"), server, back });
    QCOMPARE(down.exitCode, 0);
    QVERIFY2(down.out.contains(QStringLiteral("counts and checksums match")), qPrintable(down.out));
    QCOMPARE(tree(back), tree(path));
    const QByteArray copied = fileHash(back);
    const CommandRun onto = run({ QStringLiteral("copy"), server, back });
    QCOMPARE(onto.exitCode, 2);
    QVERIFY2(onto.err.contains(QStringLiteral("the file already exists")), qPrintable(onto.err));
    QCOMPARE(fileHash(back), copied);

    const CommandRun missing
        = run({ QStringLiteral("copy"), m_dir.filePath(QStringLiteral("none.newsdesk")), back });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("no such site file")), qPrintable(missing.err));
}

void TestCommandLine::backupOfATeamSiteIsASiteFile()
{
    const QString server
        = PostgresTestSupport::freshDatabaseUri(QStringLiteral("tst_commandline_backup"));
    QVERIFY(!server.isEmpty());
    QCOMPARE(run({ QStringLiteral("init"), server, QStringLiteral("--demo") }).exitCode, 0);

    const QString out = m_dir.filePath(QStringLiteral("team-backup.newsdesk"));
    QFile::remove(out);
    const CommandRun written = run({ QStringLiteral("backup"), server, out });
    QCOMPARE(written.exitCode, 0);
    QVERIFY2(
        written.out.startsWith(QStringLiteral("Wrote %1 (").arg(out)), qPrintable(written.out));
    QVERIFY(written.out.trimmed().endsWith(QStringLiteral("checked)")));
    // One file, as a file site's backup is: no write-ahead log beside it, even after a look.
    const CommandRun shown = run({ QStringLiteral("show"), out, QStringLiteral("who-we-are") });
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("-shm")));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, run({ QStringLiteral("show"), server, QStringLiteral("who-we-are") }).out);
    const CommandRun again = run({ QStringLiteral("backup"), server, out });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("exists already")));

    // The automatic backups' folder is named after the database.
    const CommandRun list = run({ QStringLiteral("backup"), server, QStringLiteral("--list") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(QStringLiteral("No backups of %1 in ").arg(server)),
        qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("/backups/tst_commandline_backup-")),
        qPrintable(list.out));

    // Restoring over the team's work is refused, and says what to do instead.
    const CommandRun restored
        = run({ QStringLiteral("backup"), server, QStringLiteral("--restore"), out });
    QCOMPARE(restored.exitCode, 2);
    QVERIFY2(restored.err.contains(QStringLiteral("newsdesk copy")), qPrintable(restored.err));
    QCOMPARE(restored.err.count(u'\n'), 1);
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
