#pragma once

#include "command.h"

class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
    int positionalCount() const override { return 2; }
};
