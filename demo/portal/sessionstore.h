#pragma once

#include <QByteArray>
#include <QHash>

// Login sessions (cookie RDSESSION) and the CSRF tokens handed out with login forms.
class SessionStore
{
public:
    enum class Check { Valid, Missing, Expired };

    QByteArray createSession(qint64 nowMs);
    // Counts one request against the session. A session dies after maxRequests requests or
    // ttlS seconds (0 = no such limit); a dead session is forgotten.
    Check use(const QByteArray &token, qint64 nowMs, int maxRequests, int ttlS);
    void remove(const QByteArray &token) { m_sessions.remove(token); }

    // Every login page load gets its own token; several may be outstanding (several tabs).
    QByteArray issueCsrfToken(qint64 nowMs);
    // True once per issued token.
    bool consumeCsrfToken(const QByteArray &token);

    void clear();
    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    struct Session
    {
        qint64 createdMs = 0;
        int requests = 0;
    };
    static QByteArray randomToken();

    QHash<QByteArray, Session> m_sessions;
    QHash<QByteArray, qint64> m_csrfTokens; // token → issue time
};
