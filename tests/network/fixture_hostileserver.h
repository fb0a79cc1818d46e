#pragma once

// A small HTTP server on loopback that misbehaves on purpose, for the adversarial tests: each
// path is answered by a handler the test sets (a huge page, a page that never ends, a redirect
// loop, ...). It speaks just enough HTTP/1.1: reads a head and a Content-Length body, answers,
// and closes the connection after every answer.

#include "portalerror.h"
#include "profile/siteprofile.h"
#include "releaseticket.h"
#include "scrape/pageread.h"
#include "scrape/ticketscraper.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class PortalSession;
class QTcpSocket;

class HostileServer final : public QObject
{
    Q_DISABLE_COPY_MOVE(HostileServer)
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
        QByteArray body;

        QByteArray header(const QByteArray &lowerCaseName) const;
    };
    using Handler = std::function<void(HostileServer &server, QTcpSocket *socket, const Request &)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    // Listens on a free port of address (127.0.0.1, or 127.0.0.2 for "another host").
    bool listen(const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.1")));
    QUrl baseUrl() const; // "http://ADDRESS:PORT/"

    // The handler for a path (without the query); unknown paths answer 404.
    void on(const QByteArray &path, Handler handler);
    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    int openConnections() const { return m_open; }

    // Answers and closes. headers are full lines without CRLF ("Location: /x").
    static void respond(QTcpSocket *socket, int status, const QList<QByteArray> &headers,
        const QByteArray &body);
    static void respondHtml(QTcpSocket *socket, const QByteArray &html,
        const QByteArray &contentType = "text/html; charset=utf-8");
    // Writes bodyBytes bytes of filler after the head, a chunk at a time as the socket drains,
    // so the server never holds the whole page. declareLength: send Content-Length.
    static void stream(QTcpSocket *socket, qint64 bodyBytes, bool declareLength);
    // Sends the head of a 200 and then one byte every intervalMs until the client goes.
    static void drip(QTcpSocket *socket, int intervalMs);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_handlers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_open = 0;
};

// List pages in the demo portal's markup, so that the embedded "demo" profile reads them.
namespace HostilePages {

struct Row
{
    QByteArray id;
    QByteArray application = "billing";
    QByteArray releaseHref; // as written into the href attribute (already escaped)
    QByteArray status = "待上线";
};

QByteArray listPage(const QList<Row> &rows, const QByteArray &before = {},
    const QByteArray &after = {}, const QByteArray &charset = "utf-8");
QByteArray loginPage(int decoyForms);

} // namespace HostilePages

// Driving a session against a hostile server, for the adversarial tests.
namespace Hostile {

// An embedded profile pointed at the server, page retries off (each case wants one answer).
SiteProfile profileFor(const QString &name, const HostileServer &server);
// The demo profile's login on the server: the page with its token (decoyForms forms before the
// real one), the POST answered with the session cookie and any extra Set-Cookie lines.
void serveLogin(
    HostileServer &server, const QList<QByteArray> &extraCookies = {}, int decoyForms = 0);
PortalError login(PortalSession &session);
// One page read to its end.
PageResult readPage(PortalSession &session, const QUrl &url);

struct Scraped
{
    QList<ReleaseTicket> tickets;
    ScrapeResult result;
    int finished = 0; // finished() signals: exactly one is right
};
Scraped loginAndScrape(PortalSession &session);

} // namespace Hostile
