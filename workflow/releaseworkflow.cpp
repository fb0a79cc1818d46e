#include "releaseworkflow.h"

#include "historystore.h"
#include "planmodel.h"
#include "planner.h"
#include "session/portalsession.h"
#include "release/reconciler.h"
#include "release/releaseexecutor.h"
#include "release/releaseoptions.h"
#include "release/releaserecheck.h"
#include "scrape/ticketscraper.h"
#include "tickettablemodel.h"
#include "notify/webhookevent.h"
#include "notify/webhooknotifier.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

ReleaseWorkflow::ReleaseWorkflow(QObject *parent)
    : QObject(parent)
    , m_tickets(new TicketTableModel(this))
    , m_plan(new PlanModel(this))
{
    // The plan shows the same states as the table; following the table's coalesced signal keeps
    // a run of thousands of tickets at a few plan updates per second.
    connect(m_tickets, &TicketTableModel::statesChanged, this, [this](const QStringList &ids) {
        QList<TicketUpdate> updates;
        updates.reserve(ids.size());
        for (const QString &id : ids) {
            const int row = m_tickets->rowOf(id);
            if (row >= 0)
                updates << TicketUpdate::stateChange(id, m_tickets->ticket(row).state);
        }
        m_plan->applyUpdates(updates);
    });
}

ReleaseWorkflow::~ReleaseWorkflow() = default;

void ReleaseWorkflow::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

HistoryStore *ReleaseWorkflow::history()
{
    if (!m_history) {
        auto store = std::make_unique<HistoryStore>(
            m_historyPath.isEmpty() ? HistoryStore::defaultPath() : m_historyPath);
        if (!store->open()) {
            Q_EMIT errorOccurred(
                tr("The release history cannot be opened: %1").arg(store->lastError()));
            return nullptr;
        }
        m_history = std::move(store);
    }
    return m_history.get();
}

void ReleaseWorkflow::login(const LoginRequest &request)
{
    if (m_phase == Phase::Releasing || m_phase == Phase::Paused) {
        Q_EMIT loginFinished(false, tr("A release is running; cancel it before connecting again."));
        return;
    }
    disconnectFromPortal();
    ProfileError profileError;
    auto profile = request.profile ? request.profile
                                   : SiteProfile::load(request.profilePath, &profileError);
    if (!profile) {
        Q_EMIT errorOccurred(profileError.text());
        Q_EMIT loginFinished(false, profileError.text());
        return;
    }
    if (request.baseUrlOverride.isValid() && !request.baseUrlOverride.isEmpty())
        profile->setBaseUrl(request.baseUrlOverride);
    // The user's settings win over the profile's politeness, where set.
    if (request.concurrencyLimit > 0)
        profile->setConcurrency(request.concurrencyLimit);
    if (request.minIntervalMs >= 0)
        profile->politeness.minIntervalMs = request.minIntervalMs;

    m_profile = *profile;
    m_profilePath = request.profilePath;
    m_reconcileAfterLogin = request.reconcileLeftovers;
    m_user = request.user;
    m_session = new PortalSession(m_profile, this);
    setPhase(Phase::LoggingIn);
    Q_EMIT message(tr("Logging in to %1 as %2…").arg(m_profile.baseUrl.toDisplayString(), m_user));
    connect(m_session, &PortalSession::loginFinished, this, [this](const PortalError &error) {
        if (error.isError()) {
            Q_EMIT errorOccurred(tr("Login failed: %1").arg(error.text()));
            m_session->deleteLater();
            m_session = nullptr;
            setPhase(Phase::Disconnected);
            Q_EMIT loginFinished(false, error.text());
            return;
        }
        Q_EMIT message(tr("Logged in to %1.").arg(m_profile.baseUrl.toDisplayString()));
        setPhase(Phase::Connected);
        Q_EMIT loginFinished(true, {});
        if (m_reconcileAfterLogin && m_session)
            reconcileLeftovers();
    });
    // A renewal is not a login: the phase (and a run in progress) carries on.
    connect(m_session, &PortalSession::renewed, this,
        [this] { Q_EMIT message(tr("The portal ended the session; logged in again.")); });
    connect(m_session, &PortalSession::lost, this, [this](const PortalError &error) {
        Q_EMIT errorOccurred(
            tr("The portal session is gone: %1. Connect again to go on.").arg(error.text()));
    });
    m_session->login(request.user, request.password);
}

void ReleaseWorkflow::disconnectFromPortal()
{
    cancelScrape();
    m_plan->clear();
    m_tickets->clear();
    if (m_reconciler) {
        m_reconciler->deleteLater(); // its session goes too; it never sends, so nothing is lost
        m_reconciler = nullptr;
    }
    if (m_session) {
        m_session->deleteLater();
        m_session = nullptr;
    }
    setPhase(Phase::Disconnected);
}

