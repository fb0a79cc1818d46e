#include "fixture_webhookreceiver.h"

#include <QTcpSocket>

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("webhook receiver: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl WebhookReceiver::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
}

void WebhookReceiver::serve(QTcpSocket *socket)
{
    // Whole request in the socket's buffer yet? Headers, then Content-Length bytes of body.
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() < headerEnd + 4 + length)
        return;
    socket->read(headerEnd + 4 + length);
    const QByteArray requestLine = data.left(data.indexOf("\r\n"));
    m_posts.append({ requestLine.split(' ').value(1), data.mid(headerEnd + 4, length) });
    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
        + " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
    socket->disconnectFromHost();
    emit received();
}
