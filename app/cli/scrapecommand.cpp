#include "scrapecommand.h"

#include "cliconnection.h"
#include "releaseworkflow.h"
#include "ticketprinter.h"
#include "tickettablemodel.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

enum Exit { Ok = 0, Incomplete = 1, Usage = 2, LoginFailed = 3 };

// Reads the command line into the connection; returns the output format, or nothing with the
// exit code in *exit (Ok after --help).
std::optional<TicketPrinter::Format> parse(
    const QStringList &args, CliConnection &connection, QTextStream &out, QTextStream &err, int *exit)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Log in to a release portal and print every ticket.\n\n")
        + CliConnection::exitCodeHelp({ QStringLiteral(
            "  1  the list is incomplete: a page could not be read, or the portal's own count "
            "disagrees (what was read is still printed, and the summary says what is missing)") }));
    parser.addHelpOption();
    connection.addOptions(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("table (default), json or csv."), QStringLiteral("format"),
        QStringLiteral("table"));
    parser.addOption(formatOption);
    *exit = Usage;
    if (!parser.parse(QStringList { QStringLiteral("releasedesk-cli scrape") } + args)) {
        err << "scrape: " << parser.errorText() << "\n";
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exit = Ok;
        return std::nullopt;
    }
    TicketPrinter::Format format;
    if (!TicketPrinter::parseFormat(parser.value(formatOption), &format)) {
        err << "scrape: --format must be table, json or csv\n";
        return std::nullopt;
    }
    if (!connection.configure(parser, err))
        return std::nullopt;
    return format;
}

// Logs in without reconciling: a read does not touch the history.
bool login(ReleaseWorkflow &workflow, const CliConnection &connection, const QString &password,
    QTextStream &err)
{
    QEventLoop loop;
    bool loggedIn = false;
    QString loginMessage;
    QObject::connect(&workflow, &ReleaseWorkflow::loginFinished, &loop,
        [&](bool ok, const QString &message) {
            loggedIn = ok;
            loginMessage = message;
            loop.quit();
        });
    LoginRequest request;
    request.profile = connection.profile();
    request.user = connection.user();
    request.password = password;
    request.reconcileLeftovers = false;
    workflow.login(request);
    loop.exec();
    if (!loggedIn) {
        err << "scrape: cannot log in to " << connection.profile().baseUrl.toString() << ": "
            << loginMessage << "\n";
    }
    return loggedIn;
}

// What was read against what the portal lists, on stderr (stdout holds the tickets).
Exit reportScrape(const ScrapeResult &result, qsizetype ticketCount, QTextStream &err)
{
    for (const QString &problem : std::as_const(result.pageErrors))
        err << "scrape: " << problem << "\n";
    const QString renewals = result.renewals > 0
        ? QStringLiteral("; the portal ended the session %1 time(s), logged in again each time")
              .arg(result.renewals)
        : QString();
    if (!result.isComplete()) {
        err << "scrape: INCOMPLETE: " << result.pagesFailed << " of " << result.pagesKnown
            << " page(s) could not be read; " << ticketCount << " tickets read";
        if (result.portalTotal >= 0)
            err << " of " << result.portalTotal << " the portal lists";
        err << renewals << ". ";
        if (result.error.isError())
            err << "First problem: " << result.error.text();
        err << "\n";
        return Incomplete;
    }
    err << "scrape: " << ticketCount << " tickets from " << result.pages << " of "
        << result.pagesKnown << " pages" << renewals << "\n";
    return Ok;
}

} // namespace

int runScrapeCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    CliConnection connection(QStringLiteral("scrape"));
    int exit = Usage;
    const std::optional<TicketPrinter::Format> format = parse(args, connection, out, err, &exit);
    if (!format)
        return exit;
    StdinReader in;
    const std::optional<QString> password = connection.password(in, err);
    if (!password)
        return Usage;

    ReleaseWorkflow workflow;
    workflow.setPlanAfterScrape(false);
    if (connection.verbosity() > 0) {
        QObject::connect(&workflow, &ReleaseWorkflow::message, &workflow,
            [&err](const QString &line) { err << "scrape: " << line << "\n" << Qt::flush; });
    }
    if (!login(workflow, connection, *password, err))
        return LoginFailed;

    QEventLoop loop;
    QObject::connect(&workflow, &ReleaseWorkflow::scrapeFinished, &loop, &QEventLoop::quit);
    workflow.scrape();
    loop.exec();

    QList<ReleaseTicket> tickets = workflow.tickets()->tickets();
    std::stable_sort(tickets.begin(), tickets.end(), ticketOrderLess);
    TicketPrinter::print(out, tickets, *format);
    out.flush();
    return reportScrape(workflow.lastScrape(), tickets.size(), err);
}
