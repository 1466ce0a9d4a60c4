#pragma once

#include "command.h"

// newsdesk history SITE PAGE [--lang L] [--json]: the revisions of a page's text.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int positionalCount() const override { return 2; }
    int execute(const QCommandLineParser &parser, Streams io) override;
};

// newsdesk restore SITE PAGE [--lang L] --revision N: brings an older text back.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int positionalCount() const override { return 2; }
    int execute(const QCommandLineParser &parser, Streams io) override;
};
