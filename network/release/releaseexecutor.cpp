#include "release/releaseexecutor.h"

#include "historystore.h"
#include "logging.h"
#include "planner.h"
#include "session/portalsession.h"
#include "release/releasepreparation.h"
#include "release/releaserecheck.h"
#include "release/releasesender.h"

ReleaseExecutor::ReleaseExecutor(PortalSession *session, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
{
    m_intervalTimer.setSingleShot(true);
    m_intervalTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early
    connect(&m_intervalTimer, &QTimer::timeout, this, &ReleaseExecutor::pump);
    if (session) {
        m_options.concurrency = session->profile().politeness.concurrency;
        m_options.minIntervalMs = session->profile().politeness.minIntervalMs;
        m_options.releaseTimeoutMs = session->profile().politeness.releaseTimeoutMs;
        m_options.profileName = session->profile().name;
    }
}

ReleaseExecutor::~ReleaseExecutor() = default;

void ReleaseExecutor::setOptions(const ReleaseOptions &options)
{
    if (!m_running)
        m_options = options;
}

void ReleaseExecutor::log(const QString &message)
{
    qCInfo(lcRelease).noquote() << redactSecrets(message);
    emit logMessage(message);
}

bool ReleaseExecutor::start(const ReleasePlan &plan, const QList<ReleaseTicket> &tickets)
{
    if (m_running || !m_session)
        return false;
    m_tickets.clear();
    for (const auto &ticket : tickets)
        m_tickets.insert(ticket.id, ticket);
    m_batches.clear();
    m_inRun.clear();
    m_summary = {};
    for (int i = 0; i < plan.batches.size(); ++i) {
        const PlanBatch &batch = plan.batches.at(i);
        // The one rule that makes approval mean something: nothing else is ever queued.
        if (!batch.approved)
            continue;
        Batch run;
        run.planIndex = i;
        run.plan = batch;
        for (const auto &id : batch.ticketIds) {
            if (m_inRun.contains(id) || !m_tickets.contains(id))
                continue; // a ticket twice, or one we know nothing of, is never sent
            run.queue.push_back(id);
            m_inRun.insert(id);
        }
        m_batches.append(run);
    }
    if (m_batches.isEmpty()) {
        m_summary.error = QStringLiteral("no approved batch to release");
        return false;
    }
    m_runId = m_history->startRun(m_options.profileName, m_session->profile().baseUrl,
        m_options.user, failurePolicyName(m_options.failurePolicy));
    if (m_runId < 0) {
        m_summary.error = m_history->lastError();
        log(QStringLiteral("Cannot start: %1").arg(m_summary.error));
        return false;
    }
    for (const auto &batch : std::as_const(m_batches)) {
        m_history->recordApproval(m_runId, batch.planIndex, batch.plan.approvedBy,
            batch.plan.ticketIds, batch.plan.approvedAt);
    }
    delete m_sender;
    m_sender = new ReleaseSender(
        m_session->profile(), m_session->cookieJar(), qMax(1, m_options.concurrency), this);
    m_sender->setTimeout(m_options.releaseTimeoutMs);
    m_summary.runId = m_runId;
    m_summary.total = int(m_inRun.size());
    m_current = -1;
    m_inFlight = 0;
    m_done = 0;
    m_inFlightKeys.clear();
    m_nonConcurrentInFlight = false;
    m_running = true;
    m_paused = m_cancelled = m_stopping = m_stopAfterBatch = false;
    m_stopReason.clear();
    m_sinceLastStart.invalidate();
    m_clock.start();
    m_settled.clear();
    m_batchScheduled = false;
    log(QStringLiteral("Run %1: %2 tickets in %3 approved batches, limit %4, policy %5")
            .arg(m_runId)
            .arg(m_summary.total)
            .arg(m_batches.size())
            .arg(m_options.concurrency)
            .arg(failurePolicyName(m_options.failurePolicy)));
    emit progress(0, m_summary.total, 0);
    // From the event loop: the caller connects to finished() after start() returns.
    m_batchScheduled = true;
    QMetaObject::invokeMethod(this, &ReleaseExecutor::startNextBatch, Qt::QueuedConnection);
    return true;
}

void ReleaseExecutor::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    log(QStringLiteral("Paused: no new release requests; %1 in flight finish").arg(m_inFlight));
}

