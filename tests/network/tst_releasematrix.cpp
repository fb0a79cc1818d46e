// Release runs against a portal that ends its sessions: after 3, 7 and 40 requests
// and after 2 seconds, at limits 1, 6, 10 and 64, with batch barriers, with overlapping batches,
// and with the profile stating the session's life. Every releasable ticket is released exactly
// once in one run: 0 unknown, 0 duplicates and 0 violations in the portal's audit; one
// session's end turns away at most `limit` releases (sent again after the login, recorded as
// refused); a profile that states the session's life has none turned away at all. Nothing spins
// while the executor waits for a slow login.
#include "fixture_scrape.h"
#include "fixture_sessionmatrix.h"

#include "historyrecords.h"
#include "historystore.h"
#include "planner.h"
#include "portalconfig.h"
#include "release/releaseexecutor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ScrapeFixture;
using namespace SessionMatrix;

namespace {

enum class Mode { Barriers, Overlap, StatedLife };

const char *modeName(Mode mode)
{
    switch (mode) {
    case Mode::Barriers:
        return "batch barriers";
    case Mode::Overlap:
        return "overlapping batches";
    case Mode::StatedLife:
        return "life stated in the profile";
    }
    return "";
}

} // namespace

Q_DECLARE_METATYPE(Mode)

class TestReleaseMatrix final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoPortal> m_portal;
    std::unique_ptr<PortalSession> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    QList<ReleaseTicket> m_tickets;

    // A portal of 70 tickets (about 55 releasable), scraped, and a session for the run that
    // knows nothing of the portal's sessions yet (a fresh login); false on failure.
    bool setUp(const PortalConfig &config, const SiteProfile *adjust, int limit)
    {
        m_portal = startPortal(config);
        if (!m_portal)
            return false;
        SiteProfile profile = profileFor(QStringLiteral("demo"), *m_portal);
        if (adjust)
            profile.login.session = adjust->login.session;
        profile.setConcurrency(limit);
        {
            PortalSession scraping(profile);
            if (login(scraping).isError())
                return false;
            const Scraped scraped = scrape(scraping);
            if (!scraped.result.isComplete())
                return false;
            m_tickets = scraped.tickets;
        }
        m_session = std::make_unique<PortalSession>(profile);
        if (login(*m_session).isError())
            return false;
        std::sort(m_tickets.begin(), m_tickets.end(),
            [](const auto &a, const auto &b) { return a.id.toInt() < b.id.toInt(); });
        m_history = std::make_unique<HistoryStore>(
            m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_runs)));
        return m_history->open();
    }

    ReleasePlan approvedPlan(int limit) const
    {
        PlanningHints hints = m_session->profile().planning;
        hints.concurrencyLimit = limit;
        ReleasePlan plan = Planner::plan(m_tickets, hints);
        for (int i = 0; i < plan.batches.size(); ++i)
            plan = Planner::approveBatch(
                plan, i, QStringLiteral("tester"), QDateTime::currentDateTimeUtc());
        return plan;
    }

    // Steps no schedule of this plan can beat: the limit bounds how many go at once, and
    // tickets of one application never overlap.
    int leastSteps(const ReleasePlan &plan, int limit) const
    {
        QHash<QString, int> perApplication;
        int planned = 0;
        for (const PlanBatch &batch : plan.batches) {
            for (const QString &id : batch.ticketIds) {
                const auto it = std::find_if(m_tickets.cbegin(), m_tickets.cend(),
                    [&](const ReleaseTicket &t) { return t.id == id; });
                ++perApplication[it->application];
                ++planned;
            }
        }
        int most = 0;
        for (const int count : std::as_const(perApplication))
            most = qMax(most, count);
        return qMax((planned + limit - 1) / limit, most);
    }

    RunSummary run(ReleaseExecutor &executor, const ReleasePlan &plan)
    {
        QSignalSpy finished(&executor, &ReleaseExecutor::finished);
        if (!executor.start(plan, m_tickets))
            return {};
        if (!finished.wait(240000))
            return {};
        return finished.first().first().value<RunSummary>();
    }

    static ReleaseOptions options(int limit, bool overlap)
    {
        ReleaseOptions o;
        o.concurrency = limit;
        o.failurePolicy = FailurePolicy::Continue; // every ticket gets its chance
        o.recheck = true;
        o.overlapBatches = overlap;
        o.user = QStringLiteral("tester");
        o.releaseTimeoutMs = 60000;
        return o;
    }

    QHash<QString, int> callsPerTicket() const
    {
        QHash<QString, int> calls;
        const QJsonArray releases = m_portal->audit().value(QStringLiteral("releases")).toArray();
        for (const auto &release : releases)
            ++calls[QString::number(release.toObject().value(QStringLiteral("ticket")).toInt())];
        return calls;
    }

    int m_runs = 0;

