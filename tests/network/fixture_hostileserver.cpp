#include "fixture_hostileserver.h"

#include "session/portalsession.h"

#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QTimer>

#include <memory>

QByteArray HostileServer::Request::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer()
{
    // Sockets are children of the server; drips and streams stop with them.
    m_server.close();
    // Members go before m_server and its sockets: a socket destroyed then still emits
    // disconnected(), whose handler would touch m_buffers after it was freed (ThreadSanitizer
    // reported it as a heap use after free).
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool HostileServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl HostileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void HostileServer::on(const QByteArray &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

int HostileServer::requestCount(const QByteArray &path) const
{
    int count = 0;
    for (const Request &request : m_requests)
        count += request.path == path ? 1 : 0;
    return count;
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(&m_server);
        ++m_open;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HostileServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        request.headers.append({ name, value });
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.clear();
    // One request per connection: whatever else the client sends is not read.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(request);
    const auto handler = m_handlers.constFind(request.path);
    if (handler == m_handlers.constEnd()) {
        respond(socket, 404, {}, "no such page");
        return;
    }
    (*handler)(*this, socket, request);
}

void HostileServer::respond(
    QTcpSocket *socket, int status, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    for (const QByteArray &line : headers)
        head += line + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

void HostileServer::respondHtml(QTcpSocket *socket, const QByteArray &html, const QByteArray &type)
{
    respond(socket, 200, { "Content-Type: " + type }, html);
}

void HostileServer::stream(QTcpSocket *socket, qint64 bodyBytes, bool declareLength)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n";
    if (declareLength)
        head += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n";
    const QByteArray opening = "<html><body>";
    socket->write(head + "\r\n" + opening);
    auto left = std::make_shared<qint64>(bodyBytes - opening.size());
    auto refill = [socket, left] {
        static const QByteArray chunk(256 * 1024, 'x');
        // Keep about one chunk queued: the server's memory stays small whatever the page size.
        while (*left > 0 && socket->bytesToWrite() < chunk.size()) {
            const qint64 now = qMin<qint64>(*left, chunk.size());
            socket->write(chunk.constData(), now);
            *left -= now;
        }
        if (*left <= 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

void HostileServer::drip(QTcpSocket *socket, int intervalMs)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html>");
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("<"); });
    timer->start(intervalMs);
}

namespace HostilePages {

QByteArray listPage(
    const QList<Row> &rows, const QByteArray &before, const QByteArray &after, const QByteArray &charset)
{
    QByteArray html = "<!DOCTYPE html>\n<html><head><meta charset=\"" + charset
        + "\"></head><body>\n" + before + "<table id=\"tickets\"><thead><tr><th>单号</th>"
          "<th>应用</th><th>版本</th><th>环境</th><th>提交人</th><th>依赖</th><th>可并行</th>"
          "<th>状态</th><th>操作</th></tr></thead><tbody>\n";
    for (const Row &row : rows) {
        html += "<tr class=\"ticket\"><td>" + row.id + "</td><td>" + row.application
            + "</td><td>1.0." + row.id + "</td><td>生产</td><td>周杰</td><td>—</td><td>是</td><td>"
            + row.status + "</td><td><a class=\"release\" href=\"" + row.releaseHref
            + "\">上线</a></td></tr>\n";
    }
    html += "</tbody></table>\n<div class=\"pager\"><span class=\"page\">1 / 1</span> 共 "
            "<span class=\"total\">"
        + QByteArray::number(rows.size()) + "</span></div>\n" + after + "</body></html>\n";
    return html;
}

QByteArray loginPage(int decoyForms)
{
    QByteArray html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n";
    // Decoys first: forms with one of the two fields, or both under other names, each with a
    // token of its own; only the last form holds username and password.
    for (int i = 0; i < decoyForms; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 2 == 0)
            html += "<form action=\"/decoy" + n + "\" method=\"post\"><input name=\"username\">"
                "<input type=\"hidden\" name=\"csrf_token\" value=\"decoy" + n + "\"></form>\n";
        else
            html += "<form action=\"/decoy" + n + "\" method=\"post\"><input name=\"user" + n
                + "\"><input type=\"password\" name=\"pass" + n + "\"></form>\n";
    }
    html += "<form action=\"/login\" method=\"post\"><input name=\"username\">"
            "<input type=\"password\" name=\"password\">"
            "<input type=\"hidden\" name=\"csrf_token\" value=\"real-token\">"
            "<button type=\"submit\">登录</button></form>\n</body></html>\n";
    return html;
}

} // namespace HostilePages

namespace Hostile {

SiteProfile profileFor(const QString &name, const HostileServer &server)
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(name, &error);
    if (!profile)
        qFatal("embedded profile %s does not load: %s", qPrintable(name), qPrintable(error.text()));
    profile->setBaseUrl(server.baseUrl());
    profile->politeness.pageRetries = 0;
    return *profile;
}

void serveLogin(HostileServer &server, const QList<QByteArray> &extraCookies, int decoyForms)
{
    server.on("/login",
        [extraCookies, decoyForms](
            HostileServer &, QTcpSocket *socket, const HostileServer::Request &request) {
            if (request.method != "POST") {
                HostileServer::respondHtml(socket, HostilePages::loginPage(decoyForms));
                return;
            }
            const QUrlQuery form(QString::fromUtf8(request.body));
            if (form.queryItemValue(QStringLiteral("csrf_token")) != u"real-token"
                || form.queryItemValue(QStringLiteral("username")) != u"demo"
                || form.queryItemValue(QStringLiteral("password")) != u"demo") {
                HostileServer::respondHtml(socket, "<div class=\"error\">wrong</div>");
                return;
            }
            QList<QByteArray> headers { "Location: /tickets?page=1",
                "Set-Cookie: RDSESSION=s1; Path=/" };
            for (const QByteArray &cookie : extraCookies)
                headers << "Set-Cookie: " + cookie;
            HostileServer::respond(socket, 302, headers, {});
        });
}

PortalError login(PortalSession &session)
{
    PortalError out = PortalError::make(PortalError::Timeout, QStringLiteral("login never ended"));
    bool done = false;
    const QMetaObject::Connection connection = QObject::connect(&session,
        &PortalSession::loginFinished, &session, [&](const PortalError &error) {
            out = error;
            done = true;
        });
    session.login(QStringLiteral("demo"), QStringLiteral("demo"));
    // Hang guards, not time limits: every case ends on its own well before.
    for (int waited = 0; !done && waited < 60000; waited += 10)
        QTest::qWait(10);
    QObject::disconnect(connection);
    return out;
}

PageResult readPage(PortalSession &session, const QUrl &url)
{
    PageResult out;
    out.error = PortalError::make(PortalError::Timeout, QStringLiteral("the read never ended"));
    bool done = false;
    auto *read = new PageRead(&session, url, {}, &session);
    QObject::connect(read, &PageRead::finished, &session, [&](const PageResult &result) {
        out = result;
        done = true;
    });
    read->start();
    for (int waited = 0; !done && waited < 240000; waited += 10)
        QTest::qWait(10);
    return out;
}

Scraped loginAndScrape(PortalSession &session)
{
    Scraped out;
    const PortalError loginError = login(session);
    if (loginError.isError()) {
        out.result.error = loginError;
        return out;
    }
    TicketScraper scraper(&session);
    scraper.setAutoDelete(false); // on the stack
    QObject::connect(&scraper, &TicketScraper::ticketsArrived, &scraper,
        [&](const QList<ReleaseTicket> &tickets) { out.tickets += tickets; });
    QObject::connect(
        &scraper, &TicketScraper::finished, &scraper, [&](const ScrapeResult &result) {
            out.result = result;
            ++out.finished;
        });
    scraper.start();
    for (int waited = 0; out.finished == 0 && waited < 600000; waited += 10)
        QTest::qWait(10);
    QTest::qWait(20); // a second finished() would show up here
    return out;
}

} // namespace Hostile
