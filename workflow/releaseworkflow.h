#pragma once

#include "approvalscope.h"
#include "loginrequest.h"
#include "portalerror.h"
#include "profile/siteprofile.h"
#include "release/releaseoptions.h"
#include "runcounts.h"
#include "scrape/ticketscraper.h"
#include "ticketupdate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class HistoryStore;
class ReleaseExecutor;
class ReleaseRecheck;
class PlanModel;
class PortalSession;
class Reconciler;
class TicketScraper;
class TicketTableModel;
class WebhookNotifier;
struct WebhookEvent;
struct PortalSnapshot;
struct ReconcileVerdict;
struct ReleasePlan;

// The use cases of one connection, without widgets: connect, scrape, plan, approve, run,
// reconcile. It owns the portal session, the scraper, the ticket and plan models, the run and the
// history store. The window and the command line are front ends over it, so they apply the same
// rules (unresolved tickets held, a plan that does not depend on page arrival order, a batch that
// ran never runs again) and can be driven and tested without clicking. Lives on the GUI (main)
// thread; all network work is asynchronous and parsing runs on QtConcurrent.
class ReleaseWorkflow final : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Disconnected,
        LoggingIn,
        Connected, // logged in, nothing scraped yet
        Scraping,
        Ready, // tickets scraped (and maybe planned); nothing running
        Releasing,
        Paused,
    };
    Q_ENUM(Phase)

    explicit ReleaseWorkflow(QObject *parent = nullptr);
    ~ReleaseWorkflow() override;

    Phase phase() const { return m_phase; }
    TicketTableModel *tickets() const { return m_tickets; }
    PlanModel *plan() const { return m_plan; }
    PortalSession *session() const { return m_session; }
    const SiteProfile &profile() const { return m_profile; }
    QString user() const { return m_user; }
    // The history database; opened lazily, nullptr (with a log message) when it cannot open.
    HistoryStore *history();
    void setHistoryPath(const QString &path) { m_historyPath = path; } // tests: a temp file

    // Loads the profile, applies the user's overrides, logs in. loginFinished() comes once.
    void login(const LoginRequest &request);
    void disconnectFromPortal();

    void scrape();
    void cancelScrape();
    const ScrapeResult &lastScrape() const { return m_lastScrape; }
    // The window plans as soon as a complete list is in; the command line plans when it says.
    void setPlanAfterScrape(bool plan) { m_planAfterScrape = plan; }
    // Tickets whose last release has no known outcome are held out of every plan, unless a
    // person names them here (after the portal showed them pending: see Reconciler::resend).
    void setResendIds(const QStringList &ids) { m_resendIds = ids; }
    // Plans only the tickets the portal shows in a retryable status (list.retryable_statuses:
    // failed, may be released again), as if pending: the command line's "retry failed".
    void setRetryFailedOnly(bool only) { m_retryFailedOnly = only; }

    void makePlan(); // plans the scraped tickets (replaces any edits)
    // Plan edits as the context menu and drag and drop make them; all go through PlanModel.
    bool moveTicket(const QString &ticketId, int toBatch);
    bool moveToNewBatch(const QString &ticketId, int newBatchIndex);
    bool splitBatch(int batch, const QStringList &ticketIds);
    bool mergeWithNext(int batch);
    bool excludeTicket(const QString &ticketId);
    bool includeTicket(const QString &ticketId);

    // What approving would cover: the given batches, or every batch not yet approved or run.
    ApprovalScope scopeFor(const QList<int> &batches) const;
    ApprovalScope scopeForRemaining() const;
    // Records the approval (after the confirmation dialog was accepted; never before).
    void approve(const ApprovalScope &scope);
    int approvedBatchCount() const;

    // Runs the approved batches; false (and nothing sent) when no batch is approved or the plan
    // breaks a constraint. Limits and timeouts come from the profile (and the person's settings).
    bool startRelease(const ReleaseOptions &options);
    bool startRelease(const QString &failurePolicy);
    const RunSummary &lastRun() const { return m_lastRun; }
    qint64 runId() const; // the run going on, else the last one; -1 before any
    void pause();
    void resume();
    void cancelRun();
    void checkOnPortal(const QStringList &ticketIds);

    // Run figures for the status bar.
    int runDone() const { return m_runDone; }
    int runTotal() const { return m_runTotal; }
    int inFlight() const;
    qint64 elapsedMs() const;
    qint64 etaMs() const; // -1 while unknown

signals:
    void phaseChanged(ReleaseWorkflow::Phase phase);
    void message(const QString &text); // for the log pane, plain text
    void errorOccurred(const QString &text); // log pane + status bar
    void loginFinished(bool ok, const QString &message);
    void scrapeProgress(int pagesDone, int pagesKnown, int rows);
    void scrapeFinished(bool ok, const QString &summary);
    // What an earlier run left unknown or interrupted was judged on the portal after login.
    void leftoversChecked();
    void planReady();
    void ticketUpdated(const TicketUpdate &update); // a run's changes, as they happen
    void batchStarted(int planIndex);
    void runProgress(int done, int total, int inFlight);
    void runFinished(const QString &summary, qint64 elapsedMs);

