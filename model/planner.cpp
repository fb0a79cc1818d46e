#include "planner.h"

#include "plannerbounds.h"
#include "plannerinput.h"

#include <QRegularExpression>

#include <algorithm>
#include <deque>
#include <numeric>
#include <vector>

// Planning in near-linear time: holds and cycles by graph walks, placement by greedy
// list scheduling with a per-key "next free level" union-find, so 100,000 tickets plan in well
// under a second.

namespace {
QString hashId(const QString &id)
{
    return QLatin1Char('#') + id;
}

QString statusOf(const ReleaseTicket &ticket)
{
    if (ticket.state != ReleaseState::Pending && ticket.state != ReleaseState::Approved)
        return releaseStateWord(ticket.state);
    return ticket.portalStatus;
}

// Adjacency in compressed rows: the dependencies of ticket i among the candidates.
struct Graph
{
    std::vector<int> start;
    std::vector<int> edges;
    int begin(int i) const { return start[size_t(i)]; }
    int end(int i) const { return start[size_t(i) + 1]; }
    int at(int e) const { return edges[size_t(e)]; }
};

Graph reversed(const Graph &graph, int n)
{
    Graph result;
    result.start.assign(size_t(n) + 1, 0);
    for (int e : graph.edges)
        ++result.start[size_t(e) + 1];
    for (int i = 0; i < n; ++i)
        result.start[size_t(i) + 1] += result.start[size_t(i)];
    result.edges.resize(graph.edges.size());
    std::vector<int> fill(result.start.begin(), result.start.end() - 1);
    for (int i = 0; i < n; ++i) {
        for (int e = graph.begin(i); e < graph.end(i); ++e)
            result.edges[size_t(fill[size_t(graph.at(e))]++)] = i;
    }
    return result;
}

// Per conflict key, the next level at or after x that has no ticket of the key (union-find with
// path compression over occupied levels: an occupied level points at a later candidate).
class FreeLevels
{
public:
    explicit FreeLevels(int keys)
        : m_next(size_t(keys))
    {
    }
    int find(int key, int x)
    {
        QHash<int, int> &next = m_next[size_t(key)];
        int root = x;
        for (auto it = next.constFind(root); it != next.constEnd(); it = next.constFind(root))
            root = it.value();
        for (int y = x; y != root;) {
            auto it = next.find(y);
            y = std::exchange(it.value(), root);
        }
        return root;
    }
    bool occupied(int key, int level) const { return m_next[size_t(key)].contains(level); }
    void occupy(int key, int level) { m_next[size_t(key)].insert(level, level + 1); }
    void release(int key, int level) { m_next[size_t(key)].remove(level); }

private:
    std::vector<QHash<int, int>> m_next;
};

struct Schedule
{
    std::vector<int> level; // concurrent: parallel level; non-concurrent: the gap after it (-1..)
    std::vector<int> via; // the dependency that set the earliest level, -1 if none
    std::vector<int> apartFrom; // the same-key ticket that pushed it later, -1 if none
    std::vector<bool> packed; // moved later to fill a batch
    std::vector<std::vector<int>> levels; // concurrent tickets per level
    std::vector<std::vector<int>> gaps; // non-concurrent tickets after level g at gaps[g + 1]
};

class PlanBuilder
{
public:
    PlanBuilder(const PlannerInput &input, ReleasePlan &plan)
        : m_input(input)
        , m_plan(plan)
        , m_n(input.size())
        , m_candidate(size_t(m_n), false)
        , m_held(size_t(m_n), false)
    {
    }

    void run()
    {
        holdDuplicatesAndNotPending();
        buildGraph();
        m_dependants = reversed(m_deps, m_n);
        propagateHolds(m_initiallyHeld);
        sortTopologically();
        holdCycles();
        schedule();
        pack();
        emitBatches();
        m_plan.lowerBoundBatches
            = PlannerBounds::compute(m_input, m_topo, m_deps.start, m_deps.edges).steps();
    }

private:
    void hold(
        int i, HeldTicket::Reason reason, const QString &message, const QStringList &related = {})
    {
        m_held[size_t(i)] = true;
        m_plan.held.append({ m_input.id(i), reason, message, related });
    }

