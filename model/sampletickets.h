#pragma once

#include "releaseticket.h"

#include <QList>

// Reproducible, realistic-looking ticket sets for benchmarks and property tests:
// skewed application popularity (a few busy applications form large conflict groups),
// dependencies mostly on recent tickets, some non-concurrent tickets, some already released or
// failed on the portal. Same options and seed → same tickets.
struct TicketGeneratorOptions
{
    int count = 1000;
    quint32 seed = 1;
    int firstId = 1000;
    int applications = 0; // 0: about count / 40, at least 4
    double dependencyRate = 0.2; // share of tickets with 1-2 dependencies
    int dependencyWindow = 200; // dependencies point at most this far back
    double nonConcurrentRate = 0.03;
    double releasedRate = 0.05; // not pending on the portal, status released
    double failedRate = 0.01; // not pending, status failed
    double missingDependencyRate = 0.0; // a dependency on an id that does not exist
    double forwardDependencyRate = 0.0; // a dependency on a later ticket (can make cycles)
    double duplicateRate = 0.0; // a ticket repeating an earlier id
};

QList<ReleaseTicket> generateTickets(const TicketGeneratorOptions &options);
