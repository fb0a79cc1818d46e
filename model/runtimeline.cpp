#include "runtimeline.h"

#include "historyrecords.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

bool TimelineGroup::isActive() const
{
    return std::any_of(bars.cbegin(), bars.cend(), [](const TimelineBar &bar) { return bar.open; });
}

int RunTimeline::activeGroup() const
{
    int lastStarted = -1;
    for (int g = int(groups.size()) - 1; g >= 0; --g) {
        if (groups.at(g).isActive())
            return g;
        if (lastStarted < 0 && !groups.at(g).bars.isEmpty())
            lastStarted = g;
    }
    return lastStarted;
}

int RunTimeline::drawnGroupCount() const
{
    return int(std::count_if(groups.cbegin(), groups.cend(),
        [](const TimelineGroup &group) { return !group.bars.isEmpty(); }));
}

RunTimeline RunTimeline::build(const QList<Entry> &entries, const QDateTime &now)
{
    RunTimeline timeline;
    for (const Entry &entry : entries) {
        if (entry.start.isValid() && (!timeline.origin.isValid() || entry.start < timeline.origin))
            timeline.origin = entry.start;
    }
    QHash<QString, int> groupOf;
    for (const Entry &entry : entries) {
        auto at = groupOf.constFind(entry.group);
        if (at == groupOf.cend()) {
            at = groupOf.insert(entry.group, int(timeline.groups.size()));
            timeline.groups.append(TimelineGroup());
            timeline.groups.last().title = entry.group;
        }
        TimelineGroup &group = timeline.groups[*at];
        group.counts.add(entry.state);
        if (!entry.start.isValid() || !timeline.origin.isValid())
            continue;
        TimelineBar bar;
        bar.ticketId = entry.ticketId;
        bar.application = entry.application;
        bar.state = entry.state;
        bar.startMs = timeline.origin.msecsTo(entry.start);
        bar.open = !entry.end.isValid();
        bar.endMs = std::max(bar.startMs, timeline.origin.msecsTo(bar.open ? now : entry.end));
        group.bars.append(bar);
    }
    for (TimelineGroup &group : timeline.groups) {
        if (group.bars.isEmpty())
            continue;
        // Lanes: each bar takes the first lane free at its start (interval partitioning), so a
        // parallel batch shows as many lanes as it had requests in flight at once.
        std::stable_sort(group.bars.begin(), group.bars.end(),
            [](const TimelineBar &a, const TimelineBar &b) { return a.startMs < b.startMs; });
        QList<qint64> laneEnds;
        group.startMs = group.bars.first().startMs;
        group.endMs = group.startMs;
        for (TimelineBar &bar : group.bars) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > bar.startMs)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(bar.endMs);
            else
                laneEnds[lane] = bar.endMs;
            bar.lane = lane;
            group.endMs = std::max(group.endMs, bar.endMs);
        }
        group.lanes = int(laneEnds.size());
        timeline.spanMs = std::max(timeline.spanMs, group.endMs);
    }
    return timeline;
}

namespace {
ReleaseState stateOfOutcome(const QString &outcome)
{
    if (outcome == u"succeeded")
        return ReleaseState::Succeeded;
    if (outcome == u"failed" || outcome == u"not_sent")
        return ReleaseState::Failed;
    if (outcome == u"skipped")
        return ReleaseState::Skipped;
    return ReleaseState::Unknown; // unknown, intent, sent: no answer was recorded
}
} // namespace

RunTimeline RunTimeline::fromHistory(
    const QList<HistoryApproval> &approvals, const QList<HistoryRequest> &requests)
{
    QHash<QString, int> batchOfTicket;
    for (const HistoryApproval &approval : approvals) {
        for (const QString &id : approval.ticketIds)
            batchOfTicket.insert(id, approval.batch);
    }
    QList<QPair<int, Entry>> ranked; // batch (INT_MAX: none), entry
    ranked.reserve(requests.size());
    QDateTime last;
    for (const HistoryRequest &request : requests) {
        const int batch = batchOfTicket.value(request.ticket, std::numeric_limits<int>::max());
        Entry entry;
        entry.group = batch == std::numeric_limits<int>::max()
            ? QCoreApplication::translate("RunTimeline", "Outside any batch")
            : QCoreApplication::translate("RunTimeline", "Batch %1").arg(batch + 1);
        entry.ticketId = request.ticket;
        entry.application = request.application;
        entry.state = stateOfOutcome(request.outcome);
        if (entry.state != ReleaseState::Skipped) {
            entry.start = request.sentAt.isValid() ? request.sentAt : request.intentAt;
            entry.end = request.finishedAt.isValid() ? request.finishedAt : entry.start;
        }
        if (entry.end.isValid() && (!last.isValid() || entry.end > last))
            last = entry.end;
        ranked.append({ batch, entry });
    }
    // Groups in batch order; within one, the order the requests were recorded.
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Entry> entries;
    entries.reserve(ranked.size());
    for (const auto &item : std::as_const(ranked))
        entries.append(item.second);
    return build(entries, last);
}

QString RunTimeline::durationText(qint64 ms)
{
    if (ms < 60000)
        return QCoreApplication::translate("RunTimeline", "%1 s")
            .arg(QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
