// The demo portal's release endpoint: latency, success and failure, wrong token,
// duplicates, dependencies, the status shown while releasing, and the audit's violations.
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray releaseTarget(const DemoTicket &ticket)
{
    return ticket.releasePath().toUtf8();
}

// The first pending ticket matching the predicate (and not in `except`).
template <typename Predicate>
const DemoTicket *findPending(const DemoPortal &portal, Predicate predicate, QList<int> except = {})
{
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && !except.contains(ticket.id)
            && predicate(ticket))
            return &ticket;
    }
    return nullptr;
}

bool independent(const DemoTicket &ticket)
{
    return ticket.dependsOn.isEmpty() && ticket.concurrent;
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

class TestPortalRelease : public QObject
{
    Q_OBJECT

private slots:
    void releaseSucceedsByGetAndPost();
    void statusIsReleasingDuringTheCall();
    void configuredFailureRate();
    void wrongTokenAndUnknownTicket();
    void duplicateIsRefused();
    void unreleasedDependencyFails();
    void violationsAreDetected();
    void parallelReleasesOfDifferentAppsAreClean();
    void jitterVariesTheLatency();
    void resetClearsAuditAndData();
};

void TestPortalRelease::releaseSucceedsByGetAndPost()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    const DemoTicket *first = findPending(portal, independent);
    const DemoTicket *second = findPending(portal, independent, { first->id });

    const PageReply reply = browser.get(first->releasePath());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("<div class=\"result success\">"));
    QCOMPARE(first->status, TicketStatus::Released);

    const QByteArray form = "id=" + QByteArray::number(second->id)
        + "&app=" + second->application.toUtf8() + "&token=" + second->token;
    const PageReply posted = browser.post(u"/release"_s, form);
    QCOMPARE(posted.status, 200);
    QVERIFY(posted.body.contains("<div class=\"result success\">"));
    QCOMPARE(second->status, TicketStatus::Released);

    const QJsonObject audit = portal.audit();
    const QJsonObject record = releasesOf(audit, first->id).first().toObject();
    QCOMPARE(record[u"result"_s].toString(), u"success"_s);
    QCOMPARE(record[u"http_status"_s].toInt(), 200);
    QCOMPARE(record[u"app"_s].toString(), first->application);
    QVERIFY(record[u"end_ms"_s].toInteger() >= record[u"start_ms"_s].toInteger());
    QVERIFY(audit[u"duplicates"_s].toArray().isEmpty());
    QVERIFY(audit[u"violations"_s].toArray().isEmpty());

    // The list pages show the new status.
    const QJsonObject page
        = QJsonDocument::fromJson(browser.get(u"/api/tickets?page=1&x=1"_s).body).object();
    for (const QJsonValue &item : page[u"items"_s].toArray()) {
        if (item[u"id"_s].toInt() == first->id)
            QCOMPARE(item[u"status"_s].toString(), u"released"_s);
    }
}

void TestPortalRelease::statusIsReleasingDuringTheCall()
{
    PortalConfig config;
    config.releaseLatencyMs
        = 2000; // the reads below happen while it runs, even on a loaded machine
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    const DemoTicket *ticket
        = findPending(portal, [](const DemoTicket &t) { return independent(t) && t.id < 1051; });

    RawClient releaser(portal.baseUrl());
    QVERIFY(releaser.open());
    releaser.send("GET", releaseTarget(*ticket), cookie);
    QTRY_COMPARE_WITH_TIMEOUT(ticket->status, TicketStatus::Releasing, 30000);

    RawClient reader(portal.baseUrl());
    QVERIFY(reader.open());
    const QByteArray html = reader.request("GET", "/tickets", cookie).body;
    const qsizetype row
        = html.indexOf(QByteArray("data-id=\"" + QByteArray::number(ticket->id) + '"'));
    QVERIFY(row > 0);
    QVERIFY(html.mid(row, html.indexOf("</tr>", row) - row).contains("上线中"));
    const QJsonObject list
        = QJsonDocument::fromJson(reader.request("GET", "/api/tickets", cookie).body).object();
    for (const QJsonValue &item : list[u"items"_s].toArray()) {
        if (item[u"id"_s].toInt() == ticket->id)
            QCOMPARE(item[u"status"_s].toString(), u"releasing"_s);
    }
    QCOMPARE(portal.audit()[u"release_in_flight"_s].toInt(), 1);

    const RawReply answer = releaser.read();
    QCOMPARE(answer.status, 200);
    QCOMPARE(ticket->status, TicketStatus::Released);
    const QJsonObject record = releasesOf(portal.audit(), ticket->id).first().toObject();
    QVERIFY(record[u"end_ms"_s].toInteger() - record[u"start_ms"_s].toInteger() >= 1999);
}

