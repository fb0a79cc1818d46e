#include "release/reconciler.h"

#include "historystore.h"
#include "logging.h"
#include "planninghints.h"
#include "release/releasepreparation.h"
#include "release/releaserecheck.h"
#include "release/releasesender.h"
#include "session/portalsession.h"

#include <QCoreApplication>

namespace {
// The profile's failed words (list.failed_statuses) are matched as parts of the status:
// "上线失败" and "部署失败" are both failures.
bool looksFailed(const QString &status, const QStringList &words)
{
    for (const auto &word : words) {
        if (status.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

ReleaseState ReconcileVerdict::state() const
{
    switch (kind) {
    case Kind::Released:
        return ReleaseState::Succeeded;
    case Kind::FailedOnPortal:
        return ReleaseState::Failed;
    default:
        return ReleaseState::Unknown;
    }
}

QString ReconcileVerdict::outcomeName() const
{
    return releaseStateName(state());
}

ReconcileVerdict ReconcileVerdict::judge(
    const QString &ticketId, const ReleaseTicket *onPortal, const PlanningHints &hints)
{
    ReconcileVerdict verdict;
    verdict.ticketId = ticketId;
    if (!onPortal) {
        verdict.kind = Kind::NotFound;
        verdict.message = QCoreApplication::translate(
            "ReconcileVerdict", "not on the portal's list any more: still unknown");
        return verdict;
    }
    verdict.portalStatus = onPortal->portalStatus;
    const QString status = onPortal->portalStatus.trimmed();
    if (onPortal->pendingOnPortal) {
        verdict.kind = Kind::StillPending;
        verdict.message = QCoreApplication::translate("ReconcileVerdict",
            "the portal still shows it pending (%1): it was not "
            "released; re-send only if you decide to")
                              .arg(status);
    } else if (hints.releasedStatuses.contains(status, Qt::CaseInsensitive)) {
        verdict.kind = Kind::Released;
        verdict.message
            = QCoreApplication::translate("ReconcileVerdict", "the portal shows it released (%1)")
                  .arg(status);
    } else if (looksFailed(status, hints.failedStatuses)) {
        verdict.kind = Kind::FailedOnPortal;
        verdict.message
            = QCoreApplication::translate("ReconcileVerdict", "the portal shows it failed (%1)")
                  .arg(status);
    } else {
        verdict.kind = Kind::InProgress;
        verdict.message = QCoreApplication::translate(
            "ReconcileVerdict", "the portal shows %1: check again later")
                              .arg(status);
    }
    return verdict;
}

Reconciler::Reconciler(PortalSession *session, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
{
}

Reconciler::~Reconciler() = default;

bool Reconciler::reconcile(const QStringList &ticketIds)
{
    if (isBusy() || !m_session || ticketIds.isEmpty())
        return false;
    m_pending.clear();
    for (const auto &id : ticketIds) {
        ReconcileVerdict verdict;
        verdict.ticketId = id;
        m_pending.append(verdict);
    }
    m_resend = false;
    readPortal();
    return true;
}

bool Reconciler::reconcileInterrupted()
{
    if (isBusy() || !m_session || !m_history)
        return false;
    const auto interrupted = m_history->interruptedRequests();
    m_history->markRunsInterrupted();
    if (interrupted.isEmpty())
        return false;
    m_pending.clear();
    for (const auto &request : interrupted) {
        ReconcileVerdict verdict;
        verdict.ticketId = request.ticket;
        verdict.requestId = request.id;
        m_pending.append(verdict);
        // Unknown from now on, whatever the portal says later: the answer never came.
        m_history->recordReconciled(request.id, QStringLiteral("unknown"),
            tr("interrupted: the process ended before the answer came"));
        emit ticketUpdated(TicketUpdate::stateChange(request.ticket, ReleaseState::Unknown,
            tr("Unknown: run %1 was interrupted before the answer came").arg(request.run)));
    }
    emit logMessage(tr("%n release request(s) of an interrupted run have no answer: "
                       "checking them on the portal; nothing is re-sent",
        nullptr, int(interrupted.size())));
    m_resend = false;
    readPortal();
    return true;
}

bool Reconciler::resend(const ReleaseTicket &ticket, const QString &user)
{
    if (isBusy() || !m_session || !m_history)
        return false;
    m_pending.clear();
    m_resend = true;
    m_resendTicket = ticket;
    m_resendUser = user;
    ReconcileVerdict verdict;
    verdict.ticketId = ticket.id;
    m_pending.append(verdict);
    readPortal();
    return true;
}

void Reconciler::readPortal()
{
    m_recheck = new ReleaseRecheck(m_session, this);
    connect(m_recheck, &ReleaseRecheck::finished, this, &Reconciler::onSnapshot);
    m_recheck->start();
}

void Reconciler::onSnapshot(const PortalSnapshot &snapshot)
{
    m_recheck = nullptr; // a job: it deletes itself
    const PlanningHints &hints = m_session->profile().planning;
    for (auto &verdict : m_pending) {
        const auto it = snapshot.tickets.constFind(verdict.ticketId);
        const ReleaseTicket *onPortal = it == snapshot.tickets.cend() ? nullptr : &it.value();
        if (!onPortal && !snapshot.isComplete()) {
            verdict.kind = ReconcileVerdict::Kind::Unreadable;
            verdict.message = tr("the portal's list could not be read (%1): still unknown")
                                  .arg(snapshot.error.text());
        } else {
            const qint64 requestId = verdict.requestId;
            verdict = ReconcileVerdict::judge(verdict.ticketId, onPortal, hints);
            verdict.requestId = requestId;
        }
        if (m_history && verdict.requestId >= 0)
            m_history->recordReconciled(verdict.requestId, verdict.outcomeName(), verdict.message);
        TicketUpdate update = TicketUpdate::stateChange(verdict.ticketId, verdict.state(),
            tr("Checked on the portal: %1").arg(verdict.message));
        if (onPortal) {
            update.portalStatus = onPortal->portalStatus;
            update.pendingOnPortal = onPortal->pendingOnPortal;
        }
        if (!m_resend)
            emit ticketUpdated(update);
        emit logMessage(QStringLiteral("#%1: %2").arg(verdict.ticketId, verdict.message));
    }
    if (!m_resend) {
        emit finished(m_pending);
        return;
    }
    const ReconcileVerdict &verdict = m_pending.first();
    const auto it = snapshot.tickets.constFind(verdict.ticketId);
    const ReleaseTicket *onPortal = it == snapshot.tickets.cend() ? nullptr : &it.value();
    QString problem
        = onPortal ? ReleaseRecheck::problem(m_resendTicket, onPortal) : verdict.message;
    if (problem.isEmpty() && verdict.kind != ReconcileVerdict::Kind::StillPending)
        problem = verdict.message; // e.g. the list could not be read completely
    if (!problem.isEmpty()) {
        ReleaseResult refused;
        refused.ticketId = verdict.ticketId;
        refused.outcome = ReleaseOutcome::NotSent;
        refused.message = tr("Not re-sent: %1").arg(problem);
        emit logMessage(QStringLiteral("#%1: %2").arg(verdict.ticketId, refused.message));
        emit resendFinished(refused);
        return;
    }
    sendAgain(it.value());
}

// The request is the profile's release as a run sends it: its steps (a confirm page read
// again), the values captured at login (a CSRF header) and the row's current values (its link,
// a per-row token), under the pool's limit.
void Reconciler::sendAgain(const ReleaseTicket &onPortal)
{
    ReleaseTicket ticket = m_resendTicket;
    ticket.releaseUrl = onPortal.releaseUrl; // the page's current link and token
    for (auto it = onPortal.extra.cbegin(); it != onPortal.extra.cend(); ++it)
        ticket.extra.insert(it.key(), it.value());
    m_sending = true;
    auto *preparation = new ReleasePreparation(
        m_session, ticket, m_session->profile().politeness.releaseTimeoutMs, this);
    connect(preparation, &ReleasePreparation::finished, this,
        [this, ticket](const PreparedRelease &prepared) { sendPrepared(ticket, prepared); });
    preparation->start();
}

void Reconciler::sendPrepared(const ReleaseTicket &ticket, const PreparedRelease &prepared)
{
    const SiteProfile &profile = m_session->profile();
    delete m_sender;
    m_sender = new ReleaseSender(profile, m_session->cookieJar(), 1, this);
    m_sender->shareLimitWith(m_session->pool());
    const qint64 run = m_history->startRun(
        profile.name, profile.baseUrl, m_resendUser, QStringLiteral("resend"));
    const bool approved
        = run >= 0 && m_history->recordApproval(run, 0, m_resendUser, { ticket.id });
    const qint64 request = approved && prepared.isValid() ? m_history->recordIntent(run, ticket,
                               prepared.request.url, QString::fromLatin1(prepared.request.method))
                                                          : -1;
    if (request < 0) {
        m_sending = false;
        ReleaseResult refused;
        refused.ticketId = ticket.id;
        refused.outcome = ReleaseOutcome::NotSent;
        refused.message = tr("Not re-sent: %1")
                              .arg(prepared.isValid() ? m_history->lastError() : prepared.error);
        if (run >= 0)
            m_history->finishRun(run, QStringLiteral("stopped"));
        emit resendFinished(refused);
        return;
    }
    m_sending = true;
    emit ticketUpdated(
        TicketUpdate::stateChange(ticket.id, ReleaseState::Sending, tr("re-sent on request")));
    m_sender->send(prepared).then(this, [this, run, request](const ReleaseResult &result) {
        m_sending = false;
        m_history->recordOutcome(request, ReleaseResult::outcomeName(result.outcome),
            result.httpStatus, result.message, result.sentAt);
        m_history->finishRun(run, QStringLiteral("finished"));
        const ReleaseState state = result.outcome == ReleaseOutcome::Succeeded
            ? ReleaseState::Succeeded
            : result.outcome == ReleaseOutcome::Unknown ? ReleaseState::Unknown
                                                        : ReleaseState::Failed;
        TicketUpdate update = TicketUpdate::stateChange(result.ticketId, state, result.message);
        update.httpStatus = result.httpStatus;
        emit ticketUpdated(update);
        emit logMessage(tr("#%1 re-sent: %2").arg(result.ticketId, result.message));
        emit resendFinished(result);
    });
}
