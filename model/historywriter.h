#pragma once

#include "releaseticket.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class QObject;

// Writes a release run's request rows (intents, outcomes, skipped tickets) to the history on a
// thread of its own, so the GUI thread never waits for an fsync.
//
// The thread owns its own HistoryStore, i.e. its own SQLite connection to the same file (a
// QSqlDatabase must not cross threads). Writes are grouped: the rows queued in one pass of the
// owner's event loop go to the thread together, and whatever reached it while the previous
// commit ran is written in one transaction, one fsync for all of it (group commit).
// The promise of HistoryStore::recordIntent() holds per row: `done` is called only after the
// transaction holding the row is committed with synchronous=FULL; when the group fails, every
// row of it fails, with the database's error.
//
// Callbacks run on the thread that created the writer (use it from that thread only), in the
// order the writes were queued; a callback whose context object is gone is dropped (the row is
// still written). The destructor writes what is queued, then joins the thread.
class HistoryWriter final
{
public:
    // id: the new row's id (requestId for intents), -1 with error on failure.
    using Done = std::function<void(qint64 id, const QString &error)>;

    HistoryWriter(const QString &path, int busyTimeoutMs);
    ~HistoryWriter();
    Q_DISABLE_COPY_MOVE(HistoryWriter)

    void recordIntent(qint64 run, const ReleaseTicket &ticket, const QUrl &url,
        const QString &method, QObject *context, Done done);
    void recordOutcome(qint64 request, const QString &outcome, int httpStatus,
        const QString &message, const QDateTime &sentAt, QObject *context, Done done);
    void recordSkipped(qint64 run, const ReleaseTicket &ticket, const QString &reason,
        QObject *context, Done done);

    // Writes (and fsyncs) performed so far; how many rows they held. For benchmarks.
    int commits() const;
    int rowsWritten() const;

private:
    struct Job
    {
        enum class Kind { Intent, Outcome, Skipped } kind = Kind::Intent;
        qint64 run = -1;
        qint64 request = -1;
        ReleaseTicket ticket;
        QUrl url;
        QString method;
        QString outcome;
        int httpStatus = 0;
        QString message;
        QDateTime sentAt;
    };
    // What is called back, kept on the owner's thread (QPointer and the callback never cross).
    struct Pending
    {
        QPointer<QObject> context;
        Done done;
    };
    void enqueue(Job job, QObject *context, Done done);
    void handOver();
    void loop();
    void deliver(const QList<qint64> &ids, const QString &error);

    const QString m_path;
    const int m_busyTimeoutMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::deque<Pending> m_pending; // owner's thread only, in queue order
    std::deque<Job> m_collecting; // owner's thread only: this event-loop pass's rows
    QObject *m_receiver; // on the owner's thread: results are posted to it
    bool m_quit = false;
    int m_commits = 0;
    int m_rows = 0;
    std::thread m_thread; // last: starts once everything above exists
};
