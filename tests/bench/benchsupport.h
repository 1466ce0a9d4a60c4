#pragma once

// Helpers for the benchmarks: percentiles and peak memory. Benchmarks print figures and
// assert nothing about time.

#include <QList>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace Bench {

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size()));
    return samples[index];
}

inline long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

inline void print(const QString &what, const QList<double> &milliseconds)
{
    QTextStream(stdout) << QStringLiteral("%1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 runs)\n")
                               .arg(what)
                               .arg(percentile(milliseconds, 0.50), 0, 'f', 1)
                               .arg(percentile(milliseconds, 0.95), 0, 'f', 1)
                               .arg(percentile(milliseconds, 1.0), 0, 'f', 1)
                               .arg(milliseconds.size());
}

} // namespace Bench
