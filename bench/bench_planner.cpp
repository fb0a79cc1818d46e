// Planner benchmark: plans realistic random ticket sets of 10,000 and 100,000
// tickets and reports time, batches, the lower bound and how close the plan gets to it.
// Human table on stderr, one JSON object on the last stdout line; --quick for CTest sizes.

#include "planner.h"
#include "sampletickets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

// Best of a few runs: the machine is shared, the minimum is the least noisy figure.
template <typename F> double bestMs(int runs, F &&work)
{
    double best = -1;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (best < 0 || ms < best)
            best = ms;
    }
    return best;
}

QJsonObject planPoint(int count, int runs, qint64 latencyMs, int limit)
{
    TicketGeneratorOptions options;
    options.count = count;
    options.seed = 42;
    const QList<ReleaseTicket> tickets = generateTickets(options);
    PlanningHints hints;
    hints.concurrencyLimit = limit;
    ReleasePlan plan;
    const double planMs = bestMs(runs, [&] { plan = Planner::plan(tickets, hints); });
    QList<PlanViolation> violations;
    const double validateMs
        = bestMs(runs, [&] { violations = Planner::validate(plan, tickets, hints); });
    const MakespanEstimate makespan
        = Planner::estimateMakespan(plan, tickets, hints, latencyMs, limit);
    int parallel = 0;
    int largest = 0;
    for (const PlanBatch &batch : plan.batches) {
        parallel += batch.kind == PlanBatch::Kind::Parallel ? 1 : 0;
        largest = std::max(largest, batch.size());
    }
    QJsonObject point;
    point.insert(QStringLiteral("tickets"), count);
    point.insert(QStringLiteral("planned"), plan.plannedCount());
    point.insert(QStringLiteral("held"), int(plan.held.size()));
    point.insert(QStringLiteral("problems"), int(plan.problems.size()));
    point.insert(QStringLiteral("plan_ms"), planMs);
    point.insert(QStringLiteral("validate_ms"), validateMs);
    point.insert(QStringLiteral("batches"), int(plan.batches.size()));
    point.insert(QStringLiteral("parallel_batches"), parallel);
    point.insert(QStringLiteral("largest_batch"), largest);
    point.insert(QStringLiteral("steps"), plan.stepCount());
    point.insert(QStringLiteral("lower_bound_steps"), plan.lowerBoundBatches);
    point.insert(QStringLiteral("steps_over_bound"), plan.closeness());
    point.insert(QStringLiteral("latency_ms"), latencyMs);
    point.insert(QStringLiteral("concurrency"), limit);
    point.insert(QStringLiteral("makespan_ms"), makespan.planMs);
    point.insert(QStringLiteral("makespan_lower_bound_ms"), makespan.lowerBoundMs);
    point.insert(QStringLiteral("makespan_over_bound"), makespan.ratio());
    point.insert(QStringLiteral("violations"), int(violations.size()));
    say(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
            .arg(count, 8)
            .arg(planMs, 9, 'f', 1)
            .arg(validateMs, 9, 'f', 1)
            .arg(plan.batches.size(), 8)
            .arg(plan.stepCount(), 6)
            .arg(plan.lowerBoundBatches, 6)
            .arg(plan.closeness(), 7, 'f', 3)
            .arg(makespan.ratio(), 9, 'f', 3)
            .arg(violations.size(), 5));
    return point;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // The release benchmark's point (500 tickets, L = 50 ms, C = 10) and the sizes a big portal reaches.
    const QList<int> sizes = quick ? QList<int> { 500, 2000 } : QList<int> { 500, 10000, 100000 };
    say(QStringLiteral("Planner (L = 50 ms, C = 10; best of runs)"));
    say(QStringLiteral(
        " tickets   plan ms  valid ms  batches  steps  bound  steps÷b  makespan÷b  viol"));
    QJsonArray points;
    for (int size : sizes)
        points.append(planPoint(size, size >= 100000 ? 2 : 5, 50, 10));
    QJsonObject result;
    result.insert(QStringLiteral("quick"), quick);
    result.insert(QStringLiteral("points"), points);
    std::fprintf(stdout, "%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
