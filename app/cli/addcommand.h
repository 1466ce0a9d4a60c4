#pragma once

#include "command.h"

class AddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
};
