#pragma once

#include "command.h"

// newsdesk xliff export SITE --lang L --out FILE [--only-outdated] [--only-missing]
//                [--format 2.0|1.2]
// newsdesk xliff import SITE FILE
class XliffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(XliffCommand)

public:
    QString name() const override { return QStringLiteral("xliff"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    bool acceptsPositionals(qsizetype count) const override { return count == 2 || count == 3; }
    int execute(const QCommandLineParser &parser, Streams io) override;

private:
    int exportFile(const QCommandLineParser &parser, Streams io);
    int importFile(const QCommandLineParser &parser, Streams io);
};
