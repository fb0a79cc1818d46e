#include "release/releaseexecutor.h"

#include "historystore.h"
#include "historywriter.h"
#include "http/networkpool.h"
#include "logging.h"
#include "planner.h"
#include "release/releasepreparation.h"
#include "release/releaserecheck.h"
#include "release/releasesender.h"
#include "scrape/ticketscraper.h"
#include "session/portalsession.h"

#include <QSet>

#include <algorithm>
#include <utility>

ReleaseExecutor::ReleaseExecutor(PortalSession *session, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_clockMs(&TicketScraper::clockMs)
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

ReleaseExecutor::~ReleaseExecutor()
{
    cancelRechecks();
    if (m_running && m_session)
        m_session->pool()->setLimit(m_limitBeforeRun);
}

void ReleaseExecutor::setOptions(const ReleaseOptions &options)
{
    if (!m_running)
        m_options = options;
}

void ReleaseExecutor::setListReadTimes(const QHash<QUrl, qint64> &pageReadAtMs)
{
    if (!m_running)
        m_listReadAtMs = pageReadAtMs;
}

void ReleaseExecutor::setClock(std::function<qint64()> clockMs)
{
    if (!m_running && clockMs)
        m_clockMs = std::move(clockMs);
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
    m_batchOf.clear();
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
            m_batchOf.insert(id, int(m_batches.size()));
        }
        run.total = int(run.queue.size());
        // The list the plan was made from is this batch's first check, if it says when each
        // of its pages was read: as old as its oldest page.
        for (const auto &id : run.queue) {
            const qint64 readAt = m_listReadAtMs.value(m_tickets.value(id).sourcePage, -1);
            if (readAt < 0) {
                run.checkedAtMs = -1;
                break;
            }
            run.checkedAtMs = run.checkedAtMs < 0 ? readAt : qMin(run.checkedAtMs, readAt);
        }
        m_batches.append(run);
    }
    if (m_batches.isEmpty()) {
        m_summary.error = tr("no approved batch to release");
        return false;
    }
    // The run and its approvals in one transaction: one fsync, not one per batch.
    const bool grouped = m_history->beginTransaction();
    m_runId = m_history->startRun(m_options.profileName, m_session->profile().baseUrl,
        m_options.user, failurePolicyName(m_options.failurePolicy));
    if (m_runId >= 0) {
        for (const auto &batch : std::as_const(m_batches)) {
            m_history->recordApproval(m_runId, batch.planIndex, batch.plan.approvedBy,
                batch.plan.ticketIds, batch.plan.approvedAt);
        }
    }
    if (grouped && (m_runId < 0 || !m_history->commitTransaction())) {
        m_history->rollbackTransaction();
        m_runId = -1;
    }
    if (m_runId < 0) {
        m_summary.error = m_history->lastError();
        log(tr("Cannot start: %1").arg(m_summary.error));
        return false;
    }
    // From here on every row of the run is written off this thread, in groups.
    m_writer.reset();
    m_writer = std::make_unique<HistoryWriter>(m_history->path(), m_history->busyTimeout());
    m_pendingWrites = 0;
    m_staged.clear();
    delete m_sender;
    m_sender = new ReleaseSender(
        m_session->profile(), m_session->cookieJar(), qMax(1, m_options.concurrency), this);
    m_sender->setTimeout(m_options.releaseTimeoutMs);
    // The run's limit is the session's while it runs: its reads and releases count together.
    // The session's own limit (the person's setting for scraping) comes back after the run.
    m_limitBeforeRun = m_session->pool()->limit();
    m_session->pool()->setLimit(qMax(1, m_options.concurrency));
    m_sender->shareLimitWith(m_session->pool());
    m_summary.runId = m_runId;
    m_summary.total = int(m_inRun.size());
    m_current = 0;
    m_frontier = -1;
    m_lastOpenMs = -1;
    m_paceMs = 0;
    m_inFlight = 0;
    m_preparingCap = std::numeric_limits<int>::max();
    m_done = 0;
    m_inFlightKeys.clear();
    m_refusals.clear();
    m_refusedPerSession.clear();
    m_nonConcurrentInFlight = false;
    m_running = true;
    m_paused = m_cancelled = m_stopping = m_stopAfterBatch = m_waitingForSession = false;
    m_stopReason.clear();
    m_sinceLastStart.invalidate();
    m_clock.start();
    m_settled.clear();
    const int loginsBefore = m_session->loginCount();
    connect(m_session, &PortalSession::renewed, this, [this, loginsBefore] {
        m_summary.renewals = m_session->loginCount() - loginsBefore;
    });
    log(tr("Run %1: %n ticket(s) in %2 approved batch(es), limit %3, policy: %4%5", nullptr,
        m_summary.total)
            .arg(m_runId)
            .arg(m_batches.size())
            .arg(m_options.concurrency)
            .arg(failurePolicyText(m_options.failurePolicy),
                m_options.overlapBatches ? tr(", batches overlap") : QString()));
    emit progress(0, m_summary.total, 0);
    // From the event loop: the caller connects to finished() after start() returns.
    QMetaObject::invokeMethod(this, &ReleaseExecutor::advance, Qt::QueuedConnection);
    return true;
}

void ReleaseExecutor::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    log(tr("Paused: no new release requests; %1 in flight finish").arg(m_inFlight));
}

void ReleaseExecutor::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    log(tr("Resumed"));
    advance();
}

