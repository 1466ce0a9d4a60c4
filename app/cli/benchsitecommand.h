#pragma once

#include "command.h"

class BenchSiteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchSiteCommand)

public:
    QString name() const override { return QStringLiteral("bench-site"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
};
