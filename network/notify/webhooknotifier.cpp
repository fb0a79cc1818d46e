#include "webhooknotifier.h"

#include "webhookevent.h"
#include "webhookpayload.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "rd.notify")

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

void WebhookNotifier::post(const WebhookEvent &event)
{
    const QString kind = WebhookEvent::kindName(event.kind);
    if (!isEnabled()) {
        // Never inside the call: whoever posts can connect first.
        QTimer::singleShot(0, this, [this, kind] {
            Q_EMIT delivered(kind, tr("no webhook URL is set"));
        });
        return;
    }
    const WebhookPayload payload
        = WebhookPayload::build(m_config, event, QDateTime::currentMSecsSinceEpoch());
    QNetworkRequest request(payload.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json; charset=utf-8"_s);
    request.setTransferTimeout(timeoutMs);
    // A webhook answers where it is; a redirect could carry the body somewhere else.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++m_inFlight;
    qCDebug(lcNotify) << "posting" << kind << "to" << m_config.displayUrl();
    QNetworkReply *reply = m_manager->post(request, payload.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, kind] { onReply(reply, kind); });
}

void WebhookNotifier::onReply(QNetworkReply *reply, const QString &eventKind)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        // errorString() can quote the whole URL, key included: name the host only.
        error = tr("%1 did not answer (%2)")
                    .arg(m_config.displayUrl())
                    .arg(int(reply->error()));
    } else if (status < 200 || status >= 300) {
        error = tr("%1 answered HTTP %2").arg(m_config.displayUrl()).arg(status);
    } else {
        // DingTalk and WeCom answer {"errcode": 0}, Feishu {"code": 0}; 200 with a non-zero
        // code is a refusal (bad signature, keyword filter, rate limit).
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int code = answer.value(u"errcode"_s).toInt(answer.value(u"code"_s).toInt());
        if (code != 0) {
            const QString why
                = answer.value(u"errmsg"_s).toString(answer.value(u"msg"_s).toString());
            error = tr("%1 refused the message: %2 (%3)")
                        .arg(m_config.displayUrl(), why.left(200))
                        .arg(code);
        }
    }
    if (!error.isEmpty())
        qCWarning(lcNotify) << "webhook" << eventKind << "failed:" << error;
    Q_EMIT delivered(eventKind, error);
}