void ReleaseWorkflow::scrape()
{
    if (!m_session || !m_session->isLoggedIn() || m_phase == Phase::Scraping
        || m_phase == Phase::Releasing || m_phase == Phase::Paused)
        return;
    m_plan->clear();
    m_tickets->clear();
    m_scraper = new TicketScraper(m_session, this);
    connect(m_scraper, &TicketScraper::ticketsArrived, m_tickets, &TicketTableModel::appendTickets);
    connect(m_scraper, &TicketScraper::progress, this, &ReleaseWorkflow::scrapeProgress);
    connect(m_scraper, &TicketScraper::pageFailed, this, &ReleaseWorkflow::errorOccurred);
    connect(m_scraper, &TicketScraper::finished, this, &ReleaseWorkflow::onScrapeFinished);
    setPhase(Phase::Scraping);
    Q_EMIT message(tr("Reading the ticket list…"));
    m_scraper->start();
}

void ReleaseWorkflow::cancelScrape()
{
    if (m_scraper && m_scraper->isRunning())
        m_scraper->cancel();
}

void ReleaseWorkflow::onScrapeFinished(const ScrapeResult &result)
{
    m_lastScrape = result;
    const QString summary = tr("%n ticket(s) from %1 of %2 page(s)", nullptr, result.rows)
                                .arg(result.pages)
                                .arg(result.pagesKnown);
    setPhase(Phase::Ready);
    if (result.cancelled) {
        Q_EMIT message(tr("Reading cancelled; kept %1.").arg(summary));
        Q_EMIT scrapeFinished(false, summary);
        return;
    }
    if (!result.isComplete()) {
        // Planning on a partial list could release a ticket whose dependency is unseen.
        const QString why = result.error.isError()
            ? result.error.text()
            : tr("the portal lists %1 tickets but %2 were read")
                  .arg(result.portalTotal)
                  .arg(result.rows);
        Q_EMIT errorOccurred(tr("The ticket list is incomplete: %1 of %2 page(s) could not be "
                                "read (%3). Kept %4; nothing is planned from a partial list.")
                                 .arg(result.pagesFailed)
                                 .arg(result.pagesKnown)
                                 .arg(why, summary));
        Q_EMIT scrapeFinished(false, summary);
        return;
    }
    if (result.renewals > 0)
        Q_EMIT message(tr("Read %1; the portal ended the session %n time(s) on the way and "
                          "ReleaseDesk logged in again.",
            nullptr, result.renewals)
                           .arg(summary));
    else
        Q_EMIT message(tr("Read %1.").arg(summary));
    Q_EMIT scrapeFinished(true, summary);
    if (m_planAfterScrape)
        makePlan();
}

// The tickets as every front end plans them: in id order (page arrival order must not change
// the plan), with tickets whose last release is unresolved held as unknown.
QList<ReleaseTicket> ReleaseWorkflow::ticketsToPlan()
{
    // The planner orders its input by id itself; this order adds the version, so that of one id
    // twice the lower version comes first, and the plan model and Planner::validate (which take
    // the first of a duplicated id, as the planner does) see the order it planned in.
    QList<ReleaseTicket> tickets = m_tickets->tickets();
    std::stable_sort(tickets.begin(), tickets.end(), ticketOrderLess);
    if (m_retryFailedOnly) {
        for (ReleaseTicket &ticket : tickets)
            ticket.pendingOnPortal = ticket.retryableOnPortal;
    }
    HistoryStore *store = history();
    if (!store)
        return tickets;
    const QHash<QString, HistoryRequest> unresolved = store->unresolvedTickets(m_profile.baseUrl);
    QList<TicketUpdate> updates;
    for (ReleaseTicket &ticket : tickets) {
        const auto it = unresolved.constFind(ticket.id);
        if (it == unresolved.cend() || m_resendIds.contains(ticket.id)
            || ticket.state == ReleaseState::Unknown)
            continue;
        ticket.state = ReleaseState::Unknown;
        ticket.message = tr("outcome unknown since run %1: not sent again on its own; check it "
                            "on the portal first")
                             .arg(it->run);
        updates << TicketUpdate::stateChange(ticket.id, ticket.state, ticket.message);
    }
    if (!updates.isEmpty())
        m_tickets->applyUpdates(updates);
    return tickets;
}