void TestPortalRelease::configuredFailureRate()
{
    PortalConfig config;
    config.failRate = 0.5;
    config.seed = 11;
    DemoPortal portal(config);
    DemoPortal twin(config);
    QVERIFY(portal.listen());
    QVERIFY(twin.listen());
    RawClient client(portal.baseUrl());
    RawClient twinClient(twin.baseUrl());
    QVERIFY(client.open());
    QVERIFY(twinClient.open());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    const QByteArray twinCookie = rawLogin(twin.baseUrl());
    int failed = 0;
    int released = 0;
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status != TicketStatus::Pending || !ticket.dependsOn.isEmpty()
            || released + failed == 60)
            continue;
        const RawReply answer = client.request("GET", releaseTarget(ticket), cookie);
        const RawReply twinAnswer = twinClient.request("GET", releaseTarget(ticket), twinCookie);
        QCOMPARE(answer.status, 200);
        // The seed decides: the same seed fails the same tickets.
        QCOMPARE(
            answer.body.contains("result failure"), twinAnswer.body.contains("result failure"));
        if (answer.body.contains("<div class=\"result failure\">")) {
            ++failed;
            QCOMPARE(ticket.status, TicketStatus::Failed);
            QVERIFY(answer.body.contains("部署失败"));
        } else {
            ++released;
            QCOMPARE(ticket.status, TicketStatus::Released);
        }
    }
    QVERIFY2(failed > 15 && released > 15,
        qPrintable(u"%1 failed, %2 released"_s.arg(failed).arg(released)));
    int auditedFailures = 0;
    for (const QJsonValue &record : portal.audit()[u"releases"_s].toArray())
        auditedFailures += record[u"result"_s].toString() == "failed"_L1;
    QCOMPARE(auditedFailures, failed);

    // All fail at 1.0.
    PortalConfig always = portal.config();
    always.failRate = 1.0;
    QVERIFY(portal.setConfig(always).isEmpty());
    const DemoTicket *next = findPending(portal, independent);
    QVERIFY(client.request("GET", releaseTarget(*next), cookie).body.contains("result failure"));
}

void TestPortalRelease::wrongTokenAndUnknownTicket()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    const DemoTicket *ticket = findPending(portal, independent);
    const QByteArray id = QByteArray::number(ticket->id);
    const QByteArray app = ticket->application.toUtf8();

    RawReply wrong
        = client.request("GET", "/release?id=" + id + "&app=" + app + "&token=0000", cookie);
    QCOMPARE(wrong.status, 403);
    QVERIFY(wrong.body.contains("<div class=\"result failure\">"));
    RawReply otherApp
        = client.request("GET", "/release?id=" + id + "&app=nope&token=" + ticket->token, cookie);
    QCOMPARE(otherApp.status, 403);
    RawReply unknown
        = client.request("GET", "/release?id=99999&app=" + app + "&token=" + ticket->token, cookie);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(ticket->status, TicketStatus::Pending);

    const QJsonObject audit = portal.audit();
    QCOMPARE(releasesOf(audit, ticket->id).size(), 2);
    QCOMPARE(releasesOf(audit, ticket->id)[0][u"result"_s].toString(), u"forbidden"_s);
    QVERIFY(audit[u"duplicates"_s].toArray().isEmpty()); // refused calls are no release calls
}

void TestPortalRelease::duplicateIsRefused()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    const DemoTicket *ticket = findPending(portal, independent);
    QCOMPARE(client.request("GET", releaseTarget(*ticket), cookie).status, 200);
    const RawReply again = client.request("GET", releaseTarget(*ticket), cookie);
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.contains("<div class=\"result failure\">"));
    QCOMPARE(ticket->status, TicketStatus::Released);
    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"duplicates"_s].toArray(), QJsonArray { ticket->id });
    QCOMPARE(releasesOf(audit, ticket->id)[1][u"result"_s].toString(), u"duplicate"_s);

    // A ticket released before the portal started is a duplicate too.
    for (const DemoTicket &done : portal.tickets()) {
        if (done.status == TicketStatus::Released) {
            QCOMPARE(client.request("GET", releaseTarget(done), cookie).status, 409);
            break;
        }
    }
}

void TestPortalRelease::unreleasedDependencyFails()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    // A pending ticket with exactly one dependency that is pending and itself free to go.
    const DemoTicket *dependant = findPending(portal, [&portal](const DemoTicket &t) {
        if (t.dependsOn.size() != 1)
            return false;
        const DemoTicket *dep = portal.ticket(t.dependsOn.first());
        return dep->status == TicketStatus::Pending && dep->dependsOn.isEmpty();
    });
    QVERIFY(dependant);
    const DemoTicket *dependency = portal.ticket(dependant->dependsOn.first());

    const RawReply early = client.request("GET", releaseTarget(*dependant), cookie);
    QCOMPARE(early.status, 200);
    QVERIFY(early.body.contains("<div class=\"result failure\">"));
    QVERIFY(early.body.contains(QByteArray("#" + QByteArray::number(dependency->id))));
    QCOMPARE(dependant->status, TicketStatus::Failed);
    const QJsonArray violations = portal.audit()[u"violations"_s].toArray();
    QCOMPARE(violations.size(), 1);
    QVERIFY(violations[0].toString().contains(u"dependency #%1 was pending"_s.arg(dependency->id)));

    // In the right order both go through (a failed ticket may be released again).
    QCOMPARE(client.request("GET", releaseTarget(*dependency), cookie).status, 200);
    const RawReply later = client.request("GET", releaseTarget(*dependant), cookie);
    QVERIFY(later.body.contains("result success"));
    QCOMPARE(dependant->status, TicketStatus::Released);
}

