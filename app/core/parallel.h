#pragma once

#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
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

// How forEachReporting() hands out the items.
enum class Order
{
    Next, // each thread takes the next free item: even work for uneven items
    Stretches, // each thread takes a stretch of neighbours of its own (files of one folder)
};

// Runs work(thread, i) for every i in [0, count) on `threads` threads, this one included, as
// `order` hands them out; work returns false to stop (the others stop before their next
// item). This thread calls progress(done) every `step` items done on any thread, also while
// it waits for the others, and never for the last item (the caller reports the end).
// False when work stopped.
template<class Work, class Progress>
bool forEachReporting(
    qsizetype count, int threads, Order order, qsizetype step, Work &&work, Progress &&progress)
{
    std::atomic<qsizetype> next { 0 };
    std::atomic<qsizetype> done { 0 };
    std::atomic_bool stop { false };
    std::mutex mutex;
    std::condition_variable progressed;
    int running = threads; // under the mutex
    qsizetype shown = 0; // this thread's
    const auto report = [&](qsizetype finished) {
        shown = finished;
        if (finished < count)
            progress(finished);
    };
    onThreads(threads, [&](int thread) {
        const bool reports = thread == 0;
        const auto item = [&](qsizetype i) {
            if (!work(thread, i)) {
                stop = true;
                return false;
            }
            const qsizetype finished = ++done;
            if (reports && finished >= shown + step) {
                report(finished);
            } else if (!reports && finished % step == 0) {
                {
                    const std::lock_guard<std::mutex> lock(mutex);
                } // a waiter checks or sleeps
                progressed.notify_one();
            }
            return true;
        };
        if (order == Order::Next) {
            for (qsizetype i = next++; i < count && !stop && item(i); i = next++) { }
        } else {
            const qsizetype end = count * (thread + 1) / threads;
            for (qsizetype i = count * thread / threads; i < end && !stop && item(i); ++i) { }
        }
        std::unique_lock<std::mutex> lock(mutex);
        --running;
        if (!reports) {
            lock.unlock();
            progressed.notify_one();
            return;
        }
        while (running > 0) {
            progressed.wait(lock, [&] { return running == 0 || done >= shown + step; });
            if (done >= shown + step) {
                const qsizetype finished = done;
                lock.unlock();
                report(finished);
                lock.lock();
            }
        }
    });
    return !stop;
}

} // namespace Parallel
