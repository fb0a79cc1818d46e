// The GUI thread never stalls while the real window scrapes and then releases thousands of
// tickets from the demo portal. The timing figures (longest wall-clock gap between the ticks of a
// 5 ms timer, p99, the longest CPU burst of the GUI thread between two ticks) are printed, not
// asserted: the machine running the tests is shared and noisy, and a sanitizer build is many
// times slower; the target (under 50 ms) is checked by reading the output and by bench/run.
// What is asserted compares CPU times measured in the same run, so it holds on a fast or slow
// machine, loaded or not: while scraping, the other threads (the parsing) spend at least half
// as much CPU as the GUI thread; while releasing, no piece of the GUI thread's work between two
// ticks holds half of its CPU time.
#include "appsettings.h"
#include "fixture_window.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "tickettablemodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {
qint64 cpuMicroseconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

qint64 threadCpuMicroseconds()
{
    return cpuMicroseconds(CLOCK_THREAD_CPUTIME_ID);
}

qint64 processCpuMicroseconds()
{
    return cpuMicroseconds(CLOCK_PROCESS_CPUTIME_ID);
}

// Records the gaps between timer ticks: a gap far above the interval is the event loop stalled.
// Alongside the wall-clock gap it records the CPU time the GUI thread itself spent in that gap:
// on a shared, overloaded machine a long wall gap with little CPU is the scheduler (or blocking
// I/O), a long CPU burst is our own work blocking the loop.
class StallMeter
{
public:
    explicit StallMeter(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_gaps.push_back(m_clock.restart());
            const qint64 cpu = threadCpuMicroseconds();
            m_longestCpuUs = std::max(m_longestCpuUs, cpu - m_lastCpuUs);
            m_lastCpuUs = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_longestCpuUs = 0;
        m_lastCpuUs = threadCpuMicroseconds();
        m_startCpuUs = m_lastCpuUs;
        m_startProcessCpuUs = processCpuMicroseconds();
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        // The stretch after the last tick is a piece too.
        const qint64 cpu = threadCpuMicroseconds();
        m_longestCpuUs = std::max(m_longestCpuUs, cpu - m_lastCpuUs);
        m_totalCpuUs = cpu - m_startCpuUs;
        m_processCpuUs = processCpuMicroseconds() - m_startProcessCpuUs;
    }
    qint64 otherThreadsCpuMs() const { return (m_processCpuUs - m_totalCpuUs) / 1000; }
    qint64 ticks() const { return qint64(m_gaps.size()); }
    qint64 longestCpuMs() const { return m_longestCpuUs / 1000; }
    qint64 totalCpuMs() const { return m_totalCpuUs / 1000; }
    // The longest piece's share of the GUI thread's CPU time from start() to stop(): both are
    // this thread's own work, so the share holds on a fast or slow machine, loaded or not.
    double longestCpuShare() const
    {
        return m_totalCpuUs > 0 ? double(m_longestCpuUs) / double(m_totalCpuUs) : 1.0;
    }
    qint64 longest() const
    {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    qint64 percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min(sorted.size() - 1, size_t(double(sorted.size()) * p)));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<qint64> m_gaps;
    qint64 m_longestCpuUs = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_startCpuUs = 0;
    qint64 m_totalCpuUs = 0;
    qint64 m_startProcessCpuUs = 0;
    qint64 m_processCpuUs = 0;
};
} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolate(m_dir); }
    void scrapeAndReleaseThousands();

private:
    QTemporaryDir m_dir;
};

void TestResponsiveness::scrapeAndReleaseThousands()
{
    PortalConfig config;
    config.tickets = 3000;
    config.pageSize = 100;
    config.latencyMs = 5;
    config.releaseLatencyMs = 5;
    config.jitter = 0.5;
    auto portal = startPortal(config);
    AppSettings::setConcurrencyLimit(10);
    auto window = makeWindow(m_dir);
    ReleaseWorkflow *controller = window->controller();

    // The first paint loads fonts and builds caches once; that is start-up, not a stall.
    QTest::qWait(500);
    StallMeter meter(5);
    QSignalSpy planned(controller, &ReleaseWorkflow::planReady);
    QElapsedTimer wall;
    wall.start();
    meter.start();
    window->connectDirectly(loginFor(*portal), true);
    QVERIFY(planned.wait(180000));
    meter.stop();
    QCOMPARE(controller->tickets()->rowCount(), config.tickets);
    const qint64 scrapeMs = wall.elapsed();
    const qint64 scrapeLongest = meter.longest();
    const qint64 scrapeP99 = meter.percentile(0.99);
    const qint64 scrapeCpu = meter.longestCpuMs();
    const qint64 scrapeTicks = meter.ticks();
    const qint64 scrapeTotalCpu = meter.totalCpuMs();
    const double scrapeShare = meter.longestCpuShare();
    const qint64 scrapeOtherCpu = meter.otherThreadsCpuMs();

    // Release the first batches, some 250 tickets: every release commits its intent and outcome
    // durably (two fsyncs each), so thousands would take minutes on a loaded shared disk.
    QList<int> batches;
    int planned_ = 0;
    const ReleasePlan &plan = controller->plan()->plan();
    for (int b = 0; b < plan.batches.size() && planned_ < 250; ++b) {
        batches << b;
        planned_ += plan.batches.at(b).size();
    }
    controller->approve(controller->scopeFor(batches));
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    wall.restart();
    meter.start();
    QVERIFY(controller->startRelease(u"continue"_s));
    QVERIFY(finished.wait(240000));
    meter.stop();
    const qint64 releaseMs = wall.elapsed();

    qInfo("stall while scraping %d tickets (%lld ms, %lld ticks): longest %lld ms, p99 %lld ms, "
          "longest GUI-thread CPU burst %lld ms of %lld ms (%.1f %%); other threads' CPU %lld ms",
        config.tickets, scrapeMs, scrapeTicks, scrapeLongest, scrapeP99, scrapeCpu,
        scrapeTotalCpu, 100 * scrapeShare, scrapeOtherCpu);
    qInfo("stall while releasing %d tickets (%lld ms, %lld ticks): longest %lld ms, p99 %lld ms, "
          "longest GUI-thread CPU burst %lld ms of %lld ms (%.1f %%); other threads' CPU %lld ms",
        planned_, releaseMs, meter.ticks(), meter.longest(), meter.percentile(0.99),
        meter.longestCpuMs(), meter.totalCpuMs(), 100 * meter.longestCpuShare(),
        meter.otherThreadsCpuMs());
    QVERIFY2(scrapeTicks > 0, "the GUI thread ran no timer while scraping");
    QVERIFY2(meter.ticks() > 0, "the GUI thread ran no timer while releasing");
    // Parsing, the scrape's CPU work, runs on other threads: they spend more CPU time than the
    // GUI thread (which also serves the in-process portal here). Measured: 1.1 to 1.7 times the
    // GUI thread's in a plain build, about 3 times under TSan; 0.15 times with the parsing
    // moved onto the GUI thread.
    QVERIFY2(2 * scrapeOtherCpu >= scrapeTotalCpu,
        qPrintable(u"the other threads spent %1 ms of CPU while scraping, the GUI thread %2 ms: "
                   "is the parsing on the GUI thread?"_s
                       .arg(scrapeOtherCpu)
                       .arg(scrapeTotalCpu)));
    // The release's GUI-thread work comes in small pieces (measured: the longest 2 to 3 % of it).
    QVERIFY2(meter.longestCpuShare() < 0.5,
        qPrintable(u"one piece of GUI-thread work held %1 %% of the release's"_s
                       .arg(100 * meter.longestCpuShare())));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
