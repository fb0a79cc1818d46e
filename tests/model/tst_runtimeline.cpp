// The run timeline (window and HTML report) and the counts every view shares.
#include "historyexport.h"
#include "historyrecords.h"
#include "runcounts.h"
#include "runtimeline.h"
#include "timelinesvg.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 12, 3), QTime(9, 0, 0), Qt::UTC);

RunTimeline::Entry entry(const QString &group, const QString &id, int startMs, int endMs,
    ReleaseState state)
{
    RunTimeline::Entry e;
    e.group = group;
    e.ticketId = id;
    e.application = u"app-"_s + id;
    e.state = state;
    if (startMs >= 0)
        e.start = t0.addMSecs(startMs);
    if (endMs >= 0)
        e.end = t0.addMSecs(endMs);
    return e;
}
} // namespace

class TestRunTimeline : public QObject
{
    Q_OBJECT
private slots:
    void countsAddUp();
    void lanesAndDurations();
    void openBarsGrowAndMarkTheActiveGroup();
    void fromHistoryGroupsByApprovedBatch();
    void svgDrawsEveryBarAndEscapes();
};

void TestRunTimeline::countsAddUp()
{
    RunCounts counts;
    for (ReleaseState state : { ReleaseState::Succeeded, ReleaseState::Succeeded,
             ReleaseState::Failed, ReleaseState::Unknown, ReleaseState::Skipped,
             ReleaseState::Sending, ReleaseState::Approved })
        counts.add(state);
    QCOMPARE(counts.released, 2);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.unknown, 1);
    QCOMPARE(counts.skipped, 1);
    QCOMPARE(counts.remaining, 2);
    QCOMPARE(counts.total(), 7);
    counts.remove(ReleaseState::Sending);
    counts.add(ReleaseState::Failed);
    QCOMPARE(counts.failed, 2);
    QCOMPARE(counts.remaining, 1);
    // Released of the total, never settled of the total.
    QCOMPARE(counts.releasedOfTotal(), u"2 / 7 released"_s);
}

void TestRunTimeline::lanesAndDurations()
{
    const RunTimeline timeline = RunTimeline::build(
        {
            entry(u"Batch 1"_s, u"1"_s, 0, 1000, ReleaseState::Succeeded),
            entry(u"Batch 1"_s, u"2"_s, 100, 600, ReleaseState::Failed),
            entry(u"Batch 1"_s, u"3"_s, 700, 1500, ReleaseState::Succeeded), // reuses lane 1
            entry(u"Batch 2"_s, u"4"_s, 1600, 2600, ReleaseState::Unknown),
            entry(u"Batch 2"_s, u"5"_s, -1, -1, ReleaseState::Skipped), // counted, not drawn
        },
        t0.addSecs(10));
    QCOMPARE(timeline.groups.size(), 2);
    const TimelineGroup &first = timeline.groups.at(0);
    QCOMPARE(first.title, u"Batch 1"_s);
    QCOMPARE(first.lanes, 2);
    QCOMPARE(first.bars.size(), 3);
    QCOMPARE(first.bars.at(2).lane, 1);
    QCOMPARE(first.durationMs(), 1500);
    const TimelineGroup &second = timeline.groups.at(1);
    QCOMPARE(second.bars.size(), 1);
    QCOMPARE(second.counts.skipped, 1);
    QCOMPARE(second.counts.unknown, 1);
    QCOMPARE(second.startMs, 1600);
    QCOMPARE(timeline.spanMs, 2600);
    QCOMPARE(timeline.activeGroup(), 1); // nothing open: the last one that started
    QCOMPARE(RunTimeline::durationText(1500), u"1.5 s"_s);
    QCOMPARE(RunTimeline::durationText(65000), u"1:05"_s);
}