void ReleaseExecutor::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    log(QStringLiteral("Resumed"));
    if (m_current >= 0 && !m_recheck)
        pump();
}

void ReleaseExecutor::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_paused = false;
    log(QStringLiteral("Cancelled: %1 in flight finish, nothing else is sent").arg(m_inFlight));
    if (m_recheck) {
        m_recheck->cancel();
        m_recheck->deleteLater();
        m_recheck = nullptr;
    }
    skipRemaining(QStringLiteral("cancelled"));
    maybeFinish();
}

void ReleaseExecutor::startNextBatch()
{
    m_batchScheduled = false;
    if (!m_running)
        return;
    if (m_stopAfterBatch && !m_stopping) {
        m_stopping = true;
        m_summary.stopped = true;
    }
    if (m_cancelled || m_stopping || m_current + 1 >= m_batches.size()) {
        skipRemaining(m_cancelled ? QStringLiteral("cancelled") : m_stopReason);
        maybeFinish();
        return;
    }
    ++m_current;
    Batch &batch = m_batches[m_current];
    emit batchStarted(batch.planIndex);
    emit batchProgress(batch.planIndex, 0, int(batch.queue.size()));
    for (const auto &id : batch.queue) {
        const ReleaseState state = m_tickets.value(id).state;
        if (!isFinalState(state) || state == ReleaseState::Skipped)
            settle(id, ReleaseState::Queued, {});
    }
    if (!m_options.recheck) {
        runBatch();
        return;
    }
    log(QStringLiteral("Batch %1: re-checking the portal before release").arg(batch.planIndex + 1));
    m_recheck = new ReleaseRecheck(m_session, this);
    connect(m_recheck, &ReleaseRecheck::finished, this, &ReleaseExecutor::onRechecked);
    m_recheck->start();
}

void ReleaseExecutor::onRechecked(const PortalSnapshot &snapshot)
{
    m_recheck->deleteLater();
    m_recheck = nullptr;
    if (!m_running || m_cancelled)
        return;
    if (!snapshot.isComplete()) {
        // Releasing without knowing the portal's state is what the re-check exists to prevent.
        QString error = snapshot.error.isError() ? snapshot.error.text()
                                                 : snapshot.pageErrors.join(QStringLiteral("; "));
        stopNewReleases(QStringLiteral("the re-check could not read the portal: ") + error);
        startNextBatch();
        return;
    }
    Batch &batch = m_batches[m_current];
    std::deque<QString> keep;
    for (const auto &id : batch.queue) {
        ReleaseTicket &ticket = m_tickets[id];
        const auto it = snapshot.tickets.constFind(id);
        const ReleaseTicket *onPortal = it == snapshot.tickets.cend() ? nullptr : &it.value();
        const QString problem = ReleaseRecheck::problem(ticket, onPortal);
        if (!problem.isEmpty()) {
            if (onPortal) {
                TicketUpdate update;
                update.id = id;
                update.portalStatus = onPortal->portalStatus;
                update.pendingOnPortal = onPortal->pendingOnPortal;
                emit ticketUpdated(update);
            }
            settle(id, ReleaseState::Skipped, QStringLiteral("Not sent: ") + problem);
            m_history->recordSkipped(m_runId, ticket, problem);
            continue;
        }
        // The token can only be taken from the page: use the link as it is now.
        ticket.releaseUrl = onPortal->releaseUrl;
        keep.push_back(id);
    }
    batch.queue = std::move(keep);
    runBatch();
}

void ReleaseExecutor::runBatch()
{
    const Batch &batch = m_batches.at(m_current);
    log(QStringLiteral("Batch %1 (%2): %3 tickets")
            .arg(batch.planIndex + 1)
            .arg(PlanBatch::kindName(batch.plan.kind))
            .arg(batch.queue.size()));
    pump();
}

bool ReleaseExecutor::mayStart(const QString &id) const
{
    const ReleaseTicket &ticket = *m_tickets.constFind(id);
    const PlanningHints &hints = m_session->profile().planning;
    if (Planner::isNonConcurrent(ticket, hints))
        return m_inFlight == 0;
    const QString key = Planner::conflictKeyOf(ticket, hints);
    if (key.isEmpty())
        return true;
    for (const auto &other : m_inFlightKeys) {
        if (other == key)
            return false;
    }
    return true;
}

