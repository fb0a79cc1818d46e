#include "demoportal.h"

#include "classicfront.h"
#include "httpconnection.h"
#include "legacyfront.h"
#include "portallog.h"
#include "releasehandler.h"
#include "spafront.h"
#include "ticketgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

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
    m_releases = new ReleaseHandler(
        { &m_tickets, &m_config, &m_audit, &m_faults, &m_sessions, &m_clock }, this);
    connect(m_releases, &ReleaseHandler::finished, this, &DemoPortal::releaseFinished);
    const PortalContext context { &m_tickets, &m_config, &m_sessions, &m_audit, &m_faults,
        m_releases, &m_clock };
    m_classic = std::make_unique<ClassicFront>(context);
    m_spa = std::make_unique<SpaFront>(context);
    m_legacy = std::make_unique<LegacyFront>(context);

    // Many clients connect at once in the benchmarks; Qt's default listen backlog of 50 makes
    // the kernel drop SYNs of a burst and turns it into one-second retransmission stalls.
    m_server->setListenBacklogSize(4096);
    m_server->setMaxPendingConnections(4096);
    connect(m_server, &QTcpServer::newConnection, this, &DemoPortal::acceptConnections);
}

DemoPortal::~DemoPortal() = default;

QString DemoPortal::useTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    if (chain.isEmpty())
        return u"no PEM certificate in %1"_s.arg(certificateFile);
    QFile keyStream(keyFile);
    if (!keyStream.open(QIODevice::ReadOnly))
        return u"cannot read %1"_s.arg(keyFile);
    const QByteArray keyBytes = keyStream.readAll();
    QSslKey key(keyBytes, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec);
    if (key.isNull())
        return u"no RSA or EC private key in %1"_s.arg(keyFile);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    server->setListenBacklogSize(4096);
    server->setMaxPendingConnections(4096);
    // QSslServer hands out a socket only after its handshake, through this signal.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &DemoPortal::acceptConnections);
    delete m_server;
    m_server = server;
    m_tls = true;
    return {};
}

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
    return QUrl(u"%1://%2:%3/"_s.arg(m_tls ? u"https"_s : u"http"_s, host).arg(port()));
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
        rebuildFronts();
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
    rebuildFronts();
    m_releases->reset();
}

void DemoPortal::rebuildFronts()
{
    m_classic->rebuild();
    m_spa->rebuild();
    m_legacy->rebuild();
}

PortalFront &DemoPortal::front() const
{
    switch (m_config.flavor) {
    case PortalFlavor::Spa:
        return *m_spa;
    case PortalFlavor::Legacy:
        return *m_legacy;
    case PortalFlavor::Classic:
        break;
    }
    return *m_classic;
}

const DemoTicket *DemoPortal::ticket(int id) const
{
    const qsizetype index = qsizetype(id) - TicketGenerator::firstId;
    return index >= 0 && index < m_tickets.size() ? &m_tickets[index] : nullptr;
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
    PortalFront &flavour = front();
    const ClientLimiter::Verdict verdict = m_limiter.admit(connection->clientKey(), nowMs(),
        m_config.maxInFlight, m_config.retryAfterS, m_config.banS);
    if (!verdict.admitted) {
        m_audit.countRateLimited(verdict.banned);
        qCDebug(lcDemoPortal) << "429 for" << connection->clientKey()
                              << (verdict.banned ? "(banned)" : "");
        HttpResponse response = flavour.faultAnswer(PortalFault::Page429);
        response.headers.append({ "Retry-After", QByteArray::number(verdict.retryAfterS) });
        connection->respond(response);
        return;
    }
    m_limiter.begin(connection->clientKey());
    connection->markInFlight();
    m_audit.noteInFlight(++m_inFlight);

    // The release handler has its own latency; everything else waits for the page latency.
    if (flavour.isReleasePath(request.path) || m_config.latencyMs <= 0) {
        flavour.serve(connection, request);
        return;
    }
    // The connection is the timer's context: if the client goes, the answer is never attempted.
    // The flavour is looked up again: /_config may have switched it meanwhile.
    QTimer::singleShot(m_config.latencyMs, Qt::PreciseTimer, connection,
        [this, connection, request] { front().serve(connection, request); });
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
        // The classic JSON list of every ticket, whatever the flavour: the truth in one format.
        QByteArray all
            = m_classic->renderer().ticketsJson(m_tickets, 1, qMax(1, int(m_tickets.size())));
        connection->respond(HttpResponse::json(200, all));
    } else {
        return false;
    }
    return true;
}