void ReleaseExecutor::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_paused = false;
    log(tr("Cancelled: %1 in flight finish, nothing else is sent").arg(m_inFlight));
    cancelRechecks();
    skipRemaining(tr("cancelled"));
    maybeFinish();
}

// Opens what may open, keeps the next batch's re-check going, fills the free slots.
void ReleaseExecutor::advance()
{
    if (!m_running)
        return;
    // Tickets may settle without a request (skipped dependants, not pending any more), which can
    // complete a batch at once: go round until nothing changes.
    for (;;) {
        const int current = m_current;
        const int frontier = m_frontier;
        while (m_current < m_batches.size() && m_current <= m_frontier
            && m_batches.at(m_current).done >= m_batches.at(m_current).total)
            ++m_current;
        if (m_stopAfterBatch && !m_stopping && m_current > m_frontier) {
            m_stopping = true;
            m_summary.stopped = true;
        }
        while (!m_cancelled && !m_stopping && !m_stopAfterBatch && !m_paused && mayOpenNext()) {
            const int next = m_frontier + 1;
            if (m_options.recheck && !mayOpenOnCheck(m_batches.at(next))) {
                Batch &waiting = m_batches[next];
                if (waiting.waitingSinceMs < 0)
                    waiting.waitingSinceMs = m_clockMs();
                startRecheck(next);
                break;
            }
            openBatch(next);
        }
        // Off the critical path: the next batches whose check would be too old when they open
        // are re-checked while this one is running, never more than recheckLookahead ahead.
        if (m_options.recheck && !m_cancelled && !m_stopping) {
            for (int ahead = m_frontier + 1;
                 ahead < m_batches.size() && ahead <= m_frontier + recheckLookahead; ++ahead) {
                if (dueForCheck(ahead))
                    startRecheck(ahead);
            }
        }
        pump();
        checkWhilePlacesIdle();
        stageNext();
        if (!m_running || (current == m_current && frontier == m_frontier))
            break;
    }
    maybeFinish();
}

bool ReleaseExecutor::mayOpenNext() const
{
    if (m_frontier + 1 >= m_batches.size())
        return false;
    if (m_frontier < 0)
        return true;
    const Batch &open = m_batches.at(m_frontier);
    if (m_options.overlapBatches)
        return open.queue.empty();
    return m_current > m_frontier; // every open batch is completely done
}

void ReleaseExecutor::openBatch(int index)
{
    m_frontier = index;
    const qint64 now = m_clockMs();
    if (m_lastOpenMs >= 0)
        m_paceMs = m_paceMs > 0 ? (3 * m_paceMs + (now - m_lastOpenMs)) / 4 : now - m_lastOpenMs;
    m_lastOpenMs = now;
    Batch &batch = m_batches[index];
    emit batchStarted(batch.planIndex);
    emit batchProgress(batch.planIndex, batch.done, batch.total);
    for (const auto &id : batch.queue) {
        const ReleaseState state = m_tickets.value(id).state;
        if (!isFinalState(state) || state == ReleaseState::Skipped)
            settle(id, ReleaseState::Queued, {});
    }
    log(tr("Batch %1 (%2): %n ticket(s)", nullptr, int(batch.queue.size()))
            .arg(batch.planIndex + 1)
            .arg(PlanBatch::kindText(batch.plan.kind)));
}

bool ReleaseExecutor::isFresh(const Batch &batch) const
{
    return batch.checkedAtMs >= 0 && m_clockMs() - batch.checkedAtMs <= m_options.recheckMaxAgeMs;
}

// Fresh, or read after it was ready to open: a read that takes longer than the limit (or a
// limit of 0) can never be younger than it, and reading again would not make it so.
bool ReleaseExecutor::mayOpenOnCheck(const Batch &batch) const
{
    return isFresh(batch)
        || (batch.waitingSinceMs >= 0 && batch.checkedAtMs >= batch.waitingSinceMs);
}

// A batch not open yet whose check would be too old by the time it opens (at the pace batches
// open now), and none is running for it.
bool ReleaseExecutor::dueForCheck(int index) const
{
    const Batch &batch = m_batches.at(index);
    if (batch.checking)
        return false;
    if (batch.checkedAtMs < 0)
        return true;
    // One early check per batch opening: one read since is as new as it can be made now (the
    // pace may predict it stale again at once; reading on would loop).
    if (batch.checkedAtMs >= m_lastOpenMs)
        return false;
    const qint64 opensAt = m_clockMs() + qint64(index - m_frontier) * m_paceMs;
    return opensAt - batch.checkedAtMs > m_options.recheckMaxAgeMs;
}

int ReleaseExecutor::lastOfGroup() const
{
    int last = m_frontier + recheckGroupSpan;
    if (m_paceMs > 0)
        last = qMax(last, m_frontier + int(m_options.recheckMaxAgeMs / m_paceMs));
    return last;
}

// While a non-concurrent ticket is on the wire the other places under the limit stay idle by
// rule: reads then displace no release. A check that would be due within a quarter of the
// limit anyway is started then rather than later among the releases (at most a quarter more
// checks in a long run; traced: the one check of the bench run then costs no place).
void ReleaseExecutor::checkWhilePlacesIdle()
{
    // One check at a time here: a second one would read again what the first reads (and its
    // result may cover these batches anyway).
    if (!m_options.recheck || !m_nonConcurrentInFlight || !m_rechecks.isEmpty() || m_cancelled
        || m_stopping || m_paused)
        return;
    const qint64 soon = m_clockMs() + m_options.recheckMaxAgeMs / 4;
    const int last = qMin(int(m_batches.size()) - 1, lastOfGroup());
    for (int i = m_frontier + 1; i <= last; ++i) {
        const Batch &batch = m_batches.at(i);
        if (!batch.checking && batch.checkedAtMs >= 0 && batch.checkedAtMs < m_lastOpenMs
            && soon - batch.checkedAtMs > m_options.recheckMaxAgeMs) {
            startRecheck(i);
            return;
        }
    }
}

