#pragma once

#include "http/netexchange.h"
#include "portaljob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class PortalSession;

// Result of reading one page through the session.
struct PageResult
{
    QUrl url; // requested
    QUrl finalUrl;
    int status = 0;
    QByteArray body;
    QByteArray contentType; // the answer's Content-Type (its charset decodes body)
    int attempts = 0; // requests sent, retries included
    int expiries = 0; // answers that said the session was gone (then read again after renewal)
    // The session generation each of those answers went out under, to count what one session's
    // end cost (the pool holds new reads once an expiry is seen, so at most the limit each).
    QList<quint64> expiredGenerations;
    bool relogged = false; // the session expired and was renewed for this read
    PortalError error; // set when no usable page came back
};

// A job (PortalJob) reading one page: retries 5xx/timeouts a bounded number of times, honours
// 429/503 Retry-After with backoff, and whenever the answer says the session is gone waits for
// the session's one shared renewal and reads again: a read is safe to replay. It gives up on
// expiry only when the session does (logging in again stopped helping). Never used for
// releases. Callers give it the session as parent: a read lives no longer than the pool and
// cookie jar it reads with.
class PageRead final : public PortalJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRead)
public:
    // A pathological page that alone keeps answering "expired" while others read fine.
    static constexpr int maxExpiries = 50;

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // headers: sent on top of the profile's headers for page reads (a release step's read
    // carries the release headers too).
    PageRead(PortalSession *session, const QUrl &url, const Headers &headers = {},
        QObject *parent = nullptr);
    ~PageRead() override;

    const QUrl &url() const { return m_url; }
    // Headers built again before every attempt, instead of the fixed ones: for headers filled
    // from the login's values (a CSRF token), which a re-login during the read renews.
    void setHeadersFor(std::function<Headers()> headersFor) { m_headersFor = std::move(headersFor); }

signals:
    void finished(const PageResult &result);

protected:
    void begin() override;
    void abandon() override;

private:
    void send();
    void onExpired(const NetResponse &response);
    void onResponse(const NetResponse &response);
    // The answers that may be retried: each retries or finishes with an error.
    void onTransportError(const NetResponse &response);
    void onRateLimited(const NetResponse &response);
    void onServerError(const NetResponse &response);
    // The result's fields every answer fills in.
    PageResult resultFor(const NetResponse &response) const;
    void retryLater(int delayMs);
    void finish(PageResult result);

    QPointer<PortalSession> m_session;
    QUrl m_url;
    Headers m_headers;
    std::function<Headers()> m_headersFor;
    quint64 m_pending = 0;
    int m_failures = 0; // 5xx, timeouts, network errors
    int m_rateLimited = 0; // 429/503
    int m_attempts = 0;
    int m_expiries = 0;
    QList<quint64> m_expiredGenerations;
    QTimer m_retryTimer;
};
