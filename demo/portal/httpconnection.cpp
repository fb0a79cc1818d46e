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
    const int refusal = HttpRequest::parseHead(
        QByteArrayView(m_buffer.constData(), headEnd), maxBodyBytes, request, contentLength);
    if (refusal != 0) {
        refuse(refusal);
        return false;
    }
    return true;
}
