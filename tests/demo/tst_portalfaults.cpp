// Every fault switch of the demo portal, seen on the wire, with the audit telling
// what really happened (the at-most-once tests rely on these).
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const DemoTicket *pendingIndependent(const DemoPortal &portal, int skip = 0)
{
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && ticket.dependsOn.isEmpty() && skip-- == 0)
            return &ticket;
    }
    return nullptr;
}

QByteArray target(const DemoTicket *ticket)
{
    return ticket->releasePath().toUtf8();
}

} // namespace

class TestPortalFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void releaseDropAfterReadReleases();
    void releaseDropAfterReadOnKeptAliveConnection();
    void releaseDropBeforeReleasesNothing();
    void release500();
    void releaseGarbage();
    void releaseStall();
    void releaseLoginRedirect();
    void pageFaultWithCount();
    void pageGarbageOnOnePage();
    void pageStall();
    void page429();
    void configEndpoint();
    void faultGrammar();

private:
    std::unique_ptr<DemoPortal> m_portal;
    QByteArray m_cookie;
};

void TestPortalFaults::init()
{
    m_portal = std::make_unique<DemoPortal>();
    QVERIFY(m_portal->listen());
    m_cookie = rawLogin(m_portal->baseUrl());
    QVERIFY(!m_cookie.isEmpty());
}

void TestPortalFaults::cleanup()
{
    m_portal.reset();
}

void TestPortalFaults::releaseDropAfterReadReleases()
{
    QVERIFY(m_portal->setFault(u"release-drop-after-read"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply reply = client.request("GET", target(ticket), m_cookie);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.closed);
    QCOMPARE(ticket->status, TicketStatus::Released); // it did happen; only the answer was lost
    const QJsonArray releases = m_portal->audit()[u"releases"_s].toArray();
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases[0][u"ticket"_s].toInt(), ticket->id);
    QCOMPARE(releases[0][u"result"_s].toString(), u"success"_s);
    QCOMPARE(releases[0][u"http_status"_s].toInt(), 0);
    QCOMPARE(releases[0][u"fault"_s].toString(), u"release-drop-after-read"_s);
}

void TestPortalFaults::releaseDropAfterReadOnKeptAliveConnection()
{
    const DemoTicket *first = pendingIndependent(*m_portal, 0);
    const DemoTicket *second = pendingIndependent(*m_portal, 1);
    QVERIFY(m_portal->setFault(u"release-drop-after-read@%1"_s.arg(second->id)).isEmpty());
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    QCOMPARE(client.request("GET", target(first), m_cookie).status, 200);
    QVERIFY(client.isConnected());
    const RawReply dropped = client.request("GET", target(second), m_cookie);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.closed);
    QCOMPARE(second->status, TicketStatus::Released);
    const QJsonArray releases = m_portal->audit()[u"releases"_s].toArray();
    QCOMPARE(releases.size(), 2);
    // Same connection serial: the second call came over the kept-alive connection.
    QCOMPARE(releases[0][u"connection"_s].toInteger(), releases[1][u"connection"_s].toInteger());
    QVERIFY(m_portal->config().faults.isEmpty() == false); // @TARGET without a count stays armed
}