void ReleaseExecutor::pump()
{
    if (!m_running || m_paused || m_relogging || m_current < 0 || m_current >= m_batches.size()
        || m_recheck)
        return;
    Batch &batch = m_batches[m_current];
    const int limit
        = batch.plan.kind == PlanBatch::Kind::Serial ? 1 : qMax(1, m_options.concurrency);
    while (!m_stopping && !m_cancelled && !m_paused && m_inFlight < limit && !batch.queue.empty()
        && !m_nonConcurrentInFlight) {
        if (m_options.minIntervalMs > 0 && m_sinceLastStart.isValid()
            && m_sinceLastStart.elapsed() < m_options.minIntervalMs) {
            m_intervalTimer.start(int(m_options.minIntervalMs - m_sinceLastStart.elapsed()));
            return;
        }
        // The first ticket that may go now: in a parallel batch one waiting for its conflict
        // key to clear lets the others past; a serial batch keeps its order.
        auto pick = batch.queue.end();
        for (auto it = batch.queue.begin(); it != batch.queue.end(); ++it) {
            if (mayStart(*it)) {
                pick = it;
                break;
            }
            if (batch.plan.kind == PlanBatch::Kind::Serial)
                break;
        }
        if (pick == batch.queue.end())
            break;
        const QString id = *pick;
        batch.queue.erase(pick);
        dispatch(id);
    }
    maybeFinish();
}

QString ReleaseExecutor::unmetDependency(const ReleaseTicket &ticket) const
{
    const PlanningHints &hints = m_session->profile().planning;
    for (const auto &dependency : Planner::dependenciesOf(ticket, hints)) {
        const auto it = m_tickets.constFind(dependency);
        if (it == m_tickets.cend())
            return QStringLiteral("waits for #%1, which is not among the tickets").arg(dependency);
        if (it->state == ReleaseState::Succeeded)
            continue;
        if (!m_inRun.contains(dependency) && Planner::isReleased(*it, hints))
            continue;
        if (m_inRun.contains(dependency) && !isFinalState(it->state))
            return QStringLiteral("waits for #%1, which has not finished").arg(dependency);
        return QStringLiteral("held back: #%1 is %2").arg(dependency, releaseStateName(it->state));
    }
    return {};
}

