#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A chat service's incoming webhook on loopback: records every POST (target and body) and
// answers with the configured status and JSON body ({"errcode":0} by default).
class WebhookReceiver final : public QObject
{
    Q_OBJECT
public:
    struct Post
    {
        QByteArray target; // path and query
        QByteArray body;
    };

    explicit WebhookReceiver(QObject *parent = nullptr);
    QUrl url(const QString &pathAndQuery = QStringLiteral("/hook")) const;
    void answer(int status, const QByteArray &body)
    {
        m_status = status;
        m_body = body;
    }
    const QList<Post> &posts() const { return m_posts; }

signals:
    void received();

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Post> m_posts;
    int m_status = 200;
    QByteArray m_body = "{\"errcode\":0,\"errmsg\":\"ok\"}";
};
