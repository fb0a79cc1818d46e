// Hostile answers to page reads and scrapes, over real HTTP from a loopback server
// that misbehaves on purpose (fixture_hostileserver). Each case ends with a clear error or is
// handled, within the profile's size and time limits.
#include "fixture_hostileserver.h"
#include "profile/siteprofile.h"
#include "scrape/pageread.h"
#include "scrape/ticketscraper.h"
#include "session/portalsession.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Hostile;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestAdversarialPages final : public QObject
{
    Q_OBJECT
private slots:
    void init() { capturedLog.clear(); }

    // A page of 100 MB is cut off at politeness.max_page_bytes, whether the portal
    // declares its length or not, and the transfer stops (the server sees the client go).
    void hugePageIsCutOff_data()
    {
        QTest::addColumn<bool>("declared");
        QTest::newRow("Content-Length: 100 MB") << true;
        QTest::newRow("no length, 100 MB until close") << false;
    }
    void hugePageIsCutOff()
    {
        QFETCH(bool, declared);
        HostileServer server;
        QVERIFY(server.listen());
        server.on("/huge", [declared](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::stream(socket, 100LL * 1024 * 1024, declared);
        });
        const SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        QCOMPARE(profile.politeness.maxPageBytes, 32LL * 1024 * 1024);
        PortalSession session(profile);
        const PageResult result = readPage(session, profile.resolve(QStringLiteral("huge")));
        QCOMPARE(int(result.error.category), int(PortalError::TooLarge));
        QVERIFY2(result.error.text().contains(QStringLiteral("max_page_bytes")),
            qPrintable(result.error.text()));
        QVERIFY(result.body.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 60000);
    }

    // A page that never ends (a byte every 100 ms, so the transfer always makes
    // progress) ends with a timeout after the profile's timeout_ms, not never.
    void neverEndingPageTimesOut()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.on("/drip", [](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::drip(socket, 100);
        });
        SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        profile.politeness.timeoutMs = 1500;
        PortalSession session(profile);
        const PageResult result = readPage(session, profile.resolve(QStringLiteral("drip")));
        QCOMPARE(int(result.error.category), int(PortalError::Timeout));
        QVERIFY2(result.error.text().contains(QStringLiteral("1500 ms")),
            qPrintable(result.error.text()));
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 60000);
    }

    // A redirect loop ends after a bounded number of hops with an error naming it.
    void redirectLoopEnds()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.on("/loop", [](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respond(socket, 302, { "Location: /loop?again" }, {});
        });
        const SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        PortalSession session(profile);
        const PageResult result = readPage(session, profile.resolve(QStringLiteral("loop")));
        QVERIFY(result.error.isError());
        QVERIFY2(result.error.text().contains(QStringLiteral("redirects")),
            qPrintable(result.error.text()));
        QCOMPARE(server.requestCount("/loop"), 6); // the request and five redirects followed
    }

    // A redirect to another host or to file:// is not followed: the other host sees
    // nothing, no file is read.
    void redirectOffOriginIsRefused_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("another host") << QByteArray("OTHER/steal?cookie=1");
        QTest::newRow("file://") << QByteArray("file:///etc/hostname");
        QTest::newRow("protocol-relative") << QByteArray("//OTHERHOST/steal");
    }
    void redirectOffOriginIsRefused()
    {
        QFETCH(QByteArray, location);
        HostileServer server;
        QVERIFY(server.listen());
        HostileServer other;
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        const QByteArray otherBase = other.baseUrl().toEncoded();
        location.replace("OTHERHOST", otherBase.mid(7, otherBase.size() - 8));
        location.replace("OTHER/", otherBase);
        server.on("/away", [location](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respond(socket, 302, { "Location: " + location }, {});
        });
        const SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        PortalSession session(profile);
        const PageResult result = readPage(session, profile.resolve(QStringLiteral("away")));
        QCOMPARE(int(result.error.category), int(PortalError::OffOrigin));
        QVERIFY(result.body.isEmpty());
        QTest::qWait(100); // a stray request to the other host would have arrived by now
        QVERIFY(other.requests().isEmpty());
    }

    // A Retry-After of a year is capped (a minute), not obeyed and not overflowed into
    // an immediate retry; the read can still be given up on.
    void retryAfterOfAYearIsCapped()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.on("/busy", [](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respond(socket, 429, { "Retry-After: 31536000" }, "slow down");
        });
        const SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        PortalSession session(profile);
        previousHandler = qInstallMessageHandler(captureMessage);
        auto *read = new PageRead(&session, profile.resolve(QStringLiteral("busy")), {}, &session);
        QPointer<PageRead> guard(read);
        read->start();
        const QRegularExpression waiting(QStringLiteral("waiting (-?\\d+) ms"));
        QString seen;
        for (int waited = 0; seen.isEmpty() && waited < 60000; waited += 10) {
            QTest::qWait(10);
            for (const QString &line : std::as_const(capturedLog)) {
                if (const auto match = waiting.match(line); match.hasMatch())
                    seen = match.captured(1);
            }
        }
        QTest::qWait(300); // an overflowed wait would have sent the next request by now
        qInstallMessageHandler(previousHandler);
        QCOMPARE(seen, QStringLiteral("60000"));
        QCOMPARE(server.requestCount("/busy"), 1);
        QVERIFY(guard);
        read->cancel();
    }

    // 10,000 nested elements around or before the list: the page is refused with
    // words, never a crash or a stack overflow.
    void deeplyNestedPage_data()
    {
        QTest::addColumn<bool>("around");
        QTest::newRow("nesting before the table") << false;
        QTest::newRow("table inside the nesting") << true;
    }
    void deeplyNestedPage()
    {
        QFETCH(bool, around);
        QByteArray open;
        QByteArray close;
        for (int i = 0; i < 10000; ++i) {
            open += "<div><span>";
            close += "</span></div>";
        }
        const QList<HostilePages::Row> rows { { "1", "billing", "/release?id=1", "待上线" },
            { "2", "search", "/release?id=2", "待上线" } };
        const QByteArray page = around
            ? HostilePages::listPage(rows, open, close)
            : HostilePages::listPage(rows, open + close, {});
        HostileServer server;
        QVERIFY(server.listen());
        serveLogin(server);
        server.on("/tickets", [page](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respondHtml(socket, page);
        });
        PortalSession session(profileFor(QStringLiteral("demo"), server));
        const Scraped scraped = loginAndScrape(session);
        QCOMPARE(scraped.finished, 1);
        // libxml2 stops building the tree at 256 levels (its guard against stack exhaustion), so
        // the list is never seen: the page is refused as not understood, the message says it is
        // the nesting, and nothing is read.
        QCOMPARE(int(scraped.result.error.category), int(PortalError::Malformed));
        QVERIFY2(scraped.result.error.text().contains(QStringLiteral("page 1")),
            qPrintable(scraped.result.error.text()));
        QVERIFY2(
            scraped.result.error.text().contains(QStringLiteral("nests elements more than 256")),
            qPrintable(scraped.result.error.text()));
        QVERIFY(scraped.tickets.isEmpty());
        QCOMPARE(scraped.result.rows, 0);
    }

    // Invalid UTF-8 (stray bytes, overlong forms, surrogates) and a cell in GBK on a
    // page declared UTF-8: every row is still read, ids and release links intact.
    void invalidUtf8AndMixedCharsets()
    {
        const QList<HostilePages::Row> rows {
            { "1", "bill\xff\xfeing", "/release?id=1", "待上线" },
            { "2", "\xd3\xa6\xd3\xc3", "/release?id=2", "待上线" }, // 应用 in GBK
            { "3", "nul\xc0\x80", "/release?id=3", "待上线" },
            { "4", "sur\xed\xa0\x80rogate", "/release?id=4", "\xb4\xfd\xc9\xcf\xcf\xdf" },
        };
        const QByteArray page = HostilePages::listPage(rows);
        HostileServer server;
        QVERIFY(server.listen());
        serveLogin(server);
        server.on("/tickets", [page](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respondHtml(socket, page);
        });
        PortalSession session(profileFor(QStringLiteral("demo"), server));
        const Scraped scraped = loginAndScrape(session);
        QCOMPARE(scraped.finished, 1);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.tickets.size(), 4);
        QStringList ids;
        for (const ReleaseTicket &ticket : scraped.tickets) {
            ids << ticket.id;
            QCOMPARE(ticket.releaseUrl.path(), QStringLiteral("/release"));
            QCOMPARE(ticket.releaseUrl.host(), server.baseUrl().host());
        }
        QCOMPARE(ids, QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4") }));
        // The GBK status is not the pending word: that ticket is not taken for pending.
        QVERIFY(scraped.tickets.at(0).pendingOnPortal);
        QVERIFY(!scraped.tickets.at(3).pendingOnPortal);
    }

    // A JSON list of one million items under the size cap is read in full; the same
    // list with every field is over the cap and refused with the limit's name.
    void millionItemJsonList_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("1,000,000 small items") << false;
        QTest::newRow("1,000,000 full items, over max_page_bytes") << true;
    }
    void millionItemJsonList()
    {
        QFETCH(bool, full);
        constexpr int items = 1000000;
        QByteArray json = "{\"total\":" + QByteArray::number(items) + ",\"pages\":1,\"items\":[";
        json.reserve(full ? 140 * items : 30 * items);
        for (int i = 1; i <= items; ++i) {
            if (i > 1)
                json += ',';
            const QByteArray id = QByteArray::number(i);
            if (full)
                json += "{\"id\":" + id
                    + ",\"app\":\"billing\",\"version\":\"1.0\",\"env\":\"prod\",\"submitter\":"
                      "\"x\",\"depends_on\":[],\"concurrent\":true,\"status\":\"pending\","
                      "\"release_url\":\"/release?id="
                    + id + "\"}";
            else
                json += "{\"id\":" + id + ",\"status\":\"done\"}";
        }
        json += "]}";
        HostileServer server;
        QVERIFY(server.listen());
        serveLogin(server);
        server.on("/api/tickets", [json](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respond(socket, 200, { "Content-Type: application/json" }, json);
        });
        PortalSession session(profileFor(QStringLiteral("demo-json"), server));
        const Scraped scraped = loginAndScrape(session);
        QCOMPARE(scraped.finished, 1);
        if (full) {
            QCOMPARE(int(scraped.result.error.category), int(PortalError::TooLarge));
            QVERIFY(scraped.tickets.isEmpty());
            return;
        }
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.tickets.size(), items);
        QCOMPARE(scraped.tickets.constLast().id, QString::number(items));
        QVERIFY(!scraped.tickets.constFirst().pendingOnPortal);
    }
};

QTEST_MAIN(TestAdversarialPages)
#include "tst_adversarialpages.moc"