void ReleaseExecutor::startRecheck(int index)
{
    if (index >= m_batches.size() || m_batches.at(index).checking)
        return;
    // The batches not open yet up to recheckGroupSpan ahead, or as far as batches are expected
    // to open while this check is young enough (at the current pace) if that is further, whose
    // check would be too old when they open (one batch of slack: a batch of two rounds takes
    // longer than the pace says): one read per page for all of them. One that opens before
    // `index` is among them when it needs it (traced: left out, it went stale at its opening
    // and waited for a check of its own).
    const int last = qMin(int(m_batches.size()) - 1, qMax(index, lastOfGroup()));
    const qint64 now = m_clockMs();
    QList<int> indices;
    for (int i = m_frontier + 1; i <= last; ++i) {
        const Batch &batch = m_batches.at(i);
        const qint64 opensAt = now + qint64(i - m_frontier + 1) * m_paceMs;
        if (!batch.checking
            && (i == index || batch.checkedAtMs < 0
                || opensAt - batch.checkedAtMs > m_options.recheckMaxAgeMs))
            indices.append(i);
    }
    QList<ReleaseTicket> tickets;
    bool fullCheck = false;
    for (const int i : std::as_const(indices)) {
        Batch &batch = m_batches[i];
        batch.checking = true;
        fullCheck = fullCheck || batch.fullCheck;
        for (const auto &id : batch.queue)
            tickets.append(m_tickets.value(id));
    }
    const QList<QUrl> pages = fullCheck ? QList<QUrl>() : ReleaseRecheck::pagesOf(tickets);
    QStringList numbers;
    for (const int i : std::as_const(indices))
        numbers.append(QString::number(m_batches.at(i).planIndex + 1));
    const QString which = numbers.join(QStringLiteral(", "));
    if (indices.size() == 1) {
        log(pages.isEmpty()
                ? tr("Batch %1: re-reading every list page before release").arg(which)
                : tr("Batch %1: re-reading %n list page(s) that hold its tickets", nullptr,
                    int(pages.size()))
                      .arg(which));
    } else {
        log(pages.isEmpty()
                ? tr("Batches %1: re-reading every list page before release").arg(which)
                : tr("Batches %1: re-reading %n list page(s) that hold their tickets", nullptr,
                    int(pages.size()))
                      .arg(which));
    }
    // No page of it is read before this moment: what it shows is at least this new.
    const qint64 readAtMs = m_clockMs();
    auto *recheck = new ReleaseRecheck(m_session, this);
    recheck->setPages(pages);
    for (const int i : std::as_const(indices))
        m_rechecks.insert(i, recheck);
    connect(recheck, &ReleaseRecheck::finished, this,
        [this, indices, readAtMs](const PortalSnapshot &snapshot) {
            onRechecked(indices, readAtMs, snapshot);
        });
    recheck->start();
}

void ReleaseExecutor::cancelRechecks()
{
    const auto running = std::exchange(m_rechecks, {});
    QSet<ReleaseRecheck *> cancelled; // one re-check may serve several batches
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        if (it.key() < m_batches.size())
            m_batches[it.key()].checking = false;
        const auto &recheck = it.value();
        if (recheck && !cancelled.contains(recheck.data())) {
            cancelled.insert(recheck.data());
            recheck->disconnect(this);
            recheck->cancel();
        }
    }
}

void ReleaseExecutor::onRechecked(
    const QList<int> &indices, qint64 readAtMs, const PortalSnapshot &snapshot)
{
    for (const int index : indices) {
        m_rechecks.remove(index); // a job: it deletes itself
        m_batches[index].checking = false;
    }
    if (!m_running || m_cancelled)
        return;
    if (!snapshot.isComplete()) {
        // Releasing without knowing the portal's state is what the re-check exists to prevent.
        stopNewReleases(tr("the re-check could not read the portal: %1").arg(snapshot.error.text()));
        advance();
        return;
    }
    for (const int index : indices) {
        if (!applyRecheck(index, readAtMs, snapshot))
            m_batches[index].fullCheck = true; // tickets moved to other pages: read them all once
    }
    // A later batch whose tickets were all on the pages just read is checked by this read as
    // well: with this, a run reads its pages about once per recheckMaxAgeMs, not once per group.
    for (int i = m_frontier + 1; i < m_batches.size(); ++i) {
        const Batch &batch = m_batches.at(i);
        if (batch.checking || batch.checkedAtMs >= readAtMs || indices.contains(i))
            continue;
        const bool covered = std::all_of(batch.queue.cbegin(), batch.queue.cend(),
            [&](const QString &id) { return snapshot.tickets.contains(id); });
        if (covered)
            applyRecheck(i, readAtMs, snapshot);
    }
    advance();
}

