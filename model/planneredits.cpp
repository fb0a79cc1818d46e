#include "planner.h"

#include "plannerinput.h"

// The user's edits of a plan. Each returns a new plan and leaves judging it to
// validate(), so the UI can show what an edit breaks instead of refusing it.

namespace {
QString hashId(const QString &id)
{
    return QLatin1Char('#') + id;
}

struct Found
{
    int batch = -1;
    int row = -1;
    bool isValid() const { return batch >= 0; }
};

Found locate(const ReleasePlan &plan, const QString &ticketId)
{
    for (int b = 0; b < plan.batches.size(); ++b) {
        const int row = int(plan.batches.at(b).ticketIds.indexOf(ticketId));
        if (row >= 0)
            return { b, row };
    }
    return {};
}

// A changed batch needs approving again: what was approved is not what will run.
void touch(PlanBatch &batch)
{
    batch.approved = false;
    batch.approvedBy.clear();
    batch.approvedAt = {};
}

void removeEmptyBatches(ReleasePlan &plan)
{
    plan.batches.removeIf([](const PlanBatch &batch) { return batch.ticketIds.isEmpty(); });
}

QString takeTicket(ReleasePlan &plan, Found at)
{
    PlanBatch &batch = plan.batches[at.batch];
    const QString id = batch.ticketIds.takeAt(at.row);
    batch.reasons.remove(id);
    touch(batch);
    return id;
}

void putTicket(PlanBatch &batch, const QString &id, int position, const QString &reason)
{
    if (position < 0 || position > batch.ticketIds.size())
        position = int(batch.ticketIds.size());
    batch.ticketIds.insert(position, id);
    batch.reasons.insert(id, reason);
    touch(batch);
}

PlanBatch newBatch(const ReleasePlan &plan, PlanBatch::Kind kind)
{
    PlanBatch batch;
    batch.id = plan.nextBatchId();
    batch.kind = kind;
    return batch;
}
} // namespace

ReleasePlan Planner::moveTicket(
    const ReleasePlan &plan, const QString &ticketId, int toBatchIndex, int position)
{
    const Found from = locate(plan, ticketId);
    if (!from.isValid() || toBatchIndex < 0 || toBatchIndex > plan.batches.size())
        return plan;
    if (toBatchIndex == plan.batches.size())
        return moveTicketToNewBatch(plan, ticketId, toBatchIndex);
    if (from.batch == toBatchIndex
        && (position < 0 ? from.row == plan.batches.at(from.batch).size() - 1
                         : position == from.row))
        return plan;
    ReleasePlan result = plan;
    takeTicket(result, from);
    // Within one batch, a position counted before the move shifts once the ticket is out.
    if (from.batch == toBatchIndex && position > from.row)
        --position;
    putTicket(result.batches[toBatchIndex], ticketId, position, tr("moved here by hand"));
    removeEmptyBatches(result);
    return result;
}

ReleasePlan Planner::moveTicketToNewBatch(
    const ReleasePlan &plan, const QString &ticketId, int newBatchIndex, PlanBatch::Kind kind)
{
    const Found from = locate(plan, ticketId);
    if (!from.isValid() || newBatchIndex < 0 || newBatchIndex > plan.batches.size())
        return plan;
    ReleasePlan result = plan;
    PlanBatch batch = newBatch(plan, kind);
    takeTicket(result, from);
    putTicket(batch, ticketId, -1, tr("moved here by hand"));
    result.batches.insert(newBatchIndex, batch);
    removeEmptyBatches(result);
    return result;
}

ReleasePlan Planner::splitBatch(
    const ReleasePlan &plan, int batchIndex, const QStringList &ticketIdsToMoveOut)
{
    if (batchIndex < 0 || batchIndex >= plan.batches.size())
        return plan;
    ReleasePlan result = plan;
    PlanBatch &source = result.batches[batchIndex];
    PlanBatch split = newBatch(plan, source.kind);
    // Keep the batch's own order for the tickets that move out.
    for (const QString &id : plan.batches.at(batchIndex).ticketIds) {
        if (!ticketIdsToMoveOut.contains(id))
            continue;
        source.ticketIds.removeOne(id);
        source.reasons.remove(id);
        putTicket(split, id, -1, tr("split off by hand"));
    }
    if (split.ticketIds.isEmpty() || source.ticketIds.isEmpty())
        return plan; // nothing or everything moves: no split
    touch(source);
    result.batches.insert(batchIndex + 1, split);
    return result;
}

ReleasePlan Planner::mergeBatches(const ReleasePlan &plan, int a, int b)
{
    if (a == b || a < 0 || b < 0 || a >= plan.batches.size() || b >= plan.batches.size())
        return plan;
    ReleasePlan result = plan;
    PlanBatch &target = result.batches[a];
    const PlanBatch &other = plan.batches.at(b);
    for (const QString &id : other.ticketIds)
        putTicket(target, id, -1, tr("merged by hand (was: %1)").arg(other.reason(id)));
    if (other.kind == PlanBatch::Kind::Serial)
        target.kind = PlanBatch::Kind::Serial;
    touch(target);
    result.batches.removeAt(b);
    return result;
}

