#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP answer; serialize() adds Content-Length and the Connection header.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // extra: Location, Set-Cookie, Retry-After...
    QByteArray body;

    static HttpResponse html(int status, QByteArray body);
    static HttpResponse json(int status, QByteArray body);
    static HttpResponse redirect(const QByteArray &location);

    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};
