#include "http/networkpool.h"

#include "http/requestbuilder.h"

#include "http/requestgate.h"
#include "logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace {

// Qt 6.4 opens at most this many connections per host and manager.
constexpr int connectionsPerManager = 6;
constexpr int maxRedirects = 5;

bool proxyConfigured()
{
    for (const char *name :
        { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            return true;
    }
    return false;
}

int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

// The URL as it may be logged: no query (release tokens live there).
QString loggable(const QUrl &url)
{
    return redactSecrets(url.toString(QUrl::RemoveUserInfo));
}

} // namespace

struct NetworkPool::Exchange
{
    quint64 id = 0;
    NetRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    quint64 gateTicket = 0;
    bool admitted = false;
    QNetworkAccessManager *manager = nullptr;
    QPointer<QNetworkReply> reply;
    NetResponse response;
    int redirectsLeft = maxRedirects;
    bool tooLarge = false;
};

NetworkPool::NetworkPool(const SiteProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_useNoProxy(!proxyConfigured())
    , m_jar(new QNetworkCookieJar(this))
    , m_gate(
          new RequestGate(profile.politeness.concurrency, profile.politeness.minIntervalMs, this))
{
    if (!profile.tls.verify)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!profile.tls.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(profile.tls.caFile);
        if (extra.isEmpty())
            qCWarning(lcSession) << "tls.ca_file holds no certificate:" << profile.tls.caFile;
        m_ssl.addCaCertificates(extra);
    }
    ensureManagers(profile.politeness.concurrency);
}

NetworkPool::~NetworkPool()
{
    // Replies of the managers go first, without calling back into a half-destroyed pool.
    for (auto &[id, exchange] : m_exchanges) {
        if (exchange->reply)
            dropReply(exchange->reply);
    }
    m_exchanges.clear();
}

void NetworkPool::ensureManagers(int limit)
{
    const int wanted = (qMax(1, limit) + connectionsPerManager - 1) / connectionsPerManager;
    while (m_managers.size() < wanted) {
        auto *manager = new QNetworkAccessManager(this);
        // setCookieJar() takes the jar over; every manager shares it, the pool owns it.
        manager->setCookieJar(m_jar);
        m_jar->setParent(this);
        // No per-request proxy look-up unless the environment asks for a proxy (measured: the
        // look-up is a visible share of the CPU spent per request on loopback).
        if (m_useNoProxy)
            manager->setProxy(QNetworkProxy::NoProxy);
        m_managers.append(manager);
        m_load.insert(manager, 0);
    }
}

void NetworkPool::setLimit(int limit)
{
    ensureManagers(limit);
    m_gate->setLimit(limit);
}

int NetworkPool::limit() const
{
    return m_gate->limit();
}

int NetworkPool::inFlight() const
{
    return m_gate->inFlight();
}

int NetworkPool::peakInFlight() const
{
    return m_gate->peakInFlight();
}

quint64 NetworkPool::send(const NetRequest &request, QObject *context, Callback done)
{
    const quint64 id = m_nextId++;
    auto exchange = std::make_unique<Exchange>();
    exchange->request = request;
    if (exchange->request.timeoutMs <= 0)
        exchange->request.timeoutMs = m_profile.politeness.timeoutMs;
    exchange->context = context;
    exchange->hasContext = context != nullptr;
    exchange->done = std::move(done);
    exchange->id = id;
    Exchange &ref = *exchange;
    m_exchanges.emplace(id, std::move(exchange));
    ref.gateTicket = m_gate->enqueue([this, id] { startExchange(id); }, request.partOfLogin);
    return id;
}

quint64 NetworkPool::takeSlot(std::function<void()> start)
{
    return m_gate->enqueue(std::move(start), true);
}

bool NetworkPool::cancelSlot(quint64 ticket)
{
    return m_gate->cancel(ticket);
}

void NetworkPool::releaseSlot()
{
    m_gate->release();
}

void NetworkPool::setHeld(bool held)
{
    m_gate->setHeld(held);
}

