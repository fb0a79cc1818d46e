#pragma once

// Shared by the demo portal tests: real HTTP over loopback against an in-process
// DemoPortal, through QNetworkAccessManager for normal pages and a raw QTcpSocket where the
// test needs to see the wire (faults, keep-alive, early disconnects).

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrl>

#include <memory>
#include <optional>

class DemoPortal;

struct RawReply
{
    int status = 0; // 0: no answer (closed or timed out)
    QByteArray head;
    QByteArray body;
    bool closed = false; // the portal closed the connection

    QByteArray header(const QByteArray &name) const;
};

// One TCP connection to the portal, speaking HTTP/1.1 by hand.
class RawClient
{
public:
    explicit RawClient(const QUrl &base);
    bool open();
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &cookie = {},
        const QByteArray &body = {}, bool close = false);
    // Waits (running the event loop) for one whole answer or the connection's end.
    RawReply read(int timeoutMs = 30000);
    RawReply request(const QByteArray &method, const QByteArray &target,
        const QByteArray &cookie = {}, const QByteArray &body = {});
    // Sends a request with exactly these header lines (Host and Content-Length are added),
    // e.g. to leave out the Content-Type, then reads the answer.
    RawReply exchange(const QByteArray &method, const QByteArray &target,
        const QList<QByteArray> &headerLines, const QByteArray &body = {});
    bool isConnected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return *m_socket; }

private:
    bool takeAnswer(RawReply *reply);

    QUrl m_base;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

struct PageReply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray setCookie;
};

// A browser-like client: one manager with its cookie jar, redirects not followed so the test
// sees every 302.
class PortalBrowser
{
public:
    explicit PortalBrowser(const QUrl &base);
    PageReply get(const QString &path);
    PageReply post(const QString &path, const QByteArray &formBody);
    // Any request with the given extra headers (no Content-Type unless given).
    PageReply send(const QByteArray &verb, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers);
    // Loads the login page, posts the form with its CSRF token; true on the 302 to the list.
    bool login(const QString &user = QStringLiteral("demo"),
        const QString &password = QStringLiteral("demo"));
    QByteArray sessionCookie() const { return cookie("RDSESSION"); }
    // The value of a cookie the jar holds for the portal; empty when there is none.
    QByteArray cookie(const QByteArray &name) const;
    QNetworkAccessManager &manager() { return m_manager; }
    // For HTTPS: applied to every request from now on (e.g. the test's own CA).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

private:
    PageReply finish(QNetworkReply *reply);
    QNetworkRequest makeRequest(const QString &path) const;
    QUrl m_base;
    QNetworkAccessManager m_manager;
    std::optional<QSslConfiguration> m_ssl;
};

// "csrf_token" value="..." from a login page.
QByteArray csrfToken(const QByteArray &loginPage);
// Logs in over a raw socket and returns "RDSESSION=..." for a Cookie header.
QByteArray rawLogin(const QUrl &base);
// GET /_audit over HTTP.
QJsonObject fetchAudit(const QUrl &base);

// Makes a self-signed certificate for 127.0.0.1 and its key in dir with the openssl command
// (cert.pem, key.pem); returns the openssl error output, empty on success.
QString makeTestCertificate(const QString &dir);
