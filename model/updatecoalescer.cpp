#include "updatecoalescer.h"

namespace {
// Short enough to feel live, long enough that a parallel batch finishing at once is one signal.
constexpr int defaultIntervalMs = 50;
} // namespace

UpdateCoalescer::UpdateCoalescer(QObject *parent)
    : QObject(parent)
{
    // Not restarted by later updates: a steady stream still flushes every interval.
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UpdateCoalescer::flush);
}

void UpdateCoalescer::add(const TicketUpdate &update)
{
    m_pending.append(update);
    if (!m_timer.isActive())
        m_timer.start();
}

void UpdateCoalescer::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    emit flushed(std::exchange(m_pending, {}));
}

void UpdateCoalescer::clear()
{
    m_timer.stop();
    m_pending.clear();
}
