#pragma once

#include "release/releaseoptions.h"
#include "release/releaseresult.h"
#include "releaseplan.h"
#include "releaseticket.h"
#include "ticketupdate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

class HistoryStore;
class HistoryWriter;
class PortalSession;
class ReleaseRecheck;
class ReleaseSender;
struct PortalSnapshot;
struct PreparedRelease;

// Runs the approved batches of a plan. start() once, exactly one finished() (never inside
// start()).
//
// - Only approved batches run, in plan order. A batch opens when the one before it is completely
//   done, or, with ReleaseOptions::overlapBatches, as soon as every ticket of the one before it
//   has been sent (its tickets then wait only for what they really need: their dependencies
//   done, no conflicting or non-concurrent ticket in flight). A parallel batch keeps
//   `concurrency` requests in flight (a slot is refilled as soon as one frees), a serial batch
//   sends one at a time. Two tickets of one conflict key never overlap and a non-concurrent
//   ticket goes alone, even in a hand-edited plan.
// - Each request: dependencies checked (dependants of anything not released are Skipped with
//   the reason), a request of the session's life taken (waiting for the session to renew when it
//   is spent or expired), intent committed to the history, then the sender; the outcome is
//   recorded after. A history that cannot record the intent stops every new release. The rows
//   are written by a HistoryWriter on its own thread (group commit); this thread never waits
//   for an fsync, it sends when the writer confirms the intent, and finished() comes after the
//   last row is written. Single-request releases of the next batch have their intents committed
//   while the open batch's last requests are on the wire, so a batch opens straight into
//   sending; an intent whose ticket then does not go is closed as skipped. A request goes
//   only on the session it took its request of the session's life from: one whose session
//   changed while its intent was committed waits for the live session and takes another.
// - An answer that is the portal's expired-session signal is a refusal before acting (unless the
//   profile says release.expired_answer "unknown"): recorded as such, the session renewed once
//   for everybody, the ticket sent again; turned away three times in a row it becomes Unknown.
//   Every other lost or unreadable answer is Unknown and never sent again.
// - Pause: no new requests, in-flight ones finish. Cancel: no new requests, the rest Skipped.
//   The failure policy decides what a failure stops.
// - Re-check (default on): a batch opens only when the list pages that hold its tickets were
//   read at most ReleaseOptions::recheckMaxAgeMs before (by a re-check, or by the scrape the
//   plan came from: setListReadTimes()); tickets no longer pending or at another version are
//   Skipped with the reason. A check is started while the batches before it still run (off
//   the critical path) for the next recheckLookahead batches that would be too old by the time
//   they open; it reads, one read per page, the pages of the batches up to recheckGroupSpan
//   ahead, or of those expected to open while it is young enough if more, and every later
//   batch whose tickets all were on those pages counts as checked too: the reads share the
//   run's limit with the releases, and batches mostly share pages.
//
// Lives on the session's thread (the GUI thread); the sender's workers only run libcurl.
class ReleaseExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseExecutor)
public:
    // Refusals in a row for one ticket after which it is Unknown instead of sent again.
    static constexpr int maxRefusals = 3;
    // A batch within this many of the open one is re-checked now if its check would be too
    // old when it opens...
    static constexpr int recheckLookahead = 2;
    // ...together with the batches up to this many ahead (their pages are read too), or more
    // when more are expected to open while the check is young enough.
    static constexpr int recheckGroupSpan = 8;

    ReleaseExecutor(PortalSession *session, HistoryStore *history, QObject *parent = nullptr);
    ~ReleaseExecutor() override;

    void setOptions(const ReleaseOptions &options);
    const ReleaseOptions &options() const { return m_options; }
    // When the list pages the tickets come from were read (ScrapeResult::pageReadAtMs, on
    // clockMs()'s clock): a batch whose pages were read recently enough needs no re-check
    // before it opens. Without it (or for a page not in it) every batch is re-checked.
    void setListReadTimes(const QHash<QUrl, qint64> &pageReadAtMs);
    // The monotonic clock in milliseconds that the re-check's ages are measured on (by default
    // TicketScraper::clockMs()); tests give one of their own.
    void setClock(std::function<qint64()> clockMs);

    // Starts the run; false (and nothing sent) if one is running, the history cannot record
    // the run, or no batch is approved. tickets: every ticket the plan names (and may depend on).
    bool start(const ReleasePlan &plan, const QList<ReleaseTicket> &tickets);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    int inFlight() const { return m_inFlight; }
    // Rows handed to the history's writer and not yet committed (intents, outcomes, skips).
    int pendingHistoryWrites() const { return m_pendingWrites; }
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
        std::deque<QString> queue; // not yet started (or turned away and waiting again)
        int total = 0;
        int done = 0;
        int inFlight = 0;
        qint64 checkedAtMs = -1; // when the pages its tickets are on were read; -1: never
        qint64 waitingSinceMs = -1; // ready to open, since then waiting for a check
        bool checking = false; // a re-check that covers it is running
        bool fullCheck = false; // the narrow re-check missed a ticket: read every page
    };
    enum class Dispatch { Sent, Settled, WaitForSession };

    void advance();
    bool mayOpenNext() const;
    void openBatch(int index);
    bool isFresh(const Batch &batch) const;
    bool mayOpenOnCheck(const Batch &batch) const;
    bool dueForCheck(int index) const;
    int lastOfGroup() const;
    void checkWhilePlacesIdle();
    void startRecheck(int index);
    void cancelRechecks();
    void onRechecked(const QList<int> &indices, qint64 readAtMs, const PortalSnapshot &snapshot);
    bool applyRecheck(int index, qint64 readAtMs, const PortalSnapshot &snapshot);
    void pump();
    bool pumpBatch(Batch &batch);
    bool mayStart(const QString &id) const;
    Dispatch dispatch(const QString &id);
    void onResult(
        const QString &id, qint64 requestId, quint64 generation, const ReleaseResult &result);
    bool handleRefusal(const QString &id, qint64 requestId, quint64 generation,
        const ReleaseResult &result);
    void applyFailurePolicy(const QString &id, ReleaseState state);
    void giveBack(const QString &id);
    void onIntentRecorded(const QString &id, const PreparedRelease &prepared, qint64 requestId,
        const QString &error, quint64 takenGeneration);
    void holdForSession(const QString &id, qint64 requestId);
    void prepareAgain(const QString &id, qint64 requestId);
    void dropCommitted(const QString &id, qint64 requestId, const QString &reason);
    void failUnsendable(const QString &id, const QString &error, qint64 requestId);
    void fewerPreparedAtOnce();
    void sendPrepared(const QString &id, const PreparedRelease &prepared, qint64 requestId);
    PreparedRelease buildSingle(const ReleaseTicket &ticket) const;
    void stageNext();
    void onStaged(const QString &id, qint64 requestId, const QString &error);
    bool closeStaged(const QString &id, const QString &reason);
    bool dependencyFailed(const ReleaseTicket &ticket) const;
    void writeOutcome(qint64 requestId, const QString &outcome, int httpStatus,
        const QString &message, const QDateTime &sentAt);
    void writeSkipped(const ReleaseTicket &ticket, const QString &reason);
    void waitForSession();
    QString unmetDependency(const ReleaseTicket &ticket) const;
    // Applies an update to our copy, emits it, and counts the ticket done once it is final.
    void settle(const TicketUpdate &update);
    void settle(const QString &id, ReleaseState state, const QString &message);
    void skipRemaining(const QString &reason);
    void skipStuck();
    void stopNewReleases(const QString &error);
    bool isIdle() const;
    void maybeFinish();
    void log(const QString &message);

    QPointer<PortalSession> m_session;
    HistoryStore *m_history; // the run's start and end; its rows go through m_writer
    std::unique_ptr<HistoryWriter> m_writer;
    int m_pendingWrites = 0; // rows queued on m_writer, not confirmed yet
    // Tickets of the next batch whose intent is committed (requestId) or being committed (-1)
    // ahead of their send; closing: settled meanwhile, the row is to be closed as skipped.
    struct Staged
    {
        qint64 requestId = -1;
        std::optional<QString> closing;
    };
    QHash<QString, Staged> m_staged;
    ReleaseSender *m_sender = nullptr;
    QHash<int, QPointer<ReleaseRecheck>> m_rechecks; // batch index → its (perhaps shared) re-check
    ReleaseOptions m_options;
    QHash<QUrl, qint64> m_listReadAtMs;
    std::function<qint64()> m_clockMs;
    qint64 m_lastOpenMs = -1; // when the last batch opened
    qint64 m_paceMs = 0; // time between batch openings, recent average: when will one open?

    QHash<QString, ReleaseTicket> m_tickets;
    QList<Batch> m_batches;
    QHash<QString, int> m_batchOf; // ticket id → index in m_batches
    int m_current = 0; // the first batch not completely done
    int m_frontier = -1; // the last batch opened (its tickets may go)
    QSet<QString> m_inRun; // ids in approved batches
    QSet<QString> m_settled; // ids of m_inRun in a final state (counted in progress)
    QHash<QString, QString> m_inFlightKeys; // id → conflict key, for requests on the wire
    QHash<QString, int> m_refusals; // id → expired-session refusals in a row
    QHash<quint64, int> m_refusedPerSession; // session generation → releases turned away
    bool m_nonConcurrentInFlight = false;
    int m_inFlight = 0;
    int m_done = 0;
    // Releases with read steps prepared or on the wire at once, lowered when their reads use up
    // the session's request budget (see fewerPreparedAtOnce()).
    int m_preparingCap = std::numeric_limits<int>::max();
    int m_limitBeforeRun = 1; // the session pool's limit, given back when the run ends
    qint64 m_runId = -1;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopping = false; // no new requests at all (stop policy, history error)
    bool m_stopAfterBatch = false; // finish the open batches, then stop
    bool m_waitingForSession = false; // no new request until the session is live again
    QString m_stopReason;
    QTimer m_intervalTimer;
    QElapsedTimer m_sinceLastStart;
    QElapsedTimer m_clock;
    RunSummary m_summary;
};
