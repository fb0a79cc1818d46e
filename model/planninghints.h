#pragma once

#include <QString>

// What a site profile tells the planner about which tickets may go out together.
struct PlanningHints
{
    // Tickets with equal, non-empty values of this field never share a parallel batch.
    QString conflictKey = QStringLiteral("application");
    // Field listing the ids a ticket depends on (ReleaseTicket::dependencies by default).
    QString dependenciesField = QStringLiteral("dependencies");
    // Field that marks a ticket as non-concurrent; "concurrent" reads ReleaseTicket::concurrent,
    // any other name reads extra[name] and treats nonConcurrentValue there as non-concurrent.
    QString nonConcurrentField = QStringLiteral("concurrent");
    QString nonConcurrentValue = QStringLiteral("false");
    // Most requests in flight at once; a parallel batch is released this many at a time.
    int concurrencyLimit = 6;
};
