#include "demoportal.h"

#include "httpconnection.h"
#include "portallog.h"
#include "releasehandler.h"
#include "ticketgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

int queryInt(const HttpRequest &request, const QString &name, int fallback)
{
    bool ok = false;
    const int value = request.parameter(name).toInt(&ok);
    return ok ? value : fallback;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

DemoPortal::DemoPortal(const PortalConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    if (!m_config.validate().isEmpty())
        m_config = PortalConfig {};
    m_faults.setSpecs(m_config.faults);
    m_tickets = TicketGenerator::generate(m_config.seed, m_config.tickets, m_config.language);
    m_renderer.rebuild(m_tickets, m_config.language);
    m_releases = new ReleaseHandler(
        { &m_tickets, &m_config, &m_audit, &m_faults, &m_renderer, &m_clock }, this);
    connect(m_releases, &ReleaseHandler::finished, this, &DemoPortal::releaseFinished);
    // Many clients connect at once in the benchmarks; Qt's default listen backlog of 50 makes
    // the kernel drop SYNs of a burst and turns it into one-second retransmission stalls.
    m_server->setListenBacklogSize(4096);
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QTcpServer::newConnection, this, &DemoPortal::acceptConnections);
}

DemoPortal::~DemoPortal() = default;

bool DemoPortal::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QString DemoPortal::errorString() const
{
    return m_server->errorString();
}

quint16 DemoPortal::port() const
{
    return m_server->serverPort();
}

QUrl DemoPortal::baseUrl() const
{
    const QHostAddress address = m_server->serverAddress();
    QString host = u"127.0.0.1"_s;
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address != QHostAddress::AnyIPv6)
        host = u'[' + address.toString() + u']';
    else if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4
        && address != QHostAddress::AnyIPv6)
        host = address.toString();
    return QUrl(u"http://%1:%2/"_s.arg(host).arg(port()));
}

PortalConfig DemoPortal::config() const
{
    PortalConfig current = m_config;
    current.faults = m_faults.specs();
    return current;
}

QString DemoPortal::setConfig(const PortalConfig &config)
{
    const QString error = config.validate();
    if (!error.isEmpty())
        return error;
    const bool newData = config.seed != m_config.seed || config.tickets != m_config.tickets;
    const bool newLanguage = config.language != m_config.language;
    m_config = config;
    m_faults.setSpecs(config.faults);
    if (newData) {
        regenerate();
    } else if (newLanguage) {
        TicketGenerator::relabel(m_tickets, m_config.language);
        m_renderer.rebuild(m_tickets, m_config.language);
    }
    return {};
}

QString DemoPortal::setFault(const QString &spec)
{
    return m_faults.addSpec(spec);
}

void DemoPortal::clearFaults()
{
    m_faults.clear();
}

QJsonObject DemoPortal::audit() const
{
    return m_audit.toJson(m_inFlight);
}

void DemoPortal::resetAudit()
{
    m_audit.reset();
    m_audit.noteInFlight(m_inFlight);
    m_limiter.clearBans();
}

void DemoPortal::regenerate()
{
    m_tickets = TicketGenerator::generate(m_config.seed, m_config.tickets, m_config.language);
    m_renderer.rebuild(m_tickets, m_config.language);
    m_releases->reset();
}

const DemoTicket *DemoPortal::ticket(int id) const
{
    const qsizetype index = qsizetype(id) - TicketGenerator::firstId;
    return index >= 0 && index < m_tickets.size() ? &m_tickets[index] : nullptr;
}

DemoTicket *DemoPortal::findTicket(int id)
{
    return const_cast<DemoTicket *>(std::as_const(*this).ticket(id));
}

void DemoPortal::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, ++m_connectionSerial, this);
        connect(connection, &HttpConnection::requestReceived, this, &DemoPortal::onRequest);
        connect(connection, &HttpConnection::inFlightEnded, this, [this](HttpConnection *ended) {
            m_limiter.end(ended->clientKey());
            --m_inFlight;
        });
    }
}

void DemoPortal::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    // The test hooks are answered at once and take no part in limits, latency or counts, so
    // reading the audit never disturbs what it measures.
    if (request.path.startsWith("/_") && serveAdmin(connection, request))
        return;

    m_audit.countRequest();
    const ClientLimiter::Verdict verdict = m_limiter.admit(connection->clientKey(), nowMs(),
        m_config.maxInFlight, m_config.retryAfterS, m_config.banS);
    if (!verdict.admitted) {
        m_audit.countRateLimited(verdict.banned);
        qCDebug(lcDemoPortal) << "429 for" << connection->clientKey()
                              << (verdict.banned ? "(banned)" : "");
        HttpResponse response
            = HttpResponse::html(429, "<html><body><h1>429 Too Many Requests</h1></body></html>");
        response.headers.append({ "Retry-After", QByteArray::number(verdict.retryAfterS) });
        connection->respond(response);
        return;
    }
    m_limiter.begin(connection->clientKey());
    connection->markInFlight();
    m_audit.noteInFlight(++m_inFlight);

    // The release handler has its own latency; everything else waits for the page latency.
    if (request.path == "/release" || m_config.latencyMs <= 0) {
        serve(connection, request);
        return;
    }
    // The connection is the timer's context: if the client goes, the answer is never attempted.
    QTimer::singleShot(m_config.latencyMs, Qt::PreciseTimer, connection,
        [this, connection, request] { serve(connection, request); });
}

