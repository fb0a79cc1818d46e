#include "webhookpayload.h"

#include "webhookevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray WebhookPayload::dingTalkSign(qint64 timestampMs, const QString &secret)
{
    const QByteArray key = secret.toUtf8();
    return QMessageAuthenticationCode::hash(
        QByteArray::number(timestampMs) + '\n' + key, key, QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray WebhookPayload::feishuSign(qint64 timestampS, const QString &secret)
{
    return QMessageAuthenticationCode::hash(
        {}, QByteArray::number(timestampS) + '\n' + secret.toUtf8(), QCryptographicHash::Sha256)
        .toBase64();
}

WebhookPayload WebhookPayload::build(
    const WebhookConfig &config, const WebhookEvent &event, qint64 nowMsSinceEpoch)
{
    WebhookPayload payload;
    payload.url = config.url;
    const QString text = event.text();
    QJsonObject body;
    switch (config.flavour) {
    case WebhookConfig::Flavour::Slack:
        body.insert(u"text"_s, text);
        break;
    case WebhookConfig::Flavour::DingTalk:
        body.insert(u"msgtype"_s, u"text"_s);
        body.insert(u"text"_s, QJsonObject { { u"content"_s, text } });
        if (!config.secret.isEmpty()) {
            QUrlQuery query(payload.url);
            query.addQueryItem(u"timestamp"_s, QString::number(nowMsSinceEpoch));
            query.addQueryItem(u"sign"_s,
                QString::fromLatin1(
                    dingTalkSign(nowMsSinceEpoch, config.secret).toPercentEncoding()));
            payload.url.setQuery(query);
        }
        break;
    case WebhookConfig::Flavour::WeCom:
        body.insert(u"msgtype"_s, u"text"_s);
        body.insert(u"text"_s, QJsonObject { { u"content"_s, text } });
        break;
    case WebhookConfig::Flavour::Feishu: {
        body.insert(u"msg_type"_s, u"text"_s);
        body.insert(u"content"_s, QJsonObject { { u"text"_s, text } });
        if (!config.secret.isEmpty()) {
            const qint64 seconds = nowMsSinceEpoch / 1000;
            body.insert(u"timestamp"_s, QString::number(seconds));
            body.insert(u"sign"_s, QString::fromLatin1(feishuSign(seconds, config.secret)));
        }
        break;
    }
    }
    payload.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return payload;
}
