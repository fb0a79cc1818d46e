#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Admits work under a concurrency limit (exact, never above it) and a minimum interval between
// two starts. All on one thread; start callbacks run from the event loop or inside enqueue().
class RequestGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)
public:
    explicit RequestGate(int limit, int minIntervalMs = 0, QObject *parent = nullptr);

    void setLimit(int limit); // takes effect for the next admissions
    void setMinInterval(int ms);
    int limit() const { return m_limit; }

    // Runs start once a slot is free; the slot is held until release(). Returns a ticket for
    // cancel() while it waits.
    quint64 enqueue(std::function<void()> start);
    bool cancel(quint64 ticket); // true if it was still waiting (then it never runs)
    void release();

    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peak; }
    int waiting() const { return int(m_queue.size()); }

private:
    struct Waiting
    {
        quint64 ticket;
        std::function<void()> start;
    };
    void pump();

    int m_limit;
    int m_minIntervalMs;
    int m_inFlight = 0;
    int m_peak = 0;
    quint64 m_nextTicket = 1;
    std::deque<Waiting> m_queue;
    QElapsedTimer m_sinceLastStart;
    QTimer m_intervalTimer;
    bool m_pumping = false;
};
