// What every flavour of the demo portal shares: the same truth in /_tickets,
// the flavour switched by /_config, and the flags and hooks added for the session and profile
// work, checked here on the classic flavour (the spa and legacy tests check their own wire):
// --release-link pending-only, the release-act-then-login-redirect fault, the per-page read
// counts and the 503 of --max-release-in-flight.
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

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

QByteArray fetch(const QUrl &base, const QByteArray &method, const QByteArray &target,
    const QByteArray &body = {})
{
    RawClient client(base);
    if (!client.open())
        return {};
    return client.request(method, target, {}, body).body;
}

} // namespace

class TestPortalFlavors : public QObject
{
    Q_OBJECT

private slots:
    void ticketsAreEqualAcrossFlavours();
    void configSwitchesTheFlavour();
    void pendingOnlyOnClassicPages();
    void actThenLoginRedirectOnClassic();
    void pageReadsOnClassic();
    void busyReleaseOnClassic();
};

void TestPortalFlavors::ticketsAreEqualAcrossFlavours()
{
    QByteArray reference;
    for (PortalFlavor flavor : { PortalFlavor::Classic, PortalFlavor::Spa, PortalFlavor::Legacy }) {
        PortalConfig config;
        config.flavor = flavor;
        config.tickets = 200;
        config.seed = 11;
        DemoPortal portal(config);
        QVERIFY(portal.listen());
        const QByteArray tickets = fetch(portal.baseUrl(), "GET", "/_tickets");
        QCOMPARE(QJsonDocument::fromJson(tickets)[u"items"_s].toArray().size(), 200);
        if (reference.isEmpty())
            reference = tickets;
        QCOMPARE(tickets, reference);
    }
}

void TestPortalFlavors::configSwitchesTheFlavour()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    const QUrl base = portal.baseUrl();
    QCOMPARE(QJsonDocument::fromJson(fetch(base, "GET", "/_config"))[u"flavor"_s].toString(),
        u"classic"_s);
    const QJsonObject answer
        = QJsonDocument::fromJson(fetch(base, "POST", "/_config",
                                      "{\"flavor\":\"spa\",\"release_link\":\"pending-only\","
                                      "\"max_release_in_flight\":3}"))
              .object();
    QCOMPARE(answer[u"flavor"_s].toString(), u"spa"_s);
    QCOMPARE(answer[u"release_link"_s].toString(), u"pending-only"_s);
    QCOMPARE(answer[u"max_release_in_flight"_s].toInt(), 3);
    QCOMPARE(portal.config().flavor, PortalFlavor::Spa);
    PortalBrowser browser(base);
    QCOMPARE(browser.get(u"/api/v1/releases"_s).status, 401); // the spa's expiry answer
    QVERIFY(fetch(base, "POST", "/_config", "{\"flavor\":\"soap\"}").contains("\"error\""));
    QVERIFY(fetch(base, "POST", "/_config", "{\"release_link\":\"odd\"}").contains("\"error\""));
    QCOMPARE(portal.config().flavor, PortalFlavor::Spa);
    QVERIFY(fetch(base, "POST", "/_config", "{\"flavor\":\"legacy\"}").contains("legacy"));
    QCOMPARE(browser.get(u"/login.jsp"_s).status, 200);
    QVERIFY(!browser.cookie("JSESSIONID").isEmpty());
}

void TestPortalFlavors::pendingOnlyOnClassicPages()
{
    PortalConfig config;
    config.tickets = 100;
    config.pageSize = 100;
    config.releaseLinkPendingOnly = true;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    const QByteArray html = browser.get(u"/tickets"_s).body;
    const QJsonArray items
        = QJsonDocument::fromJson(browser.get(u"/api/tickets"_s).body)[u"items"_s].toArray();
    QCOMPARE(items.size(), 100);
    int pending = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DemoTicket &truth = portal.tickets()[i];
        const bool isPending = truth.status == TicketStatus::Pending;
        pending += isPending ? 1 : 0;
        QCOMPARE(html.contains(
                     QByteArray("href=\"/release?id=" + QByteArray::number(truth.id) + "&amp;")),
            isPending);
        QCOMPARE(items[i][u"release_url"_s].isString(), isPending);
        QVERIFY(items[i].toObject().contains(u"release_url"_s));
    }
    QVERIFY(pending > 0 && pending < 100);
    QVERIFY(html.contains("<td class=\"action\"></td>"));

    // Without the flag every row keeps its link, as before.
    config.releaseLinkPendingOnly = false;
    QVERIFY(portal.setConfig(config).isEmpty());
    QCOMPARE(browser.get(u"/tickets"_s).body.count("class=\"release\""), 100);
}

