#include "planner.h"

// Placeholder so the header can be used while the implementation lands (issue 6).

ReleasePlan Planner::plan(const QList<ReleaseTicket> &, const PlanningHints &)
{
    return {};
}
QList<PlanViolation> Planner::validate(
    const ReleasePlan &, const QList<ReleaseTicket> &, const PlanningHints &)
{
    return {};
}
ReleasePlan Planner::moveTicket(const ReleasePlan &p, const QString &, int, int)
{
    return p;
}
ReleasePlan Planner::moveTicketToNewBatch(
    const ReleasePlan &p, const QString &, int, PlanBatch::Kind)
{
    return p;
}
ReleasePlan Planner::splitBatch(const ReleasePlan &p, int, const QStringList &)
{
    return p;
}
ReleasePlan Planner::mergeBatches(const ReleasePlan &p, int, int)
{
    return p;
}
ReleasePlan Planner::setBatchKind(const ReleasePlan &p, int, PlanBatch::Kind)
{
    return p;
}
ReleasePlan Planner::excludeTicket(const ReleasePlan &p, const QString &, const QString &)
{
    return p;
}
ReleasePlan Planner::holdUnsatisfiedDependants(
    const ReleasePlan &p, const QList<ReleaseTicket> &, const PlanningHints &)
{
    return p;
}
ReleasePlan Planner::includeTicket(
    const ReleasePlan &p, const QString &, const QList<ReleaseTicket> &, const PlanningHints &)
{
    return p;
}
ReleasePlan Planner::approveBatch(const ReleasePlan &p, int, const QString &, const QDateTime &)
{
    return p;
}
int Planner::lowerBoundSteps(const QList<ReleaseTicket> &, const PlanningHints &)
{
    return 0;
}
MakespanEstimate Planner::estimateMakespan(
    const ReleasePlan &, const QList<ReleaseTicket> &, const PlanningHints &, qint64, int)
{
    return {};
}
bool Planner::isPlannable(const ReleaseTicket &)
{
    return false;
}
bool Planner::isReleased(const ReleaseTicket &, const PlanningHints &)
{
    return false;
}
bool Planner::isNonConcurrent(const ReleaseTicket &, const PlanningHints &)
{
    return false;
}
QString Planner::conflictKeyOf(const ReleaseTicket &, const PlanningHints &)
{
    return {};
}
QStringList Planner::dependenciesOf(const ReleaseTicket &, const PlanningHints &)
{
    return {};
}