// Skips what the portal no longer shows pending; false when a ticket was not on the pages read
// and only reading every page can tell.
bool ReleaseExecutor::applyRecheck(int index, qint64 readAtMs, const PortalSnapshot &snapshot)
{
    Batch &batch = m_batches[index];
    if (!batch.fullCheck) {
        for (const auto &id : batch.queue) {
            if (!snapshot.tickets.contains(id))
                return false;
        }
    }
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
            settle(id, ReleaseState::Skipped, tr("Not sent: %1").arg(problem));
            writeSkipped(ticket, problem);
            continue;
        }
        // The token can only be taken from the page: use the link as it is now.
        ticket.releaseUrl = onPortal->releaseUrl;
        keep.push_back(id);
    }
    batch.queue = std::move(keep);
    batch.checkedAtMs = qMax(batch.checkedAtMs, readAtMs);
    return true;
}

// A release with read steps was prepared and then found the session's request budget spent
// (or the session renewed) before its acting request could go: the reads of the releases
// prepared beside it used up the session. With as many prepared at once as the budget holds
// reads, every new session would go to reads again and no release would ever go out; so fewer
// are prepared at once (halved, at least one), and one more again for each answer.
void ReleaseExecutor::fewerPreparedAtOnce()
{
    if (m_session->profile().requests.releaseSteps.size() < 2)
        return;
    m_preparingCap = qMax(1, qMin(m_preparingCap, m_inFlight) / 2);
}

bool ReleaseExecutor::mayStart(const QString &id) const
{
    if (m_inFlight >= m_preparingCap)
        return false;
    const ReleaseTicket &ticket = *m_tickets.constFind(id);
    const PlanningHints &hints = m_session->profile().planning;
    if (Planner::isNonConcurrent(ticket, hints))
        return m_inFlight == 0;
    // A dependency of this run that has not settled yet, in this batch or one before it: wait
    // for it (one in a later batch is an unmet dependency, skipped by dispatch()).
    const int here = m_batchOf.value(id);
    for (const auto &dependency : Planner::dependenciesOf(ticket, hints)) {
        if (!m_inRun.contains(dependency) || m_batchOf.value(dependency) > here)
            continue;
        if (!isFinalState(m_tickets.value(dependency).state))
            return false;
    }
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
    if (!m_running || m_paused || m_waitingForSession)
        return;
    for (int i = m_current; i <= m_frontier && i < m_batches.size(); ++i) {
        if (!pumpBatch(m_batches[i]))
            return;
    }
}

// Sends what may go from one open batch; false when nothing more may go at all for now.
bool ReleaseExecutor::pumpBatch(Batch &batch)
{
    const bool serial = batch.plan.kind == PlanBatch::Kind::Serial;
    while (!m_stopping && !m_cancelled && !m_paused && !batch.queue.empty()) {
        if (m_inFlight >= qMax(1, m_options.concurrency) || m_nonConcurrentInFlight)
            return false;
        if (serial && batch.inFlight > 0)
            return true;
        if (m_options.minIntervalMs > 0 && m_sinceLastStart.isValid()
            && m_sinceLastStart.elapsed() < m_options.minIntervalMs) {
            m_intervalTimer.start(int(m_options.minIntervalMs - m_sinceLastStart.elapsed()));
            return false;
        }
        // The first ticket that may go now: in a parallel batch one waiting for its conflict
        // key to clear lets the others past; a serial batch keeps its order.
        auto pick = batch.queue.end();
        for (auto it = batch.queue.begin(); it != batch.queue.end(); ++it) {
            const auto staged = m_staged.constFind(*it);
            if ((staged == m_staged.cend() || staged->requestId >= 0) && mayStart(*it)) {
                pick = it;
                break;
            }
            if (serial)
                break;
        }
        if (pick == batch.queue.end())
            return true;
        const QString id = *pick;
        const auto position = batch.queue.erase(pick);
        if (dispatch(id) == Dispatch::WaitForSession) {
            batch.queue.insert(position, id);
            waitForSession();
            return false;
        }
    }
    return true;
}

QString ReleaseExecutor::unmetDependency(const ReleaseTicket &ticket) const
{
    const PlanningHints &hints = m_session->profile().planning;
    for (const auto &dependency : Planner::dependenciesOf(ticket, hints)) {
        const auto it = m_tickets.constFind(dependency);
        if (it == m_tickets.cend())
            return tr("waits for #%1, which is not among the tickets").arg(dependency);
        if (it->state == ReleaseState::Succeeded)
            continue;
        if (!m_inRun.contains(dependency) && Planner::isReleased(*it, hints))
            continue;
        if (m_inRun.contains(dependency) && !isFinalState(it->state))
            return tr("waits for #%1, which comes in a later batch").arg(dependency);
        return tr("held back: #%1 is %2").arg(dependency, releaseStateWord(it->state));
    }
    return {};
}

