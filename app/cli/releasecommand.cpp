// `releasedesk-cli release` (issue 7): reconcile what an earlier run left unknown, scrape, plan,
// print the plan with its reasons, ask for approval batch by batch, release, report.
#include "releasecommand.h"

#include "historystore.h"
#include "logging.h"
#include "planner.h"
#include "session/portalsession.h"
#include "release/releasepreparation.h"
#include "http/networkpool.h"
#include "release/reconciler.h"
#include "release/releaseexecutor.h"
#include "release/releasesender.h"
#include "profile/siteprofile.h"
#include "scrape/ticketscraper.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <numeric>

namespace {

// 0 everything approved was released; 1 something failed, is unknown or was held back;
// 2 bad usage or profile; 3 login failed; 4 the history database is unusable; 5 scrape failed.
enum Exit {
    Ok = 0,
    NotAllReleased = 1,
    Usage = 2,
    LoginFailed = 3,
    HistoryFailed = 4,
    ScrapeFailed = 5
};

// One reader for the password line and the approval answers that follow it on stdin.
class Terminal
{
public:
    Terminal() { m_in.open(stdin, QIODevice::ReadOnly); }
    // nullopt at end of input.
    std::optional<QString> readLine()
    {
        if (!m_in.isOpen() || m_in.atEnd())
            return std::nullopt;
        const QByteArray line = m_in.readLine();
        if (line.isEmpty())
            return std::nullopt;
        return QString::fromUtf8(line).remove(u'\n').remove(u'\r');
    }

private:
    QFile m_in;
};

struct Options
{
    QString profile;
    QUrl baseUrl;
    int limit = 0;
    bool planOnly = false;
    bool yes = false;
    bool recheck = true;
    QString user;
    bool passwordStdin = false;
    QString historyPath;
    FailurePolicy policy = FailurePolicy::StopAtFirstFailure;
    QStringList resend;
    bool verbose = false;
};

// Waits in a local event loop until the signal comes: the CLI is one linear flow.
template <typename Object, typename Signal> void waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

bool lessById(const ReleaseTicket &a, const ReleaseTicket &b)
{
    bool okA = false, okB = false;
    const qlonglong na = a.id.toLongLong(&okA), nb = b.id.toLongLong(&okB);
    return okA && okB ? na < nb : a.id < b.id;
}

std::optional<Options> parse(const QStringList &args, QTextStream &out, QTextStream &err, int *exit)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scrape, plan and release the pending tickets of a portal, batch by batch, each "
        "release sent at most once."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("Site profile: a JSON file or one of %1.")
            .arg(SiteProfile::embeddedNames().join(u", ")),
        QStringLiteral("file"));
    const QCommandLineOption base(QStringLiteral("base-url"),
        QStringLiteral("Portal address instead of the profile's."), QStringLiteral("url"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QStringLiteral("Requests in flight at most (default: the profile's)."),
        QStringLiteral("n"));
    const QCommandLineOption planOnly(QStringLiteral("plan-only"),
        QStringLiteral("Dry run: print the plan and the exact requests; send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        QStringLiteral("Approve every batch without asking (scripted use)."));
    const QCommandLineOption noRecheck(QStringLiteral("no-recheck"),
        QStringLiteral("Do not re-read the portal before each batch."));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("User name (default: $RELEASEDESK_USER)."), QStringLiteral("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        QStringLiteral(
            "Read the password from the first line of stdin (else $RELEASEDESK_PASSWORD)."));
    const QCommandLineOption history(QStringLiteral("history"),
        QStringLiteral("History database (default: %1).").arg(HistoryStore::defaultPath()),
        QStringLiteral("file"));
    const QCommandLineOption policy(QStringLiteral("failure-policy"),
        QStringLiteral("stop (default), finish-batch or continue."), QStringLiteral("policy"),
        QStringLiteral("stop"));
    const QCommandLineOption resend(QStringLiteral("resend"),
        QStringLiteral("Send this ticket again although an earlier outcome is unknown; "
                       "only if the portal shows it pending (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log on stderr."));
    parser.addOptions({ profile, base, limit, planOnly, yes, noRecheck, user, passwordStdin,
        history, policy, resend, verbose });
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
    options.profile = parser.value(profile);
    if (options.profile.isEmpty()) {
        err << "release: --profile is required\n";
        return std::nullopt;
    }
    if (parser.isSet(base)) {
        options.baseUrl = QUrl(parser.value(base), QUrl::StrictMode);
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
            || (options.baseUrl.scheme() != u"http" && options.baseUrl.scheme() != u"https")) {
            err << "release: --base-url must be an absolute http(s) URL\n";
            return std::nullopt;
        }
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        options.limit = parser.value(limit).toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > 256) {
            err << "release: --limit must be a number from 1 to 256\n";
            return std::nullopt;
        }
    }
    bool ok = false;
    options.policy = failurePolicyFromName(parser.value(policy), &ok);
    if (!ok) {
        err << "release: --failure-policy must be stop, finish-batch or continue\n";
        return std::nullopt;
    }
    options.planOnly = parser.isSet(planOnly);
    options.yes = parser.isSet(yes);
    options.recheck = !parser.isSet(noRecheck);
    options.user
        = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("RELEASEDESK_USER");
    options.passwordStdin = parser.isSet(passwordStdin);
    options.historyPath
        = parser.isSet(history) ? parser.value(history) : HistoryStore::defaultPath();
    options.resend = parser.values(resend);
    options.verbose = parser.isSet(verbose);
    if (options.user.isEmpty()) {
        err << "release: no user name: pass --user or set RELEASEDESK_USER\n";
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
ReleasePlan askApproval(QTextStream &out, Terminal &terminal, ReleasePlan plan,
    const QHash<QString, ReleaseTicket> &byId, const QString &user, bool yes)
{
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
        plan = Planner::approveBatch(plan, i, user, QDateTime::currentDateTimeUtc());
    }
    return plan;
}

} // namespace

int runReleaseCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exit = Usage;
    const std::optional<Options> options = parse(args, out, err, &exit);
    if (!options)
        return exit;
    if (!options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=false"));

    ProfileError profileError;
    std::optional<SiteProfile> profile = SiteProfile::load(options->profile, &profileError);
    if (!profile) {
        err << "release: the site profile is not usable: " << profileError.text() << "\n";
        return Usage;
    }
    if (!options->baseUrl.isEmpty())
        profile->setBaseUrl(options->baseUrl);
    if (options->limit > 0)
        profile->setConcurrency(options->limit);

    Terminal terminal;
    QString password;
    if (options->passwordStdin) {
        password = terminal.readLine().value_or(QString());
    } else if (qEnvironmentVariableIsSet("RELEASEDESK_PASSWORD")) {
        password = qEnvironmentVariable("RELEASEDESK_PASSWORD");
    } else {
        err << "release: no password: pass --password-stdin or set RELEASEDESK_PASSWORD\n";
        return Usage;
    }

    HistoryStore history(options->historyPath);
    if (!history.open()) {
        err << "release: " << history.lastError() << "\n";
        return HistoryFailed;
    }

    PortalSession session(*profile);
    PortalError loginError;
    QObject::connect(&session, &PortalSession::loginFinished, &session,
        [&](const PortalError &error) { loginError = error; });
    session.login(options->user, password);
    waitFor(&session, &PortalSession::loginFinished);
    if (loginError.isError()) {
        err << "release: cannot log in to " << profile->baseUrl.toString() << ": "
            << loginError.text() << "\n";
        return LoginFailed;
    }

    // What a killed or crashed run left behind: shown, judged on the portal, never re-sent.
    bool unresolvedBefore = false;
    {
        Reconciler reconciler(&session, &history);
        QObject::connect(
            &reconciler, &Reconciler::logMessage, &reconciler, [&](const QString &line) {
                out << "reconcile: " << line << "\n";
                out.flush();
            });
        if (reconciler.reconcileInterrupted()) {
            QList<ReconcileVerdict> verdicts;
            QObject::connect(&reconciler, &Reconciler::finished, &reconciler,
                [&](const QList<ReconcileVerdict> &v) { verdicts = v; });
            waitFor(&reconciler, &Reconciler::finished);
            const auto unknown = std::count_if(verdicts.cbegin(), verdicts.cend(),
                [](const auto &v) { return v.state() == ReleaseState::Unknown; });
            out << "reconcile: " << verdicts.size()
                << " interrupted request(s): " << verdicts.size() - unknown
                << " settled by the portal, " << unknown << " still unknown (not re-sent)\n";
        }
    }

    QList<ReleaseTicket> tickets;
    ScrapeResult scrape;
    {
        TicketScraper scraper(&session);
        scraper.setAutoDelete(false); // on the stack
        QObject::connect(&scraper, &TicketScraper::ticketsArrived, &scraper,
            [&](const QList<ReleaseTicket> &page) { tickets += page; });
        QObject::connect(&scraper, &TicketScraper::finished, &scraper,
            [&](const ScrapeResult &result) { scrape = result; });
        scraper.start();
        if (scraper.isRunning())
            waitFor(&scraper, &TicketScraper::finished);
    }
    if (scrape.error.isError()) {
        // Planning on a partial list could release a ticket whose dependency is unseen.
        err << "release: the ticket list could not be read completely: " << scrape.error.text()
            << "\n";
        return ScrapeFailed;
    }
    std::sort(tickets.begin(), tickets.end(), lessById);
    out << "Scraped " << tickets.size() << " tickets from " << scrape.pages << " pages\n";

    // Tickets whose last release has no known outcome stay out unless a person names them.
    const auto unresolved = history.unresolvedTickets(profile->baseUrl);
    const QSet<QString> resendIds(options->resend.cbegin(), options->resend.cend());
    for (auto &ticket : tickets) {
        const auto it = unresolved.constFind(ticket.id);
        if (it == unresolved.cend() || resendIds.contains(ticket.id))
            continue;
        unresolvedBefore = unresolvedBefore || ticket.pendingOnPortal;
        ticket.state = ReleaseState::Unknown;
        ticket.message = QStringLiteral("outcome unknown since run %1: not re-sent on its own "
                                        "(use --resend %2 if the portal still shows it pending)")
                             .arg(it->run)
                             .arg(ticket.id);
        out << "held: #" << ticket.id << " " << ticket.message << "\n";
    }

    QHash<QString, ReleaseTicket> byId;
    for (const auto &ticket : std::as_const(tickets))
        byId.insert(ticket.id, ticket);

    if (!options->resend.isEmpty() && !options->planOnly) {
        Reconciler reconciler(&session, &history);
        for (const auto &id : options->resend) {
            if (!byId.contains(id)) {
                err << "release: --resend " << id << ": no such ticket on the portal\n";
                continue;
            }
            ReleaseResult result;
            QObject::connect(&reconciler, &Reconciler::resendFinished, &reconciler,
                [&](const ReleaseResult &r) { result = r; });
            if (!reconciler.resend(byId.value(id), options->user))
                continue;
            waitFor(&reconciler, &Reconciler::resendFinished);
            reconciler.disconnect(&reconciler);
            out << "resend #" << id << ": " << ReleaseResult::outcomeName(result.outcome) << ": "
                << result.message << "\n";
            ReleaseTicket &ticket = byId[id];
            ticket.state = result.outcome == ReleaseOutcome::Succeeded ? ReleaseState::Succeeded
                : result.outcome == ReleaseOutcome::Unknown            ? ReleaseState::Unknown
                                                                       : ReleaseState::Failed;
            if (result.outcome == ReleaseOutcome::Succeeded)
                ticket.pendingOnPortal = false;
            if (result.outcome != ReleaseOutcome::Succeeded)
                unresolvedBefore = true;
        }
        for (auto &ticket : tickets)
            ticket = byId.value(ticket.id);
    }

    PlanningHints hints = profile->planning;
    ReleasePlan plan = Planner::plan(tickets, hints);
    printPlan(out, plan, byId);

    if (options->planOnly) {
        printRequests(out, plan, byId, *profile, session.pool()->capturedValues());
        return Ok;
    }
    if (plan.batches.isEmpty()) {
        out << "Nothing to release.\n";
        return unresolvedBefore ? NotAllReleased : Ok;
    }
    plan = askApproval(out, terminal, plan, byId, options->user, options->yes);
    const auto approved = std::count_if(
        plan.batches.cbegin(), plan.batches.cend(), [](const PlanBatch &b) { return b.approved; });
    if (approved == 0) {
        out << "No batch approved: nothing sent.\n";
        return unresolvedBefore ? NotAllReleased : Ok;
    }

    ReleaseExecutor executor(&session, &history);
    ReleaseOptions runOptions = executor.options();
    runOptions.concurrency = profile->politeness.concurrency;
    runOptions.failurePolicy = options->policy;
    runOptions.recheck = options->recheck;
    runOptions.user = options->user;
    executor.setOptions(runOptions);
    int done = 0;
    const int total = int(std::accumulate(plan.batches.cbegin(), plan.batches.cend(), qsizetype(0),
        [](qsizetype sum, const PlanBatch &b) {
            return sum + (b.approved ? b.ticketIds.size() : 0);
        }));
    QObject::connect(&executor, &ReleaseExecutor::batchStarted, &executor, [&](int index) {
        out << "Batch " << index + 1 << " started\n";
        out.flush();
    });
    QObject::connect(
        &executor, &ReleaseExecutor::ticketUpdated, &executor, [&](const TicketUpdate &update) {
            if (!update.state || !isFinalState(*update.state))
                return;
            const ReleaseTicket ticket = byId.value(update.id);
            out << "[" << ++done << "/" << total << ", " << executor.inFlight() << " in flight] #"
                << update.id << " " << ticket.application << " " << ticket.version << ": "
                << releaseStateName(*update.state);
            if (update.message && !update.message->isEmpty())
                out << " — " << *update.message;
            out << "\n";
            out.flush();
        });
    RunSummary summary;
    QObject::connect(&executor, &ReleaseExecutor::finished, &executor,
        [&](const RunSummary &s) { summary = s; });
    if (!executor.start(plan, tickets)) {
        err << "release: cannot start: " << executor.lastError() << "\n";
        return HistoryFailed;
    }
    out << "Run " << executor.runId() << " started (history: " << history.path() << ")\n";
    out.flush();
    waitFor(&executor, &ReleaseExecutor::finished);
    out << "Run " << summary.runId << ": " << summary.text() << "\n";
    if (!summary.unknownIds.isEmpty())
        out << "Unknown (check on the portal; never re-sent on its own): #"
            << summary.unknownIds.join(QStringLiteral(", #")) << "\n";
    if (!summary.error.isEmpty())
        err << "release: " << summary.error << "\n";
    return summary.ok() && !unresolvedBefore ? Ok : NotAllReleased;
}
