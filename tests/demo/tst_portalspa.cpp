// The demo portal's spa flavour over real HTTP: the app shell's CSRF meta token, the
// JSON login, the offset/limit list with `next`, the deploy call's header and content-type rules,
// 401 on expiry, 503 and 429 when too much is in flight.
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

PortalConfig spaConfig()
{
    PortalConfig config;
    config.flavor = PortalFlavor::Spa;
    config.language = PortalLanguage::English;
    config.tickets = 120;
    config.pageSize = 25;
    return config;
}

QJsonObject json(const PageReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QByteArray metaCsrf(const QByteArray &shell)
{
    static const QRegularExpression pattern(u"<meta name=\"csrf-token\" content=\"([^\"]*)\">"_s);
    return pattern.match(QString::fromUtf8(shell)).captured(1).toLatin1();
}

// Logs in through the JSON API; returns the CSRF token the answer carries.
QByteArray spaLogin(PortalBrowser &browser, const QString &password = u"demo"_s)
{
    const PageReply reply = browser.send("POST", u"/api/v1/login"_s,
        QJsonDocument(QJsonObject { { u"username"_s, u"demo"_s }, { u"password"_s, password } })
            .toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
    return reply.status == 200 ? json(reply)[u"csrf_token"_s].toString().toLatin1() : QByteArray();
}

PageReply deploy(PortalBrowser &browser, const DemoTicket &ticket, const QByteArray &csrf,
    const QByteArray &contentType = "application/json", QByteArray body = {})
{
    if (body.isEmpty())
        body = "{\"nonce\":\"" + ticket.token + "\"}";
    Headers headers;
    if (!contentType.isEmpty())
        headers.append({ "Content-Type", contentType });
    if (!csrf.isEmpty())
        headers.append({ "X-CSRF-Token", csrf });
    return browser.send("POST", u"/api/v1/releases/%1/deploy"_s.arg(ticket.id), body, headers);
}

const DemoTicket *firstIndependentPending(const DemoPortal &portal, int skip = 0)
{
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && ticket.dependsOn.isEmpty()
            && ticket.concurrent && skip-- == 0)
            return &ticket;
    }
    return nullptr;
}

QJsonArray releasesOf(const QJsonObject &audit, int ticket)
{
    QJsonArray result;
    for (const QJsonValue &value : audit[u"releases"_s].toArray()) {
        if (value[u"ticket"_s].toInt() == ticket)
            result.append(value);
    }
    return result;
}

} // namespace

class TestPortalSpa : public QObject
{
    Q_OBJECT

private slots:
    void shellAndJsonLogin();
    void listPagesByOffsetAndNext();
    void listArgumentsAndSession();
    void deployNeedsJsonAndCsrfHeader();
    void deployOutcomes();
    void expiredSessionIs401();
    void busyIs503AndLimiterIs429();
    void pendingOnlyHidesNonces();
    void actThenLoginRedirectFault();
};