void NetworkPool::setAdmissionCheck(std::function<bool()> check)
{
    m_gate->setAdmissionCheck(std::move(check));
}

void NetworkPool::cancel(quint64 id)
{
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> exchange = std::move(it->second);
    m_exchanges.erase(it);
    if (!exchange->admitted) {
        m_gate->cancel(exchange->gateTicket);
        return;
    }
    if (exchange->reply)
        dropReply(exchange->reply);
    m_gate->release();
}

QNetworkAccessManager *NetworkPool::leastLoadedManager()
{
    QNetworkAccessManager *best = m_managers.first();
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (m_load.value(manager) < m_load.value(best))
            best = manager;
    }
    return best;
}

void NetworkPool::startExchange(quint64 id)
{
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end()) {
        m_gate->release();
        return;
    }
    Exchange &exchange = *it->second;
    exchange.admitted = true;
    exchange.response.sessionGeneration = m_generation;
    if (!m_profile.isSameOrigin(exchange.request.url)) {
        NetResponse response;
        response.url = exchange.request.url;
        response.sessionGeneration = m_generation;
        response.error = PortalError::make(PortalError::OffOrigin,
            tr("%1 is not on the portal's site %2")
                .arg(loggable(exchange.request.url), m_profile.baseUrl.toString()),
            exchange.request.url);
        // Never inside send(): whoever sent it connects to the answer after send() returns.
        QMetaObject::invokeMethod(
            this, [this, id, response] { complete(id, response); }, Qt::QueuedConnection);
        return;
    }
    issue(exchange, exchange.request.url, exchange.request.method, exchange.request.body);
}

void NetworkPool::issue(
    Exchange &exchange, const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    QNetworkRequest request(url);
    // Redirects are followed here, one by one, so each target is checked against the origin
    // and an expired session is recognised by its redirect without fetching the login page.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(exchange.request.timeoutMs);
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_ssl);
    if (method != "GET" && !exchange.request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, exchange.request.contentType);
    if (!exchange.request.partOfLogin) {
        const RequestBuilder headers(m_profile.baseUrl, m_profile.requests.headers, m_captured);
        for (const auto &[name, value] : headers.headersFor(RequestBuilder::Kind::Page))
            request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : std::as_const(exchange.request.headers))
        request.setRawHeader(name, value);
    exchange.manager = leastLoadedManager();
    ++m_load[exchange.manager];
    qCDebug(lcWire).noquote() << method << loggable(url);
    if (method == "GET")
        exchange.reply = exchange.manager->get(request);
    else if (method == "POST")
        exchange.reply = exchange.manager->post(request, body);
    else
        exchange.reply = exchange.manager->sendCustomRequest(request, method, body);

    // The size cap: refuse early on a declared length, abort once more has arrived.
    const qint64 cap = m_profile.politeness.maxPageBytes;
    QNetworkReply *reply = exchange.reply;
    Exchange *raw = &exchange;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, raw, cap] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > cap) {
            raw->tooLarge = true;
            reply->abort();
        }
    });
    connect(
        reply, &QNetworkReply::downloadProgress, this, [reply, raw, cap](qint64 received, qint64) {
            if (received > cap && !raw->tooLarge) {
                raw->tooLarge = true;
                reply->abort();
            }
        });
    // The transfer timeout only fires when no byte arrives for that long: a page that drips a
    // byte now and then would never end. The same limit also bounds the whole answer; an abort
    // without tooLarge is reported as a timeout.
    QTimer::singleShot(exchange.request.timeoutMs, reply, [reply] { reply->abort(); });
    connect(reply, &QNetworkReply::finished, this,
        [this, id = exchange.id, reply] { onFinished(id, reply); });
}

void NetworkPool::dropReply(QNetworkReply *reply)
{
    // Disconnected first: the callbacks point into an exchange that is going away.
    reply->disconnect(this);
    if (m_load.contains(reply->manager()))
        --m_load[reply->manager()];
    reply->abort();
    reply->deleteLater();
}