void ReleaseWorkflow::makePlan()
{
    if (m_phase != Phase::Ready)
        return;
    // Planning 100,000 tickets takes a noticeable moment: off the GUI thread, result applied here.
    const QList<ReleaseTicket> tickets = ticketsToPlan();
    const PlanningHints hints = m_profile.planning;
    auto *watcher = new QFutureWatcher<ReleasePlan>(this);
    connect(watcher, &QFutureWatcher<ReleasePlan>::finished, this, [this, watcher, tickets, hints] {
        watcher->deleteLater();
        if (m_phase != Phase::Ready || m_tickets->rowCount() != tickets.size())
            return; // the tickets changed meanwhile: this plan is stale
        const ReleasePlan plan = watcher->result();
        m_plan->setPlan(plan, tickets, hints);
        m_ranBatchIds.clear(); // batch ids restart with every plan
        Q_EMIT message(tr("Planned %1 ticket(s) in %2 batch(es) (at least %3 steps are needed, "
                          "the plan takes %4); %5 held back.")
                           .arg(plan.plannedCount())
                           .arg(plan.batches.size())
                           .arg(plan.lowerBoundBatches)
                           .arg(plan.stepCount())
                           .arg(m_plan->heldPendingCount()));
        for (const PlanProblem &problem : plan.problems)
            Q_EMIT message(problem.message);
        Q_EMIT planReady();
    });
    watcher->setFuture(
        QtConcurrent::run([tickets, hints] { return Planner::plan(tickets, hints); }));
}

bool ReleaseWorkflow::moveTicket(const QString &ticketId, int toBatch)
{
    return m_phase == Phase::Ready && m_plan->moveTicket(ticketId, toBatch);
}

bool ReleaseWorkflow::moveToNewBatch(const QString &ticketId, int newBatchIndex)
{
    return m_phase == Phase::Ready && m_plan->moveTicketToNewBatch(ticketId, newBatchIndex);
}

bool ReleaseWorkflow::splitBatch(int batch, const QStringList &ticketIds)
{
    return m_phase == Phase::Ready && m_plan->splitBatch(batch, ticketIds);
}

bool ReleaseWorkflow::mergeWithNext(int batch)
{
    return m_phase == Phase::Ready && m_plan->mergeBatches(batch, batch + 1);
}

bool ReleaseWorkflow::excludeTicket(const QString &ticketId)
{
    return m_phase == Phase::Ready
        && m_plan->excludeTicket(ticketId, tr("excluded by %1").arg(m_user));
}

bool ReleaseWorkflow::includeTicket(const QString &ticketId)
{
    return m_phase == Phase::Ready && m_plan->includeTicket(ticketId);
}

ApprovalScope ReleaseWorkflow::scopeFor(const QList<int> &batches) const
{
    ApprovalScope scope;
    const ReleasePlan &plan = m_plan->plan();
    for (int index : batches) {
        if (index < 0 || index >= plan.batches.size())
            continue;
        const PlanBatch &batch = plan.batches.at(index);
        scope.batches << index;
        (batch.kind == PlanBatch::Kind::Parallel ? scope.parallelBatches : scope.serialBatches)++;
        for (const QString &id : batch.ticketIds) {
            scope.ticketIds << id;
            const int row = m_tickets->rowOf(id);
            if (row < 0)
                continue;
            const ReleaseTicket &ticket = m_tickets->ticket(row);
            scope.applications[ticket.application]++;
            scope.environments[ticket.environment]++;
        }
    }
    return scope;
}

ApprovalScope ReleaseWorkflow::scopeForRemaining() const
{
    QList<int> remaining;
    const ReleasePlan &plan = m_plan->plan();
    for (int i = 0; i < plan.batches.size(); ++i) {
        if (!plan.batches.at(i).approved && m_plan->batchDoneCount(i) == 0)
            remaining << i;
    }
    return scopeFor(remaining);
}

void ReleaseWorkflow::approve(const ApprovalScope &scope)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (int batch : scope.batches)
        m_plan->approveBatch(batch, m_user, now);
    // A count, not every id: a log line of 235 ids is read by nobody.
    Q_EMIT message(tr("%1 approved %n batch(es)", nullptr, int(scope.batches.size())).arg(m_user)
        + u": "_s + tr("%n ticket(s)", nullptr, int(scope.ticketIds.size())));
}

int ReleaseWorkflow::approvedBatchCount() const
{
    int count = 0;
    for (const PlanBatch &batch : m_plan->plan().batches)
        count += batch.approved ? 1 : 0;
    return count;
}

bool ReleaseWorkflow::startRelease(const QString &failurePolicy)
{
    ReleaseOptions options;
    options.failurePolicy = failurePolicyFromName(failurePolicy);
    return startRelease(options);
}