ReleasePlan Planner::setBatchKind(const ReleasePlan &plan, int batchIndex, PlanBatch::Kind kind)
{
    if (batchIndex < 0 || batchIndex >= plan.batches.size()
        || plan.batches.at(batchIndex).kind == kind)
        return plan;
    ReleasePlan result = plan;
    result.batches[batchIndex].kind = kind;
    touch(result.batches[batchIndex]);
    return result;
}

ReleasePlan Planner::excludeTicket(
    const ReleasePlan &plan, const QString &ticketId, const QString &reason)
{
    const Found at = locate(plan, ticketId);
    if (!at.isValid())
        return plan;
    ReleasePlan result = plan;
    takeTicket(result, at);
    removeEmptyBatches(result);
    result.held.append({ ticketId, HeldTicket::Reason::ExcludedByUser,
        reason.isEmpty() ? tr("excluded by hand") : reason, {} });
    return result;
}

ReleasePlan Planner::holdUnsatisfiedDependants(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    const PlannerInput input(tickets, hints);
    QHash<QString, int> batchOf = plan.batchIndexByTicket();
    // Dependants among the planned tickets, and the first ones whose dependency is gone.
    QHash<QString, QStringList> dependants;
    QList<QPair<QString, QString>> queue; // (ticket to hold, the dependency it waits for)
    for (auto it = batchOf.cbegin(); it != batchOf.cend(); ++it) {
        const int i = input.indexOf(it.key());
        if (i < 0)
            continue;
        for (const QString &dep : input.dependencies(i)) {
            if (batchOf.contains(dep)) {
                dependants[dep].append(it.key());
                continue;
            }
            const int j = input.indexOf(dep);
            if (j < 0 || !input.isReleased(j))
                queue.append({ it.key(), dep });
        }
    }
    if (queue.isEmpty())
        return plan;
    ReleasePlan result = plan;
    QSet<QString> removed;
    for (qsizetype q = 0; q < queue.size(); ++q) {
        const auto [id, dep] = queue.at(q);
        if (removed.contains(id))
            continue;
        removed.insert(id);
        result.held.append({ id, HeldTicket::Reason::DependencyHeld,
            tr("waits for %1 (not in the plan)").arg(hashId(dep)), { dep } });
        for (const QString &next : dependants.value(id))
            queue.append({ next, id });
    }
    for (PlanBatch &batch : result.batches) {
        const qsizetype before = batch.ticketIds.size();
        batch.ticketIds.removeIf([&](const QString &id) { return removed.contains(id); });
        if (batch.ticketIds.size() == before)
            continue;
        for (const QString &id : removed)
            batch.reasons.remove(id);
        touch(batch);
    }
    removeEmptyBatches(result);
    return result;
}

ReleasePlan Planner::includeTicket(const ReleasePlan &plan, const QString &ticketId,
    const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    const auto heldAt = std::find_if(plan.held.cbegin(), plan.held.cend(),
        [&](const HeldTicket &t) { return t.ticketId == ticketId; });
    const PlannerInput input(tickets, hints);
    const int i = input.indexOf(ticketId);
    if (heldAt == plan.held.cend() || i < 0 || !input.isPlannable(i)
        || heldAt->reason == HeldTicket::Reason::DuplicateId || locate(plan, ticketId).isValid())
        return plan;

    const QHash<QString, int> batchOf = plan.batchIndexByTicket();
    int earliest = 0; // after every planned dependency
    for (const QString &dep : input.dependencies(i))
        earliest = std::max(earliest, batchOf.value(dep, -1) + 1);
    int latest = int(plan.batches.size()); // before every planned dependant
    for (int k = 0; k < input.size(); ++k) {
        if (input.dependencies(k).contains(ticketId) && batchOf.contains(input.id(k)))
            latest = std::min(latest, batchOf.value(input.id(k)));
    }

    ReleasePlan result = plan;
    result.held.removeAt(std::distance(plan.held.cbegin(), heldAt));
    const QString reason = tr("put back by hand");
    const int key = input.keyOf(i);
    if (!input.isNonConcurrent(i)) {
        for (int b = earliest; b < latest; ++b) {
            const PlanBatch &batch = plan.batches.at(b);
            if (batch.kind != PlanBatch::Kind::Parallel)
                continue;
            const bool fits = std::none_of(
                batch.ticketIds.cbegin(), batch.ticketIds.cend(), [&](const QString &id) {
                    const int j = input.indexOf(id);
                    return j >= 0
                        && (input.isNonConcurrent(j) || (key >= 0 && input.keyOf(j) == key));
                });
            if (fits) {
                putTicket(result.batches[b], ticketId, -1, reason);
                return result;
            }
        }
    }
    PlanBatch batch = newBatch(
        plan, input.isNonConcurrent(i) ? PlanBatch::Kind::Serial : PlanBatch::Kind::Parallel);
    putTicket(batch, ticketId, -1, reason);
    result.batches.insert(std::min(earliest, int(plan.batches.size())), batch);
    return result;
}

ReleasePlan Planner::approveBatch(
    const ReleasePlan &plan, int batchIndex, const QString &approvedBy, const QDateTime &approvedAt)
{
    if (batchIndex < 0 || batchIndex >= plan.batches.size())
        return plan;
    ReleasePlan result = plan;
    PlanBatch &batch = result.batches[batchIndex];
    batch.approved = true;
    batch.approvedBy = approvedBy;
    batch.approvedAt = approvedAt;
    return result;
}
