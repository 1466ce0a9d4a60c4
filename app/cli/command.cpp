#include "command.h"

#include "environment/username.h"
#include "session/sitesession.h"
#include "store/pagerepository.h"

#include <QFile>
#include <QStringDecoder>

int Command::run(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    describe(parser);

    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("newsdesk"));
    if (!parser.parse(withProgram))
        return report(io, tr("%1: %2 (see 'newsdesk %1 --help')").arg(name(), parser.errorText()));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser's first line is "Usage: newsdesk [options] SITE …": the command's
        // own synopsis replaces all of it after the program's name.
        const qsizetype lineEnd = text.indexOf(u'\n');
        const qsizetype program = text.indexOf(QStringLiteral("newsdesk [options]"));
        if (program >= 0 && program < lineEnd)
            text.replace(program, lineEnd - program,
                QStringLiteral("newsdesk %1 %2").arg(name(), synopsis()));
        io.out << text;
        return Success;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // drop the name
    if (!acceptsPositionals(positional.size()))
        return report(io, tr("%1: expected %2 (see 'newsdesk %1 --help')").arg(name(), synopsis()));
    return execute(parser, io);
}

int Command::report(Streams io, const QString &message, int code)
{
    io.err << "newsdesk: " << message << Qt::endl;
    return code;
}

int Command::report(Streams io, const Failure &failure)
{
    const QStringList lines
        = failure.problems.isEmpty() ? QStringList { failure.message } : failure.problems;
    for (const QString &line : lines)
        io.err << "newsdesk: " << line << Qt::endl;
    return exitCode(failure);
}

int Command::exitCode(const Failure &failure)
{
    if (!failure.problems.isEmpty())
        return ProblemsFound;
    switch (failure.kind) {
    case ErrorKind::Invalid: // a wrong argument or input
    case ErrorKind::NotFound:
    case ErrorKind::Busy:
    case ErrorKind::Damaged:
    case ErrorKind::NewerVersion:
    case ErrorKind::ReadOnly:
    case ErrorKind::Io:
    case ErrorKind::Cancelled:
    case ErrorKind::Conflict:
        return UsageOrIoError;
    }
    return UsageOrIoError;
}

void Command::describeParentAndKind(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("parent"),
        tr("Parent page: an id or slug path; '/' or none for the top level."), tr("PAGE") });
    parser.addOption(
        { QStringLiteral("kind"), tr("section, page or news (default: page)."), tr("K") });
}

Result<PageKind> Command::readKind(const QCommandLineParser &parser)
{
    const QString name = parser.isSet(QStringLiteral("kind")) ? parser.value(QStringLiteral("kind"))
                                                              : QStringLiteral("page");
    const auto kind = pageKindFromName(name);
    if (!kind)
        return failure(tr("--kind: '%1' is not one of section, page, news").arg(name));
    return *kind;
}

Result<qint64> Command::readParent(const QCommandLineParser &parser, PageRepository &pages)
{
    const QString parent = parser.value(QStringLiteral("parent"));
    if (parent.isEmpty() || parent == QLatin1String("/"))
        return qint64(0);
    return pages.resolve(parent);
}

Result<std::unique_ptr<SiteDatabase>> Command::openSite(
    const QString &path, SiteDatabase::Mode mode, SiteDatabase::Check check)
{
    auto site = SiteSession::openDatabase(path, mode, check, UserName::current());
    if (site && !(*site)->openWarning().isEmpty())
        QTextStream(stderr) << "newsdesk: warning: " << (*site)->openWarning() << Qt::endl;
    return site;
}

Result<QString> Command::readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failure(tr("%1: the file is not valid UTF-8 text").arg(path));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

Result<QDateTime> Command::parseDate(const QString &option, const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!time.isValid())
        return failure(tr("--%1: '%2' is not a date (use 2020-11-25 or 2020-11-25T10:00:00Z)")
                           .arg(option, text));
    return time.toUTC();
}