private:
    void setPhase(Phase phase);
    void onScrapeFinished(const ScrapeResult &result);
    void onRunFinished(const RunSummary &summary);
    void onChecked(const QStringList &ids, const PortalSnapshot &snapshot);
    // After login, what a killed or crashed run (or an unknown answer) left behind is judged on
    // the portal by reading its list; nothing is ever re-sent from here.
    void reconcileLeftovers();
    void reconcileUnknown();
    void reportVerdicts(const QList<ReconcileVerdict> &verdicts);
    QList<ReleaseTicket> ticketsToPlan();
    bool isRunning() const { return m_phase == Phase::Releasing || m_phase == Phase::Paused; }

    SiteProfile m_profile;
    QString m_profilePath;
    QString m_user;
    Phase m_phase = Phase::Disconnected;
    PortalSession *m_session = nullptr;
    QPointer<TicketScraper> m_scraper;
    TicketTableModel *m_tickets;
    PlanModel *m_plan;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyPath;
    QPointer<ReleaseExecutor> m_executor;
    QPointer<ReleaseRecheck> m_check;
    QPointer<Reconciler> m_reconciler;
    // Tickets whose last answer was recorded as unknown (not interrupted): ticket → history row.
    QHash<QString, qint64> m_unknownRequests;
    // PlanBatch::id of this plan's batches a run has taken: never run twice. Ids restart with
    // every plan, so a new plan starts a new set.
    QSet<int> m_ranBatchIds;
    QStringList m_resendIds;
    bool m_retryFailedOnly = false;
    bool m_planAfterScrape = true;
    bool m_reconcileAfterLogin = true;
    ScrapeResult m_lastScrape;
    RunSummary m_lastRun;
    QElapsedTimer m_runClock;
    int m_runDone = 0;
    int m_runTotal = 0;

    // What a run leaves and the next steps it offers. Keyed by ticket: a run is the set of
    // tickets its approved batches held when it started.
public:
    enum class RunEnd { Finished, Stopped, Cancelled };
    Q_ENUM(RunEnd)
    enum class NextStep {
        RetryFailed, // a new plan of exactly the failed tickets the portal shows pending again
        ResumeRest, // a new plan of the skipped tickets still pending on the portal
    };
    Q_ENUM(NextStep)

    // The latest run's tickets by outcome (live while it runs).
    RunCounts runCounts() const;
    QStringList runTicketIds(ReleaseState state) const; // of the latest run, in run order
    const QStringList &runTickets() const { return m_runTicketIds; }
    QString profilePath() const { return m_profilePath; }
    // Tickets a cancel would skip now: in the run and not yet sent.
    int notYetSentCount() const;
    // What a next step would take up: tickets of any run of this connection now Failed (retry)
    // or Skipped (resume); a retry run does not make the first run's skipped tickets vanish.
    QStringList nextStepTickets(NextStep step) const;
    // Reads the portal for the tickets of the step, then plans exactly those it shows pending
    // (nothing approved: a person approves the new plan). nextStepPlanned() comes once.
    bool planNextStep(NextStep step);
    // Checks the latest run's unknown outcomes on the portal.
    void checkUnknownOfRun();
    // Team chat messages for the first failure and unknown outcome of a run and its end.
    void setWebhookNotifier(WebhookNotifier *notifier);
    WebhookNotifier *webhookNotifier() const;

signals:
    void runEnded(ReleaseWorkflow::RunEnd how, const RunCounts &counts);
    // The first failure (state Failed) or unknown outcome of a run, for a desktop notification.
    void runIncident(ReleaseState state, const QString &ticketId, const QString &message);
    // planned: tickets in the new plan; left: the step's tickets the portal does not show
    // pending (with why in the log).
    void nextStepPlanned(ReleaseWorkflow::NextStep step, int planned, const QStringList &left);

private:
    void beginRunRecord(const ReleasePlan &plan);
    void endRunRecord(const RunSummary &summary);
    void onTicketSettled(const TicketUpdate &update);
    void onNextStepChecked(NextStep step, const QStringList &ids, const PortalSnapshot &snapshot);
    void postWebhook(const WebhookEvent &event);

    QStringList m_runTicketIds;
    QStringList m_sessionRunTicketIds; // every run of this connection, each ticket once
    QSet<QString> m_sessionRunTicketSet;
    bool m_failureNotified = false; // in this run
    bool m_unknownNotified = false;
    QPointer<WebhookNotifier> m_webhook;
};
