#include "planner.h"

#include "plannerbounds.h"
#include "plannerinput.h"

#include <deque>

// Planner::validate and the makespan estimate: checks of a plan someone may have edited.

namespace {
QString hashId(const QString &id)
{
    return QLatin1Char('#') + id;
}

struct Position
{
    int batch = -1;
    int row = -1;
};

using Kind = PlanViolation::Kind;

// One validation of one plan: its checks share the ticket positions. Translated as the
// Planner's own messages.
class PlanValidation final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
public:
    PlanValidation(
        const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
        : m_plan(plan)
        , m_hints(hints)
        , m_input(tickets, hints)
        , m_position(size_t(m_input.size()))
    {
        m_placed.reserve(size_t(plan.plannedCount()));
    }

    QList<PlanViolation> run()
    {
        for (int b = 0; b < m_plan.batches.size(); ++b)
            checkBatch(b);
        for (int i : m_placed)
            checkDependencies(i);
        checkForgotten();
        // Stable order for the UI: by batch, then kind.
        std::stable_sort(m_violations.begin(), m_violations.end(),
            [](const PlanViolation &a, const PlanViolation &b) {
                if (a.batchIndex != b.batchIndex)
                    return a.batchIndex < b.batchIndex;
                return a.kind < b.kind;
            });
        return m_violations;
    }

private:
    // Every ticket of the batch known, pending and placed once; in a parallel batch, no
    // non-concurrent ticket among others and no two tickets with one conflict key.
    void checkBatch(int b)
    {
        const PlanBatch &batch = m_plan.batches.at(b);
        const bool parallel = batch.kind == PlanBatch::Kind::Parallel;
        QHash<int, int> keyHolder; // conflict key → first ticket with it in this batch
        for (int r = 0; r < batch.ticketIds.size(); ++r) {
            const QString &id = batch.ticketIds.at(r);
            const int i = m_input.indexOf(id);
            if (i < 0) {
                m_violations.append({ Kind::UnknownTicket,
                    tr("%1 is in the plan but not among the tickets").arg(hashId(id)), { id }, b });
                continue;
            }
            if (m_position[size_t(i)].batch >= 0) {
                m_violations.append({ Kind::DuplicatePlacement,
                    tr("%1 is in the plan more than once").arg(hashId(id)), { id }, b });
                continue;
            }
            m_position[size_t(i)] = { b, r };
            m_placed.push_back(i);
            if (!m_input.isPlannable(i)) {
                m_violations.append(
                    { Kind::NotPending, tr("%1 is not pending").arg(hashId(id)), { id }, b });
            }
            if (parallel)
                checkParallelPlacement(b, i, &keyHolder);
        }
    }

    void checkParallelPlacement(int b, int i, QHash<int, int> *keyHolder)
    {
        const PlanBatch &batch = m_plan.batches.at(b);
        const QString &id = m_input.id(i);
        if (m_input.isNonConcurrent(i) && batch.size() > 1) {
            m_violations.append({ Kind::NonConcurrentNotAlone,
                tr("%1 is not concurrent but shares parallel batch %2 with "
                   "other tickets")
                    .arg(hashId(id), QString::number(b + 1)),
                { id }, b });
        }
        const int key = m_input.keyOf(i);
        if (key < 0)
            return;
        const auto holder = keyHolder->constFind(key);
        if (holder == keyHolder->constEnd()) {
            keyHolder->insert(key, i);
        } else {
            const QString &first = m_input.id(holder.value());
            m_violations.append({ Kind::ConflictInParallelBatch,
                tr("%1 and %2 have the same %3 (%4) in parallel batch %5")
                    .arg(hashId(first), hashId(id), ticketFieldLabel(m_hints.conflictKey), m_input.keyName(key),
                        QString::number(b + 1)),
                { first, id }, b });
        }
    }

    // Every dependency earlier (an earlier batch, or earlier in a serial batch), or not in the
    // plan but already released.
    void checkDependencies(int i)
    {
        const QString &id = m_input.id(i);
        const Position here = m_position[size_t(i)];
        const PlanBatch &batch = m_plan.batches.at(here.batch);
        const int *dependency = m_input.dependencyIndicesBegin(i);
        for (const QString &dep : m_input.dependencies(i)) {
            const int j = *dependency++;
            const Position depAt = j >= 0 ? m_position[size_t(j)] : Position();
            if (depAt.batch < 0) {
                if (j >= 0 && m_input.isReleased(j))
                    continue;
                m_violations.append({ Kind::DependencyNotPlanned,
                    tr("%1 depends on %2, which is neither in the plan nor "
                       "released")
                        .arg(hashId(id), hashId(dep)),
                    { id, dep }, here.batch });
                continue;
            }
            if (depAt.batch < here.batch)
                continue;
            if (depAt.batch == here.batch && batch.kind == PlanBatch::Kind::Serial
                && depAt.row < here.row)
                continue;
            m_violations.append({ Kind::DependencyOrder,
                dependencyOrderMessage(id, dep, here, depAt, batch.kind), { id, dep },
                here.batch });
        }
    }

    static QString dependencyOrderMessage(const QString &id, const QString &dep,
        const Position &here, const Position &depAt, PlanBatch::Kind kind)
    {
        if (depAt.batch > here.batch) {
            return tr("%1 (batch %2) runs before its dependency %3 (batch %4)")
                .arg(hashId(id), QString::number(here.batch + 1), hashId(dep),
                    QString::number(depAt.batch + 1));
        }
        if (kind == PlanBatch::Kind::Parallel) {
            return tr("%1 runs in parallel with its dependency %2 (batch %3)")
                .arg(hashId(id), hashId(dep), QString::number(here.batch + 1));
        }
        return tr("%1 runs before its dependency %2 in serial batch %3")
            .arg(hashId(id), hashId(dep), QString::number(here.batch + 1));
    }

    // Pending tickets that fell out of both lists (only an edit gone wrong can do that).
    void checkForgotten()
    {
        std::vector<bool> held(size_t(m_input.size()), false);
        for (const HeldTicket &ticket : m_plan.held) {
            const int i = m_input.indexOf(ticket.ticketId);
            if (i >= 0)
                held[size_t(i)] = true;
        }
        for (int i = 0; i < m_input.size(); ++i) {
            if (m_input.isDuplicate(i) || !m_input.isPlannable(i) || held[size_t(i)]
                || m_position[size_t(i)].batch >= 0)
                continue;
            m_violations.append({ Kind::NotPlanned,
                tr("%1 is pending but neither planned nor held back").arg(hashId(m_input.id(i))),
                { m_input.id(i) }, -1 });
        }
    }

    const ReleasePlan &m_plan;
    const PlanningHints &m_hints;
    const PlannerInput m_input;
    // Positions by ticket index: one id look-up per planned ticket, integers after that (a
    // string-keyed hash here cost most of the time at 100,000 tickets).
    std::vector<Position> m_position;
    std::vector<int> m_placed; // ticket indices in plan order
    QList<PlanViolation> m_violations;
};
} // namespace

