// Scrape benchmark driver: the real TicketScraper against an external demo portal,
// pages parsed into tickets and appended to a TicketTableModel exactly as the app does.
// bench/run.py compares its wall time with the bound ceil(N / C) × L and with the Python
// reference clients, and its CPU per request with theirs.
//
//   bench_scrape --base-url URL --pages N --concurrency C [--quick]
//
// Last stdout line: {"wall_s","cpu_s","rows","pages","failures",...}. Login is outside the
// measured span (the reference clients do the same).

#include "benchutil.h"
#include "http/networkpool.h"
#include "scrape/ticketscraper.h"
#include "tickettablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // A QCoreApplication: the scrape needs no GUI, and a GUI platform's own CPU would be
    // charged to ReleaseDesk but not to the reference clients.
    QCoreApplication app(argc, argv);
    // Before the parser: --idle-probe needs no portal and no other option.
    if (bench::idleProbe())
        return 0;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReleaseDesk scrape benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("base-url"), QStringLiteral("Demo portal URL."), QStringLiteral("url") },
        { QStringLiteral("pages"), QStringLiteral("Pages the portal holds (for the report)."),
            QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("concurrency"), QStringLiteral("Requests in flight at most."),
            QStringLiteral("c"), QStringLiteral("6") },
        { QStringLiteral("profile"), QStringLiteral("Embedded profile name."),
            QStringLiteral("name"), QStringLiteral("demo") },
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
    const int expectedPages = parser.value(QStringLiteral("pages")).toInt();

    PortalSession session(
        bench::demoProfile(baseUrl, concurrency, parser.value(QStringLiteral("profile"))));
    bench::loginOrExit(session);

    TicketTableModel model;
    TicketScraper scraper(&session);
    scraper.setAutoDelete(false); // on the stack
    QObject::connect(
        &scraper, &TicketScraper::ticketsArrived, &model, &TicketTableModel::appendTickets);
    ScrapeResult result;
    bool finished = false;
    QObject::connect(&scraper, &TicketScraper::finished, &scraper, [&](const ScrapeResult &r) {
        result = r;
        finished = true;
    });

    const double cpuStart = bench::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    scraper.start();
    if (!bench::waitUntil([&] { return finished; }, 30 * 60 * 1000)) {
        bench::say(QStringLiteral("scrape did not finish"));
        return 1;
    }
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuS = bench::cpuSeconds() - cpuStart;

    bench::say(QStringLiteral("scrape: %1 pages, %2 rows (model %3) in %4 s, CPU %5 s, "
                              "%6 failed, client peak in flight %7")
                   .arg(result.pages)
                   .arg(result.rows)
                   .arg(model.rowCount())
                   .arg(wallS, 0, 'f', 3)
                   .arg(cpuS, 0, 'f', 3)
                   .arg(result.pagesFailed)
                   .arg(session.pool()->peakInFlight()));
    for (const QString &problem : std::as_const(result.pageErrors).mid(0, 5))
        bench::say(QStringLiteral("  %1").arg(problem));

    bench::printResult({
        { QStringLiteral("client"), QStringLiteral("releasedesk") },
        { QStringLiteral("wall_s"), wallS },
        { QStringLiteral("cpu_s"), cpuS },
        { QStringLiteral("rows"), model.rowCount() },
        { QStringLiteral("digest"), bench::ticketDigest(model.tickets()) },
        { QStringLiteral("pages"), result.pages },
        { QStringLiteral("expected_pages"), expectedPages },
        { QStringLiteral("failures"), result.pagesFailed },
        { QStringLiteral("concurrency"), concurrency },
        { QStringLiteral("client_peak_in_flight"), session.pool()->peakInFlight() },
        { QStringLiteral("managers"), session.pool()->managerCount() },
        { QStringLiteral("peak_rss_mb"), bench::peakRssMb() },
    });
    return result.error.isError() && result.pages == 0 ? 1 : 0;
}
