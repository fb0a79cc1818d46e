#include "releasecontroller.h"

#include "appsettings.h"
#include "historystore.h"
#include "planmodel.h"
#include "planner.h"
#include "portalsession.h"
#include "ticketscraper.h"
#include "tickettablemodel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ReleaseController::ReleaseController(QObject *parent)
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

ReleaseController::~ReleaseController() = default;

void ReleaseController::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

HistoryStore *ReleaseController::history()
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

void ReleaseController::login(const LoginRequest &request)
{
    if (m_phase == Phase::Releasing || m_phase == Phase::Paused) {
        Q_EMIT loginFinished(false, tr("A release is running; cancel it before connecting again."));
        return;
    }
    disconnectFromPortal();
    ProfileError profileError;
    auto profile = SiteProfile::load(request.profilePath, &profileError);
    if (!profile) {
        Q_EMIT errorOccurred(profileError.text());
        Q_EMIT loginFinished(false, profileError.text());
        return;
    }
    if (request.baseUrlOverride.isValid() && !request.baseUrlOverride.isEmpty())
        profile->setBaseUrl(request.baseUrlOverride);
    // The user's settings win over the profile's politeness, where set.
    if (AppSettings::concurrencyLimit() > 0)
        profile->setConcurrency(AppSettings::concurrencyLimit());
    if (AppSettings::minIntervalMs() >= 0)
        profile->politeness.minIntervalMs = AppSettings::minIntervalMs();

    m_profile = *profile;
    m_profilePath = request.profilePath;
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
    });
    connect(m_session, &PortalSession::sessionRenewed, this,
        [this] { Q_EMIT message(tr("The portal ended the session; logged in again.")); });
    m_session->login(request.user, request.password);
}

void ReleaseController::disconnectFromPortal()
{
    cancelScrape();
    m_plan->clear();
    m_tickets->clear();
    if (m_session) {
        m_session->deleteLater();
        m_session = nullptr;
    }
    setPhase(Phase::Disconnected);
}

void ReleaseController::scrape()
{
    if (!m_session || !m_session->isLoggedIn() || m_phase == Phase::Scraping
        || m_phase == Phase::Releasing || m_phase == Phase::Paused)
        return;
    m_plan->clear();
    m_tickets->clear();
    m_scraper = new TicketScraper(m_session, this);
    connect(m_scraper, &TicketScraper::ticketsArrived, m_tickets, &TicketTableModel::appendTickets);
    connect(m_scraper, &TicketScraper::progress, this, &ReleaseController::scrapeProgress);
    connect(m_scraper, &TicketScraper::pageFailed, this, &ReleaseController::errorOccurred);
    connect(m_scraper, &TicketScraper::finished, this, &ReleaseController::onScrapeFinished);
    setPhase(Phase::Scraping);
    Q_EMIT message(tr("Reading the ticket list…"));
    m_scraper->start();
}

void ReleaseController::cancelScrape()
{
    if (m_scraper && m_scraper->isRunning())
        m_scraper->cancel();
}

void ReleaseController::onScrapeFinished(const ScrapeResult &result)
{
    if (m_scraper)
        m_scraper->deleteLater();
    const QString summary
        = tr("%n ticket(s) from %1 page(s)", nullptr, result.rows).arg(result.pages);
    setPhase(Phase::Ready);
    if (result.cancelled) {
        Q_EMIT message(tr("Reading cancelled; kept %1.").arg(summary));
        Q_EMIT scrapeFinished(false, summary);
        return;
    }
    if (result.error.isError() || result.pagesFailed > 0) {
        Q_EMIT errorOccurred(tr("Reading the ticket list failed (%1 page(s) failed): %2. Kept %3.")
                                 .arg(result.pagesFailed)
                                 .arg(result.error.text(), summary));
        Q_EMIT scrapeFinished(false, summary);
        return;
    }
    Q_EMIT message(tr("Read %1.").arg(summary));
    Q_EMIT scrapeFinished(true, summary);
    makePlan();
}

