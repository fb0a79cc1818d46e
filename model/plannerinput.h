#pragma once

#include "planninghints.h"
#include "releaseticket.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

// The tickets as the Planner sees them, read once: ids to indices, interned conflict keys, the
// non-concurrent flag and dependency lists. Internal to the Planner's functions; keeps
// the hot loops on integers instead of string look-ups.
class PlannerInput final
{
public:
    PlannerInput(const QList<ReleaseTicket> &tickets, const PlanningHints &hints);

    int size() const { return int(m_tickets.size()); }
    const ReleaseTicket &ticket(int index) const { return m_tickets.at(index); }
    const QString &id(int index) const { return m_tickets.at(index).id; }
    // Index of the first ticket with this id, -1 if none.
    int indexOf(const QString &id) const { return m_indexById.value(id, -1); }
    bool isDuplicate(int index) const { return m_duplicate[index]; }
    int keyOf(int index) const { return m_key[index]; } // -1: no conflict key
    const QString &keyName(int key) const { return m_keyNames.at(key); }
    int keyCount() const { return int(m_keyNames.size()); }
    bool isNonConcurrent(int index) const { return m_nonConcurrent[index]; }
    bool isPlannable(int index) const { return m_plannable[index]; }
    bool isReleased(int index) const { return m_released[index]; }
    const QStringList &dependencies(int index) const { return m_dependencies.at(index); }
    // The same dependencies as ticket indices (-1: no such ticket), in the same order.
    const int *dependencyIndicesBegin(int index) const
    {
        return m_dependencyIndex.data() + m_dependencyStart[size_t(index)];
    }
    const int *dependencyIndicesEnd(int index) const
    {
        return m_dependencyIndex.data() + m_dependencyStart[size_t(index) + 1];
    }
    const PlanningHints &hints() const { return m_hints; }

private:
    const QList<ReleaseTicket> &m_tickets;
    const PlanningHints &m_hints;
    QHash<QString, int> m_indexById;
    QStringList m_keyNames;
    std::vector<bool> m_duplicate;
    std::vector<int> m_key;
    std::vector<bool> m_nonConcurrent;
    std::vector<bool> m_plannable;
    std::vector<bool> m_released;
    QList<QStringList> m_dependencies;
    std::vector<int> m_dependencyStart;
    std::vector<int> m_dependencyIndex;
};
