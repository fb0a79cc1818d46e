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
    // Bitwise or, not ||: both assignments must run.
    if (assignIfSet(startedAt, ticket.startedAt) | assignIfSet(finishedAt, ticket.finishedAt))
        changes |= TimesChanged;
    if (assignIfSet(portalStatus, ticket.portalStatus)
        | assignIfSet(pendingOnPortal, ticket.pendingOnPortal)
        | assignIfSet(retryableOnPortal, ticket.retryableOnPortal))
        changes |= PortalStatusChanged;
    return changes;
}
