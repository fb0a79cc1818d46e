#include "releasehandler.h"

#include "faultset.h"
#include "httpconnection.h"
#include "portalaudit.h"
#include "portallog.h"
#include "sessionstore.h"
#include "ticketgenerator.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// splitmix64: a stable, well-mixed hash so a seed decides the same failures on every platform.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

struct ReleaseHandler::PendingRelease
{
    int callId = 0;
    int ticketId = 0;
    int attempt = 0;
    int generation = 0;
    TicketStatus previousStatus = TicketStatus::Pending;
    QByteArray blockingDependencies; // readable, empty when every dependency is released
    std::optional<PortalFault> fault;
    ReleaseRequest request;
    ReleaseAnswers *answers = nullptr;
};

ReleaseHandler::ReleaseHandler(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_tickets(parts.tickets)
    , m_config(parts.config)
    , m_audit(parts.audit)
    , m_faults(parts.faults)
    , m_sessions(parts.sessions)
    , m_clock(parts.clock)
    , m_jitterRandom(parts.config->seed)
{
}

void ReleaseHandler::reset()
{
    m_attempts.clear();
    m_jitterRandom.seed(m_config->seed);
    ++m_generation;
}

DemoTicket *ReleaseHandler::findTicket(int id)
{
    const qsizetype index = qsizetype(id) - TicketGenerator::firstId;
    return index >= 0 && index < m_tickets->size() ? &(*m_tickets)[index] : nullptr;
}

int ReleaseHandler::releaseLatencyMs()
{
    const int latency = m_config->effectiveReleaseLatencyMs();
    if (latency <= 0 || m_config->jitter <= 0)
        return latency;
    const double factor = 1.0 + m_config->jitter * (2.0 * m_jitterRandom.generateDouble() - 1.0);
    return qMax(0, int(latency * factor + 0.5));
}

bool ReleaseHandler::failsByChance(int id, int attempt) const
{
    if (m_config->failRate <= 0)
        return false;
    const quint64 hash = mix(mix(m_config->seed) ^ (quint64(id) << 20) ^ quint64(attempt));
    return double(hash >> 11) * 0x1.0p-53 < m_config->failRate;
}

void ReleaseHandler::refuse(HttpConnection *connection, const ReleaseRequest &request,
    const ReleaseOutcome &outcome, ReleaseAnswers *answers, const QString &result)
{
    const HttpResponse response = answers->releaseAnswer(outcome);
    m_audit->recordRefused(
        request.id, request.app, nowMs(), connection->serial(), result, response.status);
    connection->respond(response);
}

void ReleaseHandler::start(
    HttpConnection *connection, const ReleaseRequest &request, ReleaseAnswers *answers)
{
    const int id = request.id;
    DemoTicket *ticket = findTicket(id);
    ReleaseOutcome outcome;
    outcome.ticketId = id;
    outcome.ticket = ticket;
    if (!ticket) {
        outcome.kind = ReleaseOutcome::Kind::NotFound;
        refuse(connection, request, outcome, answers, u"not_found"_s);
        return;
    }
    if ((request.checkToken && request.token != ticket->token)
        || (request.checkApp && request.app != ticket->application)) {
        outcome.kind = ReleaseOutcome::Kind::Forbidden;
        refuse(connection, request, outcome, answers, u"forbidden"_s);
        return;
    }
    // A deployment queue that is full turns calls away before acting, like a gateway would.
    if (m_config->maxReleaseInFlight > 0 && m_audit->openCalls() >= m_config->maxReleaseInFlight) {
        outcome.kind = ReleaseOutcome::Kind::Busy;
        refuse(connection, request, outcome, answers, u"busy"_s);
        return;
    }

    PendingRelease release;
    release.ticketId = id;
    release.request = request;
    release.answers = answers;
    release.fault = m_faults->take(
        { PortalFault::ReleaseDropBefore, PortalFault::ReleaseLoginRedirect,
            PortalFault::Release500, PortalFault::ReleaseGarbage, PortalFault::ReleaseStall,
            PortalFault::ReleaseDropAfterRead, PortalFault::ReleaseActThenLoginRedirect },
        id);
    if (release.fault) {
        m_audit->countFault();
        qCDebug(lcDemoPortal) << "fault" << FaultSet::name(*release.fault) << "on ticket" << id;
    }
    // These two fail in front of the handler (a proxy dropping the line, a login gateway):
    // nothing is released and the call is not a release call.
    if (release.fault == PortalFault::ReleaseDropBefore) {
        m_audit->recordRefused(id, request.app, nowMs(), connection->serial(), u"dropped"_s, 0,
            FaultSet::name(*release.fault));
        connection->drop();
        return;
    }
    if (release.fault == PortalFault::ReleaseLoginRedirect) {
        const HttpResponse response = answers->expiredAnswer(request.http);
        m_audit->recordRefused(id, request.app, nowMs(), connection->serial(), u"login_redirect"_s,
            response.status, FaultSet::name(*release.fault));
        connection->respond(response);
        return;
    }

    QStringList blocking;
    for (int dependency : std::as_const(ticket->dependsOn)) {
        const DemoTicket *needed = findTicket(dependency);
        if (needed && needed->status != TicketStatus::Released)
            blocking.append(u"#%1 was %2"_s.arg(dependency).arg(ticketStatusCode(needed->status)));
    }
    const bool duplicate
        = ticket->status == TicketStatus::Released || ticket->status == TicketStatus::Releasing;
    release.callId = m_audit->beginCall(
        *ticket, duplicate ? QStringList {} : blocking, nowMs(), connection->serial());
    if (duplicate) {
        outcome.kind = ticket->status == TicketStatus::Releasing ? ReleaseOutcome::Kind::InProgress
                                                                 : ReleaseOutcome::Kind::Duplicate;
        const HttpResponse response = answers->releaseAnswer(outcome);
        m_audit->endCall(release.callId, nowMs(), u"duplicate"_s, response.status);
        connection->respond(response);
        emit finished(id, u"duplicate"_s);
        return;
    }
    for (int dependency : std::as_const(ticket->dependsOn)) {
        const DemoTicket *needed = findTicket(dependency);
        if (needed && needed->status != TicketStatus::Released)
            release.blockingDependencies += (release.blockingDependencies.isEmpty() ? "#" : ", #")
                + QByteArray::number(dependency);
    }
    release.previousStatus = ticket->status;
    release.attempt = ++m_attempts[id];
    release.generation = m_generation;
    ticket->status = TicketStatus::Releasing;

    // The portal is the context, not the connection: the release goes through even when the
    // client hangs up, as on a real server; the guard only decides whether anyone gets told.
    QPointer<HttpConnection> client(connection);
    const int latency = releaseLatencyMs();
    if (latency <= 0) {
        finishRelease(connection, release);
        return;
    }
    QTimer::singleShot(latency, Qt::PreciseTimer, this,
        [this, client, release] { finishRelease(client.data(), release); });
}

void ReleaseHandler::finishRelease(HttpConnection *connection, const PendingRelease &release)
{
    DemoTicket *ticket
        = release.generation == m_generation ? findTicket(release.ticketId) : nullptr;
    ReleaseOutcome outcome;
    outcome.ticketId = release.ticketId;
    outcome.ticket = ticket;
    QString result;
    if (!ticket) {
        result = u"error"_s; // the data was regenerated under the call
        outcome.kind = ReleaseOutcome::Kind::ServerError;
    } else if (release.fault == PortalFault::Release500) {
        ticket->status = release.previousStatus;
        result = u"error"_s;
        outcome.kind = ReleaseOutcome::Kind::ServerError;
    } else if (!release.blockingDependencies.isEmpty()) {
        ticket->status = TicketStatus::Failed;
        result = u"dependency"_s;
        outcome.kind = ReleaseOutcome::Kind::Dependency;
        outcome.blocking = release.blockingDependencies;
    } else if (failsByChance(release.ticketId, release.attempt)) {
        ticket->status = TicketStatus::Failed;
        result = u"failed"_s;
        outcome.kind = ReleaseOutcome::Kind::Failed;
        outcome.reasonIndex = int(mix(quint64(release.ticketId) + quint64(release.attempt)) % 5);
    } else {
        ticket->status = TicketStatus::Released;
        result = u"success"_s;
        outcome.kind = ReleaseOutcome::Kind::Success;
    }

    const QString faultName = release.fault ? FaultSet::name(*release.fault) : QString();
    if (release.fault == PortalFault::ReleaseActThenLoginRedirect) {
        // The handler acted before anyone looked at the session, which had run out meanwhile:
        // the session is gone, and the answer is the one a dead session gets.
        m_sessions->remove(release.request.sessionToken);
    }
    if (!connection) {
        m_audit->endCall(
            release.callId, nowMs(), result, 0, faultName.isEmpty() ? u"client-gone"_s : faultName);
    } else if (release.fault == PortalFault::ReleaseDropAfterRead) {
        m_audit->endCall(release.callId, nowMs(), result, 0, faultName);
        connection->drop();
    } else if (release.fault == PortalFault::ReleaseStall) {
        m_audit->endCall(
            release.callId, nowMs(), result, 0, faultName); // and the socket stays open
    } else if (release.fault == PortalFault::ReleaseGarbage) {
        const HttpResponse response = release.answers->garbageReleaseAnswer();
        m_audit->endCall(release.callId, nowMs(), result, response.status, faultName);
        connection->respond(response);
    } else if (release.fault == PortalFault::ReleaseActThenLoginRedirect) {
        const HttpResponse response = release.answers->expiredAnswer(release.request.http);
        m_audit->endCall(release.callId, nowMs(), result, response.status, faultName);
        connection->respond(response);
    } else {
        const HttpResponse response = release.answers->releaseAnswer(outcome);
        m_audit->endCall(release.callId, nowMs(), result, response.status, faultName);
        connection->respond(response);
    }
    emit finished(release.ticketId, result);
}