ReleaseExecutor::Dispatch ReleaseExecutor::dispatch(const QString &id)
{
    ReleaseTicket &ticket = m_tickets[id];
    if (isFinalState(ticket.state) && ticket.state != ReleaseState::Skipped) {
        // Already ran (an earlier run, a duplicate in the plan): never a second request.
        const QString reason = tr("already %1: not sent again").arg(releaseStateWord(ticket.state));
        settle(id, ReleaseState::Skipped, reason);
        closeStaged(id, reason);
        return Dispatch::Settled;
    }
    if (const QString unmet = unmetDependency(ticket); !unmet.isEmpty()) {
        settle(id, ReleaseState::Skipped, unmet);
        writeSkipped(ticket, unmet);
        return Dispatch::Settled;
    }
    // The slot and the conflict key are taken while the steps before the acting request (reads:
    // a confirm page, a one-time token) run, so nothing that must not overlap starts meanwhile.
    ++m_inFlight;
    ++m_batches[m_batchOf.value(id)].inFlight;
    const PlanningHints &hints = m_session->profile().planning;
    m_inFlightKeys.insert(id, Planner::conflictKeyOf(ticket, hints));
    m_nonConcurrentInFlight = m_nonConcurrentInFlight || Planner::isNonConcurrent(ticket, hints);
    m_sinceLastStart.start();
    if (const auto staged = m_staged.constFind(id); staged != m_staged.cend()) {
        // Its intent is already durable: built afresh (the session's values may have changed
        // since) and sent now, on a request of the live session's own.
        const qint64 requestId = staged->requestId;
        m_staged.erase(staged);
        if (!m_session->takeRequest())
            holdForSession(id, requestId);
        else
            sendPrepared(id, buildSingle(ticket), requestId);
        return Dispatch::Sent;
    }
    auto *preparation
        = new ReleasePreparation(m_session, ticket, m_options.releaseTimeoutMs, this);
    connect(preparation, &ReleasePreparation::finished, this,
        [this, id](const PreparedRelease &prepared) {
            if (!m_running)
                return;
            ReleaseTicket &ticket = m_tickets[id];
            if (m_cancelled || m_stopping || !m_session) {
                giveBack(id);
                const QString reason = m_cancelled ? tr("cancelled") : m_stopReason;
                settle(id, ReleaseState::Skipped, tr("Not sent: %1").arg(reason));
                writeSkipped(ticket, reason);
                advance();
                return;
            }
            if (!prepared.isValid()) {
                failUnsendable(id, prepared.error, -1);
                return;
            }
            // Never on a session known to be dead or spent, nor with the values of one renewed
            // since: back to the head of its queue, to be prepared again (a fresh one-time token)
            // on the live session.
            if (!m_session->takeRequest()
                || prepared.sessionGeneration != m_session->generation()) {
                fewerPreparedAtOnce();
                giveBack(id);
                m_batches[m_batchOf.value(id)].queue.push_front(id);
                waitForSession();
                return;
            }
            // Durable before the request leaves: a crash from here on leaves an "intent" row
            // that the next start reconciles instead of re-sending. The writer thread commits
            // it (with the others that became ready meanwhile); this thread goes on meanwhile.
            const quint64 taken = m_session->generation();
            ++m_pendingWrites;
            m_writer->recordIntent(m_runId, ticket, prepared.request.url,
                QString::fromLatin1(prepared.request.method), this,
                [this, id, prepared, taken](qint64 requestId, const QString &error) {
                    --m_pendingWrites;
                    onIntentRecorded(id, prepared, requestId, error, taken);
                });
        });
    preparation->start();
    return Dispatch::Sent;
}

// The slot and conflict key taken in dispatch(), given back without a request on the wire.
void ReleaseExecutor::giveBack(const QString &id)
{
    --m_inFlight;
    --m_batches[m_batchOf.value(id)].inFlight;
    m_inFlightKeys.remove(id);
    m_nonConcurrentInFlight = false; // it went alone, so it was the one
}

void ReleaseExecutor::onIntentRecorded(const QString &id, const PreparedRelease &prepared,
    qint64 requestId, const QString &error, quint64 takenGeneration)
{
    if (!m_running)
        return;
    if (requestId < 0) {
        giveBack(id);
        settle(id, ReleaseState::Skipped,
            tr("Not sent: the history cannot record the release (%1)").arg(error));
        stopNewReleases(tr("the history database cannot record releases: %1").arg(error));
        advance();
        return;
    }
    if (m_cancelled || m_stopping || !m_session) {
        // Stopped while the intent was being committed: nothing goes out, and its row says so.
        dropCommitted(id, requestId, m_cancelled ? tr("cancelled") : m_stopReason);
        advance();
        return;
    }
    if (!m_session->isLoggedIn() || m_session->generation() != takenGeneration) {
        // The session ended or was renewed while the intent was committed: the request taken
        // was of the old one. Never on a dead session; one of the new session's own instead.
        holdForSession(id, requestId);
        return;
    }
    sendPrepared(id, prepared, requestId);
}

// Keeps the slot and the committed intent until the session is live and grants a request.
// The request is then built again: a cookie of the new session with a value captured under the
// old one (a CSRF token) is refused, so nothing prepared before the renewal goes out.
void ReleaseExecutor::holdForSession(const QString &id, qint64 requestId)
{
    m_session->whenLive(this, [this, id, requestId](const PortalError &error) {
        if (!m_running)
            return;
        if (error.isError() || m_cancelled || m_stopping || !m_session) {
            const QString reason = error.isError()
                ? tr("the portal session is gone: %1").arg(error.text())
                : (m_cancelled ? tr("cancelled") : m_stopReason);
            dropCommitted(id, requestId, reason);
            if (error.isError())
                stopNewReleases(reason);
            advance();
            return;
        }
        if (m_session->profile().requests.hasSteps()) {
            prepareAgain(id, requestId);
            return;
        }
        if (!m_session->takeRequest()) {
            holdForSession(id, requestId); // spent again meanwhile: it renews
            return;
        }
        sendPrepared(id, buildSingle(m_tickets[id]), requestId);
    });
}

