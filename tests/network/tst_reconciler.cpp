// Unknown outcomes are settled by reading the portal, never by sending; a re-send
// happens only when asked and only if the portal shows the ticket pending; after a crash the
// history's interrupted requests are reconciled and nothing is re-sent.
#include "demoportal.h"
#include "historystore.h"
#include "session/portalsession.h"
#include "release/reconciler.h"
#include "release/releaseexecutor.h"
#include "profile/siteprofile.h"
#include "scrape/ticketscraper.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestReconciler final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    QList<ReleaseTicket> m_tickets;

    QStringList freeTickets(int count) const
    {
        QStringList ids;
        QSet<QString> apps;
        for (const auto &ticket : m_tickets) {
            if (ticket.pendingOnPortal && ticket.dependencies.isEmpty() && ticket.concurrent
                && !apps.contains(ticket.application)) {
                ids.append(ticket.id);
                apps.insert(ticket.application);
                if (ids.size() == count)
                    break;
            }
        }
        return ids;
    }
    ReleaseTicket ticket(const QString &id) const
    {
        for (const auto &t : m_tickets) {
            if (t.id == id)
                return t;
        }
        return {};
    }
    int calls(const QString &id) const
    {
        int n = 0;
        // Calls that reached the release handler; a drop in front of it released nothing.
        for (const auto &r : m_portal->audit().value(QStringLiteral("releases")).toArray()) {
            n += r.toObject().value(QStringLiteral("ticket")).toInt() == id.toInt()
                && r.toObject().value(QStringLiteral("result")).toString() != u"dropped";
        }
        return n;
    }
    QList<ReconcileVerdict> reconcile(
        Reconciler &reconciler, bool interrupted, const QStringList &ids = {})
    {
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        if (!(interrupted ? reconciler.reconcileInterrupted() : reconciler.reconcile(ids)))
            return {};
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<QList<ReconcileVerdict>>();
    }

