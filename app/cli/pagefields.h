#pragma once

#include "content/page.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The page options shared by `add` and `put`: --lang, --title, --summary, --body-file,
// --status, --slug, --date. Each field is set only when its option was given.
struct PageFields
{
    Q_DECLARE_TR_FUNCTIONS(PageFields)

public:
    QString language;
    std::optional<QString> title;
    std::optional<QString> summary;
    std::optional<QString> bodyHtml;
    std::optional<PageStatus> status;
    std::optional<QString> slug;
    std::optional<QDateTime> publishAt;

    static void describe(QCommandLineParser &parser);
    // Validates values and reads the body file.
    static Result<PageFields> read(const QCommandLineParser &parser);
    bool changesText() const { return title || summary || bodyHtml; }
    bool changesPage() const { return status || slug || publishAt; }
    void applyTo(Translation &translation) const;
    void applyTo(Page &page) const;
};