// A multi-step release whose intent is committed, prepared again on the live session: its read
// steps are repeated (reads: safe), and its tokens are the new session's.
void ReleaseExecutor::prepareAgain(const QString &id, qint64 requestId)
{
    auto *preparation
        = new ReleasePreparation(m_session, m_tickets[id], m_options.releaseTimeoutMs, this);
    connect(preparation, &ReleasePreparation::finished, this,
        [this, id, requestId](const PreparedRelease &prepared) {
            if (!m_running)
                return;
            if (m_cancelled || m_stopping || !m_session) {
                dropCommitted(id, requestId, m_cancelled ? tr("cancelled") : m_stopReason);
                advance();
                return;
            }
            if (!prepared.isValid()) {
                failUnsendable(id, prepared.error, requestId);
                return;
            }
            if (!m_session->takeRequest() || prepared.sessionGeneration != m_session->generation()) {
                fewerPreparedAtOnce();
                holdForSession(id, requestId); // renewed again during the reads
                return;
            }
            sendPrepared(id, prepared, requestId);
        });
    preparation->start();
}

// A ticket whose release cannot be built (no link, a value missing): failed, nothing sent. Its
// committed intent row (requestId, if any) is closed, or a skipped row says why.
void ReleaseExecutor::failUnsendable(const QString &id, const QString &error, qint64 requestId)
{
    giveBack(id);
    settle(id, ReleaseState::Failed, tr("Not sent: %1").arg(error));
    ++m_summary.failed;
    m_summary.failedIds.append(id);
    const QString reason = tr("not sent: %1").arg(error);
    if (requestId >= 0)
        writeOutcome(requestId, QStringLiteral("skipped"), 0, reason, {});
    else
        writeSkipped(m_tickets[id], reason);
    advance();
}

// A ticket whose intent is committed but which will not be sent: its slot is given back and its
// row closed as skipped.
void ReleaseExecutor::dropCommitted(const QString &id, qint64 requestId, const QString &reason)
{
    giveBack(id);
    settle(id, ReleaseState::Skipped, tr("Not sent: %1").arg(reason));
    writeOutcome(requestId, QStringLiteral("skipped"), 0, reason, {});
}

PreparedRelease ReleaseExecutor::buildSingle(const ReleaseTicket &ticket) const
{
    PreparedRelease prepared = ReleasePreparation::buildActing(m_session->profile(), ticket,
        ReleasePreparation::currentValues(m_session, ticket), m_options.releaseTimeoutMs, {});
    prepared.sessionGeneration = m_session->generation();
    return prepared;
}

// With batch barriers the intents' fsync would sit between the last answer of a batch and the
// first send of the next. So once every ticket of the open batch is on the wire, the next
// batch's intents are committed (re-check done, approved, nothing sent): the batch then opens
// straight into sending. Only for single-request releases: a multi-step one reads the portal
// to prepare, which must not run ahead. A staged ticket that does not go after all (a
// dependency failed, the run stopped) gets its intent row closed as skipped.
void ReleaseExecutor::stageNext()
{
    if (!m_session || m_session->profile().requests.hasSteps() || m_cancelled || m_stopping
        || m_stopAfterBatch || m_paused || m_frontier < 0 || m_frontier + 1 >= m_batches.size()
        || !m_batches.at(m_frontier).queue.empty())
        return;
    const Batch &batch = m_batches.at(m_frontier + 1);
    if (m_options.recheck && !isFresh(batch))
        return;
    for (const QString &id : batch.queue) {
        const ReleaseTicket &ticket = m_tickets[id];
        if (m_staged.contains(id) || isFinalState(ticket.state) || dependencyFailed(ticket))
            continue;
        const PreparedRelease prepared = buildSingle(ticket);
        if (!prepared.isValid())
            continue; // dispatch() says why
        m_staged.insert(id, {});
        ++m_pendingWrites;
        m_writer->recordIntent(m_runId, ticket, prepared.request.url,
            QString::fromLatin1(prepared.request.method), this,
            [this, id](qint64 requestId, const QString &error) {
                --m_pendingWrites;
                onStaged(id, requestId, error);
            });
    }
}

void ReleaseExecutor::onStaged(const QString &id, qint64 requestId, const QString &error)
{
    Staged &staged = m_staged[id];
    if (requestId < 0) {
        m_staged.remove(id);
        stopNewReleases(tr("the history database cannot record releases: %1").arg(error));
        advance();
        return;
    }
    staged.requestId = requestId;
    if (staged.closing.has_value()) {
        // Settled while its intent was being committed.
        const QString reason = *staged.closing;
        m_staged.remove(id);
        writeOutcome(requestId, QStringLiteral("skipped"), 0, reason, {});
    }
    advance();
}

// A dependency of this run already ended without being released: the ticket will be skipped.
bool ReleaseExecutor::dependencyFailed(const ReleaseTicket &ticket) const
{
    for (const auto &dependency : Planner::dependenciesOf(ticket, m_session->profile().planning)) {
        const auto it = m_tickets.constFind(dependency);
        if (it != m_tickets.cend() && m_inRun.contains(dependency) && isFinalState(it->state)
            && it->state != ReleaseState::Succeeded)
            return true;
    }
    return false;
}