    void holdDuplicatesAndNotPending()
    {
        QSet<QString> reported;
        for (int i = 0; i < m_n; ++i) {
            const QString &id = m_input.id(i);
            if (m_input.isDuplicate(i)) {
                hold(i, HeldTicket::Reason::DuplicateId,
                    Planner::tr("duplicate of an earlier ticket %1; only the first is planned")
                        .arg(hashId(id)));
                if (!reported.contains(id)) {
                    reported.insert(id);
                    m_plan.problems.append({ PlanProblem::Kind::DuplicateId,
                        Planner::tr("ticket id %1 appears more than once; only the first is "
                                    "planned")
                            .arg(hashId(id)),
                        { id } });
                }
            } else if (!m_input.isPlannable(i)) {
                hold(i, HeldTicket::Reason::NotPending,
                    Planner::tr("not pending (%1)").arg(statusOf(m_input.ticket(i))));
            } else {
                m_candidate[size_t(i)] = true;
            }
        }
    }

    void buildGraph()
    {
        m_deps.start.assign(size_t(m_n) + 1, 0);
        for (int i = 0; i < m_n; ++i) {
            m_deps.start[size_t(i)] = int(m_deps.edges.size());
            if (!m_candidate[size_t(i)])
                continue;
            const QString &id = m_input.id(i);
            const int *dependency = m_input.dependencyIndicesBegin(i);
            for (const QString &dep : m_input.dependencies(i)) {
                const int j = *dependency++;
                if (j < 0) {
                    if (!m_held[size_t(i)]) {
                        hold(i, HeldTicket::Reason::DependencyMissing,
                            Planner::tr("waits for %1, which is not among the tickets")
                                .arg(hashId(dep)),
                            { dep });
                        m_initiallyHeld.push_back(i);
                    }
                    m_plan.problems.append({ PlanProblem::Kind::MissingDependency,
                        Planner::tr("%1 depends on %2, which is not among the tickets")
                            .arg(hashId(id), hashId(dep)),
                        { id, dep } });
                } else if (m_candidate[size_t(j)]) {
                    m_deps.edges.push_back(j); // j == i too: a self-loop, found as a cycle
                } else if (!m_input.isReleased(j)) {
                    const QString status = statusOf(m_input.ticket(j));
                    if (!m_held[size_t(i)]) {
                        hold(i, HeldTicket::Reason::DependencyFailed,
                            Planner::tr("waits for %1, which is not released (%2)")
                                .arg(hashId(dep), status),
                            { dep });
                        m_initiallyHeld.push_back(i);
                    }
                    m_plan.problems.append({ PlanProblem::Kind::FailedDependency,
                        Planner::tr("%1 depends on %2, which failed or is not released (%3)")
                            .arg(hashId(id), hashId(dep), status),
                        { id, dep } });
                }
                // else: released already, the dependency is satisfied.
            }
        }
        m_deps.start[size_t(m_n)] = int(m_deps.edges.size());
    }

    // Every candidate downstream of a held ticket is held too, naming the ticket it waits for.
    void propagateHolds(std::vector<int> queue)
    {
        for (size_t q = 0; q < queue.size(); ++q) {
            const int x = queue[q];
            for (int e = m_dependants.begin(x); e < m_dependants.end(x); ++e) {
                const int k = m_dependants.at(e);
                if (m_held[size_t(k)])
                    continue;
                hold(k, HeldTicket::Reason::DependencyHeld,
                    Planner::tr("waits for %1 (held back)").arg(hashId(m_input.id(x))),
                    { m_input.id(x) });
                queue.push_back(k);
            }
        }
    }

    void sortTopologically()
    {
        std::vector<int> missing(size_t(m_n), 0);
        std::deque<int> ready;
        for (int i = 0; i < m_n; ++i) {
            if (!m_candidate[size_t(i)] || m_held[size_t(i)])
                continue;
            missing[size_t(i)] = m_deps.end(i) - m_deps.begin(i);
            if (missing[size_t(i)] == 0)
                ready.push_back(i);
        }
        m_topo.reserve(size_t(m_n));
        while (!ready.empty()) {
            const int x = ready.front();
            ready.pop_front();
            m_topo.push_back(x);
            for (int e = m_dependants.begin(x); e < m_dependants.end(x); ++e) {
                const int k = m_dependants.at(e);
                if (!m_held[size_t(k)] && --missing[size_t(k)] == 0)
                    ready.push_back(k);
            }
        }
    }

