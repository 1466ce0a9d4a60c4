#pragma once

#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <functional>

// What an export is asked to do; shared by the exporter and its parts.
enum class ExportPhase
{
    Rendering,
    Writing,
};

struct ExportOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc(); // what "not in the future" means
    QStringList languages; // empty: all of the site's
    QString baseUrl; // overrides the site's base URL when set
    // Called on the exporting thread now and then.
    std::function<void(ExportPhase phase, int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr; // set from anywhere: stops before writing
    int threads = 0; // 0: one per core
    // Run the pre-publish check while rendering (each body is parsed once for both);
    // errors stop the export before anything is written, unless `force`.
    bool check = false;
    bool force = false;
    // Publish each image's original file as well as its copies (it keeps its metadata: GPS).
    bool withOriginals = false;

    bool cancelled() const { return cancel && cancel->load(); }
};
