#pragma once

#include "releaseticket.h"

#include <QMetaType>
#include <QString>

// What became of a set of tickets, counted by outcome: the one set of figures the status bar,
// the batch rows, the run summary, the history and the notifications all show, so none of them
// can call a failed or skipped ticket "released".
struct RunCounts
{
    int released = 0;
    int failed = 0;
    int unknown = 0;
    int skipped = 0;
    int remaining = 0; // not in a final state yet (approved, queued, sending, pending)

    int total() const { return released + failed + unknown + skipped + remaining; }
    int settled() const { return released + failed + unknown + skipped; }
    bool isEmpty() const { return total() == 0; }
    void add(ReleaseState state);
    void remove(ReleaseState state); // the ticket moved on to another state
    RunCounts &operator+=(const RunCounts &other);
    bool operator==(const RunCounts &other) const = default;

    // "28 released · 3 failed · 1 unknown · 203 skipped · 0 remaining", translated.
    QString text() const;
    // "28 / 235 released", translated: what a progress bar says.
    QString releasedOfTotal() const;
};

Q_DECLARE_METATYPE(RunCounts)
