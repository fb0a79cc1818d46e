#pragma once

#include <QByteArray>
#include <QHash>

// Login sessions (the cookie's name is the flavour's) and the CSRF tokens handed out with login
// forms. Each session also holds its own CSRF token for flavours that check one per request.
class SessionStore
{
public:
    enum class Check { Valid, Missing, Expired };

    QByteArray createSession(qint64 nowMs);
    // Counts one request against the session. A session dies after maxRequests requests or
    // ttlS seconds (0 = no such limit); a dead session is forgotten.
    Check use(const QByteArray &token, qint64 nowMs, int maxRequests, int ttlS);
    // Whether the session is alive, without counting a request (pages that need no session but
    // show it, like an app shell).
    bool peek(const QByteArray &token, qint64 nowMs, int maxRequests, int ttlS) const;
    // The session's own CSRF token; empty for an unknown session.
    QByteArray sessionCsrf(const QByteArray &token) const { return m_sessions.value(token).csrf; }
    void remove(const QByteArray &token) { m_sessions.remove(token); }

    // Every login page load gets its own token; several may be outstanding (several tabs).
    QByteArray issueCsrfToken(qint64 nowMs);
    // True once per issued token.
    bool consumeCsrfToken(const QByteArray &token);

    void clear();

private:
    struct Session
    {
        qint64 createdMs = 0;
        int requests = 0;
        QByteArray csrf;
    };
    static QByteArray randomToken();

    QHash<QByteArray, Session> m_sessions;
    QHash<QByteArray, qint64> m_csrfTokens; // token → issue time
};
