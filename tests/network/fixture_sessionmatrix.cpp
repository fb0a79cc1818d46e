#include "fixture_sessionmatrix.h"

#include "portalconfig.h"

#include <ctime>

namespace SessionMatrix {

void SessionEnd::applyTo(PortalConfig &config) const
{
    config.sessionMaxRequests = maxRequests;
    config.sessionTtlS = ttlS;
}

void SessionEnd::stateIn(SiteProfile &profile) const
{
    profile.login.session.maxRequests = maxRequests;
    profile.login.session.maxAgeS = ttlS;
}

QList<SessionEnd> sessionEnds()
{
    return {
        { QStringLiteral("3 requests"), 3, 0 },
        { QStringLiteral("7 requests"), 7, 0 },
        { QStringLiteral("40 requests"), 40, 0 },
        { QStringLiteral("2 s"), 0, 2 },
    };
}

QList<int> limits()
{
    return { 1, 6, 10, 64 };
}

qint64 processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

RenewalCpuMeter::RenewalCpuMeter(PortalSession *session)
{
    connect(session, &PortalSession::stateChanged, this, &RenewalCpuMeter::onStateChanged);
}

void RenewalCpuMeter::onStateChanged(PortalSession::State state)
{
    if (state == PortalSession::State::Renewing) {
        m_cpuAtStart = processCpuMs();
        m_wall.start();
        return;
    }
    if (m_cpuAtStart < 0)
        return;
    ++m_renewals;
    m_cpuMs += processCpuMs() - m_cpuAtStart;
    m_wallMs += m_wall.elapsed();
    m_cpuAtStart = -1;
}

} // namespace SessionMatrix
