#pragma once

#include "command.h"

// newsdesk users SITE: a team site's people, their roles and a translator's languages.
// newsdesk users SITE add NAME --role editor|translator|publisher [--lang ka]…
// newsdesk users SITE remove NAME
// Adding and removing are a publisher's: the server refuses anybody else, and its refusal is
// printed as one line. A new person's password comes from standard input (--password-stdin)
// or from the terminal without echo; it is never printed, stored or sent in clear.
class UsersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    // users SITE, or users SITE add|remove NAME.
    bool acceptsPositionals(qsizetype count) const override { return count == 1 || count == 3; }
    int execute(const QCommandLineParser &parser, Streams io) override;

private:
    int list(class PeopleRepository &people, Streams io);
    int add(class PeopleRepository &people, const QCommandLineParser &parser, Streams io);
    int remove(class PeopleRepository &people, const QString &name, Streams io);
};
