#pragma once

#include "planninghints.h"
#include "releaseplan.h"
#include "releaseticket.h"

#include <QCoreApplication>
#include <QList>

// Decides which tickets may go out together. Pure functions of their arguments: no
// widgets, no network, no state; safe to call from any thread. Near-linear time (100,000 tickets
// in well under a second).
//
// Rules:
// - Plannable: the ticket is pending on the portal (ReleaseTicket::pendingOnPortal) and its
//   ReleaseDesk state is Pending or Approved. Everything else is held as NotPending.
// - Released (a satisfied dependency): the ticket's state is Succeeded, or it is not pending on
//   the portal and its portal status is one of PlanningHints::releasedStatuses. Any other
//   non-plannable ticket (failed, releasing, unknown, ...) counts as a failed dependency.
// - Conflict key: ticket.field(hints.conflictKey), trimmed; empty means "conflicts with nothing".
// - Non-concurrent: ticket.field(hints.nonConcurrentField) equals hints.nonConcurrentValue
//   (case-insensitive).
// - Dependencies: ReleaseTicket::dependencies, or the field hints.dependenciesField split on
//   commas, semicolons and white space.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
public:
    Planner() = delete;

    // Greedy list scheduling in dependency order: each concurrent ticket goes into the earliest
    // parallel batch after its dependencies with no ticket of the same conflict key; each
    // non-concurrent ticket gets a serial batch of its own right after its dependencies; then
    // batches are packed to the concurrency limit where a ticket can move later for free.
    static ReleasePlan plan(const QList<ReleaseTicket> &tickets, const PlanningHints &hints);

    // Every constraint the plan breaks (empty: the plan is safe to run).
    static QList<PlanViolation> validate(
        const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints);

    // Edits: each returns the edited plan and leaves checking to validate(). An edit clears the
    // approval of every batch it changes. Batches left empty are removed. Out-of-range indices
    // or unknown ids return the plan unchanged.
    //
    // Moves a planned ticket into batch toBatchIndex (indices of the plan before the move) at
    // position (-1: at the end). toBatchIndex == batches.size() appends a new parallel batch.
    static ReleasePlan moveTicket(
        const ReleasePlan &plan, const QString &ticketId, int toBatchIndex, int position = -1);
    // Moves a planned ticket into a new batch inserted at newBatchIndex (before the move).
    static ReleasePlan moveTicketToNewBatch(const ReleasePlan &plan, const QString &ticketId,
        int newBatchIndex, PlanBatch::Kind kind = PlanBatch::Kind::Parallel);
    // The listed tickets leave batchIndex for a new batch of the same kind right after it.
    static ReleasePlan splitBatch(
        const ReleasePlan &plan, int batchIndex, const QStringList &ticketIdsToMoveOut);
    // Batch b's tickets join batch a (after a's own), at a's position; the result is parallel
    // only if both were.
    static ReleasePlan mergeBatches(const ReleasePlan &plan, int a, int b);
    static ReleasePlan setBatchKind(const ReleasePlan &plan, int batchIndex, PlanBatch::Kind kind);
    // Takes the ticket out of the plan and holds it as ExcludedByUser with the reason. Its
    // dependants stay in the plan and show up in validate() as DependencyNotPlanned; call
    // holdUnsatisfiedDependants() to hold them back instead.
    static ReleasePlan excludeTicket(
        const ReleasePlan &plan, const QString &ticketId, const QString &reason);
    // Holds back (as DependencyHeld) every planned ticket with a dependency that is neither
    // planned nor released, transitively.
    static ReleasePlan holdUnsatisfiedDependants(
        const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints);
    // Puts a held ticket back: into the earliest batch after its dependencies where it breaks
    // nothing, or a new batch. Returns the plan unchanged if the ticket is not held or not
    // plannable (not pending, duplicate).
    static ReleasePlan includeTicket(const ReleasePlan &plan, const QString &ticketId,
        const QList<ReleaseTicket> &tickets, const PlanningHints &hints);
    // Sets the approval of one batch (not an edit: keeps the others).
    static ReleasePlan approveBatch(const ReleasePlan &plan, int batchIndex,
        const QString &approvedBy, const QDateTime &approvedAt);

    // Plan time and lower bound at latency L per request and concurrency limit C (C < 1: 1).
    static MakespanEstimate estimateMakespan(const ReleasePlan &plan,
        const QList<ReleaseTicket> &tickets, const PlanningHints &hints, qint64 latencyMs,
        int concurrencyLimit);

    static bool isPlannable(const ReleaseTicket &ticket);
    static bool isReleased(const ReleaseTicket &ticket, const PlanningHints &hints);
    static bool isNonConcurrent(const ReleaseTicket &ticket, const PlanningHints &hints);
    static QString conflictKeyOf(const ReleaseTicket &ticket, const PlanningHints &hints);
    static QStringList dependenciesOf(const ReleaseTicket &ticket, const PlanningHints &hints);
};
