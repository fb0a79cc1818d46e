#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>

class QTcpSocket;

// One client connection speaking just enough HTTP/1.1 for the portal: a request line, headers,
// a Content-Length body, keep-alive and "Connection: close". One request is served at a time;
// bytes of the next one wait in the buffer until the current one is answered.
//
// The object deletes itself once the client has gone, so whoever answers later holds a QPointer
// (or uses the connection as the timer's context) and never touches a dead socket.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, quint64 serial, QObject *parent = nullptr);

    quint64 serial() const { return m_serial; }
    // The client's address: politeness limits count per address, not per connection.
    const QByteArray &clientKey() const { return m_clientKey; }

    // Counts the current request as in flight until it is answered, dropped or the client goes.
    void markInFlight();
    // Answers the current request; does nothing when the client has gone.
    void respond(const HttpResponse &response);
    // Closes the connection without answering.
    void drop();

signals:
    void requestReceived(HttpConnection *connection, const HttpRequest &request);
    void inFlightEnded(HttpConnection *connection);

private:
    void processBuffer();
    bool parseHead(qsizetype headEnd, HttpRequest *request, qsizetype *contentLength);
    void refuse(int status); // protocol errors: answer and close
    void endRequest();
    void onDisconnected();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QByteArray m_clientKey;
    quint64 m_serial;
    bool m_busy = false; // a request was handed out and is not answered yet
    bool m_inFlight = false;
    bool m_keepAlive = true;
    bool m_closing = false;
};
