#pragma once

#include "command.h"

// newsdesk delete SITE PAGE: moves a page with its subpages to the trash.
class DeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int positionalCount() const override { return 2; }
    int execute(const QCommandLineParser &parser, Streams io) override;
};

// newsdesk trash SITE [--restore ID] [--empty] [--json]: what is in the trash, and getting it
// back.
class TrashCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    QString name() const override { return QStringLiteral("trash"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
};
