#pragma once

// Helpers shared by the benchmark drivers. Header-only on purpose: bench/CMakeLists.txt
// makes every bench/*.cpp an executable of its own, so shared code lives in inline functions.
//
// Contract of every driver: a human summary on stderr, ONE JSON object as the last stdout line
// (bench/run.py reads it), exit code 0 only when the figures are real.

#include "session/portalsession.h"
#include "profile/siteprofile.h"
#include "releaseticket.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

namespace bench {

// User + system CPU of the whole process (every thread: QtConcurrent's parsing included).
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Time every thread of this process spent on a CPU or runnable and waiting for one (Linux
// /proc/self/task/*/schedstat, nanoseconds). Unlike CPU time this does not shrink when other
// processes take the cores: a thread that spins is runnable all the time, whatever the load.
inline double runnableSeconds()
{
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task) + QStringLiteral("/schedstat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        if (fields.size() >= 2)
            total += double(fields[0].toLongLong() + fields[1].toLongLong()) / 1e9;
    }
    return total;
}

inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// The one stdout line run.py parses; everything else goes to stderr.
inline void printResult(const QJsonObject &result)
{
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

inline void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

// Runs the event loop until done() is true or the deadline passes; false on timeout. The
// drivers are event-driven like the app: nothing here blocks the loop, and nothing polls. done()
// is checked each time the event dispatcher is about to sleep (after it has delivered what was
// pending), so the wait costs no CPU while nothing happens and adds no latency when the last
// event sets the condition. An earlier version called processEvents(WaitForMoreEvents, 50) in a
// loop: that overload never sleeps, so the drivers spun at 100 % of a core and charged it to
// every CPU figure.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return !timedOut || done();
}

// The wait the drivers used before, kept only so the idle guard can be shown to catch it
// (`--idle-probe --spin`): processEvents(WaitForMoreEvents, maxtime) returns without sleeping.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The idle guard's probe. A driver started with --idle-probe waits for a second with nothing to
// do, through the same wait it uses for real work, and reports the CPU it used meanwhile (every
// thread). bench/run.py marks a run's figures INVALID when this exceeds its limit: a driver
// that burns a core while waiting charges that to every figure it measures. Call it once the
// application object (and whatever the driver keeps running while it waits) exists; returns
// true when the probe ran, and the driver should then exit with 0.
inline bool idleProbe(int idleMs = 1000)
{
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.contains(QStringLiteral("--idle-probe")))
        return false;
    const bool spin = arguments.contains(QStringLiteral("--spin"));
    const double cpuStart = cpuSeconds();
    const double runnableStart = runnableSeconds();
    QElapsedTimer wall;
    wall.start();
    if (spin)
        spinUntil([] { return false; }, idleMs);
    else
        waitUntil([] { return false; }, idleMs);
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuS = cpuSeconds() - cpuStart;
    const double runnableS = runnableSeconds() - runnableStart;
    say(QStringLiteral("idle probe%1: %2 s CPU (%3 s runnable) in %4 s idle (%5 % of a core)")
            .arg(spin ? QStringLiteral(" (spinning on purpose)") : QString())
            .arg(cpuS, 0, 'f', 3)
            .arg(runnableS, 0, 'f', 3)
            .arg(wallS, 0, 'f', 3)
            .arg(100.0 * cpuS / wallS, 0, 'f', 1));
    printResult({
        { QStringLiteral("idle_probe"), true },
        { QStringLiteral("spin"), spin },
        { QStringLiteral("idle_wall_s"), wallS },
        { QStringLiteral("idle_cpu_s"), cpuS },
        { QStringLiteral("idle_core_share"), cpuS / wallS },
        { QStringLiteral("idle_runnable_s"), runnableS },
        { QStringLiteral("idle_runnable_share"), runnableS / wallS },
    });
    return true;
}

// The embedded demo profile pointed at a portal, with the concurrency limit under test.
inline SiteProfile demoProfile(const QUrl &baseUrl, int concurrency, const QString &name = {})
{
    ProfileError error;
    std::optional<SiteProfile> profile
        = SiteProfile::load(name.isEmpty() ? QStringLiteral("demo") : name, &error);
    if (!profile) {
        say(error.text());
        std::exit(2);
    }
    profile->setBaseUrl(baseUrl);
    if (concurrency > 0)
        profile->setConcurrency(concurrency);
    return *profile;
}

// Logs the session in with the demo portal's default credentials; exits on failure, since no
// figure measured without a session would mean anything.
inline void loginOrExit(PortalSession &session)
{
    bool finished = false;
    PortalError outcome;
    QObject::connect(
        &session, &PortalSession::loginFinished, &session, [&](const PortalError &error) {
            outcome = error;
            finished = true;
        });
    session.login(QStringLiteral("demo"), QStringLiteral("demo"));
    if (!waitUntil([&] { return finished; }, 60000) || outcome.isError()) {
        say(QStringLiteral("login failed: %1")
                .arg(finished ? outcome.text() : QStringLiteral("timeout")));
        std::exit(3);
    }
}

// Fingerprint of the rows a client read, the same as reference/common.py's digest(): bench/run
// compares it between clients and with the portal's own list, so "same rows" means the same
// fields, not only the same count.
inline QString ticketDigest(const QList<ReleaseTicket> &tickets)
{
    std::vector<std::pair<qlonglong, QString>> lines;
    lines.reserve(size_t(tickets.size()));
    for (const ReleaseTicket &t : tickets) {
        const QStringList fields { t.id, t.application, t.version, t.environment, t.submitter,
            t.dependencies.join(QLatin1Char(',')),
            t.concurrent ? QStringLiteral("1") : QStringLiteral("0") };
        lines.emplace_back(t.id.toLongLong(), fields.join(QLatin1Char('\t')));
    }
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &line : lines) {
        hash.addData(line.second.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// Percentile by nearest rank over a copy (0 for no samples).
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

} // namespace bench
