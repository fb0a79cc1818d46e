#pragma once

#include <QtGlobal>

#include <vector>

class PlannerInput;

// Sound lower bounds for any valid plan of a set of tickets. Non-concurrent tickets
// each need a step (and time) with nothing else in flight; the concurrent ones need at least as
// many steps as their longest dependency chain (counted in concurrent tickets) and their largest
// conflict group, and at least ceil(count / C) rounds of the concurrency limit.
struct PlannerBounds
{
    int nonConcurrent = 0;
    int concurrent = 0;
    int longestConcurrentChain = 0;
    int largestConflictGroup = 0;

    int steps() const;
    qint64 makespanMs(qint64 latencyMs, int concurrencyLimit) const;

    // topo: the tickets to bound, dependencies first; dependencies of ticket i are
    // edges[start[i] .. start[i + 1]) (indices into the input), only those in topo count.
    static PlannerBounds compute(const PlannerInput &input, const std::vector<int> &topo,
        const std::vector<int> &start, const std::vector<int> &edges);
};
