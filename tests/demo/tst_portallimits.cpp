// The demo portal's politeness limits, its HTTP connection handling (keep-alive,
// close, malformed input), clients that vanish before a delayed answer, and 1000 concurrent
// slow requests.
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestPortalLimits : public QObject
{
    Q_OBJECT

private slots:
    void tooManyInFlightGets429();
    void idleConnectionsDoNotCount();
    void banRefusesForAWhile();
    void keepAliveAndConnectionClose();
    void malformedRequestsAreRefused();
    void clientGoneBeforePageAnswer();
    void clientGoneBeforeReleaseAnswer();
    void thousandConcurrentSlowRequests();
};

void TestPortalLimits::tooManyInFlightGets429()
{
    PortalConfig config;
    config.maxInFlight = 2;
    config.retryAfterS = 3;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    portal.resetAudit();
    // Stalled requests stay in flight until their clients hang up: no race with a latency.
    QVERIFY(portal.setFault(u"page-stall:2"_s).isEmpty());
    RawClient a(portal.baseUrl()), b(portal.baseUrl()), c(portal.baseUrl());
    QVERIFY(a.open() && b.open() && c.open());
    a.send("GET", "/tickets", cookie);
    b.send("GET", "/api/tickets", cookie);
    QTRY_COMPARE_WITH_TIMEOUT(portal.inFlight(), 2, 30000);
    const RawReply limited = c.request("GET", "/tickets?page=2", cookie);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    a.socket().abort();
    b.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(portal.inFlight(), 0, 30000);
    QCOMPARE(c.request("GET", "/tickets?page=2", cookie).status, 200); // room again
    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"rate_limited"_s].toInt(), 1);
    QCOMPARE(audit[u"peak_in_flight"_s].toInt(), 2);
    QCOMPARE(audit[u"requests"_s].toInt(), 4);
}

void TestPortalLimits::idleConnectionsDoNotCount()
{
    PortalConfig config;
    config.maxInFlight = 1;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 5; ++i) {
        idle.push_back(std::make_unique<RawClient>(portal.baseUrl()));
        QVERIFY(idle.back()->open());
        QCOMPARE(
            idle.back()->request("GET", "/tickets", cookie).status, 200); // then stays open, idle
    }
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    QCOMPARE(client.request("GET", "/tickets", cookie).status, 200);
    QCOMPARE(portal.audit()[u"rate_limited"_s].toInt(), 0);
}

void TestPortalLimits::banRefusesForAWhile()
{
    PortalConfig config;
    config.maxInFlight = 1;
    config.banS = 3; // long enough that the steps below fit in it on a loaded machine
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    QVERIFY(portal.setFault(u"page-stall:1"_s).isEmpty());
    RawClient a(portal.baseUrl()), b(portal.baseUrl());
    QVERIFY(a.open() && b.open());
    a.send("GET", "/tickets", cookie);
    QTRY_COMPARE_WITH_TIMEOUT(portal.inFlight(), 1, 30000);
    const RawReply banned = b.request("GET", "/tickets", cookie);
    QCOMPARE(banned.status, 429);
    QCOMPARE(banned.header("Retry-After"), QByteArray("3"));
    a.socket().abort();
    QTRY_COMPARE_WITH_TIMEOUT(portal.inFlight(), 0, 30000);
    // Nothing else in flight, still refused: that is a ban, not a limit.
    QCOMPARE(b.request("GET", "/tickets", cookie).status, 429);
    QTest::qWait(3100);
    QCOMPARE(b.request("GET", "/tickets", cookie).status, 200);
    QCOMPARE(portal.audit()[u"bans"_s].toInt(), 2);
    QCOMPARE(portal.audit()[u"rate_limited"_s].toInt(), 2);
}

void TestPortalLimits::keepAliveAndConnectionClose()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    for (int i = 0; i < 3; ++i) {
        const RawReply reply
            = client.request("GET", "/api/tickets?page=" + QByteArray::number(i + 1), cookie);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Connection"), QByteArray("keep-alive"));
        QVERIFY(client.isConnected());
    }
    client.send("GET", "/tickets", cookie, {}, true);
    const RawReply last = client.read();
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("Connection"), QByteArray("close"));
    QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 30000);

    // HTTP/1.0 closes unless asked otherwise; a request split over several writes still parses.
    RawClient old(portal.baseUrl());
    QVERIFY(old.open());
    old.socket().write("GET /login HTTP/1.0\r\nHo");
    QTest::qWait(50);
    old.socket().write("st: x\r\n\r\n");
    QCOMPARE(old.read().status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!old.isConnected(), 30000);
}

