#pragma once

#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

// The one way Newsdesk's core runs work on several cores: plain threads for a bounded stretch
// of work, joined before the call returns (no pool outlives a call, nothing runs detached).
namespace Parallel {

// How many threads `count` items want: one per core at most, and no more than one per
// `perThread` items, so that small jobs stay on the calling thread. `cores` 0: all of them.
inline int threadsFor(qsizetype count, qsizetype perThread, int cores = 0)
{
    const qsizetype wanted = count / qMax<qsizetype>(1, perThread) + 1;
    const int available = cores > 0 ? cores : QThread::idealThreadCount();
    return int(qBound(qsizetype(1), qsizetype(available), wanted));
}

// Runs body(t) for every t in [0, threads): body(0) on this thread, the others on threads of
// their own; returns when all have returned.
template<class Body>
void onThreads(int threads, Body &&body)
{
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back([&body, t] { body(t); });
    body(0);
    for (std::thread &helper : helpers)
        helper.join();
}

// Runs work(i) for every i in [0, count) on all cores, this thread included: each thread takes
// the next index when it is free. No more threads than one per `perThread` items.
template<class Work>
void forEach(qsizetype count, qsizetype perThread, Work &&work)
{
    std::atomic<qsizetype> next { 0 };
    onThreads(threadsFor(count, perThread), [&](int) {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    });
}

} // namespace Parallel