bool ReleaseWorkflow::startRelease(const ReleaseOptions &runOptions)
{
    if (m_phase != Phase::Ready || !m_session)
        return false;
    // Only batches approved and not yet taken by a run: a finished batch never runs again.
    ReleasePlan plan = m_plan->plan();
    int approved = 0;
    for (PlanBatch &batch : plan.batches) {
        if (m_ranBatchIds.contains(batch.id))
            batch.approved = false;
        approved += batch.approved ? 1 : 0;
    }
    if (approved == 0) {
        Q_EMIT errorOccurred(tr("Nothing is approved: approve a batch before starting."));
        return false;
    }
    if (!m_plan->violations().isEmpty()) {
        Q_EMIT errorOccurred(tr("The plan breaks %n constraint(s); fix them before starting.",
            nullptr, int(m_plan->violations().size())));
        return false;
    }
    HistoryStore *store = history();
    if (!store)
        return false; // no durable intent record, no release

    ReleaseOptions options = runOptions;
    options.concurrency = m_profile.politeness.concurrency;
    options.minIntervalMs = m_profile.politeness.minIntervalMs;
    options.releaseTimeoutMs = m_profile.politeness.releaseTimeoutMs;
    options.user = m_user;
    options.profileName = m_profile.name;

    auto *executor = new ReleaseExecutor(m_session, store, this);
    executor->setOptions(options);
    // The list the plan was made from is the first batches' check while it is young enough
    // (a scripted scrape-plan-release); one read minutes ago before a person approved is not.
    executor->setListReadTimes(m_lastScrape.pageReadAtMs);
    connect(
        executor, &ReleaseExecutor::ticketUpdated, m_tickets, &TicketTableModel::scheduleUpdate);
    connect(executor, &ReleaseExecutor::ticketUpdated, this, &ReleaseWorkflow::ticketUpdated);
    connect(executor, &ReleaseExecutor::batchStarted, this, &ReleaseWorkflow::batchStarted);
    connect(executor, &ReleaseExecutor::logMessage, this, &ReleaseWorkflow::message);
    connect(executor, &ReleaseExecutor::progress, this, [this](int done, int total, int inFlight) {
        m_runDone = done;
        m_runTotal = total;
        Q_EMIT runProgress(done, total, inFlight);
    });
    connect(executor, &ReleaseExecutor::finished, this, &ReleaseWorkflow::onRunFinished);
    m_runDone = 0;
    m_runTotal = 0;
    for (const PlanBatch &batch : std::as_const(plan.batches))
        m_runTotal += batch.approved ? batch.size() : 0;
    if (!executor->start(plan, m_tickets->tickets())) {
        Q_EMIT errorOccurred(tr("The release could not start: %1").arg(executor->lastError()));
        executor->deleteLater();
        return false;
    }
    for (const PlanBatch &batch : std::as_const(plan.batches)) {
        if (batch.approved)
            m_ranBatchIds.insert(batch.id);
    }
    m_executor = executor;
    beginRunRecord(plan);
    m_runClock.start();
    setPhase(Phase::Releasing);
    Q_EMIT message(tr("Release started: %n ticket(s); %1.", nullptr, m_runTotal)
                       .arg(failurePolicyDescription(options.failurePolicy)));
    Q_EMIT runProgress(0, m_runTotal, 0);
    return true;
}

void ReleaseWorkflow::onRunFinished(const RunSummary &summary)
{
    // The last state changes must be in the table before anyone reads the outcome.
    m_tickets->flushScheduledUpdates();
    m_lastRun = summary;
    if (m_executor)
        m_executor->deleteLater();
    m_runDone = summary.succeeded + summary.failed + summary.unknown + summary.skipped;
    m_runTotal = summary.total;
    QString text = tr("Release finished: %1 of %2 released, %3 failed, %4 unknown, %5 skipped.")
                       .arg(summary.succeeded)
                       .arg(summary.total)
                       .arg(summary.failed)
                       .arg(summary.unknown)
                       .arg(summary.skipped);
    if (summary.cancelled)
        text += u' ' + tr("The run was cancelled.");
    else if (summary.stopped)
        text += u' ' + tr("The failure policy stopped the run.");
    if (!summary.error.isEmpty())
        text += u' ' + summary.error;
    if (summary.unknown > 0)
        text += u' '
            + tr("Unknown outcomes may or may not have been released: check them on the portal "
                 "before anything else (%1).")
                  .arg(summary.unknownIds.join(u", "_s));
    setPhase(Phase::Ready);
    endRunRecord(summary);
    Q_EMIT runFinished(text, summary.elapsedMs > 0 ? summary.elapsedMs : elapsedMs());
}

