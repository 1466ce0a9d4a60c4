#pragma once

#include "command.h"

// newsdesk backup SITE OUT: a checked copy of the site; newsdesk backup SITE --list: the
// automatic backups.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    bool acceptsPositionals(qsizetype count) const override { return count == 1 || count == 2; }
    int execute(const QCommandLineParser &parser, Streams io) override;
};
