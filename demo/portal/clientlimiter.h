#pragma once

#include <QByteArray>
#include <QHash>

// Politeness as real portals enforce it: requests in flight are counted per client address
// (idle keep-alive connections do not count). Over the limit a client gets 429, or, with a ban
// time, is refused entirely for that long.
class ClientLimiter
{
public:
    struct Verdict
    {
        bool admitted = true;
        int retryAfterS = 0;
        bool banned = false; // refused because of a ban (new or running)
    };

    Verdict admit(
        const QByteArray &client, qint64 nowMs, int maxInFlight, int retryAfterS, int banS);
    void begin(const QByteArray &client) { ++m_clients[client].inFlight; }
    void end(const QByteArray &client);
    int inFlight(const QByteArray &client) const { return m_clients.value(client).inFlight; }
    void clearBans();

private:
    struct Client
    {
        int inFlight = 0;
        qint64 bannedUntilMs = 0;
    };
    QHash<QByteArray, Client> m_clients;
};
