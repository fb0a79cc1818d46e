// Team-chat webhooks. The request each chat service expects, signatures computed as
// the services document them, and nothing secret in the body.
#include "notify/webhookconfig.h"
#include "notify/webhookevent.h"
#include "notify/webhookpayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
WebhookEvent finishedEvent()
{
    WebhookEvent event;
    event.kind = WebhookEvent::Kind::Stopped;
    event.profileName = u"Demo"_s;
    event.runId = 7;
    event.counts.released = 28;
    event.counts.failed = 3;
    event.counts.unknown = 1;
    event.counts.skipped = 203;
    return event;
}
} // namespace

class TestWebhookPayload : public QObject
{
    Q_OBJECT
private slots:
    void bodies_data();
    void bodies();
    void dingTalkSignsTheUrl();
    void feishuSignsTheBody();
    void displayUrlHidesTheCredential();
    void flavourNamesRoundTrip();
};

void TestWebhookPayload::bodies_data()
{
    QTest::addColumn<WebhookConfig::Flavour>("flavour");
    QTest::addColumn<QString>("textPath"); // where the message text sits: "a/b"
    QTest::newRow("slack") << WebhookConfig::Flavour::Slack << u"text"_s;
    QTest::newRow("dingtalk") << WebhookConfig::Flavour::DingTalk << u"text/content"_s;
    QTest::newRow("wecom") << WebhookConfig::Flavour::WeCom << u"text/content"_s;
    QTest::newRow("feishu") << WebhookConfig::Flavour::Feishu << u"content/text"_s;
}

void TestWebhookPayload::bodies()
{
    QFETCH(WebhookConfig::Flavour, flavour);
    QFETCH(QString, textPath);
    WebhookConfig config;
    config.flavour = flavour;
    config.url = QUrl(u"https://chat.example/hook?key=abc"_s);
    const WebhookEvent event = finishedEvent();
    const WebhookPayload payload = WebhookPayload::build(config, event, 1700000000000);
    QCOMPARE(payload.url, config.url); // no secret: nothing added
    const QJsonObject body = QJsonDocument::fromJson(payload.body).object();
    QJsonValue value = body;
    for (const QString &key : textPath.split(u'/'))
        value = value.toObject().value(key);
    const QString text = value.toString();
    QCOMPARE(text, event.text());
    QVERIFY2(text.contains(event.counts.text()), qPrintable(text));
    QVERIFY(text.contains(u"Demo"_s));
}

void TestWebhookPayload::dingTalkSignsTheUrl()
{
    WebhookConfig config;
    config.flavour = WebhookConfig::Flavour::DingTalk;
    config.url = QUrl(u"https://oapi.dingtalk.com/robot/send?access_token=tok"_s);
    config.secret = u"SECabc"_s;
    const qint64 now = 1700000000123;
    const WebhookPayload payload = WebhookPayload::build(config, finishedEvent(), now);
    const QUrlQuery query(payload.url);
    QCOMPARE(query.queryItemValue(u"access_token"_s), u"tok"_s);
    QCOMPARE(query.queryItemValue(u"timestamp"_s), QString::number(now));
    // The documented example: HmacSHA256 over "timestamp\nsecret" keyed by the secret, base64,
    // then URL-encoded.
    QCOMPARE(query.queryItemValue(u"sign"_s, QUrl::FullyDecoded).toLatin1(),
        WebhookPayload::dingTalkSign(now, config.secret));
    QCOMPARE(WebhookPayload::dingTalkSign(now, config.secret),
        QByteArray("IqXBU/aLfwMA3S/tDcfRmHx5vWHw9Y1aOgFLBr1Ti9w=")); // Python hmac
    QVERIFY(!payload.body.contains("SECabc"));
    QVERIFY(!payload.url.toString().contains(u"SECabc"_s));
}

void TestWebhookPayload::feishuSignsTheBody()
{
    WebhookConfig config;
    config.flavour = WebhookConfig::Flavour::Feishu;
    config.url = QUrl(u"https://open.feishu.cn/open-apis/bot/v2/hook/xyz"_s);
    config.secret = u"fs-secret"_s;
    const WebhookPayload payload = WebhookPayload::build(config, finishedEvent(), 1700000000999);
    const QJsonObject body = QJsonDocument::fromJson(payload.body).object();
    QCOMPARE(body.value(u"timestamp"_s).toString(), u"1700000000"_s);
    QCOMPARE(body.value(u"sign"_s).toString().toLatin1(),
        WebhookPayload::feishuSign(1700000000, config.secret));
    QCOMPARE(WebhookPayload::feishuSign(1700000000, config.secret),
        QByteArray("ognpFOmraex6LA29Ao14dsiNmmjE3YO4x5e/SX8n9Bw=")); // Python hmac
    QVERIFY(!payload.body.contains("fs-secret"));
    QCOMPARE(payload.url, config.url);
}

void TestWebhookPayload::displayUrlHidesTheCredential()
{
    WebhookConfig config;
    config.url = QUrl(u"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRETKEY"_s);
    QCOMPARE(config.displayUrl(), u"https://qyapi.weixin.qq.com"_s);
    config.url = QUrl(u"https://hooks.slack.com/services/T000/B000/XXXX"_s);
    QVERIFY(!config.displayUrl().contains(u"XXXX"_s));
}

void TestWebhookPayload::flavourNamesRoundTrip()
{
    for (const QString &name : WebhookConfig::flavourNames())
        QCOMPARE(WebhookConfig::flavourName(*WebhookConfig::flavourFromName(name)), name);
    QVERIFY(!WebhookConfig::flavourFromName(u"irc"_s));
}

QTEST_GUILESS_MAIN(TestWebhookPayload)
#include "tst_webhookpayload.moc"