void ReleaseWorkflow::pause()
{
    if (m_executor && m_phase == Phase::Releasing) {
        m_executor->pause();
        setPhase(Phase::Paused);
        Q_EMIT message(tr("Paused: requests in flight finish, no new ones start."));
    }
}

void ReleaseWorkflow::resume()
{
    if (m_executor && m_phase == Phase::Paused) {
        m_executor->resume();
        setPhase(Phase::Releasing);
        Q_EMIT message(tr("Resumed."));
    }
}

void ReleaseWorkflow::cancelRun()
{
    if (m_executor && isRunning()) {
        Q_EMIT message(tr("Cancelling: requests in flight finish, the rest is skipped."));
        m_executor->cancel();
    }
}

void ReleaseWorkflow::checkOnPortal(const QStringList &ticketIds)
{
    if (!m_session || m_check || ticketIds.isEmpty() || isRunning())
        return;
    // One read of the list (one request per page), not one request per ticket.
    m_check = new ReleaseRecheck(m_session, this);
    connect(m_check, &ReleaseRecheck::finished, this,
        [this, ticketIds](const PortalSnapshot &snapshot) {
            onChecked(ticketIds, snapshot); // the job deletes itself
        });
    Q_EMIT message(tr("Checking %n ticket(s) on the portal…", nullptr, int(ticketIds.size())));
    m_check->start();
}

void ReleaseWorkflow::onChecked(const QStringList &ids, const PortalSnapshot &snapshot)
{
    if (snapshot.error.isError()) {
        Q_EMIT errorOccurred(tr("Checking on the portal failed: %1").arg(snapshot.error.text()));
        return;
    }
    // What the check settles is recorded, so the next start does not hold the ticket again.
    HistoryStore *store = history();
    const QHash<QString, HistoryRequest> unresolved
        = store ? store->unresolvedTickets(m_profile.baseUrl) : QHash<QString, HistoryRequest> {};
    QList<TicketUpdate> updates;
    for (const QString &id : ids) {
        const int row = m_tickets->rowOf(id);
        if (row < 0)
            continue;
        const ReleaseTicket &ours = m_tickets->ticket(row);
        const auto it = snapshot.tickets.constFind(id);
        TicketUpdate update;
        update.id = id;
        if (it == snapshot.tickets.cend()) {
            Q_EMIT message(tr("#%1 is no longer listed on the portal.").arg(id));
            continue;
        }
        update.portalStatus = it->portalStatus;
        update.pendingOnPortal = it->pendingOnPortal;
        const auto leftover = unresolved.constFind(id);
        if (leftover != unresolved.cend()) {
            const ReconcileVerdict verdict = ReconcileVerdict::judge(id, &*it, m_profile.planning);
            if (verdict.state() != ReleaseState::Unknown)
                store->recordReconciled(leftover->id, verdict.outcomeName(), verdict.message);
        }
        if (Planner::isReleased(*it, m_profile.planning)) {
            if (ours.state != ReleaseState::Succeeded) {
                update.state = ReleaseState::Succeeded;
                update.message = tr("released (confirmed on the portal: %1)").arg(it->portalStatus);
            }
        } else if (it->pendingOnPortal && ours.state == ReleaseState::Unknown) {
            // Not released: safe to send again, but only when a person plans and approves it.
            update.state = ReleaseState::Pending;
            update.message = tr("still pending on the portal: not released; plan and approve it "
                                "again to send it");
        }
        Q_EMIT message(tr("#%1 on the portal: %2").arg(id, it->portalStatus));
        updates << update;
    }
    m_tickets->applyUpdates(updates);
}

void ReleaseWorkflow::reconcileLeftovers()
{
    HistoryStore *store = history();
    if (!store || !m_session || m_reconciler)
        return;
    // Only this portal's tickets: an id means another ticket on another portal. The latest
    // request per ticket is the one to settle; "intent"/"sent" rows are a run that was killed.
    const QHash<QString, HistoryRequest> unresolved = store->unresolvedTickets(m_profile.baseUrl);
    store->markRunsInterrupted();
    if (unresolved.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT leftoversChecked(); }, Qt::QueuedConnection);
        return;
    }
    m_unknownRequests.clear();
    QMap<qint64, int> interruptedPerRun; // ordered, so the log reads run by run
    for (const HistoryRequest &request : unresolved) {
        m_unknownRequests.insert(request.ticket, request.id);
        if (!request.interrupted())
            continue;
        ++interruptedPerRun[request.run];
        // Unknown from now on, even if the portal cannot be read: the answer never came.
        store->recordReconciled(request.id, QStringLiteral("unknown"),
            tr("interrupted: the process ended before the answer came"));
    }
    for (auto it = interruptedPerRun.cbegin(); it != interruptedPerRun.cend(); ++it)
        Q_EMIT message(tr("Run %1 was interrupted: %n release request(s) had no answer; checking "
                          "them on the portal…",
            nullptr, it.value())
                           .arg(it.key()));
    const qsizetype unknownOnly = unresolved.size()
        - std::accumulate(interruptedPerRun.cbegin(), interruptedPerRun.cend(), 0);
    if (unknownOnly > 0)
        Q_EMIT message(tr("%n earlier release request(s) ended with an unknown outcome; checking "
                          "them on the portal…",
            nullptr, int(unknownOnly)));
    reconcileUnknown();
}

