#include "historywriter.h"

#include "historystore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>

#include <vector>

HistoryWriter::HistoryWriter(const QString &path, int busyTimeoutMs)
    : m_path(path)
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_receiver(new QObject)
    , m_thread([this] { loop(); })
{
}

HistoryWriter::~HistoryWriter()
{
    handOver(); // what was queued is written, as promised
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_one();
    m_thread.join();
    // Results posted but not delivered yet go with it: their contexts are being destroyed.
    delete m_receiver;
}

int HistoryWriter::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

int HistoryWriter::rowsWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_rows;
}

void HistoryWriter::recordIntent(qint64 run, const ReleaseTicket &ticket, const QUrl &url,
    const QString &method, QObject *context, Done done)
{
    Job job;
    job.kind = Job::Kind::Intent;
    job.run = run;
    job.ticket = ticket;
    job.url = url;
    job.method = method;
    enqueue(std::move(job), context, std::move(done));
}

void HistoryWriter::recordOutcome(qint64 request, const QString &outcome, int httpStatus,
    const QString &message, const QDateTime &sentAt, QObject *context, Done done)
{
    Job job;
    job.kind = Job::Kind::Outcome;
    job.request = request;
    job.outcome = outcome;
    job.httpStatus = httpStatus;
    job.message = message;
    job.sentAt = sentAt;
    enqueue(std::move(job), context, std::move(done));
}

void HistoryWriter::recordSkipped(qint64 run, const ReleaseTicket &ticket, const QString &reason,
    QObject *context, Done done)
{
    Job job;
    job.kind = Job::Kind::Skipped;
    job.run = run;
    job.ticket = ticket;
    job.message = reason;
    enqueue(std::move(job), context, std::move(done));
}

void HistoryWriter::enqueue(Job job, QObject *context, Done done)
{
    m_pending.push_back({ context, std::move(done) });
    m_collecting.push_back(std::move(job));
    // The rows queued in this pass of the owner's event loop go to the thread together, once
    // the pass is done: tickets that became ready together share one commit, rather than the
    // first waking the thread alone and the rest waiting for a second fsync.
    if (m_collecting.size() == 1)
        QMetaObject::invokeMethod(m_receiver, [this] { handOver(); }, Qt::QueuedConnection);
}

void HistoryWriter::handOver()
{
    if (m_collecting.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        for (Job &job : m_collecting)
            m_queue.push_back(std::move(job));
    }
    m_collecting.clear();
    m_wake.notify_one();
}

void HistoryWriter::deliver(const QList<qint64> &ids, const QString &error)
{
    for (const qint64 id : ids) {
        if (m_pending.empty())
            return;
        Pending pending = std::move(m_pending.front());
        m_pending.pop_front();
        if (pending.context && pending.done)
            pending.done(id, error);
    }
}

void HistoryWriter::loop()
{
    // This thread's own connection, opened and closed here.
    HistoryStore store(m_path);
    store.setBusyTimeout(m_busyTimeoutMs);
    const bool opened = store.open();
    const QString openError = store.lastError();
    for (;;) {
        std::deque<Job> group;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
            if (m_queue.empty())
                return; // quitting, and everything queued is written
            group.swap(m_queue);
        }
        // Everything that became ready while the last commit ran shares this one.
        QList<qint64> ids;
        ids.reserve(qsizetype(group.size()));
        QString error = opened ? QString() : openError;
        if (error.isEmpty() && !store.beginTransaction())
            error = store.lastError();
        for (const Job &job : group) {
            if (!error.isEmpty())
                break;
            qint64 id = -1;
            switch (job.kind) {
            case Job::Kind::Intent:
                id = store.recordIntent(job.run, job.ticket, job.url, job.method);
                break;
            case Job::Kind::Outcome:
                id = store.recordOutcome(job.request, job.outcome, job.httpStatus, job.message,
                         job.sentAt)
                    ? job.request
                    : -1;
                break;
            case Job::Kind::Skipped:
                id = store.recordSkipped(job.run, job.ticket, job.message) ? 0 : -1;
                break;
            }
            if (id < 0)
                error = store.lastError();
            ids.append(id);
        }
        if (error.isEmpty() && !store.commitTransaction())
            error = store.lastError();
        if (!error.isEmpty()) {
            // Nothing of a failed group is durable: every row of it fails.
            store.rollbackTransaction();
            ids = QList<qint64>(qsizetype(group.size()), -1);
        }
        // Posted under m_mutex, and taken by the owner before it reads the results: Qt's event
        // queue already orders the two, but behind a lock ThreadSanitizer cannot see (a futex in
        // Qt's uninstrumented QMutex); this one it sees, so the results stay checked.
        std::lock_guard lock(m_mutex);
        ++m_commits;
        m_rows += int(group.size());
        QMetaObject::invokeMethod(
            m_receiver,
            [this, ids, error] {
                { std::lock_guard handedOver(m_mutex); }
                deliver(ids, error);
            },
            Qt::QueuedConnection);
    }
}
