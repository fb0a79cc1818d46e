#pragma once

#include "release/releaseoptions.h"
#include "releaseplan.h"
#include "release/releaseresult.h"
#include "releaseticket.h"
#include "ticketupdate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

class HistoryStore;
class PortalSession;
class ReleaseRecheck;
class ReleaseSender;
struct PortalSnapshot;

// Runs the approved batches of a plan (issue 7). A job: start() once, exactly one finished().
//
// - Only approved batches run, in plan order; the next starts when the previous is completely
//   done. A parallel batch keeps `concurrency` requests in flight until it is done (a slot is
//   refilled as soon as one frees, never waves); a serial batch sends one at a time. Two
//   tickets of one conflict key never overlap and a non-concurrent ticket goes alone, even
//   in a hand-edited plan.
// - Each request: dependencies checked (dependants of anything not released are Skipped with
//   the reason), intent committed to the history, then the sender; the outcome is recorded
//   after. A history that cannot record the intent stops every new release with its error.
// - Never an automatic retry. Pause: no new requests, in-flight ones finish. Cancel: no new
//   requests, the rest Skipped "cancelled". The failure policy decides what a failure stops.
// - Re-check (default on): before a batch starts, the portal's list pages are read again and
//   tickets no longer pending or at another version are Skipped with the reason.
//
// Lives on the session's thread (the GUI thread); the sender's workers only run libcurl.
class ReleaseExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseExecutor)
public:
    ReleaseExecutor(PortalSession *session, HistoryStore *history, QObject *parent = nullptr);
    ~ReleaseExecutor() override;

    void setOptions(const ReleaseOptions &options);
    const ReleaseOptions &options() const { return m_options; }

    // Starts the run; false (and nothing sent) if one is running, the history cannot record
    // the run, or no batch is approved. tickets: every ticket the plan names (and may depend on).
    bool start(const ReleasePlan &plan, const QList<ReleaseTicket> &tickets);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    int inFlight() const { return m_inFlight; }
    qint64 runId() const { return m_runId; }
    QString lastError() const { return m_summary.error; }
    // ReleaseDesk's view of one ticket in this run.
    ReleaseTicket ticket(const QString &id) const { return m_tickets.value(id); }

signals:
    void ticketUpdated(const TicketUpdate &update);
    void batchStarted(int batchIndex); // index in the plan
    void batchProgress(int batchIndex, int done, int total);
    void progress(int done, int total, int inFlight);
    void logMessage(const QString &message);
    void finished(const RunSummary &summary);

private:
    struct Batch
    {
        int planIndex = 0;
        PlanBatch plan;
        std::deque<QString> queue; // not yet started
        int done = 0;
    };

    void startNextBatch();
    void onRechecked(const PortalSnapshot &snapshot);
    void runBatch();
    void pump();
    bool mayStart(const QString &id) const;
    void dispatch(const QString &id);
    void onResult(
        const QString &id, qint64 requestId, quint64 generation, const ReleaseResult &result);
    void renewSession(quint64 generation);
    QString unmetDependency(const ReleaseTicket &ticket) const;
    // Applies an update to our copy, emits it, and counts the ticket done once it is final.
    void settle(const TicketUpdate &update);
    void settle(const QString &id, ReleaseState state, const QString &message);
    void skipRemaining(const QString &reason);
    void stopNewReleases(const QString &error);
    void maybeFinish();
    void log(const QString &message);

    QPointer<PortalSession> m_session;
    HistoryStore *m_history;
    ReleaseSender *m_sender = nullptr;
    ReleaseRecheck *m_recheck = nullptr;
    ReleaseOptions m_options;

    QHash<QString, ReleaseTicket> m_tickets;
    QList<Batch> m_batches;
    int m_current = -1;
    QSet<QString> m_inRun; // ids in approved batches
    QSet<QString> m_settled; // ids of m_inRun in a final state (counted in progress)
    QHash<QString, QString> m_inFlightKeys; // id → conflict key, for requests on the wire
    bool m_nonConcurrentInFlight = false;
    int m_inFlight = 0;
    int m_done = 0;
    qint64 m_runId = -1;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopping = false; // no new requests at all (stop policy, history error)
    bool m_stopAfterBatch = false; // finish this batch, then stop
    bool m_batchScheduled = false; // startNextBatch() is queued
    bool m_relogging
        = false; // the session expired on a release click: no new request until renewed
    QString m_stopReason;
    QTimer m_intervalTimer;
    QElapsedTimer m_sinceLastStart;
    QElapsedTimer m_clock;
    RunSummary m_summary;
};
