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
        && !pendingOnPortal;
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
    if (statusChanged || pendingChanged)
        changes |= PortalStatusChanged;
    return changes;
}

void TicketUpdate::mergeFrom(const TicketUpdate &later)
{
    if (later.state)
        state = later.state;
    if (later.message)
        message = later.message;
    if (later.httpStatus)
        httpStatus = later.httpStatus;
    if (later.startedAt)
        startedAt = later.startedAt;
    if (later.finishedAt)
        finishedAt = later.finishedAt;
    if (later.portalStatus)
        portalStatus = later.portalStatus;
    if (later.pendingOnPortal)
        pendingOnPortal = later.pendingOnPortal;
}