void TestPortalSpa::shellAndJsonLogin()
{
    DemoPortal portal(spaConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());

    const PageReply anonymous = browser.get(u"/"_s);
    QCOMPARE(anonymous.status, 200);
    QVERIFY(anonymous.body.contains("<div id=\"root\">"));
    QVERIFY(!anonymous.body.contains("csrf-token")); // no session, no token
    QCOMPARE(browser.get(u"/releases/1042"_s).body, anonymous.body); // client-side routes

    const PageReply form = browser.post(u"/api/v1/login"_s, "username=demo&password=demo");
    QCOMPARE(form.status, 415);
    const PageReply wrong
        = browser.send("POST", u"/api/v1/login"_s, "{\"username\":\"demo\",\"password\":\"nope\"}",
            { { "Content-Type", "application/json" } });
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.contentType.startsWith("application/json"));
    QCOMPARE(json(wrong)[u"ok"_s].toBool(true), false);
    QCOMPARE(json(wrong)[u"error"_s].toString(), u"invalid_credentials"_s);
    QVERIFY(wrong.setCookie.isEmpty());

    const PageReply good
        = browser.send("POST", u"/api/v1/login"_s, "{\"username\":\"demo\",\"password\":\"demo\"}",
            { { "Content-Type", "application/json; charset=utf-8" } });
    QCOMPARE(good.status, 200);
    QCOMPARE(json(good)[u"ok"_s].toBool(), true);
    QCOMPARE(json(good)[u"user"_s].toString(), u"demo"_s);
    QVERIFY(good.setCookie.startsWith("sid="));
    QVERIFY(good.setCookie.contains("HttpOnly"));
    const QByteArray csrf = json(good)[u"csrf_token"_s].toString().toLatin1();
    QCOMPARE(csrf.size(), 32);

    const PageReply shell = browser.get(u"/"_s);
    QCOMPARE(metaCsrf(shell.body), csrf);
    QVERIFY(shell.body.contains("\"user\":\"demo\""));

    // A second login is a second session with its own token.
    PortalBrowser other(portal.baseUrl());
    const QByteArray otherCsrf = spaLogin(other);
    QVERIFY(!otherCsrf.isEmpty());
    QVERIFY(otherCsrf != csrf);
    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"logins"_s].toInt(), 2);
    QCOMPARE(audit[u"logins_failed"_s].toInt(), 2);
}

void TestPortalSpa::listPagesByOffsetAndNext()
{
    DemoPortal portal(spaConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(!spaLogin(browser).isEmpty());

    QString path = u"/api/v1/releases?offset=0&limit=25"_s;
    QJsonArray items;
    int pages = 0;
    while (!path.isEmpty()) {
        const PageReply reply = browser.get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("application/json"));
        const QJsonObject page = json(reply);
        QCOMPARE(page[u"total"_s].toInt(), 120);
        for (const QJsonValue &item : page[u"items"_s].toArray())
            items.append(item);
        path = page[u"next"_s].isNull() ? QString() : page[u"next"_s].toString();
        QVERIFY(++pages <= 5);
    }
    QCOMPARE(pages, 5);
    QCOMPARE(items.size(), 120);

    static const QHash<TicketStatus, QString> words
        = { { TicketStatus::Pending, u"READY"_s }, { TicketStatus::Releasing, u"RUNNING"_s },
              { TicketStatus::Released, u"DONE"_s }, { TicketStatus::Failed, u"FAILED"_s } };
    QSet<QString> seenStatuses;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const DemoTicket &truth = portal.tickets()[i];
        QCOMPARE(item[u"id"_s].toInt(), truth.id);
        QCOMPARE(item[u"app"_s].toString(), truth.application);
        QCOMPARE(item[u"version"_s].toString(), truth.version);
        QCOMPARE(item[u"env"_s].toString(), truth.environment);
        QCOMPARE(item[u"submitter"_s].toString(), truth.submitter);
        QCOMPARE(item[u"status"_s].toString(), words.value(truth.status));
        QCOMPARE(item[u"exclusive"_s].toBool(), !truth.concurrent);
        QCOMPARE(item[u"nonce"_s].toString().toLatin1(), truth.token);
        QList<int> dependsOn;
        for (const QJsonValue &id : item[u"depends_on"_s].toArray())
            dependsOn.append(id.toInt());
        QCOMPARE(dependsOn, truth.dependsOn);
        seenStatuses.insert(item[u"status"_s].toString());
    }
    QVERIFY(seenStatuses.contains(u"READY"_s) && seenStatuses.contains(u"DONE"_s));

    // Every page once, counted by offset / limit + 1; a re-read counts again.
    QCOMPARE(browser.get(u"/api/v1/releases?offset=50&limit=25"_s).status, 200);
    const QJsonObject reads = portal.audit()[u"page_reads"_s].toObject();
    QCOMPARE(reads,
        (QJsonObject {
            { u"1"_s, 1 }, { u"2"_s, 1 }, { u"3"_s, 2 }, { u"4"_s, 1 }, { u"5"_s, 1 } }));

    // Beyond the end: no items, no next.
    const QJsonObject past = json(browser.get(u"/api/v1/releases?offset=500"_s));
    QVERIFY(past[u"items"_s].toArray().isEmpty());
    QVERIFY(past[u"next"_s].isNull());
    QCOMPARE(past[u"limit"_s].toInt(), 25); // the page size by default
}