    // What the topological sort left over is a cycle or waits on one: strongly connected
    // components (Tarjan, iterative so deep chains cannot overflow the stack) name the cycles.
    void holdCycles()
    {
        size_t unheld = 0;
        for (int i = 0; i < m_n; ++i)
            unheld += m_candidate[size_t(i)] && !m_held[size_t(i)] ? 1 : 0;
        if (m_topo.size() == unheld)
            return;
        std::vector<bool> leftover(size_t(m_n), false);
        std::vector<bool> sorted(size_t(m_n), false);
        for (int i : m_topo)
            sorted[size_t(i)] = true;
        for (int i = 0; i < m_n; ++i)
            leftover[size_t(i)]
                = m_candidate[size_t(i)] && !m_held[size_t(i)] && !sorted[size_t(i)];

        std::vector<int> order(size_t(m_n), -1), low(size_t(m_n), 0), stack;
        std::vector<bool> onStack(size_t(m_n), false);
        std::vector<int> cycleMembers;
        int counter = 0;
        for (int s = 0; s < m_n; ++s) {
            if (!leftover[size_t(s)] || order[size_t(s)] >= 0)
                continue;
            std::vector<std::pair<int, int>> calls { { s, m_deps.begin(s) } };
            order[size_t(s)] = low[size_t(s)] = counter++;
            stack.push_back(s);
            onStack[size_t(s)] = true;
            while (!calls.empty()) {
                const int v = calls.back().first;
                const int e = calls.back().second;
                if (e < m_deps.end(v)) {
                    ++calls.back().second;
                    const int w = m_deps.at(e);
                    if (!leftover[size_t(w)])
                        continue;
                    if (order[size_t(w)] < 0) {
                        order[size_t(w)] = low[size_t(w)] = counter++;
                        stack.push_back(w);
                        onStack[size_t(w)] = true;
                        calls.push_back({ w, m_deps.begin(w) });
                    } else if (onStack[size_t(w)]) {
                        low[size_t(v)] = std::min(low[size_t(v)], order[size_t(w)]);
                    }
                    continue;
                }
                calls.pop_back();
                if (!calls.empty()) {
                    const int parent = calls.back().first;
                    low[size_t(parent)] = std::min(low[size_t(parent)], low[size_t(v)]);
                }
                if (low[size_t(v)] != order[size_t(v)])
                    continue;
                std::vector<int> component;
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    component.push_back(w);
                } while (w != v);
                const bool selfLoop = std::find(m_deps.edges.begin() + m_deps.begin(v),
                                          m_deps.edges.begin() + m_deps.end(v), v)
                    != m_deps.edges.begin() + m_deps.end(v);
                if (component.size() > 1 || selfLoop)
                    reportCycle(component, cycleMembers);
            }
        }
        propagateHolds(cycleMembers);
        for (int i = 0; i < m_n; ++i) {
            if (leftover[size_t(i)] && !m_held[size_t(i)]) // cannot happen; stay safe anyway
                hold(i, HeldTicket::Reason::Cycle, Planner::tr("waits for a dependency cycle"));
        }
    }

    void reportCycle(std::vector<int> component, std::vector<int> &members)
    {
        std::sort(component.begin(), component.end());
        QStringList ids;
        QStringList hashed;
        for (int i : component) {
            ids.append(m_input.id(i));
            hashed.append(hashId(m_input.id(i)));
        }
        // A long cycle is named by its first ids; the problem's ticketIds has all of them.
        constexpr int shown = 12;
        QString list = hashed.mid(0, shown).join(QStringLiteral(", "));
        if (hashed.size() > shown)
            list += Planner::tr(" and %1 more").arg(hashed.size() - shown);
        m_plan.problems.append(
            { PlanProblem::Kind::Cycle, Planner::tr("dependency cycle: %1").arg(list), ids });
        const QString message = Planner::tr("in a dependency cycle (%1)").arg(list);
        for (int i : component) {
            hold(i, HeldTicket::Reason::Cycle, message, ids);
            members.push_back(i);
        }
    }