void ReleaseController::makePlan()
{
    if (m_phase != Phase::Ready)
        return;
    // Planning 100,000 tickets takes a noticeable moment: off the GUI thread, result applied here.
    const QList<ReleaseTicket> tickets = m_tickets->tickets();
    const PlanningHints hints = m_profile.planning;
    auto *watcher = new QFutureWatcher<ReleasePlan>(this);
    connect(watcher, &QFutureWatcher<ReleasePlan>::finished, this, [this, watcher, tickets, hints] {
        watcher->deleteLater();
        if (m_phase != Phase::Ready || m_tickets->rowCount() != tickets.size())
            return; // the tickets changed meanwhile: this plan is stale
        const ReleasePlan plan = watcher->result();
        m_plan->setPlan(plan, tickets, hints);
        Q_EMIT message(tr("Planned %1 ticket(s) in %2 batch(es) (at least %3 steps are needed, "
                          "the plan takes %4); %5 held back.")
                           .arg(plan.plannedCount())
                           .arg(plan.batches.size())
                           .arg(plan.lowerBoundBatches)
                           .arg(plan.stepCount())
                           .arg(plan.held.size()));
        for (const PlanProblem &problem : plan.problems)
            Q_EMIT message(problem.message);
        Q_EMIT planReady();
    });
    watcher->setFuture(
        QtConcurrent::run([tickets, hints] { return Planner::plan(tickets, hints); }));
}

bool ReleaseController::moveTicket(const QString &ticketId, int toBatch)
{
    return m_phase == Phase::Ready && m_plan->moveTicket(ticketId, toBatch);
}

bool ReleaseController::moveToNewBatch(const QString &ticketId, int newBatchIndex)
{
    return m_phase == Phase::Ready && m_plan->moveTicketToNewBatch(ticketId, newBatchIndex);
}

bool ReleaseController::splitBatch(int batch, const QStringList &ticketIds)
{
    return m_phase == Phase::Ready && m_plan->splitBatch(batch, ticketIds);
}

bool ReleaseController::mergeWithNext(int batch)
{
    return m_phase == Phase::Ready && m_plan->mergeBatches(batch, batch + 1);
}

bool ReleaseController::excludeTicket(const QString &ticketId)
{
    return m_phase == Phase::Ready
        && m_plan->excludeTicket(ticketId, tr("excluded by %1").arg(m_user));
}

bool ReleaseController::includeTicket(const QString &ticketId)
{
    return m_phase == Phase::Ready && m_plan->includeTicket(ticketId);
}

ApprovalScope ReleaseController::scopeFor(const QList<int> &batches) const
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

ApprovalScope ReleaseController::scopeForRemaining() const
{
    QList<int> remaining;
    const ReleasePlan &plan = m_plan->plan();
    for (int i = 0; i < plan.batches.size(); ++i) {
        if (!plan.batches.at(i).approved && m_plan->batchDoneCount(i) == 0)
            remaining << i;
    }
    return scopeFor(remaining);
}

void ReleaseController::approve(const ApprovalScope &scope)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (int batch : scope.batches)
        m_plan->approveBatch(batch, m_user, now);
    Q_EMIT message(tr("%1 approved %n batch(es)", nullptr, int(scope.batches.size())).arg(m_user)
        + u": "_s + scope.ticketIds.join(u", "_s));
}

int ReleaseController::approvedBatchCount() const
{
    int count = 0;
    for (const PlanBatch &batch : m_plan->plan().batches)
        count += batch.approved ? 1 : 0;
    return count;
}

bool ReleaseController::startRelease(const QString &failurePolicy)
{
    Q_UNUSED(failurePolicy)
    if (m_phase != Phase::Ready || approvedBatchCount() == 0) {
        Q_EMIT errorOccurred(tr("Nothing is approved: approve a batch before starting."));
        return false;
    }
    if (!m_plan->violations().isEmpty()) {
        Q_EMIT errorOccurred(tr("The plan breaks %n constraint(s); fix them before starting.",
            nullptr, int(m_plan->violations().size())));
        return false;
    }
    Q_EMIT errorOccurred(tr("Releasing is not available in this build yet."));
    return false;
}

void ReleaseController::pause()
{
}

void ReleaseController::resume()
{
}

void ReleaseController::cancelRun()
{
}

void ReleaseController::checkOnPortal(const QStringList &ticketIds)
{
    Q_UNUSED(ticketIds)
}

int ReleaseController::inFlight() const
{
    return 0;
}

qint64 ReleaseController::elapsedMs() const
{
    return m_runClock.isValid() ? m_runClock.elapsed() : 0;
}

qint64 ReleaseController::etaMs() const
{
    if (m_runDone <= 0 || m_runTotal <= m_runDone || !m_runClock.isValid())
        return -1;
    return m_runClock.elapsed() * (m_runTotal - m_runDone) / m_runDone;
}
