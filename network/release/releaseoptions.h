#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// What to do when a release fails or its outcome is unknown, chosen per run.
enum class FailurePolicy {
    StopAtFirstFailure, // no new request after the first failure; the in-flight ones finish
    FinishBatchThenStop, // the current batch goes on, no batch after it starts
    Continue, // go on; only the dependants of what failed are held back
};

QString failurePolicyName(FailurePolicy policy); // "stop", "finish-batch", "continue"
QString failurePolicyDescription(FailurePolicy policy); // what it does, for people
QString failurePolicyText(FailurePolicy policy); // its short name, for people
FailurePolicy failurePolicyFromName(const QString &name, bool *ok = nullptr);

struct ReleaseOptions
{
    int concurrency = 6; // requests in flight at most (a parallel batch keeps this many going)
    int minIntervalMs = 0; // between the starts of two release requests
    FailurePolicy failurePolicy = FailurePolicy::StopAtFirstFailure;
    bool recheck = true; // re-read the portal's list before each batch
    // How old a batch's check may be when the batch opens: the time since the list pages that
    // hold its tickets were read (by a re-check, or by the scrape the plan was made from). An
    // older one is read again first. A check exists to catch what changed on the portal since
    // the list was read: its age is the window it leaves open, whatever the batch count.
    static constexpr int defaultRecheckMaxAgeMs = 2000;
    int recheckMaxAgeMs = defaultRecheckMaxAgeMs;
    // Open the next approved batch as soon as every ticket of the one before it was sent, not
    // when its slowest answer came: each ticket still waits for its dependencies, conflict keys
    // and non-concurrent tickets. Approval stays per batch.
    bool overlapBatches = false;
    int releaseTimeoutMs = 120000;
    QString user; // who runs it, for the history
    QString profileName; // for the history
};

// What a run came to. ok() only when everything approved was released.
struct RunSummary
{
    qint64 runId = -1;
    int total = 0; // tickets in approved batches
    int succeeded = 0;
    int failed = 0; // the portal said no, or nothing was sent
    int unknown = 0; // no answer: reconcile before anything else
    int skipped = 0; // held back: dependency, stop policy, cancel, re-check
    int resentAfterExpiry = 0; // turned away on an expired session (nothing done), sent again
    // The most releases turned away by one session's end: the requests that were already on
    // their way when it ended (no new one leaves once an expiry is seen), at most the limit.
    int mostRefusedOnOneSession = 0;
    int renewals = 0; // times the session was renewed during the run
    bool cancelled = false;
    bool stopped = false; // the failure policy stopped the run
    QString error; // a reason the run could not go on (history database, re-check)
    qint64 elapsedMs = 0;
    QStringList unknownIds;
    QStringList failedIds;

    bool ok() const { return succeeded == total && error.isEmpty() && !cancelled; }
    QString text() const; // one readable line
    // "finished", "stopped", "cancelled" (the history's words) for people.
    static QString stateText(const QString &state);
};

Q_DECLARE_METATYPE(RunSummary)
