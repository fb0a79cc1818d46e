#include "fixture_portalclient.h"

#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawClient::RawClient(const QUrl &base)
    : m_base(base)
    , m_socket(std::make_unique<QTcpSocket>())
{
}

bool RawClient::open()
{
    m_socket->connectToHost(m_base.host(), quint16(m_base.port()));
    return QTest::qWaitFor(
        [this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 30000);
}

void RawClient::send(const QByteArray &method, const QByteArray &target, const QByteArray &cookie,
    const QByteArray &body, bool close)
{
    QByteArray request
        = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toLatin1() + "\r\n";
    if (!cookie.isEmpty())
        request += "Cookie: " + cookie + "\r\n";
    if (!body.isEmpty() || method == "POST") {
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    }
    if (close)
        request += "Connection: close\r\n";
    m_socket->write(request + "\r\n" + body);
}

bool RawClient::takeAnswer(RawReply *reply)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    RawReply parsed;
    parsed.head = m_buffer.left(headEnd);
    const qsizetype length = parsed.header("Content-Length").toLongLong();
    if (m_buffer.size() < headEnd + 4 + length)
        return false;
    parsed.status = parsed.head.mid(9, 3).toInt();
    parsed.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    *reply = parsed;
    return true;
}

RawReply RawClient::read(int timeoutMs)
{
    RawReply reply;
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            m_buffer += m_socket->readAll();
            return takeAnswer(&reply) || m_socket->state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    if (reply.status == 0) {
        m_buffer += m_socket->readAll();
        takeAnswer(&reply);
    }
    reply.closed = m_socket->state() != QAbstractSocket::ConnectedState;
    return reply;
}

RawReply RawClient::request(const QByteArray &method, const QByteArray &target,
    const QByteArray &cookie, const QByteArray &body)
{
    send(method, target, cookie, body);
    return read();
}

RawReply RawClient::exchange(const QByteArray &method, const QByteArray &target,
    const QList<QByteArray> &headerLines, const QByteArray &body)
{
    QByteArray request
        = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_base.host().toLatin1() + "\r\n";
    for (const QByteArray &line : headerLines)
        request += line + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(request);
    return read();
}

PortalBrowser::PortalBrowser(const QUrl &base)
    : m_base(base)
{
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
}

PageReply PortalBrowser::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    PageReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    result.retryAfter = reply->rawHeader("Retry-After");
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.setCookie = reply->rawHeader("Set-Cookie");
    reply->deleteLater();
    return result;
}

QNetworkRequest PortalBrowser::makeRequest(const QString &path) const
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return request;
}

PageReply PortalBrowser::get(const QString &path)
{
    QNetworkRequest request = makeRequest(path);
    return finish(m_manager.get(request));
}

PageReply PortalBrowser::post(const QString &path, const QByteArray &formBody)
{
    QNetworkRequest request = makeRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    return finish(m_manager.post(request, formBody));
}

PageReply PortalBrowser::send(const QByteArray &verb, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request = makeRequest(path);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_manager.sendCustomRequest(request, verb, body));
}

bool PortalBrowser::login(const QString &user, const QString &password)
{
    const PageReply page = get(u"/login"_s);
    const QByteArray body = "username=" + QUrl::toPercentEncoding(user)
        + "&password=" + QUrl::toPercentEncoding(password) + "&csrf_token=" + csrfToken(page.body)
        + "&next=%2Ftickets";
    const PageReply answer = post(u"/login"_s, body);
    return answer.status == 302 && answer.location == "/tickets";
}

QByteArray PortalBrowser::cookie(const QByteArray &name) const
{
    for (const QNetworkCookie &cookie : m_manager.cookieJar()->cookiesForUrl(m_base)) {
        if (cookie.name() == name)
            return cookie.value();
    }
    return {};
}

QByteArray csrfToken(const QByteArray &loginPage)
{
    static const QRegularExpression pattern(u"name=\"csrf_token\" value=\"([0-9a-f]+)\""_s);
    return pattern.match(QString::fromUtf8(loginPage)).captured(1).toLatin1();
}

QByteArray rawLogin(const QUrl &base)
{
    RawClient client(base);
    if (!client.open())
        return {};
    const RawReply page = client.request("GET", "/login");
    const RawReply answer = client.request("POST", "/login", {},
        "username=demo&password=demo&csrf_token=" + csrfToken(page.body) + "&next=%2Ftickets");
    const QByteArray cookie = answer.header("Set-Cookie");
    return cookie.left(cookie.indexOf(';'));
}

QJsonObject fetchAudit(const QUrl &base)
{
    RawClient client(base);
    if (!client.open())
        return {};
    return QJsonDocument::fromJson(client.request("GET", "/_audit").body).object();
}

QString makeTestCertificate(const QString &dir)
{
    QProcess openssl;
    // An EC key: made in milliseconds, where RSA keys take a noticeable while.
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, dir + u"/key.pem"_s,
            u"-out"_s, dir + u"/cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
            u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError())
            + openssl.errorString();
    return {};
}
