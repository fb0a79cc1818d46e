#include "http/requestgate.h"

#include <algorithm>

RequestGate::RequestGate(int limit, int minIntervalMs, QObject *parent)
    : QObject(parent)
    , m_limit(qMax(1, limit))
    , m_minIntervalMs(qMax(0, minIntervalMs))
{
    m_intervalTimer.setSingleShot(true);
    m_intervalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_intervalTimer, &QTimer::timeout, this, &RequestGate::pump);
}

void RequestGate::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    pump();
}

quint64 RequestGate::enqueue(std::function<void()> start, bool urgent)
{
    const quint64 ticket = m_nextTicket++;
    // Urgent work waits only behind urgent work: a release (its place under the limit is the
    // run's critical path) must not queue behind look-ahead page reads.
    auto at = m_queue.end();
    if (urgent)
        at = std::find_if(m_queue.begin(), m_queue.end(), [](const Waiting &w) { return !w.urgent; });
    m_queue.insert(at, { ticket, std::move(start), urgent });
    pump();
    return ticket;
}

bool RequestGate::cancel(quint64 ticket)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->ticket == ticket) {
            m_queue.erase(it);
            return true;
        }
    }
    return false;
}

void RequestGate::release()
{
    Q_ASSERT(m_inFlight > 0);
    --m_inFlight;
    pump();
}

void RequestGate::setHeld(bool held)
{
    m_held = held;
    if (!held)
        pump();
}

// The next waiting item that may start now: the first urgent one while held, else the first.
bool RequestGate::takeNext(Waiting *next)
{
    auto it = m_queue.begin();
    if (m_held) {
        it = std::find_if(m_queue.begin(), m_queue.end(), [](const Waiting &w) { return w.urgent; });
        if (it == m_queue.end())
            return false;
    } else if (!it->urgent && m_admit && !m_admit()) {
        m_held = true; // the check said no: it lifts the hold once the session is renewed
        return takeNext(next);
    }
    *next = std::move(*it);
    m_queue.erase(it);
    return true;
}

void RequestGate::pump()
{
    // A start callback may finish synchronously (an immediate error) and call release(),
    // which re-enters here; the outer loop carries on instead.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_queue.empty() && m_inFlight < m_limit) {
        if (m_minIntervalMs > 0 && m_sinceLastStart.isValid()) {
            const qint64 wait = m_minIntervalMs - m_sinceLastStart.elapsed();
            if (wait > 0) {
                if (!m_intervalTimer.isActive())
                    m_intervalTimer.start(int(wait));
                break;
            }
        }
        Waiting next;
        if (!takeNext(&next))
            break;
        ++m_inFlight;
        m_peak = qMax(m_peak, m_inFlight);
        m_sinceLastStart.start();
        next.start();
    }
    m_pumping = false;
}
