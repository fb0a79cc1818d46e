// `releasedesk-cli release`: a front end over ReleaseWorkflow, the same use cases the window
// drives. Reconcile what an earlier run left unknown, scrape, plan, print the plan with its
// reasons, ask for approval batch by batch, release, report.
#include "releasecommand.h"

#include "cliconnection.h"
#include "historystore.h"
#include "logging.h"
#include "planmodel.h"
#include "planner.h"
#include "http/networkpool.h"
#include "release/reconciler.h"
#include "release/releasepreparation.h"
#include "release/releasesender.h"
#include "releaseworkflow.h"
#include "session/portalsession.h"
#include "tickettablemodel.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

// 0 everything approved was released; 1 something failed, is unknown or was held back;
// 2 bad usage or profile; 3 login failed; 4 the history database is unusable; 5 the ticket list
// could not be read completely.
enum Exit {
    Ok = 0,
    NotAllReleased = 1,
    Usage = 2,
    LoginFailed = 3,
    HistoryFailed = 4,
    ScrapeFailed = 5
};

struct Options
{
    bool planOnly = false;
    bool yes = false;
    QString historyPath;
    ReleaseOptions run;
    QStringList resend;
    bool retryFailed = false;
};

// Waits in a local event loop until the signal comes: the CLI is one linear flow.
template <typename Object, typename Signal> void waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

QString policyHelp()
{
    QStringList lines;
    for (auto policy : { FailurePolicy::StopAtFirstFailure, FailurePolicy::FinishBatchThenStop,
             FailurePolicy::Continue })
        lines << QStringLiteral("  %1: %2").arg(failurePolicyName(policy), failurePolicyDescription(policy));
    return lines.join(u'\n');
}