void TestPortalRelease::violationsAreDetected()
{
    PortalConfig config;
    config.releaseLatencyMs = 2000; // the second call arrives while the first runs
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());

    // Same application, at the same time.
    const DemoTicket *a = findPending(portal, independent);
    const DemoTicket *b = findPending(portal,
        [a](const DemoTicket &t) { return independent(t) && t.application == a->application; },
        { a->id });
    QVERIFY(b);
    RawClient first(portal.baseUrl()), second(portal.baseUrl());
    QVERIFY(first.open());
    QVERIFY(second.open());
    first.send("GET", releaseTarget(*a), cookie);
    QTRY_COMPARE_WITH_TIMEOUT(a->status, TicketStatus::Releasing, 30000);
    second.send("GET", releaseTarget(*b), cookie);
    QCOMPARE(first.read().status, 200);
    QCOMPARE(second.read().status, 200);
    QJsonArray violations = portal.audit()[u"violations"_s].toArray();
    QCOMPARE(violations.size(), 1);
    QVERIFY(violations[0].toString().contains(u"same application"_s));
    QCOMPARE(portal.audit()[u"peak_release_in_flight"_s].toInt(), 2);

    // Anything next to a non-concurrent ticket.
    portal.resetAudit();
    const DemoTicket *alone = findPending(
        portal, [](const DemoTicket &t) { return t.dependsOn.isEmpty() && !t.concurrent; });
    const DemoTicket *other = findPending(portal, [alone](const DemoTicket &t) {
        return independent(t) && t.application != alone->application;
    });
    QVERIFY(alone && other);
    first.send("GET", releaseTarget(*other), cookie);
    QTRY_COMPARE_WITH_TIMEOUT(other->status, TicketStatus::Releasing, 30000);
    second.send("GET", releaseTarget(*alone), cookie);
    QCOMPARE(first.read().status, 200);
    QCOMPARE(second.read().status, 200);
    violations = portal.audit()[u"violations"_s].toArray();
    QCOMPARE(violations.size(), 1);
    QVERIFY(violations[0].toString().contains(u"#%1 is not concurrent"_s.arg(alone->id)));
}

void TestPortalRelease::parallelReleasesOfDifferentAppsAreClean()
{
    PortalConfig config;
    config.releaseLatencyMs = 300;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    QList<const DemoTicket *> chosen;
    QSet<QString> apps;
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && independent(ticket)
            && !apps.contains(ticket.application) && chosen.size() < 4) {
            chosen.append(&ticket);
            apps.insert(ticket.application);
        }
    }
    std::vector<std::unique_ptr<RawClient>> clients;
    for (const DemoTicket *ticket : chosen) {
        clients.push_back(std::make_unique<RawClient>(portal.baseUrl()));
        QVERIFY(clients.back()->open());
        clients.back()->send("GET", releaseTarget(*ticket), cookie);
    }
    for (auto &client : clients)
        QCOMPARE(client->read().status, 200);
    const QJsonObject audit = fetchAudit(portal.baseUrl());
    QVERIFY(audit[u"violations"_s].toArray().isEmpty());
    QVERIFY(audit[u"duplicates"_s].toArray().isEmpty());
    QCOMPARE(audit[u"releases"_s].toArray().size(), 4);
    QVERIFY(audit[u"peak_release_in_flight"_s].toInt() >= 1);
}

void TestPortalRelease::jitterVariesTheLatency()
{
    PortalConfig config;
    config.releaseLatencyMs = 100;
    config.jitter = 0.5;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    int sent = 0;
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && ticket.dependsOn.isEmpty() && sent < 8) {
            QCOMPARE(client.request("GET", releaseTarget(ticket), cookie).status, 200);
            ++sent;
        }
    }
    QSet<qint64> durations;
    for (const QJsonValue &record : portal.audit()[u"releases"_s].toArray()) {
        const qint64 duration = record[u"end_ms"_s].toInteger() - record[u"start_ms"_s].toInteger();
        QVERIFY2(duration >= 49, qPrintable(QString::number(duration)));
        durations.insert(duration);
    }
    QVERIFY(durations.size() > 1);
}

void TestPortalRelease::resetClearsAuditAndData()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    const DemoTicket *ticket = findPending(portal, independent);
    const int id = ticket->id;
    QCOMPARE(client.request("GET", releaseTarget(*ticket), cookie).status, 200);
    QCOMPARE(client.request("POST", "/_reset").status, 200);
    QJsonObject audit = portal.audit();
    QVERIFY(audit[u"releases"_s].toArray().isEmpty());
    QCOMPARE(audit[u"logins"_s].toInt(), 0);
    QCOMPARE(portal.ticket(id)->status, TicketStatus::Released); // data stays without data=1
    QCOMPARE(client.request("POST", "/_reset?data=1").status, 200);
    QCOMPARE(portal.ticket(id)->status, TicketStatus::Pending);
}

QTEST_GUILESS_MAIN(TestPortalRelease)
#include "tst_portalrelease.moc"
