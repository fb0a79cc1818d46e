#pragma once

#include "portalerror.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

// One HTTP request as the pool sends it. The pool adds the safety settings (timeout, size cap,
// origin check, TLS, no proxy look-up) itself, so callers cannot forget them.
struct NetRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body; // POST: form-encoded
    QByteArray contentType = "application/x-www-form-urlencoded";
    int timeoutMs = 0; // 0: the profile's politeness.timeout_ms
    bool followRedirects = true; // within the origin only, at most 5
    // Stop following (and report the redirect) when its target contains this: how an expired
    // session is seen without fetching the login page.
    QString stopAtRedirectContaining;
    // Extra headers (the profile's per-kind headers, captured tokens). Values may be secret:
    // they are never logged.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Part of logging in: goes out while the session renews, when every other request waits.
    bool partOfLogin = false;
};

// What came back. error is set for transport problems (network, timeout, TLS, size, origin);
// HTTP statuses are not errors at this level: the caller judges them.
struct NetResponse
{
    int status = 0;
    QByteArray body;
    QUrl url; // the final URL after followed redirects
    QUrl redirectTarget; // set when a redirect was not followed (absolute)
    QList<QUrl> redirects; // every redirect target seen, in order
    int retryAfterSeconds = -1; // parsed Retry-After, -1 when absent
    QByteArray contentType; // the Content-Type header as sent (charset included)
    // The session generation the request went out under (NetworkPool::setSessionGeneration):
    // tells an answer from before a renewal from one after it.
    quint64 sessionGeneration = 0;
    PortalError error;
};
