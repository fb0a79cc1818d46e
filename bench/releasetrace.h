#pragma once

// Where a release run's time goes, from the executor's own signals: when each ticket was handed
// to the sender (state Sending: its intent already committed), when its answer was applied, when
// each batch opened. Per batch of the plan: the gap between the last answer of the batch before
// and the first send of this one, how long after opening its first send went, its span. Plus
// the floor the jitter alone sets with batch barriers (simulated, no overhead at all).

#include "release/releaseexecutor.h"
#include "releaseplan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <queue>
#include <vector>

namespace bench {

class ReleaseTrace
{
public:
    void attach(ReleaseExecutor &executor, const QElapsedTimer &clock)
    {
        m_clock = &clock;
        QObject::connect(&executor, &ReleaseExecutor::ticketUpdated, &executor,
            [this](const TicketUpdate &update) {
                if (!update.state)
                    return;
                const double now = ms();
                if (*update.state == ReleaseState::Sending)
                    m_sendAt.insert(update.id, now);
                else if (isFinalState(*update.state) && m_sendAt.contains(update.id))
                    m_doneAt.insert(update.id, now);
            });
        QObject::connect(&executor, &ReleaseExecutor::batchStarted, &executor,
            [this](int planIndex) { m_openAt.insert(planIndex, ms()); });
    }

    // Expected makespan of batch barriers with nothing but the portal's latency: each parallel
    // batch list-scheduled on `limit` slots, each serial one in sequence, every latency uniform
    // in L × [1 − jitter, 1 + jitter]. The planner's bound takes every latency as exactly L.
    static double barrierFloorMs(const QList<int> &parallelSizes, const QList<int> &serialSizes,
        qint64 latencyMs, int limit, double jitter, int trials = 4000)
    {
        QRandomGenerator random(12345);
        const auto latency = [&] {
            return double(latencyMs) * (1.0 + jitter * (2.0 * random.generateDouble() - 1.0));
        };
        double total = 0;
        for (int t = 0; t < trials; ++t) {
            double run = 0;
            for (const int n : parallelSizes) {
                std::priority_queue<double, std::vector<double>, std::greater<>> lanes;
                for (int s = 0; s < std::max(1, limit); ++s)
                    lanes.push(0.0);
                double end = 0;
                for (int i = 0; i < n; ++i) {
                    const double idle = lanes.top();
                    lanes.pop();
                    const double done = idle + latency();
                    end = std::max(end, done);
                    lanes.push(done);
                }
                run += end;
            }
            for (const int n : serialSizes) {
                for (int i = 0; i < n; ++i)
                    run += latency();
            }
            total += run;
        }
        return total / trials;
    }

    QJsonObject summarize(const ReleasePlan &plan, qint64 latencyMs, int limit, double jitter) const
    {
        double gapSum = 0, gapMax = 0, openDelaySum = 0, spanSum = 0, serviceSum = 0;
        int gaps = 0, services = 0;
        double previousLastDone = -1;
        double firstSend = -1;
        QList<int> parallelSizes, serialSizes;
        for (int b = 0; b < plan.batches.size(); ++b) {
            const PlanBatch &batch = plan.batches.at(b);
            double first = -1, last = -1;
            int sent = 0;
            for (const QString &id : batch.ticketIds) {
                if (!m_sendAt.contains(id))
                    continue;
                ++sent;
                const double s = m_sendAt.value(id);
                const double d = m_doneAt.value(id, s);
                first = first < 0 ? s : std::min(first, s);
                last = std::max(last, d);
                serviceSum += d - s;
                ++services;
            }
            if (sent == 0)
                continue;
            (batch.kind == PlanBatch::Kind::Serial ? serialSizes : parallelSizes).append(sent);
            if (firstSend < 0)
                firstSend = first;
            spanSum += last - first;
            if (m_openAt.contains(b))
                openDelaySum += first - m_openAt.value(b);
            if (previousLastDone >= 0) {
                const double gap = first - previousLastDone;
                gapSum += gap;
                gapMax = std::max(gapMax, gap);
                ++gaps;
            }
            previousLastDone = last;
        }
        return {
            { QStringLiteral("trace_first_send_ms"), firstSend },
            { QStringLiteral("trace_batch_spans_s"), spanSum / 1000.0 },
            { QStringLiteral("trace_gaps_s"), gapSum / 1000.0 },
            { QStringLiteral("trace_gap_mean_ms"), gaps ? gapSum / gaps : 0.0 },
            { QStringLiteral("trace_gap_max_ms"), gapMax },
            { QStringLiteral("trace_open_to_first_send_s"), openDelaySum / 1000.0 },
            { QStringLiteral("trace_service_mean_ms"), services ? serviceSum / services : 0.0 },
            { QStringLiteral("barrier_floor_s"),
                barrierFloorMs(parallelSizes, serialSizes, latencyMs, limit, jitter) / 1000.0 },
        };
    }

private:
    double ms() const { return double(m_clock->nsecsElapsed()) / 1e6; }

    const QElapsedTimer *m_clock = nullptr;
    QHash<QString, double> m_sendAt;
    QHash<QString, double> m_doneAt;
    QHash<int, double> m_openAt;
};

} // namespace bench