void TestRunTimeline::openBarsGrowAndMarkTheActiveGroup()
{
    const RunTimeline timeline = RunTimeline::build(
        {
            entry(u"Batch 1"_s, u"1"_s, 0, 500, ReleaseState::Succeeded),
            entry(u"Batch 2"_s, u"2"_s, 600, -1, ReleaseState::Sending),
            entry(u"Batch 3"_s, u"3"_s, -1, -1, ReleaseState::Approved),
        },
        t0.addMSecs(2000));
    QCOMPARE(timeline.activeGroup(), 1);
    QVERIFY(timeline.groups.at(1).bars.first().open);
    QCOMPARE(timeline.groups.at(1).bars.first().endMs, 2000);
    QCOMPARE(timeline.drawnGroupCount(), 2);
}

void TestRunTimeline::fromHistoryGroupsByApprovedBatch()
{
    HistoryApproval second;
    second.batch = 1;
    second.ticketIds = { u"20"_s };
    HistoryApproval first;
    first.batch = 0;
    first.ticketIds = { u"10"_s, u"11"_s };
    QList<HistoryRequest> requests;
    auto request = [&](const QString &ticket, int sentMs, int finishedMs, const QString &outcome) {
        HistoryRequest r;
        r.ticket = ticket;
        r.application = u"billing"_s;
        r.outcome = outcome;
        if (sentMs >= 0)
            r.sentAt = t0.addMSecs(sentMs);
        if (finishedMs >= 0)
            r.finishedAt = t0.addMSecs(finishedMs);
        requests << r;
    };
    request(u"20"_s, 900, 1200, u"failed"_s);
    request(u"10"_s, 0, 400, u"succeeded"_s);
    request(u"11"_s, -1, -1, u"skipped"_s);
    const RunTimeline timeline = RunTimeline::fromHistory({ second, first }, requests);
    QCOMPARE(timeline.groups.size(), 2);
    QCOMPARE(timeline.groups.at(0).title, u"Batch 1"_s);
    QCOMPARE(timeline.groups.at(0).counts.released, 1);
    QCOMPARE(timeline.groups.at(0).counts.skipped, 1);
    QCOMPARE(timeline.groups.at(1).title, u"Batch 2"_s);
    QCOMPARE(timeline.groups.at(1).bars.first().state, ReleaseState::Failed);
    QCOMPARE(timeline.spanMs, 1200);
}

void TestRunTimeline::svgDrawsEveryBarAndEscapes()
{
    const RunTimeline timeline = RunTimeline::build(
        {
            entry(u"Batch <1>"_s, u"1"_s, 0, 1000, ReleaseState::Succeeded),
            entry(u"Batch <1>"_s, u"2"_s, 100, 600, ReleaseState::Failed),
        },
        t0.addSecs(5));
    const QString svg = TimelineSvg::render(timeline);
    QVERIFY(svg.startsWith(u"<svg"_s));
    QCOMPARE(svg.count(u"<rect"_s), 2);
    QVERIFY(svg.contains(u"#2da44e"_s)); // released
    QVERIFY(svg.contains(u"#cf222e"_s)); // failed
    QVERIFY(!svg.contains(u"<1>"_s));
    QVERIFY(svg.contains(u"Batch &lt;1&gt;"_s));

    // The HTML report carries the same picture.
    HistoryRun run;
    run.id = 3;
    run.startedAt = t0;
    run.finishedAt = t0.addSecs(75);
    HistoryApproval approval;
    approval.ticketIds = { u"1"_s };
    HistoryRequest request;
    request.ticket = u"1"_s;
    request.outcome = u"succeeded"_s;
    request.sentAt = t0;
    request.finishedAt = t0.addSecs(1);
    const QString html = QString::fromUtf8(historyToHtml(run, { approval }, { request }));
    QVERIFY(html.contains(u"<svg"_s));
    QCOMPARE(html.count(u"<rect"_s), 1);
    QVERIFY(html.contains(u"1:15"_s)); // the run's duration
}

QTEST_GUILESS_MAIN(TestRunTimeline)
#include "tst_runtimeline.moc"
