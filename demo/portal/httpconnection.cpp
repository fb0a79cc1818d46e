#include "httpconnection.h"

#include "portallog.h"

#include <QTcpSocket>

namespace {
// Generous for the portal's forms and cookies, small enough that a runaway client cannot make
// the portal hold much memory.
constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 serial, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_serial(serial)
{
    m_socket->setParent(this);
    // Answers go out in one write; never let Nagle hold the tail of one back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_clientKey = m_socket->peerAddress().toString().toLatin1();
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
}

void HttpConnection::markInFlight()
{
    if (m_busy)
        m_inFlight = true;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_closing)
        return;
    m_socket->write(response.serializeHead(m_keepAlive));
    m_socket->write(response.body);
    endRequest();
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes what was written first
    } else if (!m_buffer.isEmpty()) {
        // Not recursively: the caller may still be inside its own request handling.
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

void HttpConnection::drop()
{
    if (m_closing)
        return;
    m_closing = true;
    endRequest();
    m_socket->disconnectFromHost();
}

void HttpConnection::endRequest()
{
    m_busy = false;
    if (m_inFlight) {
        m_inFlight = false;
        emit inFlightEnded(this);
    }
}

void HttpConnection::onDisconnected()
{
    m_closing = true;
    if (m_busy)
        endRequest();
    deleteLater();
}

void HttpConnection::refuse(int status)
{
    qCDebug(lcDemoPortal) << "connection" << m_serial << "refused with" << status;
    m_busy = true;
    m_keepAlive = false;
    HttpResponse response = HttpResponse::html(status, HttpResponse::reasonPhrase(status));
    respond(response);
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing || m_buffer.isEmpty())
        return;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > maxHeadBytes)
            refuse(431);
        return;
    }
    HttpRequest request;
    qsizetype contentLength = 0;
    if (!parseHead(headEnd, &request, &contentLength))
        return; // refused already
    const qsizetype total = headEnd + 4 + contentLength;
    if (m_buffer.size() < total)
        return; // the rest of the body is still on its way
    request.body = m_buffer.mid(headEnd + 4, contentLength);
    m_buffer.remove(0, total);
    m_keepAlive = request.keepAlive;
    m_busy = true;
    emit requestReceived(this, request);
}

bool HttpConnection::parseHead(qsizetype headEnd, HttpRequest *request, qsizetype *contentLength)
{
    const QByteArrayView head(m_buffer.constData(), headEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1) {
        refuse(400);
        return false;
    }
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!version.startsWith("HTTP/1.")) {
        refuse(400);
        return false;
    }
    request->method = requestLine.first(sp1).toByteArray();
    request->target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
    const qsizetype question = request->target.indexOf('?');
    request->path = question < 0 ? request->target : request->target.left(question);
    if (question >= 0)
        request->query = request->target.mid(question + 1);

    QByteArray connection;
    bool chunked = false;
    bool lengthOk = true;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line
            = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-length")
            *contentLength = value.toLongLong(&lengthOk);
        else if (name == "transfer-encoding")
            chunked = true;
        else if (name == "connection")
            connection = value.toLower();
        request->headers.append({ std::move(name), std::move(value) });
    }
    if (chunked) {
        refuse(501); // no client of the portal sends chunked bodies
        return false;
    }
    if (!lengthOk || *contentLength < 0) {
        refuse(400);
        return false;
    }
    if (*contentLength > maxBodyBytes) {
        refuse(413);
        return false;
    }
    request->keepAlive
        = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    return true;
}
