// Login, scraping and politeness against the in-process demo portal over real HTTP.
#include "fixture_scrape.h"
#include "http/networkpool.h"
#include "scrape/pageread.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ScrapeFixture;

namespace {
QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

PortalConfig config(int tickets, int pageSize)
{
    PortalConfig c;
    c.tickets = tickets;
    c.pageSize = pageSize;
    c.seed = 7;
    return c;
}
} // namespace

class TestScrape final : public QObject
{
    Q_OBJECT
private slots:
    // Good credentials log in (the CSRF token taken from the page), bad ones give the
    // portal's own message.
    void loginGoodAndBad()
    {
        const auto portal = startPortal(config(20, 10));
        QVERIFY(portal);
        PortalSession session(profileFor(QStringLiteral("demo"), *portal));
        const PortalError bad = login(session, QStringLiteral("demo"), QStringLiteral("wrong"));
        QCOMPARE(bad.category, PortalError::LoginFailed);
        QVERIFY2(bad.message.contains(QStringLiteral("the portal says")), qPrintable(bad.text()));
        QVERIFY(!session.isLoggedIn());
        const PortalError good = login(session);
        QVERIFY2(!good.isError(), qPrintable(good.text()));
        QVERIFY(session.isLoggedIn());
        QCOMPARE(portal->audit().value(QStringLiteral("logins")).toInt(), 1);
    }

    // The hidden CSRF token must come from the page; a forged one is refused.
    void loginWithForgedCsrfFails()
    {
        const auto portal = startPortal(config(20, 10));
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.login.extraFields.insert(QStringLiteral("csrf_token"), QStringLiteral("forged"));
        PortalSession session(profile);
        const PortalError error = login(session);
        QCOMPARE(error.category, PortalError::LoginFailed);
        QCOMPARE(portal->audit().value(QStringLiteral("logins")).toInt(), 0);
    }

