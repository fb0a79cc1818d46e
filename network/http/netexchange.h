#pragma once

#include "portalerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request as the pool sends it. The pool adds the safety settings (timeout, size cap,
// origin check, TLS, no proxy look-up) itself, so callers cannot forget them.
struct NetRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body; // POST: form-encoded
    QByteArray contentType = "application/x-www-form-urlencoded";
    // Headers of this request. A page read (profileHeaders) also gets the profile's headers for
    // page reads, with the session's captured values filled in, added by the pool; a login or
    // release step brings all its own (built by RequestBuilder).
    QList<QPair<QByteArray, QByteArray>> headers;
    bool profileHeaders = true;
    int timeoutMs = 0; // 0: the profile's politeness.timeout_ms
    bool followRedirects = true; // within the origin only, at most 5
    // Stop following (and report the redirect) when its target contains this: how an expired
    // session is seen without fetching the login page.
    QString stopAtRedirectContaining;
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
    QByteArray contentType; // the answer's Content-Type header (its charset decodes the body)
    PortalError error;
};
