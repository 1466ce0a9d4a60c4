#pragma once

#include "command.h"

class SpellCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SpellCommand)

public:
    QString name() const override { return QStringLiteral("spell"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;

private:
    int checkSite(const QString &path, const QCommandLineParser &parser, Streams io);
    int addToSite(const QString &path, const QCommandLineParser &parser, Streams io);
    int checkFile(const QString &path, const QString &language, Streams io);
};
