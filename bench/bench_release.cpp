// Release benchmark driver: scrape an external demo portal, plan with the Planner,
// approve every batch and run the real ReleaseExecutor (libcurl sender, history intents
// committed before each send, re-check on). The makespan is compared with the planner's lower
// bound at the portal's release latency L and the limit C: no plan of the same tickets can
// finish sooner than that bound, whatever the executor does.
//
//   bench_release --base-url URL --concurrency C --latency-ms L [--quick]
//
// The portal should run with --release-latency-ms L (jitter allowed: the bound assumes exactly L,
// so jitter shows up in the ratio as the price of waiting for a batch's slowest request).

#include "benchutil.h"
#include "historystore.h"
#include "planner.h"
#include "release/releaseexecutor.h"
#include "releasetrace.h"
#include "scrape/ticketscraper.h"
#include "tickettablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Before the parser: --idle-probe needs no portal and no other option.
    if (bench::idleProbe())
        return 0;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReleaseDesk release benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("base-url"), QStringLiteral("Demo portal URL."), QStringLiteral("url") },
        { QStringLiteral("concurrency"), QStringLiteral("Requests in flight at most."),
            QStringLiteral("c"), QStringLiteral("10") },
        { QStringLiteral("latency-ms"), QStringLiteral("The portal's release latency."),
            QStringLiteral("ms"), QStringLiteral("50") },
        { QStringLiteral("history-dir"),
            QStringLiteral("Directory for the temporary history database (default: the system "
                           "temp dir; /dev/shm shows what the fsyncs cost)."),
            QStringLiteral("dir") },
        { QStringLiteral("no-recheck"),
            QStringLiteral("Skip the portal re-check before each "
                           "batch.") },
        { QStringLiteral("overlap"),
            QStringLiteral("Open the next batch as soon as every ticket of the one before it "
                           "was sent (ReleaseOptions::overlapBatches).") },
        { QStringLiteral("jitter"),
            QStringLiteral("The portal's release jitter (its --jitter), for the simulated floor "
                           "of batch barriers."),
            QStringLiteral("f"), QStringLiteral("0.3") },
        { QStringLiteral("recheck-max-age-ms"),
            QStringLiteral("How old a batch's check may be when it opens "
                           "(ReleaseOptions::recheckMaxAgeMs)."),
            QStringLiteral("ms"), QString::number(ReleaseOptions::defaultRecheckMaxAgeMs) },
        { QStringLiteral("no-list-age"),
            QStringLiteral("Do not tell the executor when the scrape read each page: the first "
                           "batches are re-checked however fresh the list is.") },
        { QStringLiteral("quick"),
            QStringLiteral("Accepted for symmetry; sizes come from the "
                           "portal.") },
    });
    parser.process(app);
    const QUrl baseUrl(parser.value(QStringLiteral("base-url")));
    if (!baseUrl.isValid() || baseUrl.isEmpty()) {
        bench::say(QStringLiteral("--base-url is required"));
        return 2;
    }
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    const qint64 latencyMs = parser.value(QStringLiteral("latency-ms")).toLongLong();

    PortalSession session(bench::demoProfile(baseUrl, concurrency));
    bench::loginOrExit(session);

    // Scrape, exactly as the app does before it plans.
    TicketTableModel model;
    TicketScraper scraper(&session);
    scraper.setAutoDelete(false); // on the stack
    QObject::connect(
        &scraper, &TicketScraper::ticketsArrived, &model, &TicketTableModel::appendTickets);
    bool scraped = false;
    QHash<QUrl, qint64> pageReadAtMs;
    QObject::connect(&scraper, &TicketScraper::finished, &scraper, [&](const ScrapeResult &result) {
        scraped = true;
        pageReadAtMs = result.pageReadAtMs;
        if (result.error.isError())
            bench::say(QStringLiteral("scrape: %1").arg(result.error.text()));
    });
    scraper.start();
    if (!bench::waitUntil([&] { return scraped; }, 10 * 60 * 1000) || model.rowCount() == 0) {
        bench::say(QStringLiteral("scrape failed"));
        return 1;
    }
    const QList<ReleaseTicket> tickets = model.tickets();

    PlanningHints hints = session.profile().planning;
    hints.concurrencyLimit = concurrency;
    QElapsedTimer planTimer;
    planTimer.start();
    ReleasePlan plan = Planner::plan(tickets, hints);
    const double planS = double(planTimer.nsecsElapsed()) / 1e9;
    const MakespanEstimate estimate
        = Planner::estimateMakespan(plan, tickets, hints, latencyMs, concurrency);
    for (int i = 0; i < plan.batches.size(); ++i)
        plan = Planner::approveBatch(
            plan, i, QStringLiteral("bench"), QDateTime::currentDateTimeUtc());

    const QString historyParent = parser.value(QStringLiteral("history-dir"));
    QTemporaryDir historyDir(historyParent.isEmpty()
            ? QDir::tempPath() + QStringLiteral("/bench_release-XXXXXX")
            : historyParent + QStringLiteral("/bench_release-XXXXXX"));
    HistoryStore history(historyDir.filePath(QStringLiteral("history.sqlite")));
    if (!history.open()) {
        bench::say(QStringLiteral("history: %1").arg(history.lastError()));
        return 1;
    }

    ReleaseExecutor executor(&session, &history);
    ReleaseOptions options;
    options.concurrency = concurrency;
    options.failurePolicy = FailurePolicy::Continue;
    options.recheck = !parser.isSet(QStringLiteral("no-recheck"));
    options.overlapBatches = parser.isSet(QStringLiteral("overlap"));
    options.recheckMaxAgeMs = parser.value(QStringLiteral("recheck-max-age-ms")).toInt();
    options.user = QStringLiteral("bench");
    options.profileName = session.profile().name;
    executor.setOptions(options);
    if (!parser.isSet(QStringLiteral("no-list-age")))
        executor.setListReadTimes(pageReadAtMs);
    RunSummary summary;
    bool done = false;
    QObject::connect(&executor, &ReleaseExecutor::finished, &executor, [&](const RunSummary &s) {
        summary = s;
        done = true;
    });

    const double cpuStart = bench::cpuSeconds();
    QElapsedTimer wall;
    bench::ReleaseTrace trace;
    trace.attach(executor, wall);
    wall.start();
    if (!executor.start(plan, tickets)) {
        bench::say(QStringLiteral("executor did not start: %1").arg(executor.lastError()));
        return 1;
    }
    if (!bench::waitUntil([&] { return done; }, 30 * 60 * 1000)) {
        bench::say(QStringLiteral("release run did not finish"));
        return 1;
    }
    const double makespanS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuS = bench::cpuSeconds() - cpuStart;
    const double lowerBoundS = double(estimate.lowerBoundMs) / 1000.0;

    bench::say(QStringLiteral("release: %1 tickets scraped, %2 planned in %3 batches (lower bound "
                              "%4 steps); makespan %5 s, lower bound %6 s (ratio %7), plan "
                              "estimate %8 s; %9")
                   .arg(tickets.size())
                   .arg(plan.plannedCount())
                   .arg(plan.batches.size())
                   .arg(plan.lowerBoundBatches)
                   .arg(makespanS, 0, 'f', 3)
                   .arg(lowerBoundS, 0, 'f', 3)
                   .arg(lowerBoundS > 0 ? makespanS / lowerBoundS : 0.0, 0, 'f', 3)
                   .arg(double(estimate.planMs) / 1000.0, 0, 'f', 3)
                   .arg(summary.text()));

    const double jitter = parser.value(QStringLiteral("jitter")).toDouble();
    QJsonObject traced = trace.summarize(plan, latencyMs, concurrency, jitter);
    bench::say(QStringLiteral("trace: first send at %1 ms; batch spans %2 s, gaps between "
                              "batches %3 s (mean %4 ms, max %5 ms), open to first send %6 s; "
                              "answer after send %7 ms on average; barrier floor (jitter %8, "
                              "no overhead) %9 s = %10 x bound")
                   .arg(traced.value(u"trace_first_send_ms").toDouble(), 0, 'f', 1)
                   .arg(traced.value(u"trace_batch_spans_s").toDouble(), 0, 'f', 3)
                   .arg(traced.value(u"trace_gaps_s").toDouble(), 0, 'f', 3)
                   .arg(traced.value(u"trace_gap_mean_ms").toDouble(), 0, 'f', 1)
                   .arg(traced.value(u"trace_gap_max_ms").toDouble(), 0, 'f', 1)
                   .arg(traced.value(u"trace_open_to_first_send_s").toDouble(), 0, 'f', 3)
                   .arg(traced.value(u"trace_service_mean_ms").toDouble(), 0, 'f', 1)
                   .arg(jitter)
                   .arg(traced.value(u"barrier_floor_s").toDouble(), 0, 'f', 3)
                   .arg(lowerBoundS > 0 ? traced.value(u"barrier_floor_s").toDouble() / lowerBoundS
                                        : 0.0,
                       0, 'f', 3));

    QJsonObject result {
        { QStringLiteral("makespan_s"), makespanS },
        { QStringLiteral("lower_bound_s"), lowerBoundS },
        { QStringLiteral("plan_estimate_s"), double(estimate.planMs) / 1000.0 },
        { QStringLiteral("makespan_over_bound"), lowerBoundS > 0 ? makespanS / lowerBoundS : 0.0 },
        { QStringLiteral("tickets"), int(tickets.size()) },
        { QStringLiteral("planned"), plan.plannedCount() },
        { QStringLiteral("held"), int(plan.held.size()) },
        { QStringLiteral("released"), summary.succeeded },
        { QStringLiteral("failed"), summary.failed },
        { QStringLiteral("unknown"), summary.unknown },
        { QStringLiteral("skipped"), summary.skipped },
        { QStringLiteral("batches"), int(plan.batches.size()) },
        { QStringLiteral("steps"), plan.stepCount() },
        { QStringLiteral("lower_bound_batches"), plan.lowerBoundBatches },
        { QStringLiteral("plan_s"), planS },
        { QStringLiteral("cpu_s"), cpuS },
        { QStringLiteral("concurrency"), concurrency },
        { QStringLiteral("latency_ms"), latencyMs },
        { QStringLiteral("recheck"), options.recheck },
        { QStringLiteral("overlap"), options.overlapBatches },
        { QStringLiteral("recheck_max_age_ms"), options.recheckMaxAgeMs },
        { QStringLiteral("list_age_used"), !parser.isSet(QStringLiteral("no-list-age")) },
        { QStringLiteral("history_dir"),
            historyParent.isEmpty() ? QDir::tempPath() : historyParent },
        { QStringLiteral("error"), summary.error },
    };
    for (auto it = traced.constBegin(); it != traced.constEnd(); ++it)
        result.insert(it.key(), it.value());
    bench::printResult(result);
    return summary.error.isEmpty() ? 0 : 1;
}
