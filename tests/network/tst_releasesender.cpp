// The release sender sends each release at most once. Real HTTP against the in-process
// demo portal; every fault switch of the release endpoint gives the outcome the at-most-once
// table says (docs/at-most-once.md), and the portal's audit shows how often it saw the request.
#include "demoportal.h"
#include "release/releasesender.h"
#include "releaseticket.h"
#include "profile/siteprofile.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

class TestReleaseSender final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SiteProfile m_profile;

    QByteArray get(const QUrl &url)
    {
        QNetworkReply *reply = m_nam->get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(30000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }

    QByteArray csrfToken()
    {
        const QByteArray page = get(m_portal->baseUrl().resolved(QUrl(QStringLiteral("login"))));
        static const QRegularExpression re(
            QStringLiteral("name=\"csrf_token\" value=\"([^\"]+)\""));
        return re.match(QString::fromUtf8(page)).captured(1).toUtf8();
    }

    // Logs in with plain QNAM: the session cookie lands in the jar the sender reads.
    bool login()
    {
        const QByteArray csrf = csrfToken();
        QNetworkRequest request(m_portal->baseUrl().resolved(QUrl(QStringLiteral("login"))));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam->post(
            request, "username=demo&password=demo&next=%2Ftickets&csrf_token=" + csrf);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302;
    }

    ReleaseTicket ticket(int id) const
    {
        const DemoTicket *demo = m_portal->ticket(id);
        ReleaseTicket t;
        t.id = QString::number(id);
        t.application = demo->application;
        t.version = demo->version;
        t.releaseUrl = m_portal->baseUrl().resolved(QUrl(demo->releasePath()));
        return t;
    }

    // A ticket the portal will release: no dependencies, still pending.
    int freeTicket(int after = 0) const
    {
        for (const auto &demo : m_portal->tickets()) {
            if (demo.id > after && demo.dependsOn.isEmpty() && demo.status == TicketStatus::Pending)
                return demo.id;
        }
        return -1;
    }

    static ReleaseResult wait(QFuture<ReleaseResult> future)
    {
        QFutureWatcher<ReleaseResult> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<ReleaseResult>::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            done.wait(60000);
        return future.result();
    }

    int callsFor(int id) const
    {
        int count = 0;
        const QJsonArray releases = m_portal->audit().value(QStringLiteral("releases")).toArray();
        for (const auto &release : releases) {
            if (release.toObject().value(QStringLiteral("ticket")).toInt() == id)
                ++count;
        }
        return count;
    }

    ReleaseResult release(int id, int timeoutMs = 60000)
    {
        ReleaseSender sender(m_profile, m_nam->cookieJar(), 4);
        sender.setTimeout(timeoutMs);
        return wait(sender.send(sender.prepare(ticket(id))));
    }

private slots:
    void init()
    {
        PortalConfig config;
        config.tickets = 40;
        config.latencyMs = 0;
        m_portal = std::make_unique<DemoPortal>(config);
        QVERIFY(m_portal->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        ProfileError error;
        auto profile = SiteProfile::load(QStringLiteral("demo"), &error);
        QVERIFY2(profile, qPrintable(error.text()));
        m_profile = *profile;
        m_profile.setBaseUrl(m_portal->baseUrl());
        QVERIFY(login());
    }
    void cleanup()
    {
        m_nam.reset();
        m_portal.reset();
    }

    void succeeds()
    {
        const int id = freeTicket();
        const ReleaseResult result = release(id);
        QCOMPARE(result.outcome, ReleaseOutcome::Succeeded);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.sentAt.isValid());
        QVERIFY(result.message.contains(QString::number(id)));
        QCOMPARE(callsFor(id), 1);
        QCOMPARE(m_portal->ticket(id)->status, TicketStatus::Released);
    }

    void duplicateIsAFailureTheSecondTime()
    {
        const int id = freeTicket();
        QCOMPARE(release(id).outcome, ReleaseOutcome::Succeeded);
        const ReleaseResult again = release(id);
        QCOMPARE(again.outcome, ReleaseOutcome::Failed);
        QCOMPARE(again.httpStatus, 409);
        QVERIFY(!again.message.isEmpty());
    }

    void wrongTokenIsRefused()
    {
        const int id = freeTicket();
        ReleaseTicket t = ticket(id);
        QUrlQuery query(t.releaseUrl);
        query.removeQueryItem(QStringLiteral("token"));
        query.addQueryItem(QStringLiteral("token"), QStringLiteral("forged"));
        t.releaseUrl.setQuery(query);
        ReleaseSender sender(m_profile, m_nam->cookieJar(), 1);
        const ReleaseResult result = wait(sender.send(sender.prepare(t)));
        QCOMPARE(result.outcome, ReleaseOutcome::Failed);
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(m_portal->ticket(id)->status, TicketStatus::Pending);
    }

    // The heart of at-most-once: the portal performs the release, reads nothing more and closes.
    // Qt's QNAM would resend here; the sender must not, on a fresh connection ...
    void dropAfterReadIsSeenOnceAndUnknown()
    {
        const int id = freeTicket();
        QVERIFY(m_portal->setFault(QStringLiteral("release-drop-after-read@%1").arg(id)).isEmpty());
        const ReleaseResult result = release(id);
        QCOMPARE(result.outcome, ReleaseOutcome::Unknown);
        QVERIFY(result.sentAt.isValid());
        QCOMPARE(callsFor(id), 1);
        QCOMPARE(m_portal->ticket(id)->status, TicketStatus::Released);
        QCOMPARE(m_portal->audit().value(QStringLiteral("duplicates")).toArray().size(), 0);
    }

    // ... nor after other requests to the same host that could have left a kept-alive
    // connection behind (QNAM page reads and earlier releases from the same sender).
    void dropAfterReadAfterKeptAliveTraffic()
    {
        const int first = freeTicket();
        const int id = freeTicket(first);
        QVERIFY(
            !get(m_portal->baseUrl().resolved(QUrl(QStringLiteral("tickets?page=1")))).isEmpty());
        ReleaseSender sender(m_profile, m_nam->cookieJar(), 1);
        QCOMPARE(
            wait(sender.send(sender.prepare(ticket(first)))).outcome, ReleaseOutcome::Succeeded);
        QVERIFY(m_portal->setFault(QStringLiteral("release-drop-after-read@%1").arg(id)).isEmpty());
        const ReleaseResult result = wait(sender.send(sender.prepare(ticket(id))));
        QCOMPARE(result.outcome, ReleaseOutcome::Unknown);
        QCOMPARE(callsFor(id), 1);
        QCOMPARE(callsFor(first), 1);
        const auto releases = m_portal->audit().value(QStringLiteral("releases")).toArray();
        // Never the same connection twice: FRESH_CONNECT + FORBID_REUSE.
        QVERIFY(releases.at(0).toObject().value(QStringLiteral("connection"))
            != releases.at(1).toObject().value(QStringLiteral("connection")));
    }

    // Why the sender exists (docs/at-most-once.md): the same click through QNetworkAccessManager
    // reaches the portal's release handler twice, on Qt 6.4.2 at least. Measured, not relied on.
    void qnamWouldSendItTwice()
    {
        const int id = freeTicket();
        QVERIFY(
            m_portal->setFault(QStringLiteral("release-drop-after-read@%1:1").arg(id)).isEmpty());
        get(ticket(id).releaseUrl);
        const int calls = callsFor(id);
        qInfo("QNAM, drop after read: the portal saw the release request %d time(s) (Qt %s)", calls,
            qVersion());
        QVERIFY(calls >= 1);
        if (QLatin1String(qVersion()) == QLatin1String("6.4.2"))
            QCOMPARE(calls, 2);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<TicketStatus>("portalStatus");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("drop before")
            << QStringLiteral("release-drop-before") << int(ReleaseOutcome::Unknown)
            << TicketStatus::Pending << QStringLiteral("connection closed");
        // The demo portal's 500 is its failure page, and it rolled the release back.
        QTest::newRow("500") << QStringLiteral("release-500") << int(ReleaseOutcome::Failed)
                             << TicketStatus::Pending << QString();
        QTest::newRow("garbage") << QStringLiteral("release-garbage")
                                 << int(ReleaseOutcome::Unknown) << TicketStatus::Released
                                 << QStringLiteral("neither success nor failure");
        QTest::newRow("login redirect")
            << QStringLiteral("release-login-redirect") << int(ReleaseOutcome::Unknown)
            << TicketStatus::Pending << QStringLiteral("session expired");
        QTest::newRow("stall") << QStringLiteral("release-stall") << int(ReleaseOutcome::Unknown)
                               << TicketStatus::Released << QStringLiteral("timeout");
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(int, outcome);
        QFETCH(TicketStatus, portalStatus);
        QFETCH(QString, messagePart);
        const int id = freeTicket();
        QVERIFY(m_portal->setFault(fault + QStringLiteral("@%1").arg(id)).isEmpty());
        const ReleaseResult result = release(id, 1500);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY2(
            result.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(m_portal->ticket(id)->status, portalStatus);
        QVERIFY(callsFor(id) <= 1);
    }

    void expiredSessionIsUnknown()
    {
        m_nam->setCookieJar(new QNetworkCookieJar); // no session cookie at all
        const int id = freeTicket();
        const ReleaseResult result = release(id);
        QCOMPARE(result.outcome, ReleaseOutcome::Unknown);
        QVERIFY(result.message.contains(QLatin1String("session expired")));
        QCOMPARE(m_portal->ticket(id)->status, TicketStatus::Pending);
    }

    void offOriginIsRefusedBeforeSending()
    {
        ReleaseTicket t = ticket(freeTicket());
        t.releaseUrl.setHost(QStringLiteral("127.0.0.2"));
        ReleaseSender sender(m_profile, m_nam->cookieJar(), 1);
        const PreparedRelease prepared = sender.prepare(t);
        QVERIFY(!prepared.isValid());
        QVERIFY(prepared.error.contains(QLatin1String("origin")));
        const ReleaseResult result = wait(sender.send(prepared));
        QCOMPARE(result.outcome, ReleaseOutcome::NotSent);
        QVERIFY(!result.sentAt.isValid());
        QCOMPARE(m_portal->audit().value(QStringLiteral("releases")).toArray().size(), 0);
    }

    void closedPortIsNotSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QUrl base = m_portal->baseUrl();
        base.setPort(port);
        m_profile.setBaseUrl(base);
        ReleaseTicket t = ticket(freeTicket());
        t.releaseUrl.setPort(port);
        const ReleaseResult result = release(t.id.toInt()); // built from the portal's URL...
        QCOMPARE(result.outcome, ReleaseOutcome::NotSent); // ...which is off-origin now
        ReleaseSender sender(m_profile, m_nam->cookieJar(), 1);
        const ReleaseResult refused = wait(sender.send(sender.prepare(t)));
        QCOMPARE(refused.outcome, ReleaseOutcome::NotSent);
        QCOMPARE(refused.transportError, CurlResult::Error::CouldNotConnect);
        QVERIFY(refused.message.contains(QLatin1String("Not sent")));
    }

    // The Cookie header comes from the shared jar (the release above only works with the
    // session) and Set-Cookie answers go back into it: here a POST to the login form.
    void setCookieGoesBackIntoTheJar()
    {
        m_nam->setCookieJar(new QNetworkCookieJar);
        const QByteArray csrf = csrfToken();
        SiteProfile profile = m_profile;
        profile.release.method = QStringLiteral("POST");
        profile.release.params = { { QStringLiteral("username"), QStringLiteral("demo") },
            { QStringLiteral("password"), QStringLiteral("demo") },
            { QStringLiteral("csrf_token"), QString::fromLatin1(csrf) },
            { QStringLiteral("next"), QStringLiteral("/tickets") } };
        profile.release.success.redirectContains = QStringLiteral("/tickets");
        ReleaseTicket loginTicket;
        loginTicket.id = QStringLiteral("login");
        loginTicket.releaseUrl = m_portal->baseUrl().resolved(QUrl(QStringLiteral("login")));
        ReleaseSender sender(profile, m_nam->cookieJar(), 1);
        const ReleaseResult result = wait(sender.send(sender.prepare(loginTicket)));
        QCOMPARE(result.httpStatus, 302);
        QCOMPARE(result.outcome, ReleaseOutcome::Succeeded);
        const auto cookies = m_nam->cookieJar()->cookiesForUrl(m_portal->baseUrl());
        QCOMPARE(cookies.size(), 1);
        QCOMPARE(cookies.first().name(), QByteArray("RDSESSION"));
        // And the new session is what the next release sends.
        const int id = freeTicket();
        QCOMPARE(release(id).outcome, ReleaseOutcome::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestReleaseSender)
#include "tst_releasesender.moc"
