#pragma once

#include "demoticket.h"
#include "httprequest.h"
#include "portalconfig.h"
#include "releaseanswers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

class FaultSet;
class HttpConnection;
class PortalAudit;
class SessionStore;

// One release request as a flavour's front read it off the wire.
struct ReleaseRequest
{
    int id = 0;
    QString app;
    bool checkApp = true; // the classic link names the application; others do not
    QByteArray token;
    bool checkToken = true; // false when the front has checked its own (single-use) token
    QByteArray sessionToken; // the session the request came with
    HttpRequest http; // for the flavour's expiry answer
};

// The release endpoint behind a valid session, the same for every flavour: checks the token,
// applies an armed release fault, marks the ticket releasing for the (jittered) release latency,
// decides the outcome (dependencies, the seeded failure rate) and records every call in the audit.
//
// The release goes through even when the client hangs up meanwhile, as on a real server; the
// answer is only written if the connection still exists.
class ReleaseHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseHandler)

public:
    // The portal's state the handler works on; all of it outlives the handler (same owner).
    struct Parts
    {
        QList<DemoTicket> *tickets;
        const PortalConfig *config;
        PortalAudit *audit;
        FaultSet *faults;
        SessionStore *sessions;
        const QElapsedTimer *clock;
    };

    explicit ReleaseHandler(const Parts &parts, QObject *parent = nullptr);

    // answers outlives the call (the fronts live as long as the portal).
    void start(HttpConnection *connection, const ReleaseRequest &request, ReleaseAnswers *answers);
    // After the data was regenerated: calls still running finish without touching the new data,
    // attempts and the jitter sequence start over.
    void reset();

signals:
    void finished(int ticketId, const QString &result);

private:
    struct PendingRelease;
    void finishRelease(HttpConnection *connection, const PendingRelease &release);
    void refuse(HttpConnection *connection, const ReleaseRequest &request,
        const ReleaseOutcome &outcome, ReleaseAnswers *answers, const QString &result);
    DemoTicket *findTicket(int id);
    int releaseLatencyMs();
    bool failsByChance(int id, int attempt) const;
    qint64 nowMs() const { return m_clock->elapsed(); }

    QList<DemoTicket> *m_tickets;
    const PortalConfig *m_config;
    PortalAudit *m_audit;
    FaultSet *m_faults;
    SessionStore *m_sessions;
    const QElapsedTimer *m_clock;
    QRandomGenerator m_jitterRandom;
    QHash<int, int> m_attempts; // release calls per ticket: the chance of failure varies by attempt
    int m_generation = 0;
};
