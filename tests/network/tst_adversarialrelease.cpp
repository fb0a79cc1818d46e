// Hostile login pages, cookies and release links, over real HTTP from a loopback
// server that misbehaves on purpose (fixture_hostileserver): nothing goes where it should not,
// and nothing is released that should not be.
#include "fixture_hostileserver.h"
#include "historystore.h"
#include "release/releaseexecutor.h"
#include "releaseplan.h"
#include "session/portalsession.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Hostile;

class TestAdversarialRelease final : public QObject
{
    Q_OBJECT
private slots:
    // A login page with 50 forms: the one holding the profile's fields is filled and
    // posted with its own token; no decoy form's action or token is used.
    void loginPageWithFiftyForms()
    {
        HostileServer server;
        QVERIFY(server.listen());
        serveLogin(server, {}, 49);
        PortalSession session(profileFor(QStringLiteral("demo"), server));
        const PortalError error = login(session);
        QVERIFY2(!error.isError(), qPrintable(error.text()));
        QVERIFY(session.isLoggedIn());
        int posts = 0;
        for (const auto &request : server.requests()) {
            QVERIFY2(!request.path.startsWith("/decoy"), request.target.constData());
            if (request.method == "POST") {
                ++posts;
                QVERIFY(request.body.contains("csrf_token=real-token"));
            }
        }
        QCOMPARE(posts, 1);
    }

    // Set-Cookie lines for other domains are dropped by the jar: they are neither
    // kept nor sent anywhere, while the portal's own session cookie is.
    void setCookieForAnotherDomain()
    {
        HostileServer server;
        QVERIFY(server.listen());
        serveLogin(server,
            { "STOLEN=1; Domain=other.example; Path=/", "WIDE=1; Domain=.example; Path=/",
                "PARENT=1; Domain=0.0.1; Path=/" });
        server.on("/tickets", [](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respondHtml(socket, HostilePages::listPage({}));
        });
        const SiteProfile profile = profileFor(QStringLiteral("demo"), server);
        PortalSession session(profile);
        const PortalError error = login(session);
        QVERIFY2(!error.isError(), qPrintable(error.text()));
        QStringList kept;
        const QList<QNetworkCookie> cookies
            = session.cookieJar()->cookiesForUrl(profile.resolve(QStringLiteral("tickets")));
        for (const QNetworkCookie &cookie : cookies)
            kept << QString::fromLatin1(cookie.name());
        QCOMPARE(kept, QStringList { QStringLiteral("RDSESSION") });
        QVERIFY(session.cookieJar()
                    ->cookiesForUrl(QUrl(QStringLiteral("http://other.example/")))
                    .isEmpty());
        const PageResult page = readPage(session, profile.resolve(QStringLiteral("tickets")));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.text()));
        const QByteArray sent = server.requests().constLast().header("cookie");
        QCOMPARE(sent, QByteArray("RDSESSION=s1"));
    }

    // Release links hidden in rows that point at another origin (another host,
    // file://, protocol-relative, javascript:) are never followed: only the portal's own link
    // is released, the other host sees nothing, and the rest end as not sent with the reason.
    void releaseLinkToAnotherOrigin()
    {
        HostileServer server;
        QVERIFY(server.listen());
        HostileServer other;
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        other.on("/release", [](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respondHtml(socket, "<div class=\"result success\">ok</div>");
        });
        const QByteArray otherBase = other.baseUrl().toEncoded();
        const QByteArray otherHost = otherBase.mid(7, otherBase.size() - 8);
        const QList<HostilePages::Row> rows {
            { "1", "billing", "/release?id=1&amp;token=t1", "待上线" },
            { "2", "search", otherBase + "release?id=2", "待上线" },
            { "3", "orders", "//" + otherHost + "/release?id=3", "待上线" },
            { "4", "users", "file:///etc/hostname", "待上线" },
            { "5", "mail", "javascript:fetch('" + otherBase + "release?id=5')", "待上线" },
        };
        serveLogin(server);
        server.on("/tickets", [rows](HostileServer &, QTcpSocket *socket, const auto &) {
            HostileServer::respondHtml(socket, HostilePages::listPage(rows));
        });
        server.on("/release", [](HostileServer &, QTcpSocket *socket, const auto &request) {
            const QUrlQuery query(QString::fromUtf8(request.target.mid(9)));
            HostileServer::respondHtml(socket,
                "<div class=\"result success\">released "
                    + query.queryItemValue(QStringLiteral("id")).toUtf8() + "</div>");
        });
        PortalSession session(profileFor(QStringLiteral("demo"), server));
        const Scraped scraped = loginAndScrape(session);
        QCOMPARE(scraped.finished, 1);
        QCOMPARE(scraped.tickets.size(), rows.size());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.open());
        ReleaseExecutor executor(&session, &history);
        ReleaseOptions options;
        options.recheck = false;
        options.failurePolicy = FailurePolicy::Continue;
        options.user = QStringLiteral("tester");
        executor.setOptions(options);
        PlanBatch batch;
        batch.kind = PlanBatch::Kind::Serial;
        for (const ReleaseTicket &ticket : scraped.tickets)
            batch.ticketIds << ticket.id;
        batch.approved = true;
        batch.approvedBy = QStringLiteral("tester");
        ReleasePlan plan;
        plan.batches = { batch };
        RunSummary summary;
        bool finished = false;
        connect(&executor, &ReleaseExecutor::finished, this, [&](const RunSummary &result) {
            summary = result;
            finished = true;
        });
        QVERIFY(executor.start(plan, scraped.tickets));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);

        QCOMPARE(summary.total, 5);
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.unknown, 0);
        QCOMPARE(summary.failed + summary.skipped, 4);
        QCOMPARE(server.requestCount("/release"), 1);
        QVERIFY(server.requests().constLast().target.contains("id=1"));
        QTest::qWait(100); // a stray release to the other host would have arrived by now
        QVERIFY(other.requests().isEmpty());
    }
};

QTEST_MAIN(TestAdversarialRelease)
#include "tst_adversarialrelease.moc"
