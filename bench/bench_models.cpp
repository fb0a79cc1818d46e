// Item model benchmark: 100,000 tickets through TicketTableModel and
// PlanModel: inserts in page-sized batches, a full state sweep, sorting and filtering through
// QSortFilterProxyModel, and peak RSS. Human table on stderr, one JSON object on the last stdout
// line; --quick for CTest sizes.

#include "benchutil.h"
#include "planmodel.h"
#include "planner.h"
#include "sampletickets.h"
#include "tickettablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <cstdio>

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

// A resident-set figure of this process in MiB, as the kernel counts it: "VmHWM" (the peak) or
// "VmRSS" (now).
double rssMb(const char *field = "VmHWM")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double peakRssMb()
{
    return rssMb();
}

class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

QList<TicketUpdate> sweep(const QList<ReleaseTicket> &tickets, ReleaseState state)
{
    QList<TicketUpdate> updates;
    updates.reserve(tickets.size());
    for (const ReleaseTicket &ticket : tickets)
        updates.append(TicketUpdate::stateChange(ticket.id, state, QStringLiteral("ok")));
    return updates;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (bench::idleProbe())
        return 0;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 2000 : 100000;
    const int pageSize = 50; // the demo portal's page size
    QJsonObject result;
    auto record = [&](const char *name, double ms, const QString &note = {}) {
        result.insert(QLatin1String(name), ms);
        say(QStringLiteral("%1 %2 ms  %3")
                .arg(QLatin1String(name), -34)
                .arg(ms, 10, 'f', 1)
                .arg(note));
    };
    result.insert(QStringLiteral("quick"), quick);
    result.insert(QStringLiteral("tickets"), count);
    result.insert(QStringLiteral("page_size"), pageSize);
    say(QStringLiteral("Models with %1 tickets (pages of %2)").arg(count).arg(pageSize));
    // Where the memory goes: the resident set after each stage (what the peak is made of).
    QJsonObject rssStages;
    auto stage = [&](const char *name) {
        const double now = rssMb("VmRSS");
        rssStages.insert(QLatin1String(name), now);
        say(QStringLiteral("  RSS after %1: %2 MiB").arg(QLatin1String(name), -22).arg(now, 0, 'f', 1));
    };
    stage("start");

    TicketGeneratorOptions options;
    options.count = count;
    options.seed = 9;
    const QList<ReleaseTicket> tickets = generateTickets(options);
    const double baseRss = peakRssMb();
    stage("generating");

    // Table: inserts, then a sweep of every ticket's state, then the same with a sorted proxy.
    TicketTableModel table;
    int dataChangedSignals = 0;
    QObject::connect(
        &table, &QAbstractItemModel::dataChanged, &table, [&] { ++dataChangedSignals; });
    Stopwatch insert;
    double slowestPageMs = 0;
    for (qsizetype i = 0; i < tickets.size(); i += pageSize) {
        Stopwatch page;
        table.appendTickets(tickets.mid(i, pageSize));
        slowestPageMs = std::max(slowestPageMs, page.ms());
    }
    record("insert_ms", insert.ms());
    record("insert_slowest_page_ms", slowestPageMs);
    stage("table_insert");

    const QList<TicketUpdate> sending = sweep(tickets, ReleaseState::Sending);
    Stopwatch sweepDirect;
    table.applyUpdates(sending);
    record("sweep_ms", sweepDirect.ms(), QStringLiteral("%1 dataChanged").arg(dataChangedSignals));
    result.insert(QStringLiteral("sweep_data_changed_signals"), dataChangedSignals);

    // The executor's path: one scheduled update per ticket, flushed by the coalescing timer.
    const QList<TicketUpdate> succeeded = sweep(tickets, ReleaseState::Succeeded);
    dataChangedSignals = 0;
    Stopwatch sweepScheduled;
    for (const TicketUpdate &update : succeeded)
        table.scheduleUpdate(update);
    table.flushScheduledUpdates();
    record("sweep_scheduled_ms", sweepScheduled.ms(),
        QStringLiteral("%1 dataChanged").arg(dataChangedSignals));

    QSortFilterProxyModel proxy;
    proxy.setSortRole(TicketTableModel::RawValueRole);
    Stopwatch attach;
    proxy.setSourceModel(&table);
    record("proxy_attach_ms", attach.ms());
    Stopwatch sortId;
    proxy.sort(TicketTableModel::IdColumn, Qt::DescendingOrder);
    record("sort_id_ms", sortId.ms());
    Stopwatch sortApplication;
    proxy.sort(TicketTableModel::ApplicationColumn);
    record("sort_application_ms", sortApplication.ms());
    Stopwatch sortState;
    proxy.sort(TicketTableModel::StateColumn);
    record("sort_state_ms", sortState.ms());
    // A sweep while sorted by state: every row changes its sort key.
    Stopwatch sweepSorted;
    table.applyUpdates(sweep(tickets, ReleaseState::Failed));
    record("sweep_sorted_proxy_ms", sweepSorted.ms());
    Stopwatch filter;
    proxy.setFilterKeyColumn(TicketTableModel::ApplicationColumn);
    proxy.setFilterFixedString(QStringLiteral("app-001"));
    record("filter_ms", filter.ms(), QStringLiteral("%1 rows match").arg(proxy.rowCount()));
    result.insert(QStringLiteral("filter_rows"), proxy.rowCount());
    Stopwatch unfilter;
    proxy.setFilterFixedString(QString());
    record("unfilter_ms", unfilter.ms());
    stage("sweeps_sort_filter");
    proxy.setSourceModel(nullptr);

    // Plan tree: build from a plan, sweep states, one edit (re-validated).
    const PlanningHints hints;
    Stopwatch planning;
    const ReleasePlan plan = Planner::plan(tickets, hints);
    record("plan_ms", planning.ms(), QStringLiteral("%1 batches").arg(plan.batches.size()));
    PlanModel planModel;
    Stopwatch setPlan;
    planModel.setPlan(plan, tickets, hints);
    record("plan_model_set_ms", setPlan.ms());
    stage("plan_model_set");
    Stopwatch planSweep;
    planModel.applyUpdates(sending);
    record("plan_model_sweep_ms", planSweep.ms());
    auto waitForValidation = [&] {
        bench::waitUntil([&] { return !planModel.isValidating(); }, 10 * 60 * 1000);
    };
    waitForValidation();
    record("plan_model_set_validated_ms", setPlan.ms());
    // An edit: what the GUI thread spends, then until the violations are known (large plans
    // are validated on the thread pool).
    Stopwatch edit;
    const QString last = plan.batches.last().ticketIds.last();
    planModel.moveTicketToNewBatch(last, 0);
    record("plan_model_edit_ms", edit.ms());
    waitForValidation();
    record("plan_model_edit_validated_ms", edit.ms(),
        QStringLiteral("%1 violations").arg(planModel.violations().size()));

    stage("end");
    result.insert(QStringLiteral("rss_stages_mb"), rssStages);
    const double rss = peakRssMb();
    result.insert(QStringLiteral("peak_rss_mb"), rss);
    result.insert(QStringLiteral("tickets_rss_mb"), baseRss);
    say(QStringLiteral("peak RSS %1 MiB (%2 MiB after generating the tickets)")
            .arg(rss, 0, 'f', 1)
            .arg(baseRss, 0, 'f', 1));
    std::fprintf(stdout, "%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