private slots:
    void cleanup()
    {
        m_history.reset();
        m_session.reset();
        m_portal.reset();
    }

    void releaseMatrix_data()
    {
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<int>("ttlS");
        QTest::addColumn<int>("limit");
        QTest::addColumn<Mode>("mode");
        for (const SessionEnd &end : sessionEnds()) {
            for (const int limit : limits()) {
                for (const Mode mode : { Mode::Barriers, Mode::Overlap, Mode::StatedLife }) {
                    QTest::addRow("session %s, limit %d, %s", qPrintable(end.name), limit,
                        modeName(mode))
                        << end.maxRequests << end.ttlS << limit << mode;
                }
            }
        }
    }
    void releaseMatrix()
    {
        QFETCH(int, maxRequests);
        QFETCH(int, ttlS);
        QFETCH(int, limit);
        QFETCH(Mode, mode);
        const SessionEnd end { {}, maxRequests, ttlS };
        PortalConfig config;
        config.tickets = 70;
        config.pageSize = 10;
        config.releaseLatencyMs = 5;
        end.applyTo(config);
        SiteProfile stated;
        end.stateIn(stated);
        QVERIFY(setUp(config, mode == Mode::StatedLife ? &stated : nullptr, limit));

        const ReleasePlan plan = approvedPlan(limit);
        QVERIFY(plan.plannedCount() > 40); // more releases than the longest session's life
        if (ttlS > 0) {
            // Long enough that no schedule ends before a session does: the releases are
            // checked on arrival, so a long answer never outlives the session it came with.
            PortalConfig slower = m_portal->config();
            slower.releaseLatencyMs = 3000 / leastSteps(plan, limit);
            QVERIFY(m_portal->setConfig(slower).isEmpty());
        }
        m_portal->resetAudit();
        const int loginsBefore = m_session->loginCount();

        ReleaseExecutor executor(m_session.get(), m_history.get());
        executor.setOptions(options(limit, mode == Mode::Overlap));
        const RunSummary summary = run(executor, plan);
        QVERIFY2(summary.runId > 0, "the run did not start or never finished");

        // Every releasable ticket released, once, in this one run.
        QCOMPARE(summary.total, plan.plannedCount());
        QCOMPARE(summary.unknown, 0);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(summary.succeeded, plan.plannedCount());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        const QHash<QString, int> calls = callsPerTicket();
        QCOMPARE(int(calls.size()), plan.plannedCount());
        for (const PlanBatch &batch : plan.batches) {
            for (const QString &id : batch.ticketIds) {
                QVERIFY2(calls.value(id) == 1, qPrintable(id));
                QCOMPARE(m_portal->ticket(id.toInt())->status, TicketStatus::Released);
            }
        }
        for (const ReleaseTicket &ticket : std::as_const(m_tickets)) {
            if (ticket.pendingOnPortal)
                QVERIFY2(plan.heldTicket(ticket.id)
                        || m_portal->ticket(ticket.id.toInt())->status == TicketStatus::Released,
                    qPrintable(ticket.id));
        }
        const QJsonObject audit = m_portal->audit();
        QVERIFY2(audit.value(QStringLiteral("violations")).toArray().isEmpty(),
            QJsonDocument(audit.value(QStringLiteral("violations")).toArray()).toJson().constData());
        QVERIFY(audit.value(QStringLiteral("duplicates")).toArray().isEmpty());

        // The run outlived at least one session, and each end cost at most the limit.
        QVERIFY(m_session->loginCount() > loginsBefore);
        QCOMPARE(summary.renewals, m_session->loginCount() - loginsBefore);
        QVERIFY2(summary.mostRefusedOnOneSession <= limit,
            qPrintable(QString::number(summary.mostRefusedOnOneSession)));
        int refused = 0;
        for (const HistoryRequest &request : m_history->requestsForRun(summary.runId))
            refused += request.outcome == u"refused";
        QCOMPARE(refused, summary.resentAfterExpiry);
        if (mode == Mode::StatedLife)
            QCOMPARE(summary.resentAfterExpiry, 0); // renewed ahead: none turned away
        qInfo("%d released in %lld ms, %d renewals, %d turned away and sent again (at most %d "
              "by one session)",
            summary.succeeded, summary.elapsedMs, summary.renewals, summary.resentAfterExpiry,
            summary.mostRefusedOnOneSession);
    }

    // The executor waits for a slow login (every page answer, the login's included, takes a
    // second) without spinning: the process sleeps until the answers come.
    void noBusyWaitWhileRenewing()
    {
        PortalConfig config;
        config.tickets = 30;
        config.pageSize = 10;
        config.latencyMs = 1000;
        config.releaseLatencyMs = 5;
        config.sessionMaxRequests = 10;
        QVERIFY(setUp(config, nullptr, 6));
        ReleasePlan plan = approvedPlan(6);
        ReleaseExecutor executor(m_session.get(), m_history.get());
        ReleaseOptions o = options(6, false);
        o.recheck = false; // only the logins are slow
        executor.setOptions(o);
        RenewalCpuMeter meter(m_session.get());
        const RunSummary summary = run(executor, plan);
        QCOMPARE(summary.succeeded, plan.plannedCount());
        QVERIFY(meter.renewals() >= 1);
        QVERIFY(meter.wallMs() >= 1000);
        QVERIFY2(meter.cpuMs() * 10 < meter.wallMs(),
            qPrintable(QStringLiteral("%1 ms CPU during %2 ms of renewals")
                    .arg(meter.cpuMs())
                    .arg(meter.wallMs())));
        qInfo("%d renewals: %lld ms CPU in %lld ms", meter.renewals(), meter.cpuMs(),
            meter.wallMs());
    }
};

QTEST_GUILESS_MAIN(TestReleaseMatrix)
#include "tst_releasematrix.moc"