    // Hundreds of tickets over many pages, HTML (zh, en) and JSON, equal the portal's
    // data.
    void scrapeEqualsPortalData_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("english");
        QTest::addColumn<bool>("json");
        QTest::newRow("html zh") << QStringLiteral("demo") << false << false;
        QTest::newRow("html en") << QStringLiteral("demo-en") << true << false;
        QTest::newRow("json") << QStringLiteral("demo-json") << false << true;
    }
    void scrapeEqualsPortalData()
    {
        QFETCH(QString, profile);
        QFETCH(bool, english);
        QFETCH(bool, json);
        PortalConfig c = config(437, 25); // 18 pages, the last one short
        c.language = english ? PortalLanguage::English : PortalLanguage::Chinese;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        PortalSession session(profileFor(profile, *portal));
        QVERIFY(!login(session).isError());
        const qint64 before = TicketScraper::clockMs();
        const Scraped scraped = scrape(session);
        const qint64 after = TicketScraper::clockMs();
        QVERIFY(scraped.finishedOnce);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QVERIFY2(
            scraped.result.pageErrors.isEmpty(), qPrintable(scraped.result.pageErrors.join(u'\n')));
        QCOMPARE(scraped.result.pages, 18);
        QCOMPARE(scraped.batches, 18); // one insert per page
        QCOMPARE(scraped.result.rows, 437);
        // When each page was read, for every page a ticket names (how old the list is).
        QCOMPARE(scraped.result.pageReadAtMs.size(), 18);
        for (const ReleaseTicket &ticket : scraped.tickets) {
            const qint64 readAt = scraped.result.pageReadAtMs.value(ticket.sourcePage, -1);
            QVERIFY2(readAt >= before && readAt <= after, qPrintable(ticket.id));
        }
        const QString difference = compareTickets(scraped.tickets, expectedTickets(*portal, json));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Without a page count the scraper follows next links to the end.
    void followsNextLinks()
    {
        const auto portal = startPortal(config(95, 10));
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.list.paging.pageCount = {};
        profile.list.paging.total = {};
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.pages, 10);
        QVERIFY(compareTickets(scraped.tickets, expectedTickets(*portal, false)).isEmpty());
    }

    // The session expires mid-scrape; the reads log in again (once each) and replay.
    void sessionExpiresMidScrape()
    {
        PortalConfig c = config(300, 10);
        // Expires every 25 requests: a few times during the scrape, and never again before the
        // replays of one expiry are through (a read logs in again only once).
        c.sessionMaxRequests = 25;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        PortalSession session(profileFor(QStringLiteral("demo"), *portal));
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.rows, 300);
        QVERIFY(session.loginCount() >= 2);
        QCOMPARE(portal->audit().value(QStringLiteral("logins")).toInt(), session.loginCount());
        QVERIFY(compareTickets(scraped.tickets, expectedTickets(*portal, false)).isEmpty());
    }

    // 429 with Retry-After is waited out, from the portal's in-flight limit and from
    // an injected fault.
    void rateLimitedIsWaitedOut()
    {
        PortalConfig c = config(200, 10);
        c.maxInFlight = 3; // below our limit of 6: the portal answers 429 to the rest
        c.latencyMs = 30;
        c.faults = { QStringLiteral("page-429@4:2") };
        const auto portal = startPortal(c);
        QVERIFY(portal);
        PortalSession session(profileFor(QStringLiteral("demo"), *portal));
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.rows, 200);
        QVERIFY(portal->audit().value(QStringLiteral("rate_limited")).toInt() > 0);
    }

    // 500s are retried; a page that keeps failing or comes back malformed is named in
    // the error and the rows of the other pages are kept.
    void pageFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<int>("category");
        QTest::newRow("500 twice, then fine")
            << QStringLiteral("page-500@3:2") << true << int(PortalError::None);
        QTest::newRow("500 for good")
            << QStringLiteral("page-500@3") << false << int(PortalError::HttpStatus);
        QTest::newRow("garbage page")
            << QStringLiteral("page-garbage@3") << false << int(PortalError::Malformed);
    }
    void pageFaults()
    {
        QFETCH(QString, fault);
        QFETCH(bool, recovers);
        QFETCH(int, category);
        PortalConfig c = config(100, 10);
        c.faults = { fault };
        const auto portal = startPortal(c);
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.politeness.pageRetries = 2;
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY(scraped.finishedOnce);
        QCOMPARE(int(scraped.result.error.category), category);
        if (recovers) {
            QCOMPARE(scraped.result.rows, 100);
            return;
        }
        QCOMPARE(scraped.result.pagesFailed, 1);
        QCOMPARE(scraped.result.rows, 90); // every other page kept
        QCOMPARE(scraped.tickets.size(), 90);
        QVERIFY2(scraped.result.error.text().contains(QStringLiteral("page 3")),
            qPrintable(scraped.result.error.text()));
    }

    // The concurrency limit is reached and never exceeded, also above Qt's 6 per host.
    void concurrencyLimitIsExact_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("6") << 6;
        QTest::newRow("10") << 10;
    }
    void concurrencyLimitIsExact()
    {
        QFETCH(int, limit);
        PortalConfig c = config(600, 10); // 60 pages
        c.latencyMs = 300; // long enough that every slot is taken before the first answer
        const auto portal = startPortal(c);
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.setConcurrency(limit);
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        portal->resetAudit();
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.rows, 600);
        QCOMPARE(portal->audit().value(QStringLiteral("peak_in_flight")).toInt(), limit);
        QCOMPARE(session.pool()->peakInFlight(), limit);
    }

    // An answer above politeness.max_page_bytes is aborted with a clear error.
    void sizeCap()
    {
        const auto portal = startPortal(config(100, 50));
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.politeness.maxPageBytes = 4096; // a page of 50 rows is far larger
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QCOMPARE(scraped.result.error.category, PortalError::TooLarge);
        QVERIFY(scraped.result.error.text().contains(QStringLiteral("page 1")));
    }

    // A redirect off the profile's origin is refused, and so is a URL off it.
    void offOriginRefused()
    {
        // A server that redirects everything to another host.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: "
                              "http://example.invalid/steal\r\nContent-Length: 0\r\n\r\n");
            });
        });
        SiteProfile profile = *SiteProfile::load(QStringLiteral("demo"), nullptr);
        profile.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())));
        NetworkPool pool(profile);
        NetResponse answer;
        bool done = false;
        NetRequest request;
        request.url = profile.resolve(QStringLiteral("tickets"));
        pool.send(request, this, [&](const NetResponse &r) {
            answer = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(answer.error.category, PortalError::OffOrigin);

        done = false;
        request.url = QUrl(QStringLiteral("http://localhost:1/tickets"));
        pool.send(request, this, [&](const NetResponse &r) {
            answer = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(answer.error.category, PortalError::OffOrigin);
        QCOMPARE(pool.inFlight(), 0);
    }

    // Passwords, cookies and tokens never reach the logs, wire tracing included.
    void logsHoldNoSecrets()
    {
        PortalConfig c = config(60, 10);
        c.password = QStringLiteral("s3cr3t-pw");
        c.sessionMaxRequests = 4; // re-logins and expiry redirects get logged too
        const auto portal = startPortal(c);
        QVERIFY(portal);
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.debug=true"));
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        PortalSession session(profileFor(QStringLiteral("demo"), *portal));
        const PortalError bad = login(session, QStringLiteral("demo"), QStringLiteral("wrong-pw"));
        const PortalError good
            = login(session, QStringLiteral("demo"), QStringLiteral("s3cr3t-pw"));
        const Scraped scraped = scrape(session);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(bad.isError());
        QVERIFY(!good.isError());
        QVERIFY(scraped.result.rows > 0);
        // Under CTest debug lines are off (QT_LOGGING_RULES wins over setFilterRules): the login,
        // the failed login, the renewals and the scrape's own lines are still there.
        const QString log = capturedLog.join(u'\n');
        QVERIFY2(capturedLog.size() >= 5, qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("logged in again")), qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("s3cr3t-pw")));
        QVERIFY(!log.contains(QStringLiteral("wrong-pw")));
        for (const QNetworkCookie &cookie : session.cookieJar()->cookiesForUrl(portal->baseUrl()))
            QVERIFY(!log.contains(QString::fromLatin1(cookie.value())));
        for (const DemoTicket &ticket : portal->tickets())
            QVERIFY2(!log.contains(QString::fromLatin1(ticket.token)), qPrintable(log));
    }

    // Closing the session mid-scrape ends the scrape with one finished(), no crash.
    void sessionClosedMidScrape()
    {
        PortalConfig c = config(300, 10);
        c.latencyMs = 200;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        auto *session = new PortalSession(profileFor(QStringLiteral("demo"), *portal));
        QVERIFY(!login(*session).isError());
        TicketScraper scraper(session);
        scraper.setAutoDelete(false); // on the stack
        QSignalSpy finished(&scraper, &TicketScraper::finished);
        QSignalSpy arrived(&scraper, &TicketScraper::ticketsArrived);
        scraper.start();
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 60000);
        delete session;
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ScrapeResult>().error.isError());
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);
    }

    // Cancel stops the scrape at once with exactly one finished(cancelled).
    void cancelMidScrape()
    {
        PortalConfig c = config(300, 10);
        c.latencyMs = 200;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        PortalSession session(profileFor(QStringLiteral("demo"), *portal));
        QVERIFY(!login(session).isError());
        TicketScraper scraper(&session);
        scraper.setAutoDelete(false); // on the stack
        QSignalSpy finished(&scraper, &TicketScraper::finished);
        QSignalSpy arrived(&scraper, &TicketScraper::ticketsArrived);
        scraper.start();
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 2, 60000);
        scraper.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ScrapeResult>().cancelled);
        const int after = int(arrived.count());
        QTest::qWait(600);
        QCOMPARE(arrived.count(), after);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.pool()->inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScrape)
#include "tst_scrape.moc"