void TestPortalFaults::releaseDropBeforeReleasesNothing()
{
    QVERIFY(m_portal->setFault(u"release-drop-before:1"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply reply = client.request("GET", target(ticket), m_cookie);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.closed);
    QCOMPARE(ticket->status, TicketStatus::Pending);
    QVERIFY(m_portal->config().faults.isEmpty()); // the count ran out

    RawClient retry(m_portal->baseUrl());
    QVERIFY(retry.open());
    QCOMPARE(retry.request("GET", target(ticket), m_cookie).status, 200);
    const QJsonObject audit = m_portal->audit();
    QCOMPARE(audit[u"releases"_s].toArray()[0][u"result"_s].toString(), u"dropped"_s);
    QVERIFY(
        audit[u"duplicates"_s].toArray().isEmpty()); // the dropped call never reached the handler
    QCOMPARE(audit[u"faults_injected"_s].toInt(), 1);
    // Different connections: the retry was a fresh one.
    QVERIFY(audit[u"releases"_s].toArray()[0][u"connection"_s]
        != audit[u"releases"_s].toArray()[1][u"connection"_s]);
}

void TestPortalFaults::release500()
{
    QVERIFY(m_portal->setFault(u"release-500:1"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    QCOMPARE(client.request("GET", target(ticket), m_cookie).status, 500);
    QCOMPARE(ticket->status, TicketStatus::Pending);
    QCOMPARE(m_portal->audit()[u"releases"_s].toArray()[0][u"result"_s].toString(), u"error"_s);
}

void TestPortalFaults::releaseGarbage()
{
    QVERIFY(m_portal->setFault(u"release-garbage:1"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply reply = client.request("GET", target(ticket), m_cookie);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains("result success"));
    QVERIFY(!reply.body.contains("result failure"));
    QVERIFY(!reply.body.contains("</html>"));
    QCOMPARE(ticket->status, TicketStatus::Released);
}

void TestPortalFaults::releaseStall()
{
    QVERIFY(m_portal->setFault(u"release-stall:1"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    client.send("GET", target(ticket), m_cookie);
    QTRY_COMPARE_WITH_TIMEOUT(ticket->status, TicketStatus::Released, 30000);
    const RawReply reply = client.read(500);
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.closed);
    QCOMPARE(m_portal->inFlight(), 1); // the stalled request stays in flight...
    client.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->inFlight(), 0, 30000); // ...until the client gives up
}

void TestPortalFaults::releaseLoginRedirect()
{
    QVERIFY(m_portal->setFault(u"release-login-redirect:1"_s).isEmpty());
    const DemoTicket *ticket = pendingIndependent(*m_portal);
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply reply = client.request("GET", target(ticket), m_cookie);
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith("/login?next="));
    QCOMPARE(ticket->status, TicketStatus::Pending);
}

void TestPortalFaults::pageFaultWithCount()
{
    QVERIFY(m_portal->setFault(u"page-500:2"_s).isEmpty());
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    QCOMPARE(client.request("GET", "/tickets?page=1", m_cookie).status, 500);
    QCOMPARE(m_portal->config().faults, QStringList { u"page-500:1"_s });
    QCOMPARE(client.request("GET", "/api/tickets?page=2", m_cookie).status, 500);
    QCOMPARE(client.request("GET", "/tickets?page=1", m_cookie).status, 200);
    QVERIFY(m_portal->config().faults.isEmpty());
}

void TestPortalFaults::pageGarbageOnOnePage()
{
    QVERIFY(m_portal->setFault(u"page-garbage@3"_s).isEmpty());
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    for (int round = 0; round < 2; ++round) {
        for (int page = 1; page <= 4; ++page) {
            const RawReply reply
                = client.request("GET", "/tickets?page=" + QByteArray::number(page), m_cookie);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body.contains("<tr class=\"ticket\""), page != 3);
        }
    }
    const RawReply json = client.request("GET", "/api/tickets?page=3", m_cookie);
    QVERIFY(QJsonDocument::fromJson(json.body).isNull());
}

void TestPortalFaults::pageStall()
{
    QVERIFY(m_portal->setFault(u"page-stall:1"_s).isEmpty());
    RawClient stalled(m_portal->baseUrl());
    QVERIFY(stalled.open());
    stalled.send("GET", "/tickets", m_cookie);
    const RawReply nothing = stalled.read(300);
    QCOMPARE(nothing.status, 0);
    QVERIFY(!nothing.closed);
    RawClient other(m_portal->baseUrl());
    QVERIFY(other.open());
    QCOMPARE(other.request("GET", "/tickets", m_cookie).status, 200);
}

void TestPortalFaults::page429()
{
    QVERIFY(m_portal->setFault(u"page-429:1"_s).isEmpty());
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply limited = client.request("GET", "/tickets", m_cookie);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(client.request("GET", "/tickets", m_cookie).status, 200);
}

void TestPortalFaults::configEndpoint()
{
    RawClient client(m_portal->baseUrl());
    QVERIFY(client.open());
    const RawReply set = client.request("POST", "/_config", {},
        R"({"faults":["release-500:1","page-garbage@2"],"latency_ms":5,"max_in_flight":4})");
    QCOMPARE(set.status, 200);
    const QJsonObject echoed = QJsonDocument::fromJson(set.body).object();
    QCOMPARE(echoed[u"latency_ms"_s].toInt(), 5);
    QCOMPARE(echoed[u"faults"_s].toArray().size(), 2);
    QCOMPARE(m_portal->config().maxInFlight, 4);
    QCOMPARE(m_portal->config().faults, (QStringList { u"release-500:1"_s, u"page-garbage@2"_s }));
    QCOMPARE(client.request("GET", "/_config").status, 200);

    QCOMPARE(client.request("POST", "/_config", {}, R"({"faults":["no-such-fault"]})").status, 400);
    QCOMPARE(client.request("POST", "/_config", {}, R"({"bogus":1})").status, 400);
    QCOMPARE(client.request("POST", "/_config", {}, R"({"fail_rate":2})").status, 400);
    QCOMPARE(client.request("POST", "/_config", {}, "not json").status, 400);
    QCOMPARE(m_portal->config().faults.size(), 2); // nothing changed by the bad ones

    QCOMPARE(client.request("POST", "/_config", {}, R"({"faults":[],"tickets":30})").status, 200);
    QVERIFY(m_portal->config().faults.isEmpty());
    QCOMPARE(m_portal->tickets().size(), 30);
}

void TestPortalFaults::faultGrammar()
{
    FaultSet faults;
    QVERIFY(faults
                .setSpecs({ u"page-500"_s, u"page-garbage@3"_s, u"page-stall:2"_s,
                    u"release-stall@1005:1"_s })
                .isEmpty());
    QVERIFY(!faults.setSpecs({ u"page-500:0"_s }).isEmpty());
    QVERIFY(!faults.setSpecs({ u"page-500@x"_s }).isEmpty());
    QVERIFY(!faults.setSpecs({ u"page-600"_s }).isEmpty());
    QCOMPARE(faults.specs().size(), 4); // a bad set leaves the armed ones alone
    QCOMPARE(faults.take({ PortalFault::ReleaseStall }, 1004), std::nullopt);
    QCOMPARE(faults.take({ PortalFault::ReleaseStall }, 1005), PortalFault::ReleaseStall);
    QCOMPARE(faults.take({ PortalFault::ReleaseStall }, 1005), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPortalFaults)
#include "tst_portalfaults.moc"
