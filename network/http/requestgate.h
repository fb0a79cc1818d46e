#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Admits work under a concurrency limit (exact, never above it) and a minimum interval between
// two starts. All on one thread; start callbacks run from the event loop or inside enqueue().
//
// While held (the session is renewing, or its request budget is spent) only urgent work, the
// requests of the login itself, is admitted; the rest waits in order. An admission check, when
// set, is asked once per ordinary admission and holds the gate when it says no.
class RequestGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)
public:
    explicit RequestGate(int limit, int minIntervalMs = 0, QObject *parent = nullptr);

    void setLimit(int limit); // takes effect for the next admissions
    int limit() const { return m_limit; }

    // Runs start once a slot is free; the slot is held until release(). Returns a ticket for
    // cancel() while it waits. Urgent work is queued ahead of all ordinary work (in order among
    // itself) and is admitted while held.
    quint64 enqueue(std::function<void()> start, bool urgent = false);
    bool cancel(quint64 ticket); // true if it was still waiting (then it never runs)
    void release();

    void setHeld(bool held);
    void setAdmissionCheck(std::function<bool()> check) { m_admit = std::move(check); }

    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peak; }
    int waiting() const { return int(m_queue.size()); }

private:
    struct Waiting
    {
        quint64 ticket = 0;
        std::function<void()> start;
        bool urgent = false;
    };
    void pump();
    bool takeNext(Waiting *next);

    int m_limit;
    int m_minIntervalMs;
    int m_inFlight = 0;
    int m_peak = 0;
    quint64 m_nextTicket = 1;
    std::deque<Waiting> m_queue;
    QElapsedTimer m_sinceLastStart;
    QTimer m_intervalTimer;
    bool m_pumping = false;
    bool m_held = false;
    std::function<bool()> m_admit;
};