void TestPortalLimits::malformedRequestsAreRefused()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    RawClient garbage(portal.baseUrl());
    QVERIFY(garbage.open());
    garbage.socket().write("NONSENSE\r\n\r\n");
    const RawReply reply = garbage.read();
    QCOMPARE(reply.status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(!garbage.isConnected(), 30000);

    RawClient chunked(portal.baseUrl());
    QVERIFY(chunked.open());
    chunked.socket().write("POST /login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QCOMPARE(chunked.read().status, 501);

    RawClient huge(portal.baseUrl());
    QVERIFY(huge.open());
    huge.socket().write("GET /login HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'x'));
    QCOMPARE(huge.read().status, 431);

    RawClient fine(portal.baseUrl());
    QVERIFY(fine.open());
    QCOMPARE(fine.request("GET", "/login").status, 200);
}

void TestPortalLimits::clientGoneBeforePageAnswer()
{
    PortalConfig config;
    config.latencyMs = 1000; // longer than any hiccup between sending and checking
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    for (int i = 0; i < 20; ++i) {
        RawClient client(portal.baseUrl());
        QVERIFY(client.open());
        client.send("GET", "/tickets", cookie);
        QTRY_VERIFY_WITH_TIMEOUT(portal.inFlight() > 0, 30000);
        if (i % 2)
            client.socket().abort(); // reset
        else
            client.socket().disconnectFromHost(); // orderly close
    }
    QTRY_COMPARE_WITH_TIMEOUT(portal.inFlight(), 0, 30000);
    QTest::qWait(1100); // past every timer that was pending for the gone clients
    RawClient after(portal.baseUrl());
    QVERIFY(after.open());
    QCOMPARE(after.request("GET", "/tickets", cookie).status, 200);
}

void TestPortalLimits::clientGoneBeforeReleaseAnswer()
{
    PortalConfig config;
    config.releaseLatencyMs = 1000;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    const DemoTicket *ticket = nullptr;
    for (const DemoTicket &candidate : portal.tickets()) {
        if (candidate.status == TicketStatus::Pending && candidate.dependsOn.isEmpty()) {
            ticket = &candidate;
            break;
        }
    }
    {
        RawClient client(portal.baseUrl());
        QVERIFY(client.open());
        client.send("GET", ticket->releasePath().toUtf8(), cookie);
        QTRY_COMPARE_WITH_TIMEOUT(ticket->status, TicketStatus::Releasing, 30000);
        client.socket().abort();
    }
    // The release goes through on the server as on a real one; nobody is told.
    QTRY_COMPARE_WITH_TIMEOUT(ticket->status, TicketStatus::Released, 30000);
    const QJsonObject record = portal.audit()[u"releases"_s].toArray().first().toObject();
    QCOMPARE(record[u"fault"_s].toString(), u"client-gone"_s);
    QCOMPARE(record[u"http_status"_s].toInt(), 0);
    QCOMPARE(portal.inFlight(), 0);
    RawClient after(portal.baseUrl());
    QVERIFY(after.open());
    QCOMPARE(after.request("GET", "/tickets", cookie).status, 200);
}

void TestPortalLimits::thousandConcurrentSlowRequests()
{
    // 1000 client sockets and 1000 server sockets live in this one process.
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < 2600) {
        limit.rlim_cur = qMin<rlim_t>(limit.rlim_max, 4096);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur < 2600)
        QSKIP("RLIMIT_NOFILE cannot be raised to 2600 here");

    PortalConfig config;
    // Long enough that the requests overlap even on a loaded machine; the test never asserts
    // how long anything took.
    config.latencyMs = 1500;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    portal.resetAudit();

    constexpr int count = 1000;
    std::vector<std::unique_ptr<RawClient>> clients;
    clients.reserve(count);
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawClient>(portal.baseUrl()));
        clients.back()->socket().connectToHost(
            portal.baseUrl().host(), quint16(portal.baseUrl().port()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->isConnected(); }),
        120000);
    for (int i = 0; i < count; ++i)
        clients[i]->send("GET", "/tickets?page=" + QByteArray::number(1 + i % 10), cookie);
    int ok = 0;
    for (auto &client : clients)
        ok += client->read(120000).status == 200;
    QCOMPARE(ok, count);
    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"requests"_s].toInt(), count);
    QVERIFY2(audit[u"peak_in_flight"_s].toInt() >= 100,
        qPrintable(QString::number(audit[u"peak_in_flight"_s].toInt())));
    QCOMPARE(portal.inFlight(), 0);
    qInfo("peak in flight: %d of %d", audit[u"peak_in_flight"_s].toInt(), count);
}

QTEST_GUILESS_MAIN(TestPortalLimits)
#include "tst_portallimits.moc"