void TestPortalSpa::listArgumentsAndSession()
{
    DemoPortal portal(spaConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const PageReply anonymous = browser.get(u"/api/v1/releases"_s);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(json(anonymous)[u"error"_s].toString(), u"unauthorized"_s);
    QVERIFY(!spaLogin(browser).isEmpty());
    QCOMPARE(browser.get(u"/api/v1/releases?limit=0"_s).status, 400);
    QCOMPARE(browser.get(u"/api/v1/releases?limit=1001"_s).status, 400);
    QCOMPARE(browser.get(u"/api/v1/releases?offset=-1"_s).status, 400);
    QCOMPARE(browser.get(u"/api/v1/releases?offset=x"_s).status, 400);
    QCOMPARE(browser.get(u"/api/v1/nothing"_s).status, 404);
    const QJsonObject odd = json(browser.get(u"/api/v1/releases?offset=7&limit=3"_s));
    QCOMPARE(odd[u"items"_s].toArray().first()[u"id"_s].toInt(), 1008);
    QCOMPARE(odd[u"next"_s].toString(), u"/api/v1/releases?offset=10&limit=3"_s);
    QCOMPARE(portal.audit()[u"page_reads"_s].toObject(), (QJsonObject { { u"3"_s, 1 } }));
}

void TestPortalSpa::deployNeedsJsonAndCsrfHeader()
{
    DemoPortal portal(spaConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray csrf = spaLogin(browser);
    QVERIFY(!csrf.isEmpty());
    const DemoTicket *ticket = firstIndependentPending(portal);
    QVERIFY(ticket);

    const PageReply noHeader = deploy(browser, *ticket, {});
    QCOMPARE(noHeader.status, 403);
    QCOMPARE(json(noHeader)[u"error"_s].toString(), u"csrf_failed"_s);
    QCOMPARE(deploy(browser, *ticket, "0123456789abcdef0123456789abcdef").status, 403);
    const PageReply form = deploy(
        browser, *ticket, csrf, "application/x-www-form-urlencoded", "nonce=" + ticket->token);
    QCOMPARE(form.status, 403);
    QCOMPARE(json(form)[u"error"_s].toString(), u"forbidden"_s);
    QCOMPARE(deploy(browser, *ticket, csrf, "text/plain").status, 415);
    const PageReply wrongNonce
        = deploy(browser, *ticket, csrf, "application/json", "{\"nonce\":\"deadbeef\"}");
    QCOMPARE(wrongNonce.status, 403);
    QCOMPARE(json(wrongNonce)[u"error"_s].toString(), u"invalid_nonce"_s);
    QCOMPARE(deploy(browser, *ticket, csrf, "application/json", "[1]").status, 400);

    // Without any Content-Type (QNetworkAccessManager would add one): 415.
    RawClient raw(portal.baseUrl());
    QVERIFY(raw.open());
    const RawReply bare
        = raw.exchange("POST", "/api/v1/releases/" + QByteArray::number(ticket->id) + "/deploy",
            QList<QByteArray> { "Cookie: sid=" + browser.cookie("sid"), "X-CSRF-Token: " + csrf },
            "{\"nonce\":\"" + ticket->token + "\"}");
    QCOMPARE(bare.status, 415);
    QVERIFY(bare.header("Content-Type").startsWith("application/json"));
    QCOMPARE(ticket->status, TicketStatus::Pending); // none of these acted

    QStringList results;
    for (const QJsonValue &record : releasesOf(portal.audit(), ticket->id))
        results.append(record[u"result"_s].toString());
    QCOMPARE(results,
        (QStringList { u"csrf_failed"_s, u"csrf_failed"_s, u"form_body"_s,
            u"unsupported_media_type"_s, u"forbidden"_s, u"bad_request"_s,
            u"unsupported_media_type"_s }));
    QVERIFY(portal.audit()[u"duplicates"_s].toArray().isEmpty());

    const PageReply done = deploy(browser, *ticket, csrf);
    QCOMPARE(done.status, 200);
    QCOMPARE(json(done)[u"status"_s].toString(), u"DONE"_s);
    QCOMPARE(json(done)[u"id"_s].toInt(), ticket->id);
    QCOMPARE(ticket->status, TicketStatus::Released);
    const PageReply again = deploy(browser, *ticket, csrf);
    QCOMPARE(again.status, 409);
    QCOMPARE(json(again)[u"status"_s].toString(), u"DONE"_s);
    QCOMPARE(browser.get(u"/api/v1/releases/%1/deploy"_s.arg(ticket->id)).status, 405);
}

void TestPortalSpa::deployOutcomes()
{
    PortalConfig config = spaConfig();
    config.failRate = 1.0;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray csrf = spaLogin(browser);
    const DemoTicket *ticket = firstIndependentPending(portal);
    const PageReply failed = deploy(browser, *ticket, csrf);
    QCOMPARE(failed.status, 200);
    QCOMPARE(json(failed)[u"status"_s].toString(), u"FAILED"_s);
    QVERIFY(json(failed)[u"message"_s].toString().startsWith(u"Deployment failed: "_s));

    const DemoTicket *dependent = nullptr;
    for (const DemoTicket &candidate : portal.tickets()) {
        if (candidate.status == TicketStatus::Pending && !candidate.dependsOn.isEmpty()
            && portal.ticket(candidate.dependsOn.first())->status != TicketStatus::Released) {
            dependent = &candidate;
            break;
        }
    }
    QVERIFY(dependent);
    const PageReply blocked = deploy(browser, *dependent, csrf);
    QCOMPARE(json(blocked)[u"status"_s].toString(), u"FAILED"_s);
    QVERIFY(json(blocked)[u"message"_s].toString().startsWith(u"Dependency not released yet: #"_s));

    QByteArray body = "{\"nonce\":\"x\"}";
    const PageReply unknown = browser.send("POST", u"/api/v1/releases/99999/deploy"_s, body,
        { { "Content-Type", "application/json" }, { "X-CSRF-Token", csrf } });
    QCOMPARE(unknown.status, 404);
    QCOMPARE(json(unknown)[u"error"_s].toString(), u"not_found"_s);
}

void TestPortalSpa::expiredSessionIs401()
{
    PortalConfig config = spaConfig();
    config.sessionMaxRequests = 2;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray csrf = spaLogin(browser);
    QCOMPARE(browser.get(u"/api/v1/releases"_s).status, 200);
    QVERIFY(!metaCsrf(browser.get(u"/"_s).body).isEmpty()); // the shell does not count
    const DemoTicket *ticket = firstIndependentPending(portal);
    QCOMPARE(deploy(browser, *ticket, csrf).status, 200);
    const PageReply expired = browser.get(u"/api/v1/releases"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(json(expired)[u"error"_s].toString(), u"unauthorized"_s);
    QVERIFY(!browser.get(u"/"_s).body.contains("csrf-token")); // logged out for good
    const DemoTicket *second = firstIndependentPending(portal);
    QCOMPARE(deploy(browser, *second, csrf).status, 401);
    QCOMPARE(second->status, TicketStatus::Pending);

    // By time as well.
    config.sessionMaxRequests = 0;
    config.sessionTtlS = 1;
    QVERIFY(portal.setConfig(config).isEmpty());
    QVERIFY(!spaLogin(browser).isEmpty());
    QCOMPARE(browser.get(u"/api/v1/releases"_s).status, 200);
    QTest::qWait(1200);
    QCOMPARE(browser.get(u"/api/v1/releases"_s).status, 401);
}

void TestPortalSpa::busyIs503AndLimiterIs429()
{
    PortalConfig config = spaConfig();
    config.maxReleaseInFlight = 1;
    config.releaseLatencyMs = 3000; // the second call surely arrives while the first is open
    config.retryAfterS = 4;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray csrf = spaLogin(browser);
    const DemoTicket *first = firstIndependentPending(portal);
    const DemoTicket *second = firstIndependentPending(portal, 1);
    QNetworkRequest request(
        portal.baseUrl().resolved(QUrl(u"/api/v1/releases/%1/deploy"_s.arg(first->id))));
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("X-CSRF-Token", csrf);
    QNetworkReply *open = browser.manager().post(request, "{\"nonce\":\"" + first->token + "\"}");
    QTRY_COMPARE_WITH_TIMEOUT(first->status, TicketStatus::Releasing, 30000);
    const PageReply busy = deploy(browser, *second, csrf);
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.retryAfter, QByteArray("4"));
    QCOMPARE(json(busy)[u"error"_s].toString(), u"busy"_s);
    QCOMPARE(second->status, TicketStatus::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(open->isFinished(), 30000);
    QCOMPARE(open->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    open->deleteLater();
    QCOMPARE(releasesOf(portal.audit(), second->id).first()[u"result"_s].toString(), u"busy"_s);

    // The per-client limiter answers in JSON as well.
    config.maxInFlight = 1;
    QVERIFY(portal.setConfig(config).isEmpty());
    request.setUrl(
        portal.baseUrl().resolved(QUrl(u"/api/v1/releases/%1/deploy"_s.arg(second->id))));
    QNetworkReply *held = browser.manager().post(request, "{\"nonce\":\"" + second->token + "\"}");
    QTRY_VERIFY_WITH_TIMEOUT(
        second->status == TicketStatus::Releasing || held->isFinished(), 30000);
    QVERIFY2(!held->isFinished(), held->readAll().constData());
    const PageReply limited = browser.get(u"/api/v1/releases"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("4"));
    QCOMPARE(json(limited)[u"error"_s].toString(), u"too_many_requests"_s);
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 30000);
    held->deleteLater();
}

void TestPortalSpa::pendingOnlyHidesNonces()
{
    PortalConfig config = spaConfig();
    config.releaseLinkPendingOnly = true;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(!spaLogin(browser).isEmpty());
    const QJsonArray items
        = json(browser.get(u"/api/v1/releases?limit=120"_s))[u"items"_s].toArray();
    QCOMPARE(items.size(), 120);
    int withNonce = 0;
    for (const QJsonValue &item : items) {
        const bool ready = item[u"status"_s].toString() == u"READY"_s;
        QCOMPARE(item[u"nonce"_s].isString(), ready);
        QVERIFY(item.toObject().contains(u"nonce"_s)); // null, not missing
        withNonce += ready ? 1 : 0;
    }
    QVERIFY(withNonce > 0 && withNonce < 120);
}

void TestPortalSpa::actThenLoginRedirectFault()
{
    DemoPortal portal(spaConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray csrf = spaLogin(browser);
    const DemoTicket *ticket = firstIndependentPending(portal);
    QVERIFY(portal.setFault(u"release-act-then-login-redirect:1"_s).isEmpty());
    const PageReply answer = deploy(browser, *ticket, csrf);
    QCOMPARE(answer.status, 401); // what an expired session gets here
    QCOMPARE(json(answer)[u"error"_s].toString(), u"unauthorized"_s);
    QCOMPARE(ticket->status, TicketStatus::Released); // but it acted
    const QJsonObject record = releasesOf(portal.audit(), ticket->id).first().toObject();
    QCOMPARE(record[u"result"_s].toString(), u"success"_s);
    QCOMPARE(record[u"http_status"_s].toInt(), 401);
    QCOMPARE(record[u"fault"_s].toString(), u"release-act-then-login-redirect"_s);
    QCOMPARE(browser.get(u"/api/v1/releases"_s).status, 401); // the session is gone
    QVERIFY(!spaLogin(browser).isEmpty());
    QCOMPARE(deploy(browser, *ticket, spaLogin(browser)).status, 409); // once only
}

QTEST_GUILESS_MAIN(TestPortalSpa)
#include "tst_portalspa.moc"
