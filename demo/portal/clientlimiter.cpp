#include "clientlimiter.h"

ClientLimiter::Verdict ClientLimiter::admit(
    const QByteArray &client, qint64 nowMs, int maxInFlight, int retryAfterS, int banS)
{
    Client &state = m_clients[client];
    if (state.bannedUntilMs > nowMs)
        return { false, int((state.bannedUntilMs - nowMs + 999) / 1000), true };
    if (maxInFlight <= 0 || state.inFlight < maxInFlight)
        return {};
    if (banS > 0) {
        state.bannedUntilMs = nowMs + qint64(banS) * 1000;
        return { false, banS, true };
    }
    return { false, retryAfterS, false };
}

void ClientLimiter::end(const QByteArray &client)
{
    const auto it = m_clients.find(client);
    if (it != m_clients.end() && it->inFlight > 0)
        --it->inFlight;
}

void ClientLimiter::clearBans()
{
    for (Client &client : m_clients)
        client.bannedUntilMs = 0;
}
