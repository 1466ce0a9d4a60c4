// The shape of the code, read from its #include lines: widgets only in ui/, which asks app/;
// inside app/, the command line may use everything and nothing uses it; the store stands on
// core, content and body only; no cycle between app/'s folders; SQL only in app/store/.
// A known exception is listed with the work that removes it; one that is gone must leave the
// list (so the list only shrinks).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Source
{
    QString path; // relative to the checkout: "app/store/backups.cpp"
    QString module; // "ui", "app/store", or "app" for main.cpp
    QString text;
};

QString moduleOf(const QString &path)
{
    const QStringList parts = path.split(u'/');
    if (parts.first() == u"ui"_s)
        return u"ui"_s;
    return parts.size() > 2 ? parts[0] + u'/' + parts[1] : parts[0];
}

QList<Source> sources()
{
    const QDir root(QStringLiteral(NEWSDESK_SOURCE_DIR));
    QList<Source> all;
    for (const QString &top : { u"app"_s, u"ui"_s }) {
        QDirIterator it(root.filePath(top), { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString path = root.relativeFilePath(file.fileName());
            all.append({ path, moduleOf(path), QString::fromUtf8(file.readAll()) });
        }
    }
    std::sort(
        all.begin(), all.end(), [](const Source &a, const Source &b) { return a.path < b.path; });
    return all;
}

// The modules a file includes (other than its own), as "app/x" or "ui".
QSet<QString> includedModules(const Source &source)
{
    static const QRegularExpression include(
        // Not a raw string: moc reads the quotes inside one as the end of a string.
        u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s, QRegularExpression::MultilineOption);
    const QDir root(QStringLiteral(NEWSDESK_SOURCE_DIR));
    QSet<QString> modules;
    for (auto it = include.globalMatch(source.text); it.hasNext();) {
        const QString name = it.next().captured(1);
        QString module;
        if (name.contains(u'/') && root.exists(u"app/"_s + name.section(u'/', 0, 0)))
            module = u"app/"_s + name.section(u'/', 0, 0);
        else if (QFileInfo::exists(root.filePath(source.path.section(u'/', 0, -2) + u'/' + name)))
            module = source.module;
        else if (root.exists(u"ui/"_s + name))
            module = u"ui"_s;
        if (!module.isEmpty() && module != source.module)
            modules.insert(module);
    }
    return modules;
}

// Whether `from` may include `to`; why not when it may not.
QString forbidden(const QString &from, const QString &to)
{
    if (from == u"app"_s)
        return {}; // main.cpp: the program itself, the window or a command
    if (to == u"ui"_s)
        return u"nothing in app/ uses the widgets"_s;
    if (to == u"app/cli"_s)
        return u"nothing uses the command line's classes"_s;
    if (from == u"app/store"_s
        && !QStringList { u"app/core"_s, u"app/content"_s, u"app/body"_s }.contains(to))
        return u"the store stands on core, content and body only"_s;
    return {};
}

// Edges that break a rule today, each with the work that removes it (none left: the last went
// with issue 15).
const QSet<QString> knownEdges;
const QSet<QString> knownSql;

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theSourcesAreFound();
    void includesFollowTheLayers();
    void appFoldersHaveNoCycle();
    void sqlStaysInTheStore();
};

void TestLayering::theSourcesAreFound()
{
    const QList<Source> all = sources();
    QVERIFY2(all.size() > 100, qPrintable(QString::number(all.size())));
    const auto has = [&](const QString &path) {
        return std::any_of(
            all.cbegin(), all.cend(), [&](const Source &source) { return source.path == path; });
    };
    QVERIFY(has(u"app/main.cpp"_s));
    QVERIFY(has(u"app/store/sitedatabase.cpp"_s));
    QVERIFY(has(u"ui/mainwindow.cpp"_s));
    // The include reader sees through the forms the sources use.
    const Source sample { u"app/store/x.cpp"_s, u"app/store"_s,
        u"#include \"x.h\"\n#include \"translation/segments.h\"\n  #  include \"ui/none.h\"\n"
        "#include <QSqlQuery>\n#include \"body/body.h\"\n"_s };
    QCOMPARE(includedModules(sample), (QSet<QString> { u"app/translation"_s, u"app/body"_s }));
    QVERIFY(!forbidden(u"app/store"_s, u"app/translation"_s).isEmpty());
    QVERIFY(forbidden(u"app/store"_s, u"app/core"_s).isEmpty());
    QVERIFY(!forbidden(u"app/publish"_s, u"ui"_s).isEmpty());
    QVERIFY(!forbidden(u"ui"_s, u"app/cli"_s).isEmpty());
    QVERIFY(forbidden(u"app/cli"_s, u"app/publish"_s).isEmpty());
}

void TestLayering::includesFollowTheLayers()
{
    QStringList broken;
    QSet<QString> seen;
    for (const Source &source : sources()) {
        for (const QString &to : includedModules(source)) {
            const QString why = forbidden(source.module, to);
            if (why.isEmpty())
                continue;
            const QString edge = source.path + u" -> "_s + to;
            if (knownEdges.contains(edge))
                seen.insert(edge);
            else
                broken.append(edge + u": "_s + why);
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    const QSet<QString> gone = knownEdges - seen;
    QVERIFY2(gone.isEmpty(),
        qPrintable(u"no longer there, take them off knownEdges: "_s + gone.values().join(u", ")));
}

void TestLayering::appFoldersHaveNoCycle()
{
    QHash<QString, QSet<QString>> edges;
    for (const Source &source : sources()) {
        if (!source.module.startsWith(u"app/"_s))
            continue;
        for (const QString &to : includedModules(source)) {
            if (to.startsWith(u"app/"_s))
                edges[source.module].insert(to);
        }
    }
    // Depth-first search for a path back to where it started.
    QStringList cycle;
    QHash<QString, int> state; // 1 on the path, 2 done
    std::function<bool(const QString &)> visit = [&](const QString &module) {
        state[module] = 1;
        cycle.append(module);
        for (const QString &next : edges.value(module)) {
            if (state.value(next) == 1) {
                cycle.append(next);
                return true;
            }
            if (state.value(next) == 0 && visit(next))
                return true;
        }
        cycle.removeLast();
        state[module] = 2;
        return false;
    };
    QStringList modules = edges.keys();
    std::sort(modules.begin(), modules.end());
    for (const QString &module : std::as_const(modules)) {
        if (state.value(module) == 0 && visit(module))
            QFAIL(qPrintable(u"include cycle: "_s + cycle.join(u" -> "_s)));
    }
}

void TestLayering::sqlStaysInTheStore()
{
    // A site's connection is the store's alone (store/sqlaccess.h).
    static const QRegularExpression sql(
        uR"re(\bQSql(Query|Database)\b|\bsqlite3_\w+|\bSqlAccess\b)re"_s);
    QStringList broken;
    QSet<QString> seen;
    for (const Source &source : sources()) {
        if (source.module == u"app/store"_s || !sql.match(source.text).hasMatch())
            continue;
        if (knownSql.contains(source.path))
            seen.insert(source.path);
        else
            broken.append(source.path);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(u"SQL outside app/store/: "_s + broken.join(u", ")));
    const QSet<QString> gone = knownSql - seen;
    QVERIFY2(gone.isEmpty(),
        qPrintable(u"no longer there, take them off knownSql: "_s + gone.values().join(u", ")));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
