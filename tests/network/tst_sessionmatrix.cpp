// Scrapes against a portal that ends its sessions: after 3, 7 and 40 requests and
// after 2 seconds, at limits 1, 6, 10 and 64, through the HTML (zh, en) and JSON lists. Every
// scrape returns every ticket, field by field as the portal holds them, and says it is complete;
// one session's end costs at most `limit` reads sent on the dead session. A portal whose
// sessions die before any page can be read ends the scrape with a clear error, incomplete, and
// nothing spins while the session renews.
#include "fixture_scrape.h"
#include "fixture_sessionmatrix.h"

#include "http/networkpool.h"
#include "portalconfig.h"

#include <QTest>

using namespace ScrapeFixture;
using namespace SessionMatrix;

namespace {

// Sizes a row so that it meets the end of a session several times: a count-limited session
// needs more pages than its life; a 2-second one needs a scrape of a few seconds at any limit
// (the page latency stays well under the session's life, so every session reads something).
PortalConfig rowConfig(const SessionEnd &end, int limit, bool english)
{
    PortalConfig c;
    c.language = english ? PortalLanguage::English : PortalLanguage::Chinese;
    end.applyTo(c);
    if (end.ttlS == 0) {
        c.tickets = 135;
        c.pageSize = 3; // 45 pages: more than the longest session (40) lives
        c.latencyMs = 5;
        return c;
    }
    // About 2.2 s of reads at the limit (pages / limit rounds of latencyMs each), after the
    // login's own answers: longer than the session lives.
    c.latencyMs = limit >= 64 ? 400 : 200;
    const int rounds = 2200 / c.latencyMs;
    c.pageSize = 1;
    c.tickets = rounds * limit;
    return c;
}

} // namespace

class TestSessionMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void scrapeMatrix_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("english");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<int>("ttlS");
        QTest::addColumn<int>("limit");
        struct Kind
        {
            const char *profile;
            bool english;
            bool json;
        };
        const Kind kinds[] = { { "demo", false, false }, { "demo-en", true, false },
            { "demo-json", false, true } };
        for (const Kind &kind : kinds) {
            for (const SessionEnd &end : sessionEnds()) {
                for (const int limit : limits()) {
                    QTest::addRow("%s, session %s, limit %d", kind.profile, qPrintable(end.name),
                        limit)
                        << QString::fromLatin1(kind.profile) << kind.english << kind.json
                        << end.maxRequests << end.ttlS << limit;
                }
            }
        }
    }
    void scrapeMatrix()
    {
        QFETCH(QString, profile);
        QFETCH(bool, english);
        QFETCH(bool, json);
        QFETCH(int, maxRequests);
        QFETCH(int, ttlS);
        QFETCH(int, limit);
        const SessionEnd end { {}, maxRequests, ttlS };
        const auto portal = startPortal(rowConfig(end, limit, english));
        QVERIFY(portal);
        SiteProfile siteProfile = profileFor(profile, *portal);
        siteProfile.setConcurrency(limit);
        PortalSession session(siteProfile);
        QVERIFY(!login(session).isError());

        const Scraped scraped = scrape(session);
        const ScrapeResult &result = scraped.result;
        QVERIFY(scraped.finishedOnce);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.text()));
        QVERIFY2(result.isComplete(), qPrintable(result.pageErrors.join(u'\n')));
        const int tickets = int(portal->tickets().size());
        QCOMPARE(result.rows, tickets);
        QCOMPARE(result.portalTotal, tickets);
        QCOMPARE(result.pages, result.pagesKnown);
        const QString difference = compareTickets(scraped.tickets, expectedTickets(*portal, json));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // Every row outlives at least one session (more pages than a session's requests, or
        // reads for longer than its seconds).
        QVERIFY(result.expiredAnswers >= 1);
        QVERIFY(result.renewals >= 1);
        QCOMPARE(portal->audit().value(QStringLiteral("logins")).toInt(), session.loginCount());
        // No read goes out on a session known to be dead: one session's end is paid for by the
        // reads already on their way, at most the limit.
        QVERIFY2(result.mostExpiredOnOneSession <= limit,
            qPrintable(QStringLiteral("%1 expired answers from one session at limit %2")
                    .arg(result.mostExpiredOnOneSession)
                    .arg(limit)));
        QVERIFY(session.pool()->peakInFlight() <= limit);
        qInfo("%d pages, %d renewals, %d expired answers (at most %d from one session)",
            result.pages, result.renewals, result.expiredAnswers, result.mostExpiredOnOneSession);
    }

    // The portal ends every session before a page can be read: one request per session,
    // spent by the login's own look at the page behind its redirect (the profile recognises a
    // login by that page's text). Logging in again stops helping after three fresh sessions;
    // the scrape ends with an error that says so, incomplete, instead of logging in for ever.
    void givesUpWhenSessionsDieBeforeAnyRead()
    {
        PortalConfig c;
        c.tickets = 30;
        c.pageSize = 10;
        c.sessionMaxRequests = 1;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo-json"), *portal);
        profile.login.success.text = QStringLiteral("class=\"logout\"");
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        verifyGaveUp(scraped, session);
        QCOMPARE(portal->audit().value(QStringLiteral("logins")).toInt(),
            1 + PortalSession::maxFruitlessRenewals);
    }

    // While the session renews (a slow login: every page answer takes a second) the waiting
    // reads cost nothing: the process sleeps until the login's answers come.
    void noBusyWaitWhileRenewing()
    {
        PortalConfig c;
        c.tickets = 60;
        c.pageSize = 5; // 12 pages
        c.latencyMs = 1000;
        c.sessionMaxRequests = 5;
        const auto portal = startPortal(c);
        QVERIFY(portal);
        SiteProfile profile = profileFor(QStringLiteral("demo"), *portal);
        profile.setConcurrency(6);
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        RenewalCpuMeter meter(&session);
        const Scraped scraped = scrape(session);
        QVERIFY2(scraped.result.isComplete(), qPrintable(scraped.result.error.text()));
        QVERIFY(meter.renewals() >= 1);
        QVERIFY(meter.wallMs() >= 1000);
        // A loop that polls would use a whole core for the seconds the login takes.
        QVERIFY2(meter.cpuMs() * 10 < meter.wallMs(),
            qPrintable(QStringLiteral("%1 ms CPU during %2 ms of renewals")
                    .arg(meter.cpuMs())
                    .arg(meter.wallMs())));
        qInfo("%d renewals: %lld ms CPU in %lld ms", meter.renewals(), meter.cpuMs(),
            meter.wallMs());
    }

private:
    static void verifyGaveUp(const Scraped &scraped, const PortalSession &session)
    {
        QVERIFY(scraped.finishedOnce);
        const ScrapeResult &result = scraped.result;
        QVERIFY(!result.isComplete());
        QCOMPARE(result.error.category, PortalError::SessionExpired);
        QVERIFY2(result.error.text().contains(QStringLiteral("does not help")),
            qPrintable(result.error.text()));
        QCOMPARE(result.rows, 0);
        QCOMPARE(result.pages, 0);
        QVERIFY(result.pagesFailed >= 1);
        QCOMPARE(session.state(), PortalSession::State::LoggedOut);
        QCOMPARE(session.renewalCount(), PortalSession::maxFruitlessRenewals);
    }
};

QTEST_GUILESS_MAIN(TestSessionMatrix)
#include "tst_sessionmatrix.moc"