private slots:
    void init()
    {
        PortalConfig config;
        config.tickets = 60;
        config.releaseLatencyMs = 20;
        m_portal = std::make_unique<DemoPortal>(config);
        QVERIFY(m_portal->listen());
        ProfileError error;
        auto profile = SiteProfile::load(QStringLiteral("demo"), &error);
        QVERIFY(profile);
        profile->setBaseUrl(m_portal->baseUrl());
        m_session = std::make_unique<PortalSession>(*profile);
        QSignalSpy loggedIn(m_session.get(), &PortalSession::loginFinished);
        m_session->login(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(loggedIn.wait(60000));
        TicketScraper scraper(m_session.get());
        scraper.setAutoDelete(false); // on the stack
        m_tickets.clear();
        connect(&scraper, &TicketScraper::ticketsArrived, this,
            [this](const QList<ReleaseTicket> &page) { m_tickets += page; });
        QSignalSpy scraped(&scraper, &TicketScraper::finished);
        scraper.start();
        QVERIFY(scraped.wait(60000));
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("h.sqlite")));
        QVERIFY(m_history->open());
    }
    void cleanup()
    {
        m_history.reset();
        m_session.reset();
        m_portal.reset();
    }

    void judge_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<int>("kind");
        QTest::newRow("pending") << QStringLiteral("待上线") << true
                                 << int(ReconcileVerdict::Kind::StillPending);
        QTest::newRow("released zh")
            << QStringLiteral("已上线") << false << int(ReconcileVerdict::Kind::Released);
        QTest::newRow("released en")
            << QStringLiteral("Released") << false << int(ReconcileVerdict::Kind::Released);
        QTest::newRow("failed zh")
            << QStringLiteral("上线失败") << false << int(ReconcileVerdict::Kind::FailedOnPortal);
        QTest::newRow("releasing")
            << QStringLiteral("上线中") << false << int(ReconcileVerdict::Kind::InProgress);
    }
    void judge()
    {
        QFETCH(QString, status);
        QFETCH(bool, pending);
        QFETCH(int, kind);
        ReleaseTicket onPortal;
        onPortal.portalStatus = status;
        onPortal.pendingOnPortal = pending;
        // The statuses come from the profile: format 1's built-in words here.
        const auto profile = SiteProfile::load(QStringLiteral("demo"), nullptr);
        QVERIFY(profile);
        const auto verdict
            = ReconcileVerdict::judge(QStringLiteral("1"), &onPortal, profile->planning);
        QCOMPARE(int(verdict.kind), kind);
        QCOMPARE(int(ReconcileVerdict::judge(QStringLiteral("1"), nullptr, profile->planning).kind),
            int(ReconcileVerdict::Kind::NotFound));
    }

    // Format 2 names its own words: DONE is released, FAILED failed, RUNNING still running.
    void judgeWithTheProfilesVocabulary()
    {
        PlanningHints hints;
        hints.releasedStatuses = { QStringLiteral("DONE") };
        hints.failedStatuses = { QStringLiteral("FAILED") };
        hints.runningStatuses = { QStringLiteral("RUNNING") };
        ReleaseTicket onPortal;
        onPortal.pendingOnPortal = false;
        const auto kindOf = [&](const QString &status) {
            onPortal.portalStatus = status;
            return ReconcileVerdict::judge(QStringLiteral("1"), &onPortal, hints).kind;
        };
        QCOMPARE(kindOf(QStringLiteral("done")), ReconcileVerdict::Kind::Released);
        QCOMPARE(kindOf(QStringLiteral("FAILED")), ReconcileVerdict::Kind::FailedOnPortal);
        QCOMPARE(kindOf(QStringLiteral("RUNNING")), ReconcileVerdict::Kind::InProgress);
        // Format 1's words mean nothing to this profile.
        QCOMPARE(kindOf(QStringLiteral("已上线")), ReconcileVerdict::Kind::InProgress);
        QCOMPARE(kindOf(QStringLiteral("上线失败")), ReconcileVerdict::Kind::InProgress);
    }

    // Drop after read (released, answer lost) and drop before (not released): both unknown
    // after the run; the portal tells them apart; re-send only goes out for the pending one.
    void unknownOutcomesAreReconciledAndResentOnlyWhenPending()
    {
        const QStringList ids = freeTickets(2);
        QVERIFY(m_portal->setFault(QStringLiteral("release-drop-after-read@") + ids[0]).isEmpty());
        QVERIFY(
            m_portal
                ->setFault(QStringLiteral("release-drop-before@") + ids[1] + QStringLiteral(":1"))
                .isEmpty());
        PlanBatch batch;
        batch.ticketIds = ids;
        batch.approved = true;
        ReleasePlan plan;
        plan.batches = { batch };
        ReleaseExecutor executor(m_session.get(), m_history.get());
        ReleaseOptions options;
        options.concurrency = 2;
        options.failurePolicy = FailurePolicy::Continue;
        executor.setOptions(options);
        QSignalSpy done(&executor, &ReleaseExecutor::finished);
        QVERIFY(executor.start(plan, m_tickets));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().value<RunSummary>().unknown, 2);
        QCOMPARE(m_history->unresolvedTickets(m_portal->baseUrl()).size(), 2);

        Reconciler reconciler(m_session.get(), m_history.get());
        const auto verdicts = reconcile(reconciler, false, ids);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts[0].kind, ReconcileVerdict::Kind::Released);
        QCOMPARE(verdicts[0].state(), ReleaseState::Succeeded);
        QCOMPARE(verdicts[1].kind, ReconcileVerdict::Kind::StillPending);
        QCOMPARE(verdicts[1].state(), ReleaseState::Unknown);
        QCOMPARE(calls(ids[0]), 1); // reading never sends

        QSignalSpy resent(&reconciler, &Reconciler::resendFinished);
        QVERIFY(reconciler.resend(ticket(ids[0]), QStringLiteral("alice")));
        QVERIFY(resent.wait(60000));
        QCOMPARE(resent.last().first().value<ReleaseResult>().outcome, ReleaseOutcome::NotSent);
        QVERIFY(resent.last().first().value<ReleaseResult>().message.contains(
            QLatin1String("no longer pending")));
        QCOMPARE(calls(ids[0]), 1);

        QVERIFY(reconciler.resend(ticket(ids[1]), QStringLiteral("alice")));
        QVERIFY(resent.wait(60000));
        QCOMPARE(resent.last().first().value<ReleaseResult>().outcome, ReleaseOutcome::Succeeded);
        QCOMPARE(calls(ids[1]), 1);
        QCOMPARE(m_portal->audit().value(QStringLiteral("duplicates")).toArray().size(), 0);
        // The re-send is a run of its own with the person's approval; #ids[1] is resolved now.
        const auto runs = m_history->runs();
        QCOMPARE(runs.last().failurePolicy, QStringLiteral("resend"));
        QCOMPARE(
            m_history->approvalsForRun(runs.last().id).first().approvedBy, QStringLiteral("alice"));
        QVERIFY(!m_history->unresolvedTickets(m_portal->baseUrl()).contains(ids[1]));
    }

    // After a crash: intent rows without outcome. One of them reached the portal, one did not.
    void interruptedRequestsAreReconciledNotResent()
    {
        const QStringList ids = freeTickets(2);
        // Release ids[0] on the portal as the crashed process did, before it could record.
        {
            PlanBatch batch;
            batch.ticketIds = { ids[0] };
            batch.approved = true;
            ReleasePlan plan;
            plan.batches = { batch };
            HistoryStore scratch(m_dir->filePath(QStringLiteral("scratch.sqlite")));
            QVERIFY(scratch.open());
            ReleaseExecutor executor(m_session.get(), &scratch);
            QSignalSpy done(&executor, &ReleaseExecutor::finished);
            QVERIFY(executor.start(plan, m_tickets));
            QVERIFY(done.wait(60000));
        }
        const qint64 run = m_history->startRun(QStringLiteral("demo"), m_portal->baseUrl(), {}, {});
        for (const auto &id : ids)
            QVERIFY(m_history->recordIntent(
                        run, ticket(id), ticket(id).releaseUrl, QStringLiteral("GET"))
                > 0);
        const int releasesBefore
            = int(m_portal->audit().value(QStringLiteral("releases")).toArray().size());

        Reconciler reconciler(m_session.get(), m_history.get());
        QSignalSpy updates(&reconciler, &Reconciler::ticketUpdated);
        const auto verdicts = reconcile(reconciler, true);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts[0].kind, ReconcileVerdict::Kind::Released);
        QCOMPARE(verdicts[1].kind, ReconcileVerdict::Kind::StillPending);
        QCOMPARE(
            m_portal->audit().value(QStringLiteral("releases")).toArray().size(), releasesBefore);
        QVERIFY(m_history->interruptedRequests().isEmpty());
        QCOMPARE(m_history->run(run).state, QStringLiteral("interrupted"));
        const auto rows = m_history->requestsForRun(run);
        QCOMPARE(rows[0].outcome, QStringLiteral("succeeded"));
        QCOMPARE(rows[1].outcome, QStringLiteral("unknown"));
        QVERIFY(rows[1].message.contains(QLatin1String("still shows it pending")));
        QVERIFY(updates.size() >= 4); // unknown first, then the portal's verdict
        QVERIFY(!reconciler.reconcileInterrupted()); // nothing left
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