void ReleaseWorkflow::reconcileUnknown()
{
    // The Reconciler only reads the list (one request per page); it sends nothing.
    // No store: reconcile() records nothing itself; reportVerdicts() records per history row.
    m_reconciler = new Reconciler(m_session, nullptr, this);
    connect(m_reconciler, &Reconciler::finished, this, [this](const QList<ReconcileVerdict> &v) {
        m_reconciler->deleteLater();
        m_reconciler = nullptr;
        reportVerdicts(v);
        Q_EMIT leftoversChecked();
    });
    if (!m_reconciler->reconcile(m_unknownRequests.keys())) {
        m_reconciler->deleteLater();
        m_reconciler = nullptr;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT leftoversChecked(); }, Qt::QueuedConnection);
    }
}

void ReleaseWorkflow::reportVerdicts(const QList<ReconcileVerdict> &verdicts)
{
    HistoryStore *store = history();
    int settled = 0;
    for (const ReconcileVerdict &verdict : verdicts) {
        const qint64 request = m_unknownRequests.value(verdict.ticketId, -1);
        if (store && request >= 0)
            store->recordReconciled(request, verdict.outcomeName(), verdict.message);
        switch (verdict.kind) {
        case ReconcileVerdict::Kind::Released:
            ++settled;
            Q_EMIT message(tr("#%1 was released (the portal shows %2).")
                               .arg(verdict.ticketId, verdict.portalStatus));
            break;
        case ReconcileVerdict::Kind::FailedOnPortal:
            ++settled;
            Q_EMIT message(
                tr("#%1 failed on the portal (%2).").arg(verdict.ticketId, verdict.portalStatus));
            break;
        case ReconcileVerdict::Kind::StillPending:
            Q_EMIT message(tr("#%1 is still pending on the portal: it was not released. Nothing "
                              "is re-sent; plan and approve it again to send it.")
                               .arg(verdict.ticketId));
            break;
        default:
            Q_EMIT message(tr("#%1 is still unknown: %2").arg(verdict.ticketId, verdict.message));
            break;
        }
    }
    Q_EMIT message(tr("Checked %1 earlier request(s) on the portal: %2 settled, %3 not; nothing "
                      "was re-sent.")
                       .arg(verdicts.size())
                       .arg(settled)
                       .arg(verdicts.size() - settled));
    m_unknownRequests.clear();
}

qint64 ReleaseWorkflow::runId() const
{
    return m_executor ? m_executor->runId() : m_lastRun.runId;
}

int ReleaseWorkflow::inFlight() const
{
    return m_executor ? m_executor->inFlight() : 0;
}

qint64 ReleaseWorkflow::elapsedMs() const
{
    return m_runClock.isValid() ? m_runClock.elapsed() : 0;
}

qint64 ReleaseWorkflow::etaMs() const
{
    if (m_runDone <= 0 || m_runTotal <= m_runDone || !m_runClock.isValid())
        return -1;
    return m_runClock.elapsed() * (m_runTotal - m_runDone) / m_runDone;
}

RunCounts ReleaseWorkflow::runCounts() const
{
    RunCounts counts;
    for (const QString &id : m_runTicketIds) {
        const int row = m_tickets->rowOf(id);
        if (row >= 0)
            counts.add(m_tickets->ticket(row).state);
    }
    return counts;
}

QStringList ReleaseWorkflow::runTicketIds(ReleaseState state) const
{
    QStringList ids;
    for (const QString &id : m_runTicketIds) {
        const int row = m_tickets->rowOf(id);
        if (row >= 0 && m_tickets->ticket(row).state == state)
            ids << id;
    }
    return ids;
}

