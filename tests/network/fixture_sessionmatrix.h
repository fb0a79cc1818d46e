#pragma once

// Shared by the session matrix tests (scrapes and releases against a portal that ends its
// sessions): the rows of the matrix and a meter of the CPU spent while the session renews.

#include "session/portalsession.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

struct PortalConfig;

namespace SessionMatrix {

// How the demo portal ends its sessions in one row of the matrix.
struct SessionEnd
{
    QString name; // "3 requests", "2 s"
    int maxRequests = 0; // PortalConfig::sessionMaxRequests
    int ttlS = 0; // PortalConfig::sessionTtlS

    void applyTo(PortalConfig &config) const;
    // The same life, stated in the profile (login.session): the client renews before it ends.
    void stateIn(SiteProfile &profile) const;
};

// After 3, 7 and 40 requests, and after 2 seconds.
QList<SessionEnd> sessionEnds();
// The concurrency limits of the matrix.
QList<int> limits();

// CPU time this process has used, in milliseconds (every thread).
qint64 processCpuMs();

// Adds up the CPU time and the wall time spent while the session is renewing, to show that
// nothing spins while it waits for the login.
class RenewalCpuMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalCpuMeter)
public:
    explicit RenewalCpuMeter(PortalSession *session);

    int renewals() const { return m_renewals; }
    qint64 cpuMs() const { return m_cpuMs; }
    qint64 wallMs() const { return m_wallMs; }

private:
    void onStateChanged(PortalSession::State state);

    int m_renewals = 0;
    qint64 m_cpuMs = 0;
    qint64 m_wallMs = 0;
    qint64 m_cpuAtStart = -1;
    QElapsedTimer m_wall;
};

} // namespace SessionMatrix
