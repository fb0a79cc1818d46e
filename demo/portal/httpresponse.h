#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP answer; serializeHead() adds Content-Length and the Connection header.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // extra: Location, Set-Cookie, Retry-After...
    QByteArray body;

    static HttpResponse html(int status, QByteArray body);
    static HttpResponse json(int status, QByteArray body);
    static HttpResponse redirect(const QByteArray &location);
    // The portal's answer to a missing or dead session: back to the login page, then to target.
    static HttpResponse loginRedirect(const QByteArray &target);

    // Status line and headers, ending with the blank line; the body is written after it as is
    // (a page is not copied once more into one buffer).
    QByteArray serializeHead(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};
