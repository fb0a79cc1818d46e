#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>

// One HTTP request over libcurl, on a connection opened for it and closed after it, never
// resent and never redirected (at-most-once). Blocking: run it on a worker thread.
//
// Why libcurl and not QNetworkAccessManager: with Qt 6.4.2 a server that reads the request and
// closes without answering saw it twice (Qt resends from its "remote host closed" path, any
// verb, fresh or reused connection). libcurl 7.88 resends only on a reused connection, and
// FRESH_CONNECT + FORBID_REUSE make every connection fresh. See docs/at-most-once.md.
struct CurlRequest
{
    QUrl url;
    QByteArray method = "GET"; // GET or POST
    QByteArray body; // POST only
    QByteArray contentType = "application/x-www-form-urlencoded";
    QByteArray cookieHeader; // "a=1; b=2", built from the shared jar on the owning thread
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 120000; // whole transfer
    int connectTimeoutMs = 15000;
    qint64 maxBodyBytes = 4 * 1024 * 1024; // the rest is dropped (truncated = true)
    bool verifyTls = true;
    QString caFile; // extra CA bundle, added to the system's
};

struct CurlResult
{
    enum class Error {
        None,
        CouldNotConnect, // nothing was written: resolve, refuse, connect timeout, TLS handshake
        Timeout, // the transfer timed out
        Dropped, // the connection closed or broke before a complete answer
        Tls, // certificate / TLS problem
        Aborted, // the sender was shut down while this ran
        Other,
    };

    Error error = Error::None;
    QString errorText; // libcurl's own words
    bool requestWritten = false; // some of the request left this machine
    int status = 0; // 0 when no status line came back
    QList<QPair<QByteArray, QByteArray>> headers; // of the last answer, in order
    QByteArray body;
    bool truncated = false;
    qint64 elapsedMs = 0;
    qint64 sentAfterMs = -1; // when the request started to go out, from the start; -1 never

    QByteArray header(const QByteArray &name) const; // first match, case-insensitive
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// curl_global_init: call once on the main thread before any transfer (not thread-safe).
void curlGlobalInit();
// Runs the request; abort (optional) stops it early, e.g. at shut-down.
CurlResult performCurlRequest(const CurlRequest &request, const std::atomic_bool *abort = nullptr);