    void schedule()
    {
        const size_t n = size_t(m_n);
        m_schedule.level.assign(n, -1);
        m_schedule.via.assign(n, -1);
        m_schedule.apartFrom.assign(n, -1);
        m_schedule.packed.assign(n, false);
        m_freeLevels = FreeLevels(m_input.keyCount());
        FreeLevels &free = m_freeLevels;
        QHash<qint64, int> firstAtLevel; // (key, level) → first ticket placed there
        auto slot = [](int key, int level) { return (qint64(key) << 32) | quint32(level); };
        for (int i : m_topo) {
            const bool alone = m_input.isNonConcurrent(i);
            int earliest = alone ? -1 : 0;
            int via = -1;
            for (int e = m_deps.begin(i); e < m_deps.end(i); ++e) {
                const int j = m_deps.at(e);
                // A non-concurrent ticket goes in the gap after its dependency's level.
                const int candidate = m_schedule.level[size_t(j)] + (alone ? 0 : 1);
                if (candidate > earliest || (candidate == earliest && via < 0)) {
                    earliest = candidate;
                    via = j;
                }
            }
            m_schedule.via[size_t(i)] = via;
            if (alone) {
                m_schedule.level[size_t(i)] = earliest;
                if (m_schedule.gaps.size() < size_t(earliest) + 2)
                    m_schedule.gaps.resize(size_t(earliest) + 2);
                m_schedule.gaps[size_t(earliest) + 1].push_back(i);
                continue;
            }
            int level = earliest;
            const int key = m_input.keyOf(i);
            if (key >= 0) {
                level = free.find(key, earliest);
                free.occupy(key, level);
                if (level > earliest)
                    m_schedule.apartFrom[size_t(i)] = firstAtLevel.value(slot(key, earliest), -1);
                firstAtLevel.insert(slot(key, level), i);
            }
            m_schedule.level[size_t(i)] = level;
            if (m_schedule.levels.size() <= size_t(level))
                m_schedule.levels.resize(size_t(level) + 1);
            m_schedule.levels[size_t(level)].push_back(i);
        }
        m_schedule.gaps.resize(m_schedule.levels.size() + 1);
    }

