#pragma once

#include "http/netexchange.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

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
    bool relogged = false; // the session expired and was renewed for this read
    PortalError error; // set when no usable page came back
};

// A job reading one page: retries 5xx/timeouts a bounded number of times, honours 429/503
// Retry-After with backoff, and on an expired session asks the session to log in again once
// and replays the read. Emits finished() exactly once (unless abort()ed), then deletes itself.
// Made by PortalSession::readPage(); never used for releases.
class PageRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRead)
public:
    PageRead(PortalSession *session, const QUrl &url, QObject *parent = nullptr);
    ~PageRead() override;

    void start();
    void abort(); // no finished(); deletes itself later
    const QUrl &url() const { return m_url; }

signals:
    void finished(const PageResult &result);

private:
    void send();
    void onResponse(const NetResponse &response);
    void retryLater(int delayMs);
    void finish(PageResult result);

    QPointer<PortalSession> m_session;
    QUrl m_url;
    quint64 m_pending = 0;
    int m_failures = 0; // 5xx, timeouts, network errors
    int m_rateLimited = 0; // 429/503
    int m_attempts = 0;
    bool m_relogged = false;
    quint64 m_sessionGeneration = 0;
    QTimer m_retryTimer;
    bool m_done = false;
};
