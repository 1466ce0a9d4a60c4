#pragma once

#include "command.h"

class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;
};
