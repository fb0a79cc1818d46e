// Responsiveness benchmark driver: how long the GUI event loop
// stalls while the real window scrapes 1000 pages and releases 500 tickets.
//
// The real MainWindow (shown, offscreen) driven through its ReleaseWorkflow, against two demo
// portals served from a worker thread of this process (so serving never runs on the GUI
// thread): one holding the pages to scrape, one holding the tickets to release. A 2 ms
// PreciseTimer on the GUI thread records the gap between its ticks; a gap much longer than
// 2 ms is a stall a user would feel (input and painting wait just as long).
//
//   bench_responsiveness [--quick] [--pages N] [--release-tickets N] [--latency-ms L]

#include "benchutil.h"
#include "demoportal.h"
#include "mainwindow.h"
#include "releaseworkflow.h"
#include "threadhandover.h"
#include "tickettablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <ctime>
#include <memory>

namespace {

// Times every top-level event delivery on the GUI thread, in wall time and in the GUI thread's
// own CPU time: a long wall time with little CPU means the machine (2 shared cores) took the
// thread away; a long CPU time is work of ours (or Qt's) that blocks the loop.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slowest
    {
        double wallMs = 0;
        double cpuMs = 0;
        long waits = 0; // voluntary context switches: the thread blocked (I/O, fsync, a lock)
        long preempted = 0; // involuntary ones: the scheduler gave the core to someone else
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        // The thread first: m_depth belongs to the GUI thread (the portal thread notifies too).
        if (QThread::currentThread() != thread() || m_depth > 0)
            return QApplication::notify(receiver, event);
        // Described before delivery: a DeferredDelete event destroys its receiver.
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        ++m_depth;
        const double cpu0 = threadCpuMs();
        rusage before {};
        getrusage(RUSAGE_THREAD, &before);
        QElapsedTimer wall;
        wall.start();
        const bool result = QApplication::notify(receiver, event);
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu0;
        if (m_recording)
            m_maxCpuMs = std::max(m_maxCpuMs, cpuMs);
        rusage after {};
        getrusage(RUSAGE_THREAD, &after);
        --m_depth;
        if (m_recording)
            record({ wallMs, cpuMs, after.ru_nvcsw - before.ru_nvcsw,
                after.ru_nivcsw - before.ru_nivcsw,
                QStringLiteral("%1 event %2").arg(QLatin1String(className)).arg(type) });
        return result;
    }

    double maxCpuMs() const { return m_maxCpuMs; }
    void startRecording()
    {
        m_maxCpuMs = 0;
        m_slowest.clear();
        m_recording = true;
    }
    QJsonArray stopRecording()
    {
        m_recording = false;
        QJsonArray out;
        for (const Slowest &s : m_slowest)
            out.append(QJsonObject { { QStringLiteral("wall_ms"), s.wallMs },
                { QStringLiteral("cpu_ms"), s.cpuMs }, { QStringLiteral("waits"), qint64(s.waits) },
                { QStringLiteral("preempted"), qint64(s.preempted) },
                { QStringLiteral("what"), s.what } });
        return out;
    }

private:
    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    void record(Slowest &&delivery)
    {
        // Keeps the five deliveries with the longest wall time; CPU and context switches say
        // whose fault each was.
        if (m_slowest.size() == 5 && delivery.wallMs <= m_slowest.back().wallMs)
            return;
        m_slowest.push_back(std::move(delivery));
        std::sort(m_slowest.begin(), m_slowest.end(),
            [](const Slowest &a, const Slowest &b) { return a.wallMs > b.wallMs; });
        if (m_slowest.size() > 5)
            m_slowest.pop_back();
    }

    int m_depth = 0;
    bool m_recording = false;
    double m_maxCpuMs = 0;
    std::vector<Slowest> m_slowest;
};

// Records event-loop gaps on the GUI thread while armed.
class StallMonitor final : public QObject
{
public:
    static constexpr int intervalMs = 2;