void TestPortalFlavors::actThenLoginRedirectOnClassic()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    const DemoTicket *ticket = firstIndependentPending(portal);
    const DemoTicket *other = firstIndependentPending(portal, 1);
    QVERIFY(portal.setFault(u"release-act-then-login-redirect@%1:1"_s.arg(ticket->id)).isEmpty());
    QVERIFY(portal.setFault(u"release-login-redirect@%1:1"_s.arg(other->id)).isEmpty());

    const PageReply acted = browser.get(ticket->releasePath());
    QCOMPARE(acted.status, 302);
    QVERIFY(acted.location.startsWith("/login?next=%2Frelease%3Fid%3D"));
    QCOMPARE(ticket->status, TicketStatus::Released);
    const QJsonObject record = releasesOf(portal.audit(), ticket->id).first().toObject();
    QCOMPARE(record[u"result"_s].toString(), u"success"_s);
    QCOMPARE(record[u"http_status"_s].toInt(), 302);
    QCOMPARE(record[u"fault"_s].toString(), u"release-act-then-login-redirect"_s);
    QCOMPARE(browser.get(u"/tickets"_s).status, 302); // the session ended with it

    // The older fault turns the call away before acting: the same answer, nothing released.
    QVERIFY(browser.login());
    const PageReply refused = browser.get(other->releasePath());
    QCOMPARE(refused.status, 302);
    QCOMPARE(other->status, TicketStatus::Pending);
    QCOMPARE(
        releasesOf(portal.audit(), other->id).first()[u"result"_s].toString(), u"login_redirect"_s);
    QCOMPARE(browser.get(u"/tickets"_s).status, 200); // and the session lives on
    QVERIFY(portal.audit()[u"duplicates"_s].toArray().isEmpty());
}

void TestPortalFlavors::pageReadsOnClassic()
{
    PortalConfig config;
    config.tickets = 100;
    config.pageSize = 10;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    QVERIFY(portal.setFault(u"page-500@4:1"_s).isEmpty());
    for (const QString &path : { u"/tickets?page=2"_s, u"/tickets?page=2"_s,
             u"/api/tickets?page=7"_s, u"/tickets"_s, u"/tickets?page=4"_s, u"/tickets?page=99"_s })
        browser.get(path);
    // Page 4 failed by fault and page 99 does not exist: neither was read.
    QCOMPARE(portal.audit()[u"page_reads"_s].toObject(),
        (QJsonObject { { u"1"_s, 1 }, { u"2"_s, 2 }, { u"7"_s, 1 } }));
    portal.resetAudit();
    QVERIFY(portal.audit()[u"page_reads"_s].toObject().isEmpty());
}

void TestPortalFlavors::busyReleaseOnClassic()
{
    PortalConfig config;
    config.maxReleaseInFlight = 1;
    config.releaseLatencyMs = 3000; // the second call surely arrives while the first is open
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    const QByteArray cookie = rawLogin(portal.baseUrl());
    const DemoTicket *first = firstIndependentPending(portal);
    const DemoTicket *second = firstIndependentPending(portal, 1);
    RawClient slow(portal.baseUrl());
    QVERIFY(slow.open());
    slow.send("GET", first->releasePath().toUtf8(), cookie);
    QTRY_COMPARE_WITH_TIMEOUT(first->status, TicketStatus::Releasing, 30000);
    RawClient client(portal.baseUrl());
    QVERIFY(client.open());
    const RawReply busy = client.request("GET", second->releasePath().toUtf8(), cookie);
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.header("Retry-After"), QByteArray("1"));
    QCOMPARE(second->status, TicketStatus::Pending);
    QCOMPARE(slow.read().status, 200);
    QCOMPARE(client.request("GET", second->releasePath().toUtf8(), cookie).status, 200);
    QStringList results;
    for (const QJsonValue &record : releasesOf(portal.audit(), second->id))
        results.append(record[u"result"_s].toString());
    QCOMPARE(results, (QStringList { u"busy"_s, u"success"_s }));
}

QTEST_GUILESS_MAIN(TestPortalFlavors)
#include "tst_portalflavors.moc"
