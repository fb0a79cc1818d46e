#include "sessionstore.h"

#include <QRandomGenerator>

namespace {
// Bounds memory when a benchmark loads the login page a million times.
constexpr qsizetype maxCsrfTokens = 100'000;
constexpr qint64 csrfLifetimeMs = 3'600'000;
} // namespace

QByteArray SessionStore::randomToken()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QByteArray SessionStore::createSession(qint64 nowMs)
{
    QByteArray token = randomToken();
    m_sessions.insert(token, Session { nowMs, 0, randomToken() });
    return token;
}

SessionStore::Check SessionStore::use(
    const QByteArray &token, qint64 nowMs, int maxRequests, int ttlS)
{
    if (token.isEmpty())
        return Check::Missing;
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return Check::Missing;
    Session &session = it.value();
    ++session.requests;
    const bool tooMany = maxRequests > 0 && session.requests > maxRequests;
    const bool tooOld = ttlS > 0 && nowMs - session.createdMs >= qint64(ttlS) * 1000;
    if (tooMany || tooOld) {
        m_sessions.erase(it);
        return Check::Expired;
    }
    return Check::Valid;
}

bool SessionStore::peek(const QByteArray &token, qint64 nowMs, int maxRequests, int ttlS) const
{
    const auto it = m_sessions.constFind(token);
    if (token.isEmpty() || it == m_sessions.constEnd())
        return false;
    return !(maxRequests > 0 && it->requests >= maxRequests)
        && !(ttlS > 0 && nowMs - it->createdMs >= qint64(ttlS) * 1000);
}

QByteArray SessionStore::issueCsrfToken(qint64 nowMs)
{
    if (m_csrfTokens.size() >= maxCsrfTokens) {
        m_csrfTokens.removeIf(
            [nowMs](const auto &entry) { return nowMs - entry.value() > csrfLifetimeMs; });
        if (m_csrfTokens.size() >= maxCsrfTokens)
            m_csrfTokens.clear();
    }
    QByteArray token = randomToken();
    m_csrfTokens.insert(token, nowMs);
    return token;
}

bool SessionStore::consumeCsrfToken(const QByteArray &token)
{
    return !token.isEmpty() && m_csrfTokens.remove(token);
}

void SessionStore::clear()
{
    m_sessions.clear();
    m_csrfTokens.clear();
}