    explicit StallMonitor(TimedApplication *app)
        : m_app(app)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    }
    void start()
    {
        m_app->startRecording();
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    QJsonObject stop()
    {
        m_timer.stop();
        const QJsonArray slowest = m_app->stopRecording();
        double longest = 0;
        int over50 = 0;
        for (double gap : m_gapsMs) {
            longest = std::max(longest, gap);
            over50 += gap > 50.0 ? 1 : 0;
        }
        return {
            { QStringLiteral("max_stall_ms"), longest },
            { QStringLiteral("p99_stall_ms"), bench::percentile(m_gapsMs, 99.0) },
            { QStringLiteral("median_gap_ms"), bench::percentile(m_gapsMs, 50.0) },
            { QStringLiteral("stalls_over_50ms"), over50 },
            { QStringLiteral("ticks"), int(m_gapsMs.size()) },
            { QStringLiteral("seconds"), double(m_clock.nsecsElapsed()) / 1e9 },
            { QStringLiteral("max_handler_cpu_ms"), m_app->maxCpuMs() },
            { QStringLiteral("slowest_handlers"), slowest },
        };
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gapsMs.push_back(double(now - m_last) / 1e6);
        m_last = now;
    }

    TimedApplication *m_app;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

// A demo portal living on its own thread: created, listening and destroyed there.
class PortalThread final
{
public:
    explicit PortalThread(const PortalConfig &config)
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            m_anchor.get(),
            [this, config] {
                m_portal = new DemoPortal(config);
                if (!m_portal->listen())
                    bench::say(m_portal->errorString());
                m_url = m_portal->baseUrl();
                ThreadHandOver::release(this);
            },
            Qt::BlockingQueuedConnection);
        // The blocking call orders m_portal and m_url, behind a QSemaphore TSan cannot see.
        ThreadHandOver::acquire(this);
    }
    ~PortalThread()
    {
        QMetaObject::invokeMethod(
            m_anchor.get(),
            [this] {
                delete m_portal;
                ThreadHandOver::release(this);
            },
            Qt::BlockingQueuedConnection);
        ThreadHandOver::acquire(this); // all the portal thread did happened before this
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    // Context object living in the portal thread, so the lambdas above run there.
    std::unique_ptr<QObject> m_anchor = [this] {
        auto anchor = std::make_unique<QObject>();
        anchor->moveToThread(&m_thread);
        return anchor;
    }();
    DemoPortal *m_portal = nullptr;
    QUrl m_url;
};

bool connectTo(ReleaseWorkflow *controller, const QUrl &url)
{
    bool done = false;
    bool ok = false;
    const QMetaObject::Connection connection = QObject::connect(controller,
        &ReleaseWorkflow::loginFinished, controller, [&](bool success, const QString &message) {
            done = true;
            ok = success;
            if (!success)
                bench::say(QStringLiteral("login: %1").arg(message));
        });
    LoginRequest request;
    request.profilePath = QStringLiteral(":/profiles/demo.json");
    request.baseUrlOverride = url;
    request.user = QStringLiteral("demo");
    request.password = QStringLiteral("demo");
    controller->login(request);
    bench::waitUntil([&] { return done; }, 60000);
    QObject::disconnect(connection);
    return ok;
}

