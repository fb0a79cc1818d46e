#pragma once

#include "demoticket.h"

#include <QByteArray>
#include <QList>

#include <array>

// The spa flavour's bytes: the app shell and the JSON answers of its API. As in the classic
// renderer, each item is rendered once per ticket around its status and release nonce, so a list
// read only concatenates.
class SpaRenderer
{
public:
    void rebuild(const QList<DemoTicket> &tickets);

    // csrfToken empty: the shell of a visitor without a live session (no csrf-token meta).
    QByteArray shell(const QByteArray &csrfToken, const QString &user) const;
    // {"items":[…],"total":T,"offset":O,"limit":L,"next":"/api/v1/releases?…"|null}
    QByteArray releases(
        const QList<DemoTicket> &tickets, int offset, int limit, bool pendingOnly) const;
    // {"error":code,"message":message}
    static QByteArray error(const QByteArray &code, const QByteArray &message);
    // READY, RUNNING, DONE, FAILED
    static QByteArray statusWord(TicketStatus status);

private:
    // Per ticket: the item up to the status value, and after it with and without the nonce.
    QList<QByteArray> m_heads, m_tails, m_tailsWithoutNonce;
};