int ReleaseWorkflow::notYetSentCount() const
{
    if (!isRunning())
        return 0;
    int count = 0;
    for (const QString &id : m_runTicketIds) {
        const int row = m_tickets->rowOf(id);
        if (row < 0)
            continue;
        const ReleaseState state = m_tickets->ticket(row).state;
        count += !isFinalState(state) && state != ReleaseState::Sending ? 1 : 0;
    }
    return count;
}

void ReleaseWorkflow::beginRunRecord(const ReleasePlan &plan)
{
    m_runTicketIds.clear();
    for (const PlanBatch &batch : plan.batches) {
        if (batch.approved)
            m_runTicketIds += batch.ticketIds;
    }
    for (const QString &id : std::as_const(m_runTicketIds)) {
        if (!m_sessionRunTicketSet.contains(id)) {
            m_sessionRunTicketSet.insert(id);
            m_sessionRunTicketIds << id;
        }
    }
    m_failureNotified = false;
    m_unknownNotified = false;
    connect(m_executor, &ReleaseExecutor::ticketUpdated, this, &ReleaseWorkflow::onTicketSettled);
}

void ReleaseWorkflow::onTicketSettled(const TicketUpdate &update)
{
    if (!update.state)
        return;
    const bool failed = *update.state == ReleaseState::Failed;
    const bool unknown = *update.state == ReleaseState::Unknown;
    // Once per run and kind: the first failure says "look now"; fifty more say nothing new.
    if ((failed && std::exchange(m_failureNotified, true))
        || (unknown && std::exchange(m_unknownNotified, true)) || (!failed && !unknown))
        return;
    const QString why = update.message.value_or(QString());
    const QString text = failed
        ? tr("#%1 failed: %2").arg(update.id, why)
        : tr("#%1: no answer, the outcome is unknown: %2").arg(update.id, why);
    Q_EMIT runIncident(*update.state, update.id, text);
    WebhookEvent event;
    event.kind = failed ? WebhookEvent::Kind::Failure : WebhookEvent::Kind::Unknown;
    event.profileName = m_profile.name;
    event.detail = text;
    // The table gets this update on its coalescing timer: count it in now.
    event.counts = runCounts();
    const int row = m_tickets->rowOf(update.id);
    if (row >= 0 && m_tickets->ticket(row).state != *update.state) {
        event.counts.remove(m_tickets->ticket(row).state);
        event.counts.add(*update.state);
    }
    postWebhook(event);
}

void ReleaseWorkflow::endRunRecord(const RunSummary &summary)
{
    const RunEnd how = summary.cancelled ? RunEnd::Cancelled
        : summary.stopped || !summary.error.isEmpty() ? RunEnd::Stopped
                                                      : RunEnd::Finished;
    const RunCounts counts = runCounts();
    WebhookEvent event;
    event.kind = how == RunEnd::Cancelled ? WebhookEvent::Kind::Cancelled
        : how == RunEnd::Stopped          ? WebhookEvent::Kind::Stopped
                                          : WebhookEvent::Kind::Finished;
    event.profileName = m_profile.name;
    event.runId = summary.runId;
    event.counts = counts;
    if (!summary.unknownIds.isEmpty())
        event.detail = tr("Check on the portal before anything else: %1")
                           .arg(summary.unknownIds.mid(0, 20).join(u", "_s));
    postWebhook(event);
    Q_EMIT runEnded(how, counts);
}

void ReleaseWorkflow::setWebhookNotifier(WebhookNotifier *notifier)
{
    m_webhook = notifier;
}

WebhookNotifier *ReleaseWorkflow::webhookNotifier() const
{
    return m_webhook;
}

void ReleaseWorkflow::postWebhook(const WebhookEvent &event)
{
    if (m_webhook && m_webhook->isEnabled())
        m_webhook->post(event);
}

void ReleaseWorkflow::checkUnknownOfRun()
{
    checkOnPortal(runTicketIds(ReleaseState::Unknown));
}

QStringList ReleaseWorkflow::nextStepTickets(NextStep step) const
{
    const ReleaseState wanted
        = step == NextStep::RetryFailed ? ReleaseState::Failed : ReleaseState::Skipped;
    QStringList ids;
    for (const QString &id : m_sessionRunTicketIds) {
        const int row = m_tickets->rowOf(id);
        if (row >= 0 && m_tickets->ticket(row).state == wanted)
            ids << id;
    }
    return ids;
}

