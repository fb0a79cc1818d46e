#pragma once

#include <Qt>

// Roles shared by the ticket table and the plan tree, so views, delegates and proxies can use
// one set of numbers whichever model they sit on.
namespace ItemRoles {
enum : int {
    RawValue
    = Qt::UserRole + 1, // typed value for sorting/filtering: qlonglong, bool, QDateTime, ...
    TicketId, // QString: the ticket id of the row (empty for a batch row)
    State, // int(ReleaseState) of the row's ticket
    BatchIndex, // int: index of the batch in the plan (plan model only)
    Progress, // int 0..100 (plan model: batch rows)
    IsBatch, // bool: the row is a batch row (plan model only)
    Counts, // RunCounts: the batch's tickets by outcome (plan model: batch rows)
    Production, // bool: the batch releases to a production environment (plan model)
};
} // namespace ItemRoles
