#pragma once

#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

namespace Parallel {

// Runs work(i) for every i in [0, count) on all cores, this thread included: each thread takes
// the next index when it is free. No more threads than one per `perThread` items, so that small
// jobs stay on this thread.
template<class Work>
void forEach(qsizetype count, qsizetype perThread, Work &&work)
{
    std::atomic<qsizetype> next { 0 };
    const auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    const qsizetype wanted = count / qMax<qsizetype>(1, perThread) + 1;
    const int threads = int(qBound(qsizetype(1), qsizetype(QThread::idealThreadCount()), wanted));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace Parallel