// A ticket that will not be sent: its staged intent row (if any) is closed as skipped. True
// when there was one (no separate "skipped" row then).
bool ReleaseExecutor::closeStaged(const QString &id, const QString &reason)
{
    const auto it = m_staged.find(id);
    if (it == m_staged.end())
        return false;
    if (it->requestId < 0) {
        it->closing = reason; // onStaged() closes it
        return true;
    }
    const qint64 requestId = it->requestId;
    m_staged.erase(it);
    writeOutcome(requestId, QStringLiteral("skipped"), 0, reason, {});
    return true;
}

void ReleaseExecutor::sendPrepared(
    const QString &id, const PreparedRelease &prepared, qint64 requestId)
{
    TicketUpdate update = TicketUpdate::stateChange(id, ReleaseState::Sending, {});
    update.startedAt = QDateTime::currentDateTimeUtc();
    settle(update);
    emit progress(m_done, m_summary.total, m_inFlight);
    const quint64 generation = m_session->generation();
    m_sender->send(prepared).then(
        this, [this, id, requestId, generation](const ReleaseResult &result) {
            onResult(id, requestId, generation, result);
        });
}

void ReleaseExecutor::writeOutcome(qint64 requestId, const QString &outcome, int httpStatus,
    const QString &message, const QDateTime &sentAt)
{
    ++m_pendingWrites;
    m_writer->recordOutcome(requestId, outcome, httpStatus, message, sentAt, this,
        [this](qint64 id, const QString &error) {
            --m_pendingWrites;
            if (id < 0) {
                // The answer is still shown; the intent row stays and reads as unknown later.
                stopNewReleases(
                    tr("the history database cannot record outcomes: %1").arg(error));
            }
            advance();
        });
}

void ReleaseExecutor::writeSkipped(const ReleaseTicket &ticket, const QString &reason)
{
    if (closeStaged(ticket.id, reason))
        return;
    ++m_pendingWrites;
    m_writer->recordSkipped(m_runId, ticket, reason, this, [this](qint64, const QString &) {
        --m_pendingWrites;
        advance();
    });
}

void ReleaseExecutor::waitForSession()
{
    if (m_waitingForSession || !m_session)
        return;
    m_waitingForSession = true;
    m_session->whenLive(this, [this](const PortalError &error) {
        m_waitingForSession = false;
        if (error.isError())
            stopNewReleases(tr("the portal session is gone: %1").arg(error.text()));
        advance();
    });
}

void ReleaseExecutor::onResult(
    const QString &id, qint64 requestId, quint64 generation, const ReleaseResult &result)
{
    --m_inFlight;
    --m_batches[m_batchOf.value(id)].inFlight;
    m_inFlightKeys.remove(id);
    m_nonConcurrentInFlight = false; // it went alone, so it was the one
    if (result.sessionExpired && handleRefusal(id, requestId, generation, result)) {
        advance();
        return;
    }
    m_refusals.remove(id);
    if (m_preparingCap < std::numeric_limits<int>::max())
        ++m_preparingCap; // a release got through: one more may be prepared at once again
    if (result.sessionExpired && m_session)
        m_session->reportExpired(generation); // the next ones wait for the renewal
    else if (result.httpStatus > 0 && m_session)
        m_session->noteAnswered(generation);
    writeOutcome(requestId, ReleaseResult::outcomeName(result.outcome), result.httpStatus,
        result.message, result.sentAt);
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
    log(tr("#%1 %2: %3").arg(id, releaseStateWord(state), result.message));
    if (state != ReleaseState::Succeeded)
        applyFailurePolicy(id, state);
    advance();
}

// An expired-session answer to a release: the web application turned it away before its
// handler ran, so nothing happened; send it again once the session is renewed. True when the
// ticket goes back into its queue.
bool ReleaseExecutor::handleRefusal(
    const QString &id, qint64 requestId, quint64 generation, const ReleaseResult &result)
{
    if (!m_session
        || m_session->profile().release.expiredAnswer
            != SiteProfile::Release::ExpiredAnswer::Refused)
        return false;
    const int refusals = ++m_refusals[id];
    m_summary.mostRefusedOnOneSession
        = qMax(m_summary.mostRefusedOnOneSession, ++m_refusedPerSession[generation]);
    m_session->reportExpired(generation);
    writeOutcome(requestId, QStringLiteral("refused"), result.httpStatus,
        tr("turned away: the session had expired, the portal did not act"), result.sentAt);
    if (refusals >= maxRefusals) {
        m_refusals.remove(id);
        ReleaseResult unknown = result;
        unknown.outcome = ReleaseOutcome::Unknown;
        unknown.message = tr("Unknown, check on the portal: turned away %n time(s) in a row as "
                             "if the session had expired, although ReleaseDesk logged in again "
                             "each time; not sent again",
            nullptr, refusals);
        ++m_summary.unknown;
        m_summary.unknownIds.append(id);
        TicketUpdate update = TicketUpdate::stateChange(id, ReleaseState::Unknown, unknown.message);
        update.httpStatus = result.httpStatus;
        update.finishedAt = result.finishedAt;
        settle(update);
        log(tr("#%1 %2: %3").arg(id, releaseStateWord(ReleaseState::Unknown), unknown.message));
        applyFailurePolicy(id, ReleaseState::Unknown);
        return true;
    }
    ++m_summary.resentAfterExpiry;
    settle(id, ReleaseState::Queued,
        tr("turned away because the session had expired; sent again after logging in"));
    log(tr("#%1 was turned away because the session had expired (the portal did not act): "
           "sending it again after logging in")
            .arg(id));
    m_batches[m_batchOf.value(id)].queue.push_front(id);
    return true;
}

