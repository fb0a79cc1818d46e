#pragma once

#include "webhookconfig.h"

#include <QByteArray>
#include <QUrl>

struct WebhookEvent;

// The request one event becomes for one chat service: where it goes (with the signature in the
// query where the service wants it there) and the JSON body. Pure, so tests can check the
// signatures against the services' documented algorithms.
struct WebhookPayload
{
    QUrl url;
    QByteArray body;

    static WebhookPayload build(
        const WebhookConfig &config, const WebhookEvent &event, qint64 nowMsSinceEpoch);
    // DingTalk "加签": base64(HMAC-SHA256(secret, timestamp + "\n" + secret)).
    static QByteArray dingTalkSign(qint64 timestampMs, const QString &secret);
    // Feishu: base64(HMAC-SHA256(timestamp + "\n" + secret, "")), timestamp in seconds.
    static QByteArray feishuSign(qint64 timestampS, const QString &secret);
};
