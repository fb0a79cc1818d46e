#include "plannerinput.h"

#include "planner.h"

PlannerInput::PlannerInput(const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
    : m_tickets(tickets)
    , m_hints(hints)
{
    const auto count = size_t(tickets.size());
    m_indexById.reserve(tickets.size());
    m_duplicate.assign(count, false);
    m_key.assign(count, -1);
    m_nonConcurrent.assign(count, false);
    m_plannable.assign(count, false);
    m_released.assign(count, false);
    m_dependencies.reserve(tickets.size());
    QHash<QString, int> keyIndex;
    for (int i = 0; i < tickets.size(); ++i) {
        const ReleaseTicket &ticket = tickets.at(i);
        if (m_indexById.contains(ticket.id))
            m_duplicate[size_t(i)] = true;
        else
            m_indexById.insert(ticket.id, i);
        const QString key = Planner::conflictKeyOf(ticket, hints);
        if (!key.isEmpty()) {
            auto it = keyIndex.find(key);
            if (it == keyIndex.end()) {
                it = keyIndex.insert(key, int(m_keyNames.size()));
                m_keyNames.append(key);
            }
            m_key[size_t(i)] = it.value();
        }
        m_nonConcurrent[size_t(i)] = Planner::isNonConcurrent(ticket, hints);
        m_plannable[size_t(i)] = Planner::isPlannable(ticket);
        m_released[size_t(i)] = Planner::isReleased(ticket, hints);
        m_dependencies.append(Planner::dependenciesOf(ticket, hints));
    }
}
