#include "releasehandler.h"

#include "faultset.h"
#include "httpconnection.h"
#include "pagerenderer.h"
#include "portalaudit.h"
#include "portallog.h"
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

int queryInt(const HttpRequest &request, const QString &name)
{
    bool ok = false;
    const int value = request.parameter(name).toInt(&ok);
    return ok ? value : 0;
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
};

ReleaseHandler::ReleaseHandler(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_tickets(parts.tickets)
    , m_config(parts.config)
    , m_audit(parts.audit)
    , m_faults(parts.faults)
    , m_renderer(parts.renderer)
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

void ReleaseHandler::start(HttpConnection *connection, const HttpRequest &request)
{
    const PortalText &text = PortalText::forLanguage(m_config->language);
    const int id = queryInt(request, u"id"_s);
    const QString app = request.parameter(u"app"_s);
    DemoTicket *ticket = findTicket(id);
    if (!ticket) {
        m_audit->recordRefused(id, app, nowMs(), connection->serial(), u"not_found"_s, 404);
        connection->respond(HttpResponse::html(
            404, m_renderer->resultPage(false, text.releaseNotFound, m_config->user)));
        return;
    }
    if (request.parameter(u"token"_s).toLatin1() != ticket->token || app != ticket->application) {
        m_audit->recordRefused(id, app, nowMs(), connection->serial(), u"forbidden"_s, 403);
        connection->respond(HttpResponse::html(
            403, m_renderer->resultPage(false, text.releaseForbidden, m_config->user)));
        return;
    }

    PendingRelease release;
    release.ticketId = id;
    release.fault
        = m_faults->take({ PortalFault::ReleaseDropBefore, PortalFault::ReleaseLoginRedirect,
                             PortalFault::Release500, PortalFault::ReleaseGarbage,
                             PortalFault::ReleaseStall, PortalFault::ReleaseDropAfterRead },
            id);
    if (release.fault) {
        m_audit->countFault();
        qCDebug(lcDemoPortal) << "fault" << FaultSet::name(*release.fault) << "on ticket" << id;
    }
    // These two fail in front of the handler (a proxy dropping the line, a login gateway):
    // nothing is released and the call is not a release call.
    if (release.fault == PortalFault::ReleaseDropBefore) {
        m_audit->recordRefused(id, app, nowMs(), connection->serial(), u"dropped"_s, 0,
            FaultSet::name(*release.fault));
        connection->drop();
        return;
    }
    if (release.fault == PortalFault::ReleaseLoginRedirect) {
        m_audit->recordRefused(id, app, nowMs(), connection->serial(), u"login_redirect"_s, 302,
            FaultSet::name(*release.fault));
        connection->respond(HttpResponse::loginRedirect(request.target));
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
        const bool releasing = ticket->status == TicketStatus::Releasing;
        m_audit->endCall(release.callId, nowMs(), u"duplicate"_s, 409);
        connection->respond(HttpResponse::html(409,
            m_renderer->resultPage(false,
                releasing ? text.releaseInProgress : text.releaseDuplicate, m_config->user)));
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
    const PortalText &text = PortalText::forLanguage(m_config->language);
    DemoTicket *ticket
        = release.generation == m_generation ? findTicket(release.ticketId) : nullptr;
    QString result;
    QByteArray message;
    int status = 200;
    if (!ticket) {
        result = u"error"_s; // the data was regenerated under the call
        message = text.releaseServerError;
        status = 500;
    } else if (release.fault == PortalFault::Release500) {
        ticket->status = release.previousStatus;
        result = u"error"_s;
        message = text.releaseServerError;
        status = 500;
    } else if (!release.blockingDependencies.isEmpty()) {
        ticket->status = TicketStatus::Failed;
        result = u"dependency"_s;
        message = text.releaseDependency + release.blockingDependencies;
    } else if (failsByChance(release.ticketId, release.attempt)) {
        ticket->status = TicketStatus::Failed;
        result = u"failed"_s;
        message = text.failureReasons[mix(quint64(release.ticketId) + quint64(release.attempt))
            % text.failureReasons.size()];
    } else {
        ticket->status = TicketStatus::Released;
        result = u"success"_s;
        message = text.releaseOk + ": #" + QByteArray::number(ticket->id) + ' '
            + ticket->application.toUtf8() + ' ' + ticket->version.toUtf8();
    }

    const QString faultName = release.fault ? FaultSet::name(*release.fault) : QString();
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
        m_audit->endCall(release.callId, nowMs(), result, 200, faultName);
        connection->respond(HttpResponse::html(200, m_renderer->garbagePage()));
    } else {
        m_audit->endCall(release.callId, nowMs(), result, status, faultName);
        const bool success = result == "success"_L1;
        connection->respond(
            HttpResponse::html(status, m_renderer->resultPage(success, message, m_config->user)));
    }
    emit finished(release.ticketId, result);
}
