// Responsiveness benchmark driver (issue 9, target from issue 8): how long the GUI event loop
// stalls while the real window scrapes 1000 pages and releases 500 tickets.
//
// The real MainWindow (shown, offscreen) driven through its ReleaseController, against two demo
// portals served from a worker thread of this process (so serving never runs on the GUI
// thread): one holding the pages to scrape, one holding the tickets to release. A 2 ms
// PreciseTimer on the GUI thread records the gap between its ticks; a gap much longer than
// 2 ms is a stall a user would feel (input and painting wait just as long).
//
//   bench_responsiveness [--quick] [--pages N] [--release-tickets N] [--latency-ms L]

#include "benchutil.h"
#include "demoportal.h"
#include "mainwindow.h"
#include "releasecontroller.h"
#include "tickettablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace {

// Records event-loop gaps on the GUI thread while armed.
class StallMonitor final : public QObject
{
public:
    static constexpr int intervalMs = 2;

    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    }
    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    QJsonObject stop()
    {
        m_timer.stop();
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
        };
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gapsMs.push_back(double(now - m_last) / 1e6);
        m_last = now;
    }

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
            },
            Qt::BlockingQueuedConnection);
    }
    ~PortalThread()
    {
        QMetaObject::invokeMethod(
            m_anchor.get(), [this] { delete m_portal; }, Qt::BlockingQueuedConnection);
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

bool connectTo(ReleaseController *controller, const QUrl &url)
{
    bool done = false;
    bool ok = false;
    const QMetaObject::Connection connection = QObject::connect(controller,
        &ReleaseController::loginFinished, controller, [&](bool success, const QString &message) {
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
bool scrapeAndPlan(ReleaseController *controller, StallMonitor &monitor, QJsonObject *scrapeStalls,
    QJsonObject *planStalls)
{
    bool scraped = false;
    bool planned = false;
    const auto c1 = QObject::connect(controller, &ReleaseController::scrapeFinished, controller,
        [&](bool ok, const QString &summary) {
            scraped = true;
            if (!ok)
                bench::say(QStringLiteral("scrape: %1").arg(summary));
            if (scrapeStalls)
                *scrapeStalls = monitor.stop();
            monitor.start();
        });
    const auto c2 = QObject::connect(
        controller, &ReleaseController::planReady, controller, [&] { planned = true; });
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
    QApplication app(argc, argv);
    // Never touch the user's settings or history: test-mode standard paths.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_responsiveness"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI stall benchmark (issue 9)"));
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
    ReleaseController *controller = window.controller();
    controller->setHistoryPath(historyDir.filePath(QStringLiteral("history.sqlite")));
    StallMonitor monitor;

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
        QObject::connect(controller, &ReleaseController::runFinished, controller,
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
        return QStringLiteral("max %1 ms, p99 %2 ms, %3 gaps over 50 ms in %4 s")
            .arg(o.value(QStringLiteral("max_stall_ms")).toDouble(), 0, 'f', 1)
            .arg(o.value(QStringLiteral("p99_stall_ms")).toDouble(), 0, 'f', 1)
            .arg(o.value(QStringLiteral("stalls_over_50ms")).toInt())
            .arg(o.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2);
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

    bench::printResult({
        { QStringLiteral("pages"), pages },
        { QStringLiteral("rows"), scrapedRows },
        { QStringLiteral("release_tickets"), releaseTickets },
        { QStringLiteral("latency_ms"), latencyMs },
        { QStringLiteral("scrape"), scrapeStalls },
        { QStringLiteral("plan"), planStalls },
        { QStringLiteral("release"), releaseStalls },
        { QStringLiteral("release_summary"), runSummary },
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
