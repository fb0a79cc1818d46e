// Parse benchmark driver: rows per second from list pages into ReleaseTickets through
// the demo profile's TicketExtractor (libxml2 HTML parser + XPath, header-mapped columns).
// The pages are the demo portal's own bytes, rendered in-process by its PageRenderer, so they
// are exactly what the scraper parses. Measured on one thread, then on QtConcurrent's pool
// (what the scraper uses).
//
//   bench_parse [--quick] [--pages N] [--page-size S] [--profile demo|demo-en|demo-json]

#include "benchutil.h"
#include "demoportal.h"
#include "pagerenderer.h"
#include "http/htmldocument.h"
#include "scrape/ticketextractor.h"

#include <QCommandLineParser>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>

namespace {

struct Pass
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    int errors = 0;
};

// Repeats whole sweeps over the pages until minSeconds have passed, so a fast parser on a
// small set is still timed over a meaningful span.
template <typename Sweep> Pass timed(Sweep sweep, double minSeconds)
{
    Pass total;
    QElapsedTimer timer;
    timer.start();
    do {
        const Pass one = sweep();
        total.rows += one.rows;
        total.bytes += one.bytes;
        total.errors += one.errors;
    } while (double(timer.nsecsElapsed()) / 1e9 < minSeconds);
    total.seconds = double(timer.nsecsElapsed()) / 1e9;
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReleaseDesk parse benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("quick"), QStringLiteral("Tiny sizes (CTest).") },
        { QStringLiteral("pages"), QStringLiteral("Distinct pages."), QStringLiteral("n"),
            QStringLiteral("100") },
        { QStringLiteral("page-size"),
            QStringLiteral("Rows per page (the portal's default is "
                           "50)."),
            QStringLiteral("n"), QStringLiteral("50") },
        { QStringLiteral("profile"), QStringLiteral("demo (zh HTML), demo-en or demo-json."),
            QStringLiteral("name"), QStringLiteral("demo") },
    });
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int pages = quick ? 10 : parser.value(QStringLiteral("pages")).toInt();
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt();
    const QString profileName = parser.value(QStringLiteral("profile"));
    const bool json = profileName == u"demo-json";
    const double minSeconds = quick ? 0.0 : 2.0;

    PortalConfig config;
    config.tickets = pages * pageSize;
    config.pageSize = pageSize;
    config.seed = 7;
    config.language = profileName == u"demo-en" ? PortalLanguage::English : PortalLanguage::Chinese;
    const DemoPortal portal(config);
    PageRenderer renderer;
    renderer.rebuild(portal.tickets(), config.language);

    const SiteProfile profile
        = bench::demoProfile(QUrl(QStringLiteral("http://127.0.0.1:8080/")), 0, profileName);
    QList<QByteArray> bodies;
    QList<QUrl> urls;
    for (int page = 1; page <= pages; ++page) {
        bodies << (json ? renderer.ticketsJson(portal.tickets(), page, pageSize)
                        : renderer.ticketsPage(portal.tickets(), page, pageSize, config.user));
        urls << profile.pageUrl(page);
    }
    const qint64 totalBytes = std::accumulate(bodies.cbegin(), bodies.cend(), qint64(0),
        [](qint64 sum, const QByteArray &body) { return sum + body.size(); });

    HtmlDocument::initialize();
    const TicketExtractor extractor(profile);

    const Pass single = timed(
        [&] {
            Pass pass;
            for (int i = 0; i < pages; ++i) {
                const ExtractedPage page = extractor.extract(bodies.at(i), urls.at(i));
                pass.rows += page.tickets.size();
                pass.bytes += bodies.at(i).size();
                pass.errors += int(page.rowErrors.size()) + (page.error.isEmpty() ? 0 : 1);
            }
            return pass;
        },
        minSeconds);

    QList<int> indices(pages);
    std::iota(indices.begin(), indices.end(), 0);
    const Pass parallel = timed(
        [&] {
            std::atomic<qint64> rows = 0;
            std::atomic<int> errors = 0;
            QtConcurrent::blockingMap(indices, [&](int i) {
                const ExtractedPage page = extractor.extract(bodies.at(i), urls.at(i));
                rows += page.tickets.size();
                errors += int(page.rowErrors.size()) + (page.error.isEmpty() ? 0 : 1);
            });
            return Pass { 0, rows.load(), totalBytes, errors.load() };
        },
        minSeconds);

    const double singleRowsPerS = double(single.rows) / single.seconds;
    const double parallelRowsPerS = double(parallel.rows) / parallel.seconds;
    const double avgPageKb = double(totalBytes) / pages / 1024.0;
    bench::say(QStringLiteral("parse (%1): %2 pages of %3 rows, %4 KB each; one thread %5 rows/s "
                              "(%6 ms/page), %7 threads %8 rows/s; %9 row errors")
                   .arg(profileName)
                   .arg(pages)
                   .arg(pageSize)
                   .arg(avgPageKb, 0, 'f', 1)
                   .arg(singleRowsPerS, 0, 'f', 0)
                   .arg(1000.0 * single.seconds * pageSize / double(single.rows), 0, 'f', 3)
                   .arg(QThreadPool::globalInstance()->maxThreadCount())
                   .arg(parallelRowsPerS, 0, 'f', 0)
                   .arg(single.errors + parallel.errors));

    bench::printResult({
        { QStringLiteral("profile"), profileName },
        { QStringLiteral("pages"), pages },
        { QStringLiteral("page_size"), pageSize },
        { QStringLiteral("page_kb"), avgPageKb },
        { QStringLiteral("rows_per_s"), singleRowsPerS },
        { QStringLiteral("mb_per_s"), double(single.bytes) / single.seconds / 1e6 },
        { QStringLiteral("ms_per_page"), 1000.0 * single.seconds * pageSize / double(single.rows) },
        { QStringLiteral("parallel_rows_per_s"), parallelRowsPerS },
        { QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount() },
        { QStringLiteral("row_errors"), single.errors + parallel.errors },
    });
    return single.rows > 0 && single.errors == 0 ? 0 : 1;
}
