#include "userscommand.h"

#include "store/peoplerepository.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// One line of standard input, without its line end.
QString readLine(bool echo)
{
    termios saved {};
    const bool terminal = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

} // namespace

QString UsersCommand::summary() const
{
    return tr("List a team site's people and roles; add or remove a person (publishers).");
}

QString UsersCommand::synopsis() const
{
    return QStringLiteral("SITE [add NAME --role ROLE [--lang L]… [--password-stdin] | remove "
                          "NAME]");
}

void UsersCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The team site's address."));
    parser.addPositionalArgument(QStringLiteral("add|remove"),
        tr("add: make NAME one of the site's people; remove: take NAME off the site."),
        QStringLiteral("[add|remove"));
    parser.addPositionalArgument(QStringLiteral("NAME"),
        tr("The person's PostgreSQL role (their user name)."), QStringLiteral("NAME]"));
    parser.addOption({ QStringLiteral("role"),
        tr("editor (pages and texts, no publishing), translator (texts in their languages "
           "only) or publisher (everything)."),
        tr("ROLE") });
    parser.addOption({ QStringLiteral("lang"),
        tr("A translator's language (a site language's code); repeat for several."), tr("L") });
    parser.addOption({ QStringLiteral("password-stdin"),
        tr("Read a new person's password from the first line of standard input (else it is "
           "asked on the terminal, without echo).") });
}

int UsersCommand::execute(const QCommandLineParser &parser, Streams io)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(2);
    if (!action.isEmpty() && action != u"add" && action != u"remove")
        return report(io, tr("users: '%1' is neither add nor remove").arg(action));
    if (action != u"add"
        && (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("lang"))
            || parser.isSet(QStringLiteral("password-stdin"))))
        return report(io, tr("users: --role, --lang and --password-stdin go with add"));
    auto site
        = openSite(arguments.at(1), SiteDatabase::Mode::Open, SiteDatabase::Check::HeaderOnly);
    if (!site)
        return report(io, site.failure());
    PeopleRepository people(**site);
    if (action == u"add")
        return add(people, parser, io);
    if (action == u"remove")
        return remove(people, arguments.at(3), io);
    return list(people, io);
}

int UsersCommand::list(PeopleRepository &people, Streams io)
{
    const auto list = people.people();
    if (!list)
        return report(io, list.failure());
    if (list->isEmpty()) {
        io.out << tr("No people: a site file has no roles (whoever opens it may do everything)")
               << Qt::endl;
        return Success;
    }
    for (const auto &person : *list) {
        QString line = person.name + u'\t' + Permissions::roleName(person.role);
        if (!person.languages.isEmpty())
            line += u'\t' + person.languages.join(u',');
        if (!person.displayName.isEmpty())
            line += (person.languages.isEmpty() ? QStringLiteral("\t\t") : QStringLiteral("\t"))
                + person.displayName;
        io.out << line << Qt::endl;
    }
    return Success;
}

int UsersCommand::add(PeopleRepository &people, const QCommandLineParser &parser, Streams io)
{
    PeopleRepository::NewPerson person;
    person.name = parser.positionalArguments().at(3);
    if (!parser.isSet(QStringLiteral("role")))
        return report(io, tr("users add: --role editor, translator or publisher is needed"));
    const auto role = PeopleRepository::roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return report(io,
            tr("users add: --role: '%1' is not one of editor, translator, publisher")
                .arg(parser.value(QStringLiteral("role"))));
    person.role = *role;
    for (const QString &value : parser.values(QStringLiteral("lang")))
        person.languages += value.split(u',', Qt::SkipEmptyParts);
    const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
    const auto askPassword = [&]() -> Result<QString> {
        if (fromStdin)
            return readLine(true);
        if (!isatty(STDIN_FILENO))
            return failure(tr("users add: %1 is new to the server and needs a password: give "
                              "it on standard input with --password-stdin, or run in a terminal")
                               .arg(person.name));
        io.err << tr("Password for %1: ").arg(person.name) << Qt::flush;
        QString first = readLine(false);
        io.err << tr("Again: ") << Qt::flush;
        QString second = readLine(false);
        const bool same = first == second;
        second.fill(u'\0');
        if (!same) {
            first.fill(u'\0');
            return failure(tr("users add: the two passwords differ; nothing was changed"));
        }
        return first;
    };
    const auto added = people.add(person, askPassword);
    if (!added)
        return report(io, added.failure());
    const QString as = person.languages.isEmpty()
        ? Permissions::roleName(person.role)
        : tr("%1 for %2").arg(Permissions::roleName(person.role), person.languages.join(u','));
    io.out << (added->created
            ? tr("Added %1 as %2 (a new role on the server)").arg(person.name, as)
            : tr("Added %1 as %2 (a role the server had: its password is unchanged)")
                  .arg(person.name, as))
           << Qt::endl;
    return Success;
}

int UsersCommand::remove(PeopleRepository &people, const QString &name, Streams io)
{
    const auto removed = people.remove(name);
    if (!removed)
        return report(io, removed.failure());
    io.out << (removed->dropped ? tr("Removed %1: the role is dropped (it belonged to no other "
                                     "database), so it cannot connect any more")
                                      .arg(name)
                                : tr("Removed %1 from this site: it may no longer connect to "
                                     "the site's database; the role stays for the other "
                                     "databases that let it in")
                                      .arg(name))
           << Qt::endl;
    if (removed->sessionsEnded > 0)
        io.out << tr("Ended %n open session(s) of %1", nullptr, removed->sessionsEnded).arg(name)
               << Qt::endl;
    return Success;
}
