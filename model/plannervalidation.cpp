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
} // namespace

QList<PlanViolation> Planner::validate(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    using Kind = PlanViolation::Kind;
    QList<PlanViolation> violations;
    const PlannerInput input(tickets, hints);
    // Positions by ticket index: one id look-up per planned ticket, integers after that (a
    // string-keyed hash here cost most of the time at 100,000 tickets).
    std::vector<Position> position(size_t(input.size()));
    std::vector<int> placed; // ticket indices in plan order
    placed.reserve(size_t(plan.plannedCount()));

    for (int b = 0; b < plan.batches.size(); ++b) {
        const PlanBatch &batch = plan.batches.at(b);
        const bool parallel = batch.kind == PlanBatch::Kind::Parallel;
        QHash<int, int> keyHolder; // conflict key → first ticket with it in this batch
        for (int r = 0; r < batch.ticketIds.size(); ++r) {
            const QString &id = batch.ticketIds.at(r);
            const int i = input.indexOf(id);
            if (i < 0) {
                violations.append({ Kind::UnknownTicket,
                    tr("%1 is in the plan but not among the tickets").arg(hashId(id)), { id }, b });
                continue;
            }
            if (position[size_t(i)].batch >= 0) {
                violations.append({ Kind::DuplicatePlacement,
                    tr("%1 is in the plan more than once").arg(hashId(id)), { id }, b });
                continue;
            }
            position[size_t(i)] = { b, r };
            placed.push_back(i);
            if (!input.isPlannable(i)) {
                violations.append(
                    { Kind::NotPending, tr("%1 is not pending").arg(hashId(id)), { id }, b });
            }
            if (!parallel)
                continue;
            if (input.isNonConcurrent(i) && batch.size() > 1) {
                violations.append({ Kind::NonConcurrentNotAlone,
                    tr("%1 is not concurrent but shares parallel batch %2 with "
                       "other tickets")
                        .arg(hashId(id), QString::number(b + 1)),
                    { id }, b });
            }
            const int key = input.keyOf(i);
            if (key < 0)
                continue;
            const auto holder = keyHolder.constFind(key);
            if (holder == keyHolder.constEnd()) {
                keyHolder.insert(key, i);
            } else {
                const QString &first = input.id(holder.value());
                violations.append({ Kind::ConflictInParallelBatch,
                    tr("%1 and %2 have the same %3 (%4) in parallel batch %5")
                        .arg(hashId(first), hashId(id), ticketFieldLabel(hints.conflictKey),
                            input.keyName(key), QString::number(b + 1)),
                    { first, id }, b });
            }
        }
    }

    // Dependencies: every dependency earlier (an earlier batch, or earlier in a serial batch),
    // or not in the plan but already released.
    for (int i : placed) {
        const QString &id = input.id(i);
        const Position here = position[size_t(i)];
        const PlanBatch &batch = plan.batches.at(here.batch);
        const int *dependency = input.dependencyIndicesBegin(i);
        for (const QString &dep : input.dependencies(i)) {
            const int j = *dependency++;
            const Position depAt = j >= 0 ? position[size_t(j)] : Position();
            if (depAt.batch < 0) {
                if (j >= 0 && input.isReleased(j))
                    continue;
                violations.append({ Kind::DependencyNotPlanned,
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
            QString message;
            if (depAt.batch > here.batch) {
                message = tr("%1 (batch %2) runs before its dependency %3 (batch %4)")
                              .arg(hashId(id), QString::number(here.batch + 1), hashId(dep),
                                  QString::number(depAt.batch + 1));
            } else if (batch.kind == PlanBatch::Kind::Parallel) {
                message = tr("%1 runs in parallel with its dependency %2 (batch %3)")
                              .arg(hashId(id), hashId(dep), QString::number(here.batch + 1));
            } else {
                message = tr("%1 runs before its dependency %2 in serial batch %3")
                              .arg(hashId(id), hashId(dep), QString::number(here.batch + 1));
            }
            violations.append({ Kind::DependencyOrder, message, { id, dep }, here.batch });
        }
    }

    // Pending tickets that fell out of both lists (only an edit gone wrong can do that).
    std::vector<bool> held(size_t(input.size()), false);
    for (const HeldTicket &ticket : plan.held) {
        const int i = input.indexOf(ticket.ticketId);
        if (i >= 0)
            held[size_t(i)] = true;
    }
    for (int i = 0; i < input.size(); ++i) {
        if (input.isDuplicate(i) || !input.isPlannable(i) || held[size_t(i)]
            || position[size_t(i)].batch >= 0)
            continue;
        violations.append({ Kind::NotPlanned,
            tr("%1 is pending but neither planned nor held back").arg(hashId(input.id(i))),
            { input.id(i) }, -1 });
    }

    // Stable order for the UI: by batch, then kind.
    std::stable_sort(
        violations.begin(), violations.end(), [](const PlanViolation &a, const PlanViolation &b) {
            if (a.batchIndex != b.batchIndex)
                return a.batchIndex < b.batchIndex;
            return a.kind < b.kind;
        });
    return violations;
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
