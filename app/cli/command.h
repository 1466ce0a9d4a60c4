#pragma once

#include "content/page.h"
#include "core/result.h"
#include "store/sitedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <memory>

// One `newsdesk <name> …` subcommand. Exit codes: 0 fine, 1 problems found, 2 usage or I/O
// error. Results go to `out`, messages (one line each, naming the file or page) to `err`.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode
    {
        Success = 0,
        ProblemsFound = 1,
        UsageOrIoError = 2
    };

    struct Streams
    {
        QTextStream &out;
        QTextStream &err;
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `newsdesk --help`
    // `arguments` start with the subcommand's name.
    int run(const QStringList &arguments, Streams io);

protected:
    virtual QString synopsis() const = 0; // "SITE [--demo]"
    virtual void describe(QCommandLineParser &parser) const = 0;
    // Called with the parsed options and exactly `positionalCount()` positional arguments.
    virtual int execute(const QCommandLineParser &parser, Streams io) = 0;
    virtual int positionalCount() const { return 1; }
    virtual bool acceptsPositionals(qsizetype count) const { return count == positionalCount(); }

    static int report(Streams io, const QString &message, int code = UsageOrIoError);
    // Its problems (one line each) or else its message, and the exit code for it.
    static int report(Streams io, const Failure &failure);
    // --parent PAGE and --kind K, as add and import take them.
    static void describeParentAndKind(QCommandLineParser &parser);
    static Result<PageKind> readKind(const QCommandLineParser &parser);
    // 0 for the top level ("/" or no --parent).
    static Result<qint64> readParent(const QCommandLineParser &parser, class PageRepository &pages);
    // Opens a site, with the whole-file integrity check unless `check` says otherwise (a
    // command that only reads may leave it out: SQLite reports damage that a read meets).
    static Result<std::unique_ptr<SiteDatabase>> openSite(const QString &path,
        SiteDatabase::Mode mode, SiteDatabase::Check check = SiteDatabase::Check::Integrity);

public:
    // The one place that turns a failure into an exit code: ProblemsFound when it lists the
    // problems found in the input (an XLIFF file); else UsageOrIoError, whatever its kind.
    static int exitCode(const Failure &failure);
    // Reads a UTF-8 text file; fails naming the file on missing files or invalid UTF-8.
    static Result<QString> readTextFile(const QString &path);
    // Strict ISO 8601 ("2020-11-25" or "2020-11-25T10:00:00Z").
    static Result<QDateTime> parseDate(const QString &option, const QString &text);
};