    // A parallel level of n tickets takes ceil(n / C) rounds. Tickets of a level whose last
    // round is partly filled (or, after that, a whole round's worth) may move to later levels
    // whose last round has room: no same-key ticket there and still before their dependants.
    // Each such move set saves a round, or the level. Levels with no room are skipped through a
    // "next level with room" union-find, and the probes per ticket are bounded, so this stays
    // near-linear.
    void pack()
    {
        const int limit = std::max(1, m_input.hints().concurrencyLimit);
        const int levelCount = int(m_schedule.levels.size());
        if (levelCount < 2 || limit == 1)
            return;
        // Latest level each ticket may sit at: before every dependant.
        std::vector<int> latest(size_t(m_n), levelCount - 1);
        for (int i : m_topo) {
            const int bound = m_schedule.level[size_t(i)] - (m_input.isNonConcurrent(i) ? 0 : 1);
            for (int e = m_deps.begin(i); e < m_deps.end(i); ++e) {
                const int j = m_deps.at(e);
                latest[size_t(j)] = std::min(latest[size_t(j)], bound);
            }
        }
        auto spare = [&](int level) {
            const int size = int(m_schedule.levels[size_t(level)].size());
            return (size + limit - 1) / limit * limit - size;
        };
        std::vector<int> nextRoom(size_t(levelCount) + 1);
        std::iota(nextRoom.begin(), nextRoom.end(), 0);
        auto findRoom = [&](int x) {
            int root = x;
            while (nextRoom[size_t(root)] != root)
                root = nextRoom[size_t(root)];
            while (nextRoom[size_t(x)] != root)
                x = std::exchange(nextRoom[size_t(x)], root);
            return root;
        };
        for (int level = 0; level < levelCount; ++level) {
            if (spare(level) == 0)
                nextRoom[size_t(level)] = level + 1;
        }
        constexpr int maxProbes = 64;
        std::vector<bool> stuck(size_t(m_n), false);
        for (int k = 0; k < levelCount - 1; ++k) {
            std::vector<int> &members = m_schedule.levels[size_t(k)];
            while (!members.empty()) {
                const int size = int(members.size());
                const int need = size % limit == 0 ? limit : size % limit;
                std::vector<std::pair<int, int>> moves; // (position in members, target level)
                QHash<int, int> taken; // target level → tickets tentatively added
                QSet<qint64> takenKeys;
                for (int position = size - 1; position >= 0 && int(moves.size()) < need;
                     --position) {
                    const int i = members[size_t(position)];
                    if (stuck[size_t(i)])
                        continue;
                    const int key = m_input.keyOf(i);
                    const int last = std::min(latest[size_t(i)], levelCount - 1);
                    bool found = false;
                    int probes = 0;
                    for (int j = findRoom(k + 1); j <= last && probes < maxProbes;
                         j = findRoom(j + 1), ++probes) {
                        if (spare(j) - taken.value(j) <= 0)
                            continue;
                        const qint64 slot = (qint64(key) << 32) | quint32(j);
                        if (key >= 0 && (m_freeLevels.occupied(key, j) || takenKeys.contains(slot)))
                            continue;
                        moves.push_back({ position, j });
                        taken[j] += 1;
                        if (key >= 0)
                            takenKeys.insert(slot);
                        found = true;
                        break;
                    }
                    // Room only shrinks, so a ticket with nowhere to go stays put.
                    if (!found)
                        stuck[size_t(i)] = true;
                }
                if (int(moves.size()) < need)
                    break; // a partial move saves nothing
                for (const auto &[position, target] : moves) {
                    const int i = members[size_t(position)];
                    const int key = m_input.keyOf(i);
                    if (key >= 0) {
                        m_freeLevels.release(key, k);
                        m_freeLevels.occupy(key, target);
                    }
                    m_schedule.level[size_t(i)] = target;
                    m_schedule.packed[size_t(i)] = true;
                    m_schedule.levels[size_t(target)].push_back(i);
                    if (spare(target) == 0)
                        nextRoom[size_t(target)] = target + 1;
                    members[size_t(position)] = -1;
                }
                members.erase(std::remove(members.begin(), members.end(), -1), members.end());
            }
        }
    }

    QString reasonFor(int i) const
    {
        const PlanningHints &hints = m_input.hints();
        QStringList parts;
        if (m_input.isNonConcurrent(i))
            parts.append(Planner::tr("alone (not concurrent)"));
        const int via = m_schedule.via[size_t(i)];
        if (via >= 0)
            parts.append(Planner::tr("after %1 (dependency)").arg(hashId(m_input.id(via))));
        const int apart = m_schedule.apartFrom[size_t(i)];
        if (apart >= 0) {
            parts.append(Planner::tr("apart from %1 (same %2: %3)")
                             .arg(hashId(m_input.id(apart)), ticketFieldLabel(hints.conflictKey),
                                 m_input.keyName(m_input.keyOf(i))));
        }
        if (m_schedule.packed[size_t(i)])
            parts.append(Planner::tr("later, to fill a batch (no extra time)"));
        if (parts.isEmpty())
            parts.append(Planner::tr("with others (no conflict)"));
        return parts.join(QStringLiteral("; "));
    }

    void emitBatches()
    {
        int nextId = 1;
        auto addSerial = [&](int i) {
            PlanBatch batch;
            batch.id = nextId++;
            batch.kind = PlanBatch::Kind::Serial;
            batch.ticketIds.append(m_input.id(i));
            batch.reasons.insert(m_input.id(i), reasonFor(i));
            m_plan.batches.append(batch);
        };
        for (int i : m_schedule.gaps[0])
            addSerial(i);
        for (size_t level = 0; level < m_schedule.levels.size(); ++level) {
            // Input positions follow ticket id (Planner::plan sorts): a batch lists its tickets
            // in id order, whatever order packing added them in.
            std::vector<int> members = m_schedule.levels[level];
            std::sort(members.begin(), members.end());
            if (!members.empty()) {
                PlanBatch batch;
                batch.id = nextId++;
                batch.kind = PlanBatch::Kind::Parallel;
                batch.ticketIds.reserve(qsizetype(members.size()));
                batch.reasons.reserve(qsizetype(members.size()));
                for (int i : members) {
                    batch.ticketIds.append(m_input.id(i));
                    batch.reasons.insert(m_input.id(i), reasonFor(i));
                }
                m_plan.batches.append(batch);
            }
            for (int i : m_schedule.gaps[level + 1])
                addSerial(i);
        }
    }

