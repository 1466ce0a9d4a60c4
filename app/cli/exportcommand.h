#pragma once

#include "command.h"

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, Streams io) override;

public:
    // --lang and --base-url, as export and check take them.
    static Result<QStringList> readLanguages(const QCommandLineParser &parser, SiteDatabase &site);
    static Result<QString> readBaseUrl(const QCommandLineParser &parser);
};
