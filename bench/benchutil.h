#pragma once

// Helpers shared by the benchmark drivers (issue 9). Header-only on purpose: bench/CMakeLists.txt
// makes every bench/*.cpp an executable of its own, so shared code lives in inline functions.
//
// Contract of every driver: a human summary on stderr, ONE JSON object as the last stdout line
// (bench/run.py reads it), exit code 0 only when the figures are real.

#include "session/portalsession.h"
#include "profile/siteprofile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
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
// drivers are event-driven like the app: nothing here blocks the loop.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
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
