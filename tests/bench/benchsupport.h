#pragma once

// Helpers for the benchmarks: percentiles and peak memory. Benchmarks print figures and
// assert nothing about time.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace Bench {

// Settings and data (backups, dictionaries) in a folder of the benchmark's own, removed at the
// end: a benchmark never touches the user's. Made before the application object.
class PrivateHome
{
public:
    PrivateHome()
    {
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    }

private:
    QTemporaryDir m_home;
};

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

// Waits in the event loop (never sleeping, so nothing is rounded up to a polling step) for a
// paint event of the watched widget.
class PaintWatch : public QObject
{
public:
    bool painted = false;

    bool wait(int timeoutMs = 1000)
    {
        if (painted)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return painted;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
            if (m_loop)
                m_loop->quit();
        }
        return false;
    }

private:
    QEventLoop *m_loop = nullptr;
};

// One run of a command in a child process: its wall time, its own peak RSS and its output. A
// failing command ends the bench with its output.
struct ChildRun
{
    double seconds = 0;
    long peakKb = 0;
    QString output;
};

// A running process's peak RSS so far (VmHWM), in KB; 0 when it cannot be read.
inline long processPeakKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

inline ChildRun runChild(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForStarted();
    const qint64 pid = process.processId();
    // Its own peak, read while it runs (QProcess reaps it, so wait4 cannot tell afterwards,
    // and the peak of all children would count the bench's other commands and their
    // children): the last reading is at most 20 ms before its end.
    ChildRun run;
    while (!process.waitForFinished(20))
        run.peakKb = std::max(run.peakKb, processPeakKb(pid));
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
            qPrintable(run.output));
    return run;
}

#ifdef NEWSDESK_CLUSTER_SCRIPT
// The PostgreSQL server a benchmark uses: the test cluster named by NEWSDESK_TEST_POSTGRES_HOST
// (its socket folder, as CTest passes it to the tests), or else a throw-away cluster of its own
// (/tmp/newsdesk-bench-NAME-PID, tests/postgres/cluster.sh), started here and stopped when
// this object goes.
class ServerForBench
{
public:
    explicit ServerForBench(const QString &name)
    {
        if (!qEnvironmentVariableIsEmpty("NEWSDESK_TEST_POSTGRES_HOST"))
            return;
        m_ownCluster = QStringLiteral("/tmp/newsdesk-bench-%1-%2")
                           .arg(name)
                           .arg(QCoreApplication::applicationPid());
        if (!cluster(QStringLiteral("start")))
            qFatal("cannot start a PostgreSQL cluster with %s", NEWSDESK_CLUSTER_SCRIPT);
        qputenv("NEWSDESK_TEST_POSTGRES_HOST", m_ownCluster.toLocal8Bit());
    }
    ~ServerForBench()
    {
        if (!m_ownCluster.isEmpty())
            cluster(QStringLiteral("stop"));
    }
    ServerForBench(const ServerForBench &) = delete;
    ServerForBench &operator=(const ServerForBench &) = delete;

private:
    bool cluster(const QString &action) const
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral(NEWSDESK_CLUSTER_SCRIPT), { action, m_ownCluster });
        return script.waitForFinished(180000) && script.exitStatus() == QProcess::NormalExit
            && script.exitCode() == 0;
    }

    QString m_ownCluster;
};
#endif

} // namespace Bench
