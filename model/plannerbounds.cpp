#include "plannerbounds.h"

#include "plannerinput.h"

#include <algorithm>

int PlannerBounds::steps() const
{
    const int concurrentSteps
        = concurrent > 0 ? std::max({ 1, longestConcurrentChain, largestConflictGroup }) : 0;
    return nonConcurrent + concurrentSteps;
}

qint64 PlannerBounds::makespanMs(qint64 latencyMs, int concurrencyLimit) const
{
    const int limit = std::max(1, concurrencyLimit);
    const qint64 rounds = concurrent > 0 ? std::max<qint64>({ longestConcurrentChain,
                              largestConflictGroup, (qint64(concurrent) + limit - 1) / limit })
                                         : 0;
    return (qint64(nonConcurrent) + rounds) * latencyMs;
}

PlannerBounds PlannerBounds::compute(const PlannerInput &input, const std::vector<int> &topo,
    const std::vector<int> &start, const std::vector<int> &edges)
{
    PlannerBounds bounds;
    // depth[i] > 0 marks "in the set"; a chain counts only its concurrent tickets, since the
    // non-concurrent ones are already counted one step each.
    std::vector<int> depth(size_t(input.size()), 0);
    std::vector<int> groupSize(size_t(input.keyCount()), 0);
    for (int i : topo) {
        const bool alone = input.isNonConcurrent(i);
        int longest = 0;
        for (int e = start[size_t(i)]; e < start[size_t(i) + 1]; ++e) {
            const int j = edges[size_t(e)];
            if (j != i)
                longest = std::max(longest, depth[size_t(j)] - 1);
        }
        depth[size_t(i)] = 1 + longest + (alone ? 0 : 1);
        if (alone) {
            ++bounds.nonConcurrent;
            continue;
        }
        ++bounds.concurrent;
        bounds.longestConcurrentChain = std::max(bounds.longestConcurrentChain, longest + 1);
        const int key = input.keyOf(i);
        if (key >= 0) {
            const int size = ++groupSize[size_t(key)];
            bounds.largestConflictGroup = std::max(bounds.largestConflictGroup, size);
        }
    }
    return bounds;
}