    const PlannerInput &m_input;
    ReleasePlan &m_plan;
    const int m_n;
    std::vector<bool> m_candidate; // plannable and not a duplicate
    std::vector<bool> m_held;
    std::vector<int> m_initiallyHeld;
    Graph m_deps;
    Graph m_dependants;
    std::vector<int> m_topo;
    Schedule m_schedule;
    FreeLevels m_freeLevels { 0 };
};
} // namespace

ReleasePlan Planner::plan(const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    // Every tie in the schedule is broken by input position; the input comes from pages read in
    // whatever order their answers arrived. Sorting by id makes the same portal data give the
    // same plan in the window, on the command line and on every launch. By id only, and stable:
    // of two tickets with one id the first in the input is the one planned (the rule
    // Planner::validate and the models share); the workflow hands tickets over in
    // ticketOrderLess order, so that is the lower version.
    const auto idLess = [](const ReleaseTicket &a, const ReleaseTicket &b) {
        return ticketIdLess(a.id, b.id);
    };
    ReleasePlan result;
    if (std::is_sorted(tickets.cbegin(), tickets.cend(), idLess)) {
        PlanBuilder(PlannerInput(tickets, hints), result).run();
        return result;
    }
    QList<ReleaseTicket> ordered = tickets;
    std::stable_sort(ordered.begin(), ordered.end(), idLess);
    PlanBuilder(PlannerInput(ordered, hints), result).run();
    return result;
}

bool Planner::isPlannable(const ReleaseTicket &ticket)
{
    return ticket.pendingOnPortal
        && (ticket.state == ReleaseState::Pending || ticket.state == ReleaseState::Approved);
}

bool Planner::isReleased(const ReleaseTicket &ticket, const PlanningHints &hints)
{
    if (ticket.state == ReleaseState::Succeeded)
        return true;
    if (ticket.pendingOnPortal)
        return false;
    const QString status = ticket.portalStatus.trimmed();
    return std::any_of(hints.releasedStatuses.cbegin(), hints.releasedStatuses.cend(),
        [&](const QString &released) {
            return status.compare(released.trimmed(), Qt::CaseInsensitive) == 0;
        });
}

bool Planner::isNonConcurrent(const ReleaseTicket &ticket, const PlanningHints &hints)
{
    if (hints.nonConcurrentField.isEmpty())
        return false;
    return ticket.field(hints.nonConcurrentField)
               .trimmed()
               .compare(hints.nonConcurrentValue.trimmed(), Qt::CaseInsensitive)
        == 0;
}

QString Planner::conflictKeyOf(const ReleaseTicket &ticket, const PlanningHints &hints)
{
    if (hints.conflictKey.isEmpty())
        return {};
    return ticket.field(hints.conflictKey).trimmed();
}

QStringList Planner::dependenciesOf(const ReleaseTicket &ticket, const PlanningHints &hints)
{
    if (hints.dependenciesField.isEmpty())
        return {};
    QStringList ids;
    if (hints.dependenciesField == u"dependencies") {
        // Usually clean already: share the list instead of copying it.
        const bool clean = std::all_of(
            ticket.dependencies.cbegin(), ticket.dependencies.cend(), [](const QString &dep) {
                return !dep.isEmpty() && !dep.front().isSpace() && !dep.back().isSpace();
            });
        if (clean) {
            ids = ticket.dependencies;
        } else {
            for (const QString &dep : ticket.dependencies) {
                const QString trimmed = dep.trimmed();
                if (!trimmed.isEmpty())
                    ids.append(trimmed);
            }
        }
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        ids = ticket.field(hints.dependenciesField).split(separators, Qt::SkipEmptyParts);
    }
    if (ids.size() > 1)
        ids.removeDuplicates();
    return ids;
}
