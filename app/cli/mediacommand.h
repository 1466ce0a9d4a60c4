#pragma once

#include "command.h"

// newsdesk media SITE [--json]: every image of the site with its size, words and uses;
// media SITE add FILE [--alt-en T …] prints the new image's id; media SITE set ID […] changes
// an image's words, focal point or file; media SITE remove ID deletes an image no page shows.
class MediaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MediaCommand)

public:
    QString name() const override { return QStringLiteral("media"); }
    QString summary() const override;

protected:
    QString synopsis() const override;
    void describe(QCommandLineParser &parser) const override;
    bool acceptsPositionals(qsizetype count) const override { return count == 1 || count == 3; }
    int execute(const QCommandLineParser &parser, Streams io) override;

private:
    static int list(SiteDatabase &db, bool json, Streams io);
};