// Scrapes with the window's controller and waits for the plan made from the result.
bool scrapeAndPlan(ReleaseWorkflow *controller, StallMonitor &monitor, QJsonObject *scrapeStalls,
    QJsonObject *planStalls)
{
    bool scraped = false;
    bool planned = false;
    const auto c1 = QObject::connect(controller, &ReleaseWorkflow::scrapeFinished, controller,
        [&](bool ok, const QString &summary) {
            scraped = true;
            if (!ok)
                bench::say(QStringLiteral("scrape: %1").arg(summary));
            if (scrapeStalls)
                *scrapeStalls = monitor.stop();
            monitor.start();
        });
    const auto c2 = QObject::connect(
        controller, &ReleaseWorkflow::planReady, controller, [&] { planned = true; });
    monitor.start();
    controller->scrape();
    const bool ok = bench::waitUntil([&] { return scraped && planned; }, 30 * 60 * 1000);
    const QJsonObject afterScrape = monitor.stop();
    if (planStalls)
        *planStalls = afterScrape;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    // Never touch the user's settings or history: test-mode standard paths.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_responsiveness"));
    // Before the parser: --idle-probe needs no portal and no other option.
    if (bench::idleProbe())
        return 0;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI stall benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("quick"), QStringLiteral("Tiny sizes (CTest).") },
        { QStringLiteral("pages"), QStringLiteral("Pages to scrape."), QStringLiteral("n"),
            QStringLiteral("1000") },
        { QStringLiteral("page-size"), QStringLiteral("Rows per page."), QStringLiteral("n"),
            QStringLiteral("20") },
        { QStringLiteral("release-tickets"), QStringLiteral("Tickets to release."),
            QStringLiteral("n"), QStringLiteral("500") },
        { QStringLiteral("latency-ms"), QStringLiteral("Page and release latency."),
            QStringLiteral("ms"), QStringLiteral("10") },
    });
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int pages = quick ? 20 : parser.value(QStringLiteral("pages")).toInt();
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt();
    const int releaseTickets = quick ? 40 : parser.value(QStringLiteral("release-tickets")).toInt();
    const int latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();

    QTemporaryDir historyDir;
    MainWindow window;
    window.setNotifyAfterMs(24 * 3600 * 1000); // no desktop notification from a benchmark
    window.resize(1280, 800);
    window.show();
    ReleaseWorkflow *controller = window.controller();
    controller->setHistoryPath(historyDir.filePath(QStringLiteral("history.sqlite")));
    StallMonitor monitor(&app);

    // 1. Scrape N pages into the window (the plan of them is made as the app always does).
    PortalConfig scrapeConfig;
    scrapeConfig.tickets = pages * pageSize;
    scrapeConfig.pageSize = pageSize;
    scrapeConfig.latencyMs = latencyMs;
    scrapeConfig.seed = 7;
    QJsonObject scrapeStalls, planStalls;
    int scrapedRows = 0;
    {
        const PortalThread portal(scrapeConfig);
        if (!connectTo(controller, portal.url())
            || !scrapeAndPlan(controller, monitor, &scrapeStalls, &planStalls)) {
            bench::say(QStringLiteral("scrape phase failed"));
            return 1;
        }
        scrapedRows = controller->tickets()->rowCount();
        controller->disconnectFromPortal();
    }

    // 2. Release every plannable ticket of a portal of releaseTickets tickets.
    PortalConfig releaseConfig;
    releaseConfig.tickets = releaseTickets;
    releaseConfig.pageSize = 50;
    releaseConfig.latencyMs = 0;
    releaseConfig.releaseLatencyMs = latencyMs;
    releaseConfig.jitter = 0.3;
    releaseConfig.seed = 11;
    QJsonObject releaseStalls;
    QString runSummary;
    {
        const PortalThread portal(releaseConfig);
        if (!connectTo(controller, portal.url())
            || !scrapeAndPlan(controller, monitor, nullptr, nullptr)) {
            bench::say(QStringLiteral("release phase: scrape failed"));
            return 1;
        }
        controller->approve(controller->scopeForRemaining());
        bool finished = false;
        QObject::connect(controller, &ReleaseWorkflow::runFinished, controller,
            [&](const QString &summary, qint64) {
                runSummary = summary;
                finished = true;
            });
        monitor.start();
        if (!controller->startRelease(QStringLiteral("continue"))) {
            bench::say(QStringLiteral("release did not start"));
            return 1;
        }
        if (!bench::waitUntil([&] { return finished; }, 30 * 60 * 1000)) {
            bench::say(QStringLiteral("release did not finish"));
            return 1;
        }
        releaseStalls = monitor.stop();
        controller->disconnectFromPortal();
    }

    const auto line = [](const QJsonObject &o) {
        return QStringLiteral("max %1 ms, p99 %2 ms, %3 gaps over 50 ms in %4 s; longest "
                              "handler %5 ms CPU")
            .arg(o.value(QStringLiteral("max_stall_ms")).toDouble(), 0, 'f', 1)
            .arg(o.value(QStringLiteral("p99_stall_ms")).toDouble(), 0, 'f', 1)
            .arg(o.value(QStringLiteral("stalls_over_50ms")).toInt())
            .arg(o.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2)
            .arg(o.value(QStringLiteral("max_handler_cpu_ms")).toDouble(), 0, 'f', 1);
    };
    bench::say(QStringLiteral("GUI stalls (timer %1 ms):").arg(StallMonitor::intervalMs));
    bench::say(QStringLiteral("  scraping %1 pages (%2 rows): %3")
                   .arg(pages)
                   .arg(scrapedRows)
                   .arg(line(scrapeStalls)));
    bench::say(QStringLiteral("  planning them:             %1").arg(line(planStalls)));
    bench::say(QStringLiteral("  releasing %1 tickets:      %2 (%3)")
                   .arg(releaseTickets)
                   .arg(line(releaseStalls), runSummary));

    for (const auto &[name, phase] : { std::pair { "scrape", &scrapeStalls },
             std::pair { "plan", &planStalls }, std::pair { "release", &releaseStalls } }) {
        for (const QJsonValue &slow : phase->value(QStringLiteral("slowest_handlers")).toArray())
            bench::say(QStringLiteral("    %1: %3 ms wall, %2 ms CPU, %5 waits, %6 preemptions: %4")
                           .arg(QLatin1String(name))
                           .arg(slow[QStringLiteral("cpu_ms")].toDouble(), 0, 'f', 1)
                           .arg(slow[QStringLiteral("wall_ms")].toDouble(), 0, 'f', 1)
                           .arg(slow[QStringLiteral("what")].toString())
                           .arg(slow[QStringLiteral("waits")].toInt())
                           .arg(slow[QStringLiteral("preempted")].toInt()));
    }

    bench::printResult({
        { QStringLiteral("pages"), pages },
        { QStringLiteral("rows"), scrapedRows },
        { QStringLiteral("release_tickets"), releaseTickets },
        { QStringLiteral("latency_ms"), latencyMs },
        { QStringLiteral("scrape"), scrapeStalls },
        { QStringLiteral("plan"), planStalls },
        { QStringLiteral("release"), releaseStalls },
        { QStringLiteral("release_summary"), runSummary },
        { QStringLiteral("scrape_max_handler_cpu_ms"),
            scrapeStalls.value(QStringLiteral("max_handler_cpu_ms")) },
        { QStringLiteral("release_max_handler_cpu_ms"),
            releaseStalls.value(QStringLiteral("max_handler_cpu_ms")) },
        { QStringLiteral("scrape_max_stall_ms"),
            scrapeStalls.value(QStringLiteral("max_stall_ms")) },
        { QStringLiteral("scrape_p99_stall_ms"),
            scrapeStalls.value(QStringLiteral("p99_stall_ms")) },
        { QStringLiteral("release_max_stall_ms"),
            releaseStalls.value(QStringLiteral("max_stall_ms")) },
        { QStringLiteral("release_p99_stall_ms"),
            releaseStalls.value(QStringLiteral("p99_stall_ms")) },
        { QStringLiteral("peak_rss_mb"), bench::peakRssMb() },
    });
    return 0;
}
