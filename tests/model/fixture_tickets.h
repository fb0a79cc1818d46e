#pragma once

#include "planninghints.h"
#include "releaseplan.h"
#include "releaseticket.h"

#include <QList>
#include <QString>
#include <QStringList>

// Shared helpers for the model tests.

// Tickets from a compact spec, space separated: "id:app[<dep,dep][!][@status]".
//   "2:billing<1"  ticket 2, application billing, depends on 1
//   "3:crm!"       non-concurrent
//   "4:crm@released" / "@failed" / "@releasing": not pending on the portal, with that status
//   "5:crm@succeeded": ReleaseDesk state Succeeded (pending flag still set)
//   "6:"           no application (no conflict key)
QList<ReleaseTicket> ticketsFromSpec(const QString &spec);

// The plan as "P[1,2] S[3]" (P parallel, S serial), for compact expectations.
QString describePlan(const ReleasePlan &plan);
// Held tickets as "1:missing 2:held", sorted by id.
QString describeHeld(const ReleasePlan &plan);
QString heldReasonName(HeldTicket::Reason reason);

// Checks the planner's guarantees without using Planner::validate (so the two can be compared):
// returns readable failures, empty when the plan is sound and complete.
QStringList independentCheck(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints);
