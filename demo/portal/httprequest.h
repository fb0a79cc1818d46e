#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.1 request. Header names are stored lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QByteArray path; // target without the query, still percent-encoded
    QByteArray query; // after '?', still encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray cookie(const QByteArray &name) const;
    // Query parameters merged with an application/x-www-form-urlencoded body (body wins).
    QString parameter(const QString &name) const;
    // Form field from the body only.
    QString formField(const QString &name) const;

    // Decodes application/x-www-form-urlencoded ('+' is a space).
    static QUrlQuery decodeForm(const QByteArray &encoded);

    // Reads a request head (request line and header lines, without the blank line) into
    // *request and *contentLength. Returns 0, or the HTTP status to refuse the request with.
    // Kept apart from the socket so that hostile heads can be fed to it directly.
    static int parseHead(QByteArrayView head, qsizetype maxBodyBytes, HttpRequest *request,
        qsizetype *contentLength);
};