void ReleaseExecutor::dispatch(const QString &id)
{
    ReleaseTicket &ticket = m_tickets[id];
    if (isFinalState(ticket.state) && ticket.state != ReleaseState::Skipped) {
        // Already ran (an earlier run, a duplicate in the plan): never a second request.
        settle(id, ReleaseState::Skipped,
            QStringLiteral("already %1: not sent again").arg(releaseStateName(ticket.state)));
        return;
    }
    if (const QString unmet = unmetDependency(ticket); !unmet.isEmpty()) {
        settle(id, ReleaseState::Skipped, unmet);
        m_history->recordSkipped(m_runId, ticket, unmet);
        return;
    }
    // The slot and the conflict key are taken while the steps before the acting request (reads:
    // a confirm page, a one-time token) run, so nothing that must not overlap starts meanwhile.
    ++m_inFlight;
    const PlanningHints &hints = m_session->profile().planning;
    m_inFlightKeys.insert(id, Planner::conflictKeyOf(ticket, hints));
    m_nonConcurrentInFlight = m_nonConcurrentInFlight || Planner::isNonConcurrent(ticket, hints);
    m_sinceLastStart.start();
    auto *preparation
        = new ReleasePreparation(m_session, ticket, m_options.releaseTimeoutMs, this);
    connect(preparation, &ReleasePreparation::finished, this,
        [this, id, preparation](const PreparedRelease &prepared) {
            preparation->deleteLater();
            const auto giveBack = [this, id] {
                --m_inFlight;
                m_inFlightKeys.remove(id);
                m_nonConcurrentInFlight = false; // it went alone, so it was the one
            };
            ReleaseTicket &ticket = m_tickets[id];
            if (!m_running)
                return;
            if (m_cancelled || m_stopping) {
                giveBack();
                const QString reason = m_cancelled ? QStringLiteral("cancelled") : m_stopReason;
                settle(id, ReleaseState::Skipped, QStringLiteral("Not sent: ") + reason);
                m_history->recordSkipped(m_runId, ticket, reason);
                maybeFinish();
                return;
            }
            if (!prepared.isValid()) {
                giveBack();
                settle(id, ReleaseState::Failed, QStringLiteral("Not sent: ") + prepared.error);
                ++m_summary.failed;
                m_summary.failedIds.append(id);
                m_history->recordSkipped(
                    m_runId, ticket, QStringLiteral("not sent: ") + prepared.error);
                pump();
                return;
            }
            // Durable before the request leaves: a crash from here on leaves an "intent" row
            // that the next start reconciles instead of re-sending.
            const qint64 requestId = m_history->recordIntent(m_runId, ticket,
                prepared.request.url, QString::fromLatin1(prepared.request.method));
            if (requestId < 0) {
                giveBack();
                const QString error = m_history->lastError();
                settle(id, ReleaseState::Skipped,
                    QStringLiteral("Not sent: the history cannot record the release (%1)")
                        .arg(error));
                stopNewReleases(
                    QStringLiteral("the history database cannot record releases: ") + error);
                maybeFinish();
                return;
            }
            TicketUpdate update = TicketUpdate::stateChange(id, ReleaseState::Sending, {});
            update.startedAt = QDateTime::currentDateTimeUtc();
            settle(update);
            emit progress(m_done, m_summary.total, m_inFlight);
            const quint64 generation = m_session ? m_session->generation() : 0;
            m_sender->send(prepared).then(
                this, [this, id, requestId, generation](const ReleaseResult &result) {
                    onResult(id, requestId, generation, result);
                });
        });
    preparation->start();
}

void ReleaseExecutor::onResult(
    const QString &id, qint64 requestId, quint64 generation, const ReleaseResult &result)
{
    --m_inFlight;
    m_inFlightKeys.remove(id);
    m_nonConcurrentInFlight = false; // it went alone, so it was the one
    if (!m_history->recordOutcome(requestId, ReleaseResult::outcomeName(result.outcome),
            result.httpStatus, result.message, result.sentAt)) {
        // The answer is still shown; the intent row stays and reads as unknown later.
        stopNewReleases(QStringLiteral("the history database cannot record outcomes: ")
            + m_history->lastError());
    }
    ReleaseState state = ReleaseState::Unknown;
    switch (result.outcome) {
    case ReleaseOutcome::Succeeded:
        state = ReleaseState::Succeeded;
        ++m_summary.succeeded;
        break;
    case ReleaseOutcome::Failed:
    case ReleaseOutcome::NotSent:
        state = ReleaseState::Failed;
        ++m_summary.failed;
        m_summary.failedIds.append(id);
        break;
    case ReleaseOutcome::Unknown:
        ++m_summary.unknown;
        m_summary.unknownIds.append(id);
        break;
    }
    TicketUpdate update = TicketUpdate::stateChange(id, state, result.message);
    update.httpStatus = result.httpStatus;
    update.finishedAt = result.finishedAt;
    settle(update);
    log(QStringLiteral("#%1 %2: %3").arg(id, releaseStateName(state), result.message));

    if (state != ReleaseState::Succeeded) {
        const QString reason
            = QStringLiteral("stopped after #%1 was %2").arg(id, releaseStateName(state));
        if (m_options.failurePolicy == FailurePolicy::StopAtFirstFailure && !m_stopping) {
            m_stopping = true;
            m_summary.stopped = true;
            m_stopReason = reason;
            log(QStringLiteral("Stopping: ") + reason);
        } else if (m_options.failurePolicy == FailurePolicy::FinishBatchThenStop
            && !m_stopAfterBatch) {
            m_stopAfterBatch = true;
            m_stopReason = reason + QStringLiteral(" (its batch was finished)");
        }
    }
    if (result.sessionExpired)
        renewSession(generation);
    pump();
}