bool ReleaseWorkflow::planNextStep(NextStep step)
{
    if (m_phase != Phase::Ready || !m_session || m_check)
        return false;
    const QStringList ids = nextStepTickets(step);
    if (ids.isEmpty())
        return false;
    // Never from what the table remembers: a failed ticket may have been fixed or released by
    // someone else meanwhile. One read of the list (one request per page) decides.
    m_check = new ReleaseRecheck(m_session, this);
    connect(m_check, &ReleaseRecheck::finished, this,
        [this, step, ids](const PortalSnapshot &snapshot) {
            onNextStepChecked(step, ids, snapshot); // the job deletes itself
        });
    Q_EMIT message(step == NextStep::RetryFailed
            ? tr("Reading the portal before retrying %n failed ticket(s)…", nullptr,
                  int(ids.size()))
            : tr("Reading the portal before resuming %n skipped ticket(s)…", nullptr,
                  int(ids.size())));
    m_check->start();
    return true;
}

void ReleaseWorkflow::onNextStepChecked(
    NextStep step, const QStringList &ids, const PortalSnapshot &snapshot)
{
    if (snapshot.error.isError()) {
        Q_EMIT errorOccurred(tr("Reading the portal failed: %1. Nothing was planned.")
                                 .arg(snapshot.error.text()));
        Q_EMIT nextStepPlanned(step, 0, ids);
        return;
    }
    if (m_phase != Phase::Ready)
        return;
    QList<TicketUpdate> updates;
    QSet<QString> chosen;
    QStringList left;
    for (const QString &id : ids) {
        const auto it = snapshot.tickets.constFind(id);
        if (it == snapshot.tickets.cend()) {
            Q_EMIT message(tr("#%1 is no longer listed on the portal; left out.").arg(id));
            left << id;
            continue;
        }
        TicketUpdate update;
        update.id = id;
        update.portalStatus = it->portalStatus;
        update.pendingOnPortal = it->pendingOnPortal;
        update.retryableOnPortal = it->retryableOnPortal;
        // A failed ticket goes again only when the portal would take it: pending again, or a
        // status the profile lists in retryable_statuses.
        const bool sendable = it->pendingOnPortal
            || (step == NextStep::RetryFailed && it->retryableOnPortal);
        if (sendable && !Planner::isReleased(*it, m_profile.planning)) {
            update.state = ReleaseState::Pending;
            update.startedAt = QDateTime(); // the earlier attempt's times belong to its run
            update.finishedAt = QDateTime();
            update.message = step == NextStep::RetryFailed
                ? tr("to retry: the portal shows it as %1").arg(it->portalStatus)
                : tr("to resume: the portal shows it as %1").arg(it->portalStatus);
            chosen.insert(id);
        } else if (step == NextStep::RetryFailed && !m_profile.list.retryableStatuses.isEmpty()) {
            Q_EMIT message(tr("#%1 shows %2 on the portal, which the profile does not list as "
                              "retryable; left out.")
                               .arg(id, it->portalStatus));
            left << id;
        } else {
            Q_EMIT message(tr("#%1 is not pending on the portal (%2); left out.")
                               .arg(id, it->portalStatus));
            left << id;
        }
        updates << update;
    }
    m_tickets->applyUpdates(updates);
    m_tickets->flushScheduledUpdates();

    // Exactly the chosen tickets are plannable; every other ticket is context (a dependency is
    // released or it is not), never part of this plan.
    QList<ReleaseTicket> input = m_tickets->tickets();
    for (ReleaseTicket &ticket : input) {
        if (!chosen.contains(ticket.id))
            ticket.pendingOnPortal = false;
        else if (ticket.retryableOnPortal)
            ticket.pendingOnPortal = true; // the planner plans pending tickets only
    }
    ReleasePlan plan = Planner::plan(input, m_profile.planning);
    // New batch ids: a batch id a run has taken never runs again.
    int nextId = 1;
    for (int id : std::as_const(m_ranBatchIds))
        nextId = std::max(nextId, id + 1);
    for (PlanBatch &batch : plan.batches)
        batch.id = nextId++;
    m_plan->setPlan(plan, input, m_profile.planning);
    const int planned = plan.plannedCount();
    for (const HeldTicket &held : std::as_const(plan.held)) {
        if (chosen.contains(held.ticketId)) {
            left << held.ticketId;
            Q_EMIT message(tr("#%1 is held back: %2").arg(held.ticketId, held.message));
        }
    }
    Q_EMIT message(step == NextStep::RetryFailed
            ? tr("Planned %n failed ticket(s) to retry in %1 batch(es); approve them to send.",
                  nullptr, planned)
                  .arg(plan.batches.size())
            : tr("Planned %n skipped ticket(s) to resume in %1 batch(es); approve them to send.",
                  nullptr, planned)
                  .arg(plan.batches.size()));
    Q_EMIT planReady();
    Q_EMIT nextStepPlanned(step, planned, left);
}