void DemoPortal::serve(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/login") {
        serveLogin(connection, request);
        return;
    }
    if (path == "/logout") {
        m_sessions.remove(request.cookie("RDSESSION"));
        connection->respond(HttpResponse::redirect("/login"));
        return;
    }
    if (path == "/" || path == "/index.html") {
        connection->respond(HttpResponse::redirect("/tickets"));
        return;
    }
    const bool known
        = path == "/tickets" || path == "/api/tickets" || path == "/release" || path == "/search";
    if (!known) {
        const PortalText &text = PortalText::forLanguage(m_config.language);
        connection->respond(
            HttpResponse::html(404, m_renderer.messagePage("404", text.notFound, {})));
        return;
    }
    const SessionStore::Check session = m_sessions.use(
        request.cookie("RDSESSION"), nowMs(), m_config.sessionMaxRequests, m_config.sessionTtlS);
    if (session != SessionStore::Check::Valid) {
        connection->respond(HttpResponse::loginRedirect(request.target));
        return;
    }
    if (path == "/release") {
        m_releases->start(connection, request);
    } else if (path == "/search") {
        const PortalText &text = PortalText::forLanguage(m_config.language);
        connection->respond(HttpResponse::html(
            200, m_renderer.messagePage(text.searchButton, text.searchClosed, userName())));
    } else {
        serveList(connection, request, path == "/api/tickets");
    }
}

void DemoPortal::serveLogin(HttpConnection *connection, const HttpRequest &request)
{
    QString next = request.parameter(u"next"_s);
    // Only local paths: the portal must not become an open redirect.
    if (!next.startsWith(u'/') || next.startsWith(u"//"_s))
        next = u"/tickets"_s;
    const PortalText &text = PortalText::forLanguage(m_config.language);
    if (request.method != "POST") {
        connection->respond(HttpResponse::html(
            200, m_renderer.loginPage(m_sessions.issueCsrfToken(nowMs()), next, {})));
        return;
    }
    if (!m_sessions.consumeCsrfToken(request.formField(u"csrf_token"_s).toLatin1())) {
        m_audit.countLogin(false);
        connection->respond(HttpResponse::html(
            403, m_renderer.loginPage(m_sessions.issueCsrfToken(nowMs()), next, text.badCsrf)));
        return;
    }
    if (request.formField(u"username"_s) != m_config.user
        || request.formField(u"password"_s) != m_config.password) {
        m_audit.countLogin(false);
        connection->respond(HttpResponse::html(200,
            m_renderer.loginPage(m_sessions.issueCsrfToken(nowMs()), next, text.badCredentials)));
        return;
    }
    m_audit.countLogin(true);
    HttpResponse response = HttpResponse::redirect(next.toUtf8());
    response.headers.append(
        { "Set-Cookie", "RDSESSION=" + m_sessions.createSession(nowMs()) + "; HttpOnly; Path=/" });
    connection->respond(response);
}

void DemoPortal::serveList(HttpConnection *connection, const HttpRequest &request, bool json)
{
    const int pages = PageRenderer::pageCount(int(m_tickets.size()), m_config.pageSize);
    const int page = queryInt(request, u"page"_s, 1);
    const auto fault = m_faults.take({ PortalFault::Page500, PortalFault::PageGarbage,
                                         PortalFault::PageStall, PortalFault::Page429 },
        page);
    if (fault) {
        m_audit.countFault();
        qCDebug(lcDemoPortal) << "fault" << FaultSet::name(*fault) << "on page" << page;
        switch (*fault) {
        case PortalFault::Page500:
            connection->respond(HttpResponse::html(
                500, "<html><body><h1>500 Internal Server Error</h1></body></html>"));
            return;
        case PortalFault::PageGarbage:
            connection->respond(HttpResponse::html(200, m_renderer.garbagePage()));
            return;
        case PortalFault::PageStall:
            return; // never answered; in flight until the client gives up
        default: {
            HttpResponse response = HttpResponse::html(
                429, "<html><body><h1>429 Too Many Requests</h1></body></html>");
            response.headers.append({ "Retry-After", QByteArray::number(m_config.retryAfterS) });
            connection->respond(response);
            return;
        }
        }
    }
    if (page < 1 || page > pages) {
        const PortalText &text = PortalText::forLanguage(m_config.language);
        connection->respond(json ? HttpResponse::json(404, "{\"error\":\"no such page\"}")
                                 : HttpResponse::html(404,
                                     m_renderer.messagePage("404", text.notFound, userName())));
        return;
    }
    if (json)
        connection->respond(
            HttpResponse::json(200, m_renderer.ticketsJson(m_tickets, page, m_config.pageSize)));
    else
        connection->respond(HttpResponse::html(
            200, m_renderer.ticketsPage(m_tickets, page, m_config.pageSize, userName())));
}

bool DemoPortal::serveAdmin(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    const bool post = request.method == "POST";
    if (path == "/_audit") {
        connection->respond(HttpResponse::json(200, jsonBytes(audit())));
    } else if (path == "/_reset" && post) {
        if (request.parameter(u"data"_s) == "1"_L1)
            regenerate();
        resetAudit();
        connection->respond(HttpResponse::json(200, "{\"ok\":true}"));
    } else if (path == "/_config" && post) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        PortalConfig next = config();
        const QString error = document.isObject() ? next.applyJson(document.object())
                                                  : u"body must be a JSON object"_s;
        const QString applied = error.isEmpty() ? setConfig(next) : error;
        if (!applied.isEmpty()) {
            connection->respond(
                HttpResponse::json(400, jsonBytes(QJsonObject { { u"error"_s, applied } })));
            return true;
        }
        connection->respond(HttpResponse::json(200, jsonBytes(config().toJson())));
    } else if (path == "/_config") {
        connection->respond(HttpResponse::json(200, jsonBytes(config().toJson())));
    } else if (path == "/_tickets") {
        QByteArray all = m_renderer.ticketsJson(m_tickets, 1, qMax(1, int(m_tickets.size())));
        connection->respond(HttpResponse::json(200, all));
    } else {
        return false;
    }
    return true;
}
