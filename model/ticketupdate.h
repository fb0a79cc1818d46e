#pragma once

#include "releaseticket.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A change to one ticket's ReleaseDesk state (or, after a re-check, its portal status). Only the
// fields that are set change, so the executor can send "now sending" without knowing the message.
// Cheap to copy; emitted across threads (registered as a meta type).
struct TicketUpdate
{
    QString id;
    std::optional<ReleaseState> state;
    std::optional<QString> message;
    std::optional<int> httpStatus;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> finishedAt;
    std::optional<QString> portalStatus; // from a portal re-check / reconciliation
    std::optional<bool> pendingOnPortal;
    std::optional<bool> retryableOnPortal;

    // The usual case: a new state with its readable reason.
    static TicketUpdate stateChange(
        const QString &id, ReleaseState state, const QString &message = {});

    bool isEmpty() const;
    // Writes the set fields into the ticket; returns which of its fields actually changed.
    enum Change : unsigned {
        NoChange = 0,
        StateChanged = 1u << 0,
        MessageChanged = 1u << 1,
        HttpStatusChanged = 1u << 2,
        TimesChanged = 1u << 3,
        PortalStatusChanged = 1u << 4,
    };
    unsigned applyTo(ReleaseTicket &ticket) const;
};

Q_DECLARE_METATYPE(TicketUpdate)