void NetworkPool::onFinished(quint64 id, QNetworkReply *reply)
{
    QNetworkAccessManager *manager = reply->manager();
    if (m_load.contains(manager))
        --m_load[manager];
    reply->deleteLater();
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end() || it->second->reply != reply)
        return; // cancelled
    Exchange &exchange = *it->second;
    NetResponse &response = exchange.response;
    const QUrl url = reply->url();
    response.url = url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    response.contentType = reply->rawHeader("Content-Type");

    if (exchange.tooLarge) {
        response.error = PortalError::make(PortalError::TooLarge,
            tr("%1 is larger than %2 bytes (politeness.max_page_bytes)")
                .arg(loggable(url))
                .arg(m_profile.politeness.maxPageBytes),
            url);
        complete(id, std::move(response));
        return;
    }
    const QNetworkReply::NetworkError error = reply->error();
    // Errors below 100 are the transport's (closed, timed out, aborted): also after the status
    // line came, since the body is then cut short and must not pass for a whole page.
    const bool transportError = error > QNetworkReply::NoError && error < 100;
    if (error != QNetworkReply::NoError && (response.status == 0 || transportError)) {
        PortalError::Category category = PortalError::Network;
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            category = PortalError::Timeout; // only the transfer timeout cancels without us
        else if (error == QNetworkReply::SslHandshakeFailedError)
            category = PortalError::Tls;
        const QString detail = category == PortalError::Timeout
            ? tr("%1: no answer within %2 ms").arg(loggable(url)).arg(exchange.request.timeoutMs)
            : QStringLiteral("%1: %2").arg(loggable(url), redactSecrets(reply->errorString()));
        response.error = PortalError::make(category, detail, url);
        complete(id, std::move(response));
        return;
    }
    response.body = reply->readAll();

    const bool isRedirect = response.status == 301 || response.status == 302
        || response.status == 303 || response.status == 307 || response.status == 308;
    const QByteArray location = reply->rawHeader("Location");
    if (!isRedirect || location.isEmpty()) {
        complete(id, std::move(response));
        return;
    }
    const QUrl target = url.resolved(QUrl::fromEncoded(location));
    response.redirects.append(target);
    if (!m_profile.isSameOrigin(target)) {
        response.error = PortalError::make(PortalError::OffOrigin,
            tr("%1 redirected to %2, outside the portal's site")
                .arg(loggable(url), loggable(target)),
            url, response.status);
        complete(id, std::move(response));
        return;
    }
    const QString stopAt = exchange.request.stopAtRedirectContaining;
    if (!exchange.request.followRedirects
        || (!stopAt.isEmpty() && target.toString().contains(stopAt))) {
        response.redirectTarget = target;
        complete(id, std::move(response));
        return;
    }
    if (--exchange.redirectsLeft < 0) {
        response.error = PortalError::make(PortalError::Network,
            tr("%1: more than %2 redirects").arg(loggable(url)).arg(maxRedirects), url);
        complete(id, std::move(response));
        return;
    }
    // As browsers do: 303, and 301/302 after a POST, continue as GET without a body. The slot
    // stays taken: it is still the same logical request.
    const bool keepMethod = response.status == 307 || response.status == 308;
    const QByteArray method = keepMethod ? exchange.request.method : QByteArray("GET");
    const QByteArray body = keepMethod ? exchange.request.body : QByteArray();
    response.body.clear();
    issue(exchange, target, method, body);
}

void NetworkPool::complete(quint64 id, NetResponse response)
{
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> exchange = std::move(it->second);
    m_exchanges.erase(it);
    // The answer is handled before its slot frees: an answer that says the session is gone
    // holds the pool (the session renews) before the next waiting request could go out on it.
    const QPointer<NetworkPool> self(this);
    if (exchange->done && !(exchange->hasContext && !exchange->context))
        exchange->done(response);
    if (self)
        m_gate->release();
}