QList<PlanViolation> Planner::validate(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    return PlanValidation(plan, tickets, hints).run();
}

MakespanEstimate Planner::estimateMakespan(const ReleasePlan &plan,
    const QList<ReleaseTicket> &tickets, const PlanningHints &hints, qint64 latencyMs,
    int concurrencyLimit)
{
    const int limit = std::max(1, concurrencyLimit);
    MakespanEstimate estimate;
    for (const PlanBatch &batch : plan.batches) {
        const qint64 n = batch.size();
        estimate.planMs += batch.kind == PlanBatch::Kind::Parallel
            ? (n + limit - 1) / limit * latencyMs
            : n * latencyMs;
    }

    // The bound is over the planned tickets and the dependencies among them.
    const PlannerInput input(tickets, hints);
    const int n = input.size();
    std::vector<bool> planned(size_t(n), false);
    for (const PlanBatch &batch : plan.batches) {
        for (const QString &id : batch.ticketIds) {
            const int i = input.indexOf(id);
            if (i >= 0)
                planned[size_t(i)] = true;
        }
    }
    std::vector<int> start(size_t(n) + 1, 0);
    std::vector<int> edges;
    std::vector<std::vector<int>> dependants(static_cast<size_t>(n));
    std::vector<int> missing(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        start[size_t(i)] = int(edges.size());
        if (!planned[size_t(i)])
            continue;
        for (const int *dep = input.dependencyIndicesBegin(i); dep != input.dependencyIndicesEnd(i);
             ++dep) {
            const int j = *dep;
            if (j < 0 || j == i || !planned[size_t(j)])
                continue;
            edges.push_back(j);
            dependants[size_t(j)].push_back(i);
            ++missing[size_t(i)];
        }
    }
    start[size_t(n)] = int(edges.size());
    std::vector<int> topo;
    std::deque<int> ready;
    for (int i = 0; i < n; ++i) {
        if (planned[size_t(i)] && missing[size_t(i)] == 0)
            ready.push_back(i);
    }
    while (!ready.empty()) {
        const int x = ready.front();
        ready.pop_front();
        topo.push_back(x);
        for (int k : dependants[size_t(x)]) {
            if (--missing[size_t(k)] == 0)
                ready.push_back(k);
        }
    }
    estimate.lowerBoundMs
        = PlannerBounds::compute(input, topo, start, edges).makespanMs(latencyMs, limit);
    return estimate;
}
