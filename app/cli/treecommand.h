#pragma once

#include "command.h"

class TreeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TreeCommand)

public:
    QString name() const override { return QStringLiteral("tree"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
};