void ReleaseExecutor::renewSession(quint64 generation)
{
    // The expired click stays unknown (never replayed); the next ones need a live session.
    if (m_relogging || !m_session || m_stopping || m_cancelled)
        return;
    m_relogging = true;
    log(QStringLiteral("The session expired on a release click: logging in again before the "
                       "next release"));
    m_session->relogin(generation, this, [this](const PortalError &error) {
        m_relogging = false;
        if (error.isError())
            stopNewReleases(
                QStringLiteral("the session expired and logging in again failed: ") + error.text());
        pump();
        maybeFinish();
    });
}

void ReleaseExecutor::settle(const TicketUpdate &update)
{
    ReleaseTicket &ticket = m_tickets[update.id];
    update.applyTo(ticket);
    emit ticketUpdated(update);
    if (!update.state || !isFinalState(*update.state) || !m_inRun.contains(update.id)
        || m_settled.contains(update.id))
        return;
    m_settled.insert(update.id);
    if (*update.state == ReleaseState::Skipped)
        ++m_summary.skipped;
    ++m_done;
    for (Batch &batch : m_batches) {
        if (batch.plan.ticketIds.contains(update.id)) {
            ++batch.done;
            emit batchProgress(batch.planIndex, batch.done, int(batch.plan.ticketIds.size()));
            break;
        }
    }
    emit progress(m_done, m_summary.total, m_inFlight);
}

void ReleaseExecutor::settle(const QString &id, ReleaseState state, const QString &message)
{
    settle(TicketUpdate::stateChange(id, state, message));
}

void ReleaseExecutor::skipRemaining(const QString &reason)
{
    const QString text = reason.isEmpty() ? QStringLiteral("not sent: the run stopped") : reason;
    for (int i = qMax(0, m_current); i < m_batches.size(); ++i) {
        Batch &batch = m_batches[i];
        // Batches not started yet: every ticket; the current one: what is still queued.
        const std::deque<QString> rest = i == m_current || m_current < 0
            ? batch.queue
            : std::deque<QString>(batch.plan.ticketIds.cbegin(), batch.plan.ticketIds.cend());
        batch.queue.clear();
        for (const auto &id : rest) {
            if (!m_inRun.contains(id) || isFinalState(m_tickets[id].state)
                || m_tickets[id].state == ReleaseState::Sending)
                continue;
            settle(id, ReleaseState::Skipped, QStringLiteral("Not sent: ") + text);
            m_history->recordSkipped(m_runId, m_tickets[id], text);
        }
    }
    // Batches before the current one are done; later ones have now been skipped: make them so.
    if (m_current < 0)
        m_current = 0;
}

void ReleaseExecutor::stopNewReleases(const QString &error)
{
    if (m_summary.error.isEmpty())
        m_summary.error = error;
    m_stopping = true;
    m_stopReason = error;
    log(QStringLiteral("Stopping new releases: ") + error);
}

void ReleaseExecutor::maybeFinish()
{
    if (!m_running || m_inFlight > 0 || m_recheck || m_relogging)
        return;
    const bool stopNow = m_cancelled || m_stopping;
    if (!stopNow && m_current >= 0 && m_current < m_batches.size()
        && !m_batches.at(m_current).queue.empty())
        return; // paused, or waiting for the interval timer
    if (!stopNow && m_current + 1 < m_batches.size()) {
        if (!m_batchScheduled) {
            m_batchScheduled = true;
            QMetaObject::invokeMethod(this, &ReleaseExecutor::startNextBatch, Qt::QueuedConnection);
        }
        return;
    }
    if (m_batchScheduled)
        return;
    if (stopNow)
        skipRemaining(m_cancelled ? QStringLiteral("cancelled") : m_stopReason);
    m_running = false;
    m_intervalTimer.stop();
    m_summary.cancelled = m_cancelled;
    m_summary.elapsedMs = m_clock.elapsed();
    const QString state = m_cancelled ? QStringLiteral("cancelled")
        : m_stopping                  ? QStringLiteral("stopped")
                                      : QStringLiteral("finished");
    if (!m_history->finishRun(m_runId, state) && m_summary.error.isEmpty())
        m_summary.error = m_history->lastError();
    log(QStringLiteral("Run %1 %2: %3").arg(m_runId).arg(state, m_summary.text()));
    emit finished(m_summary);
}
