#pragma once

#include "webhookconfig.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
struct WebhookEvent;

// Posts events to a team-chat incoming webhook. Widget-free; one request per event, nothing
// retried (a lost chat message is not worth a duplicate). Its own small QNetworkAccessManager:
// the chat service is another origin than the portal, and the portal pool's origin check and
// politeness limits are about the portal. Secrets stay out of every log and message: only the
// service's host is ever named.
class WebhookNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookNotifier)
public:
    explicit WebhookNotifier(QObject *parent = nullptr);

    void setConfig(const WebhookConfig &config) { m_config = config; }
    const WebhookConfig &config() const { return m_config; }
    bool isEnabled() const { return m_config.isEnabled(); }

    // Sends one message now; delivered() comes once per call (also when disabled: an error).
    void post(const WebhookEvent &event);
    int inFlight() const { return m_inFlight; }

    static constexpr int timeoutMs = 10000;

signals:
    // error is empty on success; readable, translated, without the URL's secret parts.
    void delivered(const QString &eventKind, const QString &error);

private:
    void onReply(QNetworkReply *reply, const QString &eventKind);

    WebhookConfig m_config;
    QNetworkAccessManager *m_manager;
    int m_inFlight = 0;
};
