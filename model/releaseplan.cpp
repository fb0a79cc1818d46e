#include "releaseplan.h"

#include <QCoreApplication>

QString PlanBatch::kindName(Kind kind)
{
    return kind == Kind::Parallel ? QStringLiteral("parallel") : QStringLiteral("serial");
}

QString PlanBatch::kindText(Kind kind)
{
    // The plan view's context: the words were translated there first.
    return kind == Kind::Parallel ? QCoreApplication::translate("PlanModel", "parallel")
                                  : QCoreApplication::translate("PlanModel", "serial");
}

int ReleasePlan::stepCount() const
{
    int steps = 0;
    for (const PlanBatch &batch : batches)
        steps += batch.kind == PlanBatch::Kind::Parallel ? (batch.ticketIds.isEmpty() ? 0 : 1)
                                                         : batch.size();
    return steps;
}

int ReleasePlan::plannedCount() const
{
    int count = 0;
    for (const PlanBatch &batch : batches)
        count += batch.size();
    return count;
}

int ReleasePlan::batchIndexOf(const QString &ticketId) const
{
    for (int i = 0; i < batches.size(); ++i) {
        if (batches.at(i).ticketIds.contains(ticketId))
            return i;
    }
    return -1;
}

QHash<QString, int> ReleasePlan::batchIndexByTicket() const
{
    QHash<QString, int> result;
    result.reserve(plannedCount());
    for (int i = 0; i < batches.size(); ++i) {
        for (const QString &id : batches.at(i).ticketIds)
            result.insert(id, i);
    }
    return result;
}

const HeldTicket *ReleasePlan::heldTicket(const QString &ticketId) const
{
    for (const HeldTicket &ticket : held) {
        if (ticket.ticketId == ticketId)
            return &ticket;
    }
    return nullptr;
}

int ReleasePlan::batchById(int batchId) const
{
    for (int i = 0; i < batches.size(); ++i) {
        if (batches.at(i).id == batchId)
            return i;
    }
    return -1;
}

int ReleasePlan::nextBatchId() const
{
    int next = 1;
    for (const PlanBatch &batch : batches)
        next = std::max(next, batch.id + 1);
    return next;
}

double ReleasePlan::closeness() const
{
    return lowerBoundBatches > 0 ? double(stepCount()) / double(lowerBoundBatches) : 1.0;
}