void ReleaseExecutor::applyFailurePolicy(const QString &id, ReleaseState state)
{
    const QString reason = tr("stopped after #%1 was %2").arg(id, releaseStateWord(state));
    if (m_options.failurePolicy == FailurePolicy::StopAtFirstFailure && !m_stopping) {
        m_stopping = true;
        m_summary.stopped = true;
        m_stopReason = reason;
        log(tr("Stopping: %1").arg(reason));
    } else if (m_options.failurePolicy == FailurePolicy::FinishBatchThenStop
        && !m_stopAfterBatch) {
        m_stopAfterBatch = true;
        m_stopReason = tr("%1 (its batch was finished)").arg(reason);
    }
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
    Batch &batch = m_batches[m_batchOf.value(update.id)];
    ++batch.done;
    emit batchProgress(batch.planIndex, batch.done, batch.total);
    emit progress(m_done, m_summary.total, m_inFlight);
}

void ReleaseExecutor::settle(const QString &id, ReleaseState state, const QString &message)
{
    settle(TicketUpdate::stateChange(id, state, message));
}

void ReleaseExecutor::skipRemaining(const QString &reason)
{
    const QString text = reason.isEmpty() ? tr("the run stopped") : reason;
    for (int i = m_current; i < m_batches.size(); ++i) {
        Batch &batch = m_batches[i];
        // Open batches: what is still queued; batches not opened yet: every ticket.
        const std::deque<QString> rest = i <= m_frontier
            ? batch.queue
            : std::deque<QString>(batch.plan.ticketIds.cbegin(), batch.plan.ticketIds.cend());
        batch.queue.clear();
        for (const auto &id : rest) {
            if (!m_inRun.contains(id) || m_batchOf.value(id) != i
                || isFinalState(m_tickets[id].state)
                || m_tickets[id].state == ReleaseState::Sending)
                continue;
            settle(id, ReleaseState::Skipped, tr("Not sent: %1").arg(text));
            writeSkipped(m_tickets[id], text);
        }
    }
    m_frontier = int(m_batches.size()) - 1; // nothing left to open
}

// Nothing is in flight and an open batch still holds tickets that may not start: they wait for
// a dependency placed after them (a hand-edited serial batch). Waiting longer cannot help.
void ReleaseExecutor::skipStuck()
{
    QStringList stuck;
    for (int i = m_current; i <= m_frontier && i < m_batches.size(); ++i) {
        for (const auto &id : m_batches.at(i).queue) {
            if (!mayStart(id))
                stuck << id;
        }
    }
    if (stuck.isEmpty())
        return;
    for (const QString &id : std::as_const(stuck)) {
        Batch &batch = m_batches[m_batchOf.value(id)];
        batch.queue.erase(std::find(batch.queue.begin(), batch.queue.end(), id));
        const QString reason = tr("waits for a dependency that is placed after it in the plan");
        settle(id, ReleaseState::Skipped, tr("Not sent: %1").arg(reason));
        writeSkipped(m_tickets[id], reason);
    }
    QMetaObject::invokeMethod(this, &ReleaseExecutor::advance, Qt::QueuedConnection);
}

void ReleaseExecutor::stopNewReleases(const QString &error)
{
    if (m_summary.error.isEmpty())
        m_summary.error = error;
    m_stopping = true;
    m_stopReason = error;
    log(tr("Stopping new releases: %1").arg(error));
}

bool ReleaseExecutor::isIdle() const
{
    // Every row of the run is written before it finishes.
    return m_inFlight == 0 && m_rechecks.isEmpty() && !m_waitingForSession
        && m_pendingWrites == 0;
}

void ReleaseExecutor::maybeFinish()
{
    if (!m_running || !isIdle())
        return;
    const bool stopNow = m_cancelled || m_stopping;
    if (!stopNow) {
        for (int i = m_current; i <= m_frontier && i < m_batches.size(); ++i) {
            if (m_batches.at(i).queue.empty())
                continue;
            if (!m_paused && !m_intervalTimer.isActive())
                skipStuck(); // nothing on the wire, yet nothing may go: a dependency order
            return; // paused, or waiting for the interval timer
        }
        if (m_frontier + 1 < m_batches.size())
            return; // paused before the next batch opened
    }
    if (stopNow)
        skipRemaining(m_cancelled ? tr("cancelled") : m_stopReason);
    // Staged intents whose ticket never went (settled without a request): closed, never left
    // to read as interrupted.
    for (const QString &id : m_staged.keys()) {
        if (m_staged.value(id).requestId >= 0)
            closeStaged(id, m_stopReason.isEmpty() ? tr("the run stopped") : m_stopReason);
    }
    if (m_pendingWrites > 0)
        return; // back here when the last rows are written
    m_running = false;
    m_intervalTimer.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->pool()->setLimit(m_limitBeforeRun);
    }
    m_summary.cancelled = m_cancelled;
    m_summary.elapsedMs = m_clock.elapsed();
    const QString state = m_cancelled ? QStringLiteral("cancelled")
        : m_stopping                  ? QStringLiteral("stopped")
                                      : QStringLiteral("finished");
    if (!m_history->finishRun(m_runId, state) && m_summary.error.isEmpty())
        m_summary.error = m_history->lastError();
    log(tr("Run %1 %2: %3").arg(m_runId).arg(RunSummary::stateText(state), m_summary.text()));
    emit finished(m_summary);
}
