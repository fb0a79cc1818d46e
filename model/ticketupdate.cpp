#include "ticketupdate.h"

TicketUpdate TicketUpdate::stateChange(
    const QString &id, ReleaseState state, const QString &message)
{
    TicketUpdate update;
    update.id = id;
    update.state = state;
    update.message = message;
    return update;
}

bool TicketUpdate::isEmpty() const
{
    return !state && !message && !httpStatus && !startedAt && !finishedAt && !portalStatus
        && !pendingOnPortal && !retryableOnPortal;
}

namespace {
template <typename T> bool assignIfSet(const std::optional<T> &value, T &target)
{
    if (!value || *value == target)
        return false;
    target = *value;
    return true;
}
} // namespace

unsigned TicketUpdate::applyTo(ReleaseTicket &ticket) const
{
    unsigned changes = NoChange;
    if (assignIfSet(state, ticket.state))
        changes |= StateChanged;
    if (assignIfSet(message, ticket.message))
        changes |= MessageChanged;
    if (assignIfSet(httpStatus, ticket.httpStatus))
        changes |= HttpStatusChanged;
    // Both assignments of a pair must run: no || that would skip the second.
    const bool startChanged = assignIfSet(startedAt, ticket.startedAt);
    const bool finishChanged = assignIfSet(finishedAt, ticket.finishedAt);
    if (startChanged || finishChanged)
        changes |= TimesChanged;
    const bool statusChanged = assignIfSet(portalStatus, ticket.portalStatus);
    const bool pendingChanged = assignIfSet(pendingOnPortal, ticket.pendingOnPortal);
    const bool retryableChanged = assignIfSet(retryableOnPortal, ticket.retryableOnPortal);
    if (statusChanged || pendingChanged || retryableChanged)
        changes |= PortalStatusChanged;
    return changes;
}
