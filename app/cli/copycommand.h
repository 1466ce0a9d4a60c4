#pragma once

#include "command.h"

// newsdesk copy SRC DST: a whole site into a new file or an empty database (a site file to a
// team site's server and back), checked table by table before it is kept.
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int positionalCount() const override { return 2; }
    int execute(const QCommandLineParser &parser, Streams io) override;
};