std::optional<Options> parse(const QStringList &args, CliConnection &connection, QTextStream &out,
    QTextStream &err, int *exit)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scrape, plan and release the pending tickets of a portal, batch by batch, "
                       "each release sent at most once.\n\nFailure policies:\n")
        + policyHelp() + QStringLiteral("\n\n")
        + CliConnection::exitCodeHelp({ QStringLiteral("  1  not everything approved was released "
                                                       "(failed, unknown, skipped, or held back)"),
            QStringLiteral("  4  the history database cannot be used"),
            QStringLiteral("  5  the ticket list could not be read completely: nothing planned") }));
    parser.addHelpOption();
    connection.addOptions(parser);
    const QCommandLineOption planOnly(QStringLiteral("plan-only"),
        QStringLiteral("Dry run: print the plan and the exact requests; send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        QStringLiteral("Approve every batch without asking (scripted use)."));
    const QCommandLineOption noRecheck(QStringLiteral("no-recheck"),
        QStringLiteral("Do not re-read the portal before each batch."));
    const QCommandLineOption recheckMaxAge(QStringLiteral("recheck-max-age"),
        QStringLiteral("A batch opens only on a re-check (or the list just scraped) read at most "
                       "this many seconds before; an older one is read again (default %1).")
            .arg(ReleaseOptions::defaultRecheckMaxAgeMs / 1000.0),
        QStringLiteral("seconds"), QString::number(ReleaseOptions::defaultRecheckMaxAgeMs / 1000.0));
    const QCommandLineOption overlap(QStringLiteral("overlap-batches"),
        QStringLiteral("Start the next approved batch's tickets as soon as their constraints "
                       "allow (dependencies done, no conflicting or non-concurrent ticket in "
                       "flight) instead of when the whole batch before it is done."));
    const QCommandLineOption history(QStringLiteral("history"),
        QStringLiteral("History database (default: %1).").arg(HistoryStore::defaultPath()),
        QStringLiteral("file"));
    const QCommandLineOption policy(QStringLiteral("failure-policy"),
        QStringLiteral("stop (default), finish-batch or continue (see above)."),
        QStringLiteral("policy"), QStringLiteral("stop"));
    const QCommandLineOption resend(QStringLiteral("resend"),
        QStringLiteral("Send this ticket again although an earlier outcome is unknown; "
                       "only if the portal shows it pending (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption retryFailed(QStringLiteral("retry-failed"),
        QStringLiteral("Plan only the tickets the portal shows failed in a status the profile "
                       "lists as retryable (list.retryable_statuses), and release them again."));
    parser.addOptions(
        { planOnly, yes, noRecheck, recheckMaxAge, overlap, history, policy, resend, retryFailed });
    *exit = Usage;
    if (!parser.parse(QStringList { QStringLiteral("releasedesk-cli release") } + args)) {
        err << "release: " << parser.errorText() << "\n";
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exit = Ok;
        return std::nullopt;
    }
    Options options;
    bool ok = false;
    options.run.failurePolicy = failurePolicyFromName(parser.value(policy), &ok);
    if (!ok) {
        err << "release: --failure-policy must be stop, finish-batch or continue\n";
        return std::nullopt;
    }
    if (!connection.configure(parser, err))
        return std::nullopt;
    options.planOnly = parser.isSet(planOnly);
    options.yes = parser.isSet(yes);
    options.run.recheck = !parser.isSet(noRecheck);
    const double maxAgeS = parser.value(recheckMaxAge).toDouble(&ok);
    if (!ok || maxAgeS < 0 || maxAgeS > 24 * 3600) {
        err << "release: --recheck-max-age must be a number of seconds from 0 to 86400\n";
        return std::nullopt;
    }
    options.run.recheckMaxAgeMs = int(maxAgeS * 1000);
    options.run.overlapBatches = parser.isSet(overlap);
    options.historyPath
        = parser.isSet(history) ? parser.value(history) : HistoryStore::defaultPath();
    options.resend = parser.values(resend);
    options.retryFailed = parser.isSet(retryFailed);
    if (options.retryFailed && connection.profile().list.retryableStatuses.isEmpty()) {
        err << "release: --retry-failed: the profile lists no retryable_statuses (the failed "
               "statuses the portal takes a release from again)\n";
        return std::nullopt;
    }
    return options;
}

void printPlan(QTextStream &out, const ReleasePlan &plan, const QHash<QString, ReleaseTicket> &byId)
{
    out << "Plan: " << plan.plannedCount() << " tickets in " << plan.batches.size() << " batches ("
        << plan.stepCount() << " steps, lower bound " << plan.lowerBoundBatches << ")\n";
    for (int i = 0; i < plan.batches.size(); ++i) {
        const PlanBatch &batch = plan.batches.at(i);
        out << "  Batch " << i + 1 << " (" << PlanBatch::kindName(batch.kind) << ", "
            << batch.size() << "):\n";
        for (const auto &id : batch.ticketIds) {
            const ReleaseTicket ticket = byId.value(id);
            out << "    #" << id << "  " << ticket.application << " " << ticket.version << "  "
                << ticket.environment;
            if (const QString reason = batch.reason(id); !reason.isEmpty())
                out << "  — " << reason;
            out << "\n";
        }
    }
    if (!plan.held.isEmpty()) {
        out << "Held back (" << plan.held.size() << "):\n";
        for (const auto &held : plan.held)
            out << "    #" << held.ticketId << "  " << held.message << "\n";
    }
    for (const auto &problem : plan.problems)
        out << "Problem: " << problem.message << "\n";
    out.flush();
}

// What the dry run prints: every step of each release exactly as it would go (reads, then the
// acting request), secrets redacted. Values a read step would capture show as {name}.
void printRequests(QTextStream &out, const ReleasePlan &plan,
    const QHash<QString, ReleaseTicket> &byId, const SiteProfile &profile,
    const TemplateValues &captured)
{
    out << "Requests that would be sent (nothing is sent with --plan-only):\n";
    for (int i = 0; i < plan.batches.size(); ++i) {
        for (const auto &id : plan.batches.at(i).ticketIds) {
            out << "  batch " << i + 1 << "  #" << id << "\n";
            const QStringList steps
                = ReleasePreparation::describeSteps(profile, byId.value(id), captured);
            for (qsizetype step = 0; step < steps.size(); ++step) {
                QString line = steps.at(step);
                out << "      " << step + 1 << ". "
                    << redactSecrets(line.replace(u'\n', QStringLiteral("\n         "))) << "\n";
            }
        }
    }
    out.flush();
}

// y: this batch, n: not this one, a: this and every later one, q: none from here on.
QList<int> askApproval(QTextStream &out, StdinReader &terminal, const ReleasePlan &plan,
    const QHash<QString, ReleaseTicket> &byId, bool yes)
{
    QList<int> approved;
    bool all = yes;
    for (int i = 0; i < plan.batches.size(); ++i) {
        if (!all) {
            const PlanBatch &batch = plan.batches.at(i);
            QStringList apps;
            QSet<QString> envs;
            for (const auto &id : batch.ticketIds) {
                const ReleaseTicket ticket = byId.value(id);
                if (!apps.contains(ticket.application))
                    apps.append(ticket.application);
                envs.insert(ticket.environment);
            }
            out << "Approve batch " << i + 1 << " (" << PlanBatch::kindName(batch.kind) << ", "
                << batch.size() << " tickets: " << apps.join(u", ") << "; environment "
                << QStringList(envs.cbegin(), envs.cend()).join(u", ") << ")? [y/n/a/q] ";
            out.flush();
            const auto answer = terminal.readLine();
            const QString word = answer ? answer->trimmed().toLower() : QStringLiteral("q");
            if (word == u"q" || word == u"quit")
                break;
            if (word == u"a" || word == u"all")
                all = true;
            else if (word != u"y" && word != u"yes")
                continue;
        }
        approved << i;
    }
    return approved;
}

// Sends each --resend ticket again through the Reconciler: only when the portal still shows it
// pending at the same version. Returns whether any of them is still not released.
bool resendNamed(ReleaseWorkflow &workflow, const QStringList &ids, const QString &user,
    QTextStream &out, QTextStream &err)
{
    bool unresolved = false;
    TicketTableModel *model = workflow.tickets();
    Reconciler reconciler(workflow.session(), workflow.history());
    for (const auto &id : ids) {
        const int row = model->rowOf(id);
        if (row < 0) {
            err << "release: --resend " << id << ": no such ticket on the portal\n";
            continue;
        }
        ReleaseResult result;
        QObject::connect(&reconciler, &Reconciler::resendFinished, &reconciler,
            [&](const ReleaseResult &r) { result = r; });
        if (!reconciler.resend(model->ticket(row), user))
            continue;
        waitFor(&reconciler, &Reconciler::resendFinished);
        reconciler.disconnect(&reconciler);
        out << "resend #" << id << ": " << ReleaseResult::outcomeName(result.outcome) << ": "
            << result.message << "\n";
        TicketUpdate update = TicketUpdate::stateChange(id,
            result.outcome == ReleaseOutcome::Succeeded  ? ReleaseState::Succeeded
                : result.outcome == ReleaseOutcome::Unknown ? ReleaseState::Unknown
                                                            : ReleaseState::Failed,
            result.message);
        if (result.outcome == ReleaseOutcome::Succeeded)
            update.pendingOnPortal = false;
        else
            unresolved = true;
        model->applyUpdates({ update });
    }
    return unresolved;
}

// Logs in, then waits for the check of what a killed or crashed run left behind (shown, judged
// on the portal, never re-sent). The reconcile's lines are printed while it runs; afterwards the
// workflow's lines go to stderr with -v only. Returns the exit code when the login failed.
std::optional<Exit> loginAndReconcile(ReleaseWorkflow &workflow, const CliConnection &connection,
    const QString &password, QTextStream &out, QTextStream &err)
{
    // What the workflow tells the log pane: the reconcile lines always, the rest with -v.
    auto reconciling = std::make_shared<bool>(false);
    QObject::connect(&workflow, &ReleaseWorkflow::message, &workflow,
        [reconciling, &connection, &out, &err](const QString &line) {
            if (*reconciling)
                out << "reconcile: " << line << "\n" << Qt::flush;
            else if (connection.verbosity() > 0)
                err << "release: " << line << "\n" << Qt::flush;
        });
    bool checked = false;
    QMetaObject::Connection checkedConnection = QObject::connect(
        &workflow, &ReleaseWorkflow::leftoversChecked, &workflow, [&] { checked = true; });

    LoginRequest request;
    request.profile = connection.profile();
    request.user = connection.user();
    request.password = password;
    bool loggedIn = false;
    QString loginMessage;
    QMetaObject::Connection loginConnection = QObject::connect(&workflow,
        &ReleaseWorkflow::loginFinished, &workflow, [&](bool ok, const QString &message) {
            loggedIn = ok;
            loginMessage = message;
            *reconciling = ok; // what follows the login is the reconcile's account
        });
    workflow.login(request);
    if (workflow.phase() == ReleaseWorkflow::Phase::LoggingIn)
        waitFor(&workflow, &ReleaseWorkflow::loginFinished);
    QObject::disconnect(loginConnection);
    if (!loggedIn) {
        QObject::disconnect(checkedConnection);
        err << "release: cannot log in to " << connection.profile().baseUrl.toString() << ": "
            << loginMessage << "\n";
        return LoginFailed;
    }
    if (!checked)
        waitFor(&workflow, &ReleaseWorkflow::leftoversChecked);
    QObject::disconnect(checkedConnection);
    *reconciling = false;
    return std::nullopt;
}

// Reads every page of the list. A partial list is never planned: planning on it could release a
// ticket whose dependency is unseen.
bool scrapeAll(ReleaseWorkflow &workflow, const QString &lastError, QTextStream &out,
    QTextStream &err)
{
    workflow.scrape();
    if (workflow.phase() == ReleaseWorkflow::Phase::Scraping)
        waitFor(&workflow, &ReleaseWorkflow::scrapeFinished);
    const ScrapeResult &scrape = workflow.lastScrape();
    if (!scrape.isComplete()) {
        err << "release: the ticket list could not be read completely (" << scrape.pagesFailed
            << " of " << scrape.pagesKnown << " pages failed): "
            << (scrape.error.isError() ? scrape.error.text() : lastError) << "\n";
        return false;
    }
    out << "Scraped " << scrape.rows << " tickets from " << scrape.pages << " pages\n";
    return true;
}

// The scraped tickets by id; prints the ones held back because an earlier outcome is unknown
// (and not named with --resend), and sets *unresolved when there is one.
QHash<QString, ReleaseTicket> ticketsById(
    const ReleaseWorkflow &workflow, const QStringList &resend, QTextStream &out, bool *unresolved)
{
    QHash<QString, ReleaseTicket> byId;
    for (const auto &ticket : workflow.tickets()->tickets()) {
        byId.insert(ticket.id, ticket);
        if (ticket.state == ReleaseState::Unknown && ticket.pendingOnPortal
            && !resend.contains(ticket.id)) {
            *unresolved = true;
            out << "held: #" << ticket.id << " " << ticket.message << "\n";
        }
    }
    return byId;
}

// One line per ticket that reached a final state, numbered over the approved batches.
void printProgress(ReleaseWorkflow &workflow, const ReleasePlan &plan, const QList<int> &approved,
    const QHash<QString, ReleaseTicket> &byId, QTextStream &out)
{
    auto done = std::make_shared<int>(0);
    int total = 0;
    for (int index : approved)
        total += int(plan.batches.at(index).ticketIds.size());
    QObject::connect(&workflow, &ReleaseWorkflow::batchStarted, &workflow, [&out](int index) {
        out << "Batch " << index + 1 << " started\n" << Qt::flush;
    });
    QObject::connect(&workflow, &ReleaseWorkflow::ticketUpdated, &workflow,
        [&workflow, &byId, &out, done, total](const TicketUpdate &update) {
            if (!update.state || !isFinalState(*update.state))
                return;
            const ReleaseTicket ticket = byId.value(update.id);
            out << "[" << ++*done << "/" << total << ", " << workflow.inFlight() << " in flight] #"
                << update.id << " " << ticket.application << " " << ticket.version << ": "
                << releaseStateName(*update.state);
            if (update.message && !update.message->isEmpty())
                out << " — " << *update.message;
            out << "\n" << Qt::flush;
        });
}

// Runs the approved batches to the end and prints the run's summary.
Exit releaseApproved(ReleaseWorkflow &workflow, const Options &options, const QString &lastError,
    bool unresolvedBefore, QTextStream &out, QTextStream &err)
{
    if (!workflow.startRelease(options.run)) {
        err << "release: cannot start: " << lastError << "\n";
        return HistoryFailed;
    }
    out << "Run " << workflow.runId() << " started (history: " << options.historyPath << ")\n"
        << Qt::flush;
    waitFor(&workflow, &ReleaseWorkflow::runFinished);
    const RunSummary &summary = workflow.lastRun();
    out << "Run " << summary.runId << ": " << summary.text() << "\n";
    if (!summary.unknownIds.isEmpty())
        out << "Unknown (check on the portal; never re-sent on its own): #"
            << summary.unknownIds.join(QStringLiteral(", #")) << "\n";
    if (!summary.error.isEmpty())
        err << "release: " << summary.error << "\n";
    return summary.ok() && !unresolvedBefore ? Ok : NotAllReleased;
}

} // namespace

int runReleaseCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exit = Usage;
    CliConnection connection(QStringLiteral("release"));
    const std::optional<Options> options = parse(args, connection, out, err, &exit);
    if (!options)
        return exit;
    StdinReader terminal;
    const std::optional<QString> password = connection.password(terminal, err);
    if (!password)
        return Usage;

    ReleaseWorkflow workflow;
    workflow.setPlanAfterScrape(false);
    workflow.setHistoryPath(options->historyPath);
    QString lastError;
    QObject::connect(&workflow, &ReleaseWorkflow::errorOccurred, &workflow,
        [&](const QString &text) { lastError = text; });
    if (!workflow.history()) {
        err << "release: " << lastError << "\n";
        return HistoryFailed;
    }
    if (const std::optional<Exit> failed
        = loginAndReconcile(workflow, connection, *password, out, err))
        return *failed;
    if (!scrapeAll(workflow, lastError, out, err))
        return ScrapeFailed;

    bool unresolvedBefore = false;
    if (!options->resend.isEmpty() && !options->planOnly)
        unresolvedBefore = resendNamed(workflow, options->resend, connection.user(), out, err);
    workflow.setResendIds(options->resend);
    workflow.setRetryFailedOnly(options->retryFailed);
    workflow.makePlan();
    waitFor(&workflow, &ReleaseWorkflow::planReady);
    const QHash<QString, ReleaseTicket> byId
        = ticketsById(workflow, options->resend, out, &unresolvedBefore);
    const ReleasePlan plan = workflow.plan()->plan();
    printPlan(out, plan, byId);

    if (options->planOnly) {
        printRequests(out, plan, byId, connection.profile(),
            workflow.session()->pool()->capturedValues());
        return Ok;
    }
    if (plan.batches.isEmpty()) {
        out << "Nothing to release.\n";
        return unresolvedBefore ? NotAllReleased : Ok;
    }
    const QList<int> approved = askApproval(out, terminal, plan, byId, options->yes);
    if (approved.isEmpty()) {
        out << "No batch approved: nothing sent.\n";
        return unresolvedBefore ? NotAllReleased : Ok;
    }
    workflow.approve(workflow.scopeFor(approved));
    printProgress(workflow, plan, approved, byId, out);
    return releaseApproved(workflow, *options, lastError, unresolvedBefore, out, err);
}
