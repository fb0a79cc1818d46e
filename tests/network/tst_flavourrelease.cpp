// Profile format 2, request side, on the demo portal's flavours over real HTTP:
// - spa: login through the JSON API, the CSRF token captured from the app shell's <meta> and sent
//   back as X-CSRF-Token with a JSON body;
// - legacy: a GBK form login with a Chinese password (sent as GBK bytes), and the two-step
//   release (confirm page read, one-time confirmToken, then the POST).
// `releasedesk-cli release --yes` with the embedded profile releases every releasable ticket
// exactly once: no duplicate and no violation in the portal's audit, nothing unknown; also with
// sessions that end every 40 requests (at limits 1, 6 and 10) or after 2 seconds, with the
// portal allowing no more requests in flight than the limit.
// In process: a session renewed while the run's intents are being committed sends each release
// with the new session's values (cookie and captured token together).
#include "demoportal.h"
#include "fixture_scrape.h"
#include "historystore.h"
#include "http/networkpool.h"
#include "planner.h"
#include "profile/siteprofile.h"
#include "release/reconciler.h"
#include "release/releaseexecutor.h"
#include "release/releasepreparation.h"
#include "session/portalsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString chinesePassword = u"发布@2024"_s;

PortalConfig flavourConfig(PortalFlavor flavor, int tickets)
{
    PortalConfig config;
    config.flavor = flavor;
    config.tickets = tickets;
    config.pageSize = 1000; // one list page: paging is the list side's, tested there
    config.password = chinesePassword;
    config.releaseLatencyMs = 20;
    config.jitter = 0.5;
    return config;
}

std::unique_ptr<DemoPortal> startPortal(PortalFlavor flavor, int tickets)
{
    return ScrapeFixture::startPortal(flavourConfig(flavor, tickets));
}

// The plan's largest parallel batch, cut to `most` tickets and approved: tickets that may go out
// together, for the in-process runs.
PlanBatch approvedParallelBatch(
    const QList<ReleaseTicket> &tickets, const PlanningHints &hints, int most)
{
    PlanBatch chosen;
    for (const PlanBatch &batch : Planner::plan(tickets, hints).batches) {
        if (batch.kind == PlanBatch::Kind::Parallel && batch.ticketIds.size() > chosen.ticketIds.size())
            chosen = batch;
    }
    chosen.ticketIds = chosen.ticketIds.mid(0, most);
    chosen.approved = true;
    chosen.approvedBy = u"tester"_s;
    return chosen;
}

ReleaseOptions inProcessOptions(int concurrency)
{
    ReleaseOptions options;
    options.concurrency = concurrency;
    options.recheck = false;
    options.user = u"tester"_s;
    options.releaseTimeoutMs = 60000;
    return options;
}

} // namespace

class TestFlavourRelease final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
    void releaseEverything_data();
    void releaseEverything();
    void planOnlyPrintsEveryStep_data();
    void planOnlyPrintsEveryStep();
    void releaseWithExpiringSessions_data();
    void releaseWithExpiringSessions();
    void retryFailedReleasesRetryableOnly();
    void renewalWhileIntentsAreCommitted_data();
    void renewalWhileIntentsAreCommitted();
    void resendSendsTheProfilesRelease_data();
    void resendSendsTheProfilesRelease();
    void stepsAfterARenewalCarryTheNewLoginsValues();
    void readStepsThatUseUpTheSessionStillRelease();

private:
    QString runCli(const DemoPortal &portal, const QString &profile, const QStringList &options);
    static QString threadStates(qint64 pid);
    static void verifyReleasedOnce(
        const DemoPortal &portal, const QSet<int> &pendingBefore, const QString &output);
    static QSet<int> pendingTickets(const DemoPortal &portal);

    QString m_cli;
};

QString TestFlavourRelease::runCli(
    const DemoPortal &portal, const QString &profile, const QStringList &options)
{
    QTemporaryDir dir;
    QProcess cli;
    cli.setProgram(m_cli);
    cli.setArguments(QStringList { u"release"_s, u"--profile"_s, profile, u"--base-url"_s,
                         portal.baseUrl().toString(), u"--user"_s, u"demo"_s,
                         u"--password-stdin"_s, u"--history"_s, dir.filePath(u"history.sqlite"_s) }
        + options);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start();
    if (!cli.waitForStarted(30000))
        return {};
    cli.write(chinesePassword.toUtf8() + '\n');
    cli.closeWriteChannel();
    // The portal lives in this process: wait with the event loop running so it can answer.
    // The wait ends below QtTest's function timeout (300 s), so a run that never finishes fails
    // here with what the CLI wrote, and where each of its threads was waiting, instead of the
    // test being killed with the child's output lost.
    constexpr int cliTimeoutMs = 240000;
    QSignalSpy finished(&cli, &QProcess::finished);
    if (cli.state() != QProcess::NotRunning && !finished.wait(cliTimeoutMs)) {
        const QString threads = threadStates(cli.processId());
        cli.kill();
        cli.waitForFinished(30000);
        // A run going round in circles writes tens of thousands of lines, and QtTest cuts a
        // long message short: the start and the end say where it stood.
        QStringList lines = QString::fromUtf8(cli.readAll()).split(u'\n');
        const qsizetype total = lines.size();
        // The first 150 lines hold the plan (some 90) and the run's first moves.
        if (total > 250) {
            lines = lines.mid(0, 150)
                + QStringList { u"[... %1 lines left out ...]"_s.arg(total - 200) }
                + lines.mid(total - 50);
        }
        const QString output
            = u"[tst_flavourrelease] releasedesk-cli timed out after %1 s and was killed; its "
              "threads were:\n%2\nIts output (%3 lines):\n%4"_s.arg(cliTimeoutMs / 1000)
                  .arg(threads)
                  .arg(total)
                  .arg(lines.join(u'\n'));
        qWarning().noquote() << output;
        QTest::qFail("releasedesk-cli did not finish (its output is above)", __FILE__, __LINE__);
        return output;
    }
    return QString::fromUtf8(cli.readAll());
}

QString TestFlavourRelease::threadStates(qint64 pid)
{
    // Linux only: each thread's name, state and kernel wait channel say whether the child is
    // stuck in its event loop (poll), on a lock (futex) or never got past its start.
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    QStringList lines;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto read = [&](const QString &name) {
            QFile file(tasks.filePath(tid + u'/' + name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                                  : QString();
        };
        QString state;
        for (const QString &line : read(u"status"_s).split(u'\n')) {
            if (line.startsWith(u"State:"_s))
                state = line.mid(6).trimmed();
        }
        // utime and stime, the 14th and 15th fields, counted after the name's closing ')':
        // a thread going round in circles has spent most of the wait on the CPU.
        const QStringList stat = read(u"stat"_s).section(u')', -1).split(u' ', Qt::SkipEmptyParts);
        const double cpuS = stat.size() > 12
            ? (stat.at(11).toDouble() + stat.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK))
            : -1;
        lines << u"  %1 %2: %3, waiting in %4, %5 s on the CPU"_s
                     .arg(tid, read(u"comm"_s), state, read(u"wchan"_s))
                     .arg(cpuS, 0, 'f', 1);
    }
    return lines.isEmpty() ? u"  (not readable)"_s : lines.join(u'\n');
}

void TestFlavourRelease::planOnlyPrintsEveryStep_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("spa") << int(PortalFlavor::Spa) << u"demo-spa"_s
                         << QStringList { u"deploy (acting, sent once): POST http://"_s,
                                u"[application/json] {\"nonce\":"_s, u"X-CSRF-Token: ***"_s };
    QTest::newRow("legacy") << int(PortalFlavor::Legacy) << u"demo-legacy"_s
                            << QStringList { u"1. confirm (read): GET http://"_s,
                                   u"/confirm.do?id="_s, u"captures {confirmToken}"_s,
                                   u"2. release (acting, sent once): POST http://"_s,
                                   u"id&confirmToken"_s }; // the profile's field order
}

void TestFlavourRelease::planOnlyPrintsEveryStep()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    QFETCH(QStringList, shown);
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    const auto portal = startPortal(PortalFlavor(flavor), 20);
    QVERIFY(portal);
    const QString output = runCli(*portal, profile, { u"--plan-only"_s });
    for (const QString &text : shown)
        QVERIFY2(output.contains(text), qPrintable(text + u"\n"_s + output));
    QVERIFY(!output.contains(chinesePassword));
    QCOMPARE(portal->audit().value(u"releases"_s).toArray().size(), 0);
}

void TestFlavourRelease::initTestCase()
{
    m_cli = QFileInfo(QCoreApplication::applicationDirPath() + u"/../app/releasedesk-cli"_s)
                .canonicalFilePath();
}

void TestFlavourRelease::login_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("formCharset");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("spa: JSON API, CSRF captured") << int(PortalFlavor::Spa) << u"demo-spa"_s
                                                 << QString() << chinesePassword << true;
    QTest::newRow("spa: wrong password") << int(PortalFlavor::Spa) << u"demo-spa"_s << QString()
                                         << u"demo"_s << false;
    QTest::newRow("legacy: GBK form, Chinese password")
        << int(PortalFlavor::Legacy) << u"demo-legacy"_s << QString() << chinesePassword << true;
    QTest::newRow("legacy: the same password sent as UTF-8")
        << int(PortalFlavor::Legacy) << u"demo-legacy"_s << u"UTF-8"_s << chinesePassword << false;
}

void TestFlavourRelease::login()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    QFETCH(QString, formCharset);
    QFETCH(QString, password);
    QFETCH(bool, succeeds);
    const auto portal = startPortal(PortalFlavor(flavor), 20);
    QVERIFY(portal);
    SiteProfile site = ScrapeFixture::profileFor(profile, *portal);
    site.requests.formCharset = formCharset;
    PortalSession session(site);
    const PortalError error = ScrapeFixture::login(session, u"demo"_s, password);
    QCOMPARE(error.isError(), !succeeds);
    const QJsonObject audit = portal->audit();
    QCOMPARE(audit.value(u"logins"_s).toInt(), succeeds ? 1 : 0);
    if (!succeeds) {
        // The portal's own words, decoded (GBK on legacy), not mojibake.
        QVERIFY2(error.message.contains(u"Invalid username or password"_s)
                || error.message.contains(u"用户名或密码错误"_s),
            qPrintable(error.text()));
        return;
    }
    if (PortalFlavor(flavor) == PortalFlavor::Spa) {
        const TemplateValues &captured = session.pool()->capturedValues();
        QVERIFY(captured.contains(u"csrf"_s));
        QVERIFY(captured.value(u"csrf"_s).size() >= 8);
        QVERIFY(captured.isSecret(u"csrf"_s));
    }
}

void TestFlavourRelease::releaseEverything_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::newRow("spa") << int(PortalFlavor::Spa) << u"demo-spa"_s;
    QTest::newRow("legacy") << int(PortalFlavor::Legacy) << u"demo-legacy"_s;
}

void TestFlavourRelease::releaseEverything()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    const auto portal = startPortal(PortalFlavor(flavor), 60);
    QVERIFY(portal);
    const QSet<int> pendingBefore = pendingTickets(*portal);
    const QString output = runCli(*portal, profile, { u"--yes"_s });
    verifyReleasedOnce(*portal, pendingBefore, output);
}

void TestFlavourRelease::releaseWithExpiringSessions_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("maxRequests");
    QTest::addColumn<int>("ttlS");
    QTest::addColumn<int>("limit");
    const struct
    {
        const char *name;
        PortalFlavor flavor;
    } flavours[] = { { "demo-spa", PortalFlavor::Spa }, { "demo-legacy", PortalFlavor::Legacy } };
    for (const auto &flavour : flavours) {
        for (const int limit : { 1, 6, 10 }) {
            QTest::addRow("%s, session 40 requests, limit %d", flavour.name, limit)
                << int(flavour.flavor) << QString::fromLatin1(flavour.name) << 40 << 0 << limit;
        }
        QTest::addRow("%s, session 2 s, limit 6", flavour.name)
            << int(flavour.flavor) << QString::fromLatin1(flavour.name) << 0 << 2 << 6;
    }
}

// The portal ends its sessions (spa: 401; legacy: 200 with the login page) and turns away, with
// 429, any request beyond the limit in flight at once: one run still releases every releasable
// ticket exactly once, nothing unknown, nothing turned away for the limit.
void TestFlavourRelease::releaseWithExpiringSessions()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    QFETCH(int, maxRequests);
    QFETCH(int, ttlS);
    QFETCH(int, limit);
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    PortalConfig config = flavourConfig(PortalFlavor(flavor), 60);
    config.sessionMaxRequests = maxRequests;
    config.sessionTtlS = ttlS;
    config.maxInFlight = limit;
    config.retryAfterS = 1;
    if (ttlS > 0)
        config.releaseLatencyMs = 300; // the run outlives a few sessions of 2 seconds
    const auto portal = ScrapeFixture::startPortal(config);
    QVERIFY(portal);
    const QSet<int> pendingBefore = pendingTickets(*portal);
    const QString output
        = runCli(*portal, profile,
            // -v: the workflow's progress lines, so a failure shows where the run stood.
            { u"--yes"_s, u"-v"_s, u"--limit"_s, QString::number(limit) });
    verifyReleasedOnce(*portal, pendingBefore, output);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject audit = portal->audit();
    QVERIFY2(audit.value(u"logins"_s).toInt() >= 2,
        qPrintable(u"the run outlived no session: %1 logins\n%2"_s
                       .arg(audit.value(u"logins"_s).toInt())
                       .arg(output)));
    QVERIFY2(output.contains(u" 0 unknown"_s), qPrintable(output));
    QVERIFY2(audit.value(u"rate_limited"_s).toInt() == 0,
        qPrintable(u"%1 requests turned away for the limit\n%2"_s
                       .arg(audit.value(u"rate_limited"_s).toInt())
                       .arg(output)));
    QVERIFY2(audit.value(u"peak_in_flight"_s).toInt() <= limit,
        qPrintable(QString::number(audit.value(u"peak_in_flight"_s).toInt())));
    qInfo("%d logins, %d requests, peak %d in flight", audit.value(u"logins"_s).toInt(),
        audit.value(u"requests"_s).toInt(), audit.value(u"peak_in_flight"_s).toInt());
}

// list.retryable_statuses on the command line: a first run leaves tickets FAILED (the spa portal
// takes a release of a FAILED ticket again); `release --retry-failed` plans exactly the tickets
// the portal shows FAILED and releases each once; without the statuses in the profile the option
// is refused.
void TestFlavourRelease::retryFailedReleasesRetryableOnly()
{
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    PortalConfig config = flavourConfig(PortalFlavor::Spa, 60);
    config.failRate = 0.3;
    const auto portal = ScrapeFixture::startPortal(config);
    QVERIFY(portal);
    QTemporaryDir dir;
    QFile embedded(SiteProfile::embeddedPath(u"demo-spa"_s));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(embedded.readAll()).object();
    QJsonObject list = json.value(u"list"_s).toObject();
    list.insert(u"retryable_statuses"_s, QJsonArray { u"FAILED"_s });
    json.insert(u"list"_s, list);
    const QString retryable = dir.filePath(u"spa-retryable.json"_s);
    QFile file(retryable);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    const QString refused = runCli(*portal, u"demo-spa"_s, { u"--yes"_s, u"--retry-failed"_s });
    QVERIFY2(refused.contains(u"lists no retryable_statuses"_s), qPrintable(refused));
    QCOMPARE(portal->audit().value(u"releases"_s).toArray().size(), 0);

    const QString first
        = runCli(*portal, retryable, { u"--yes"_s, u"--failure-policy"_s, u"continue"_s });
    QSet<int> failed;
    for (const DemoTicket &ticket : portal->tickets()) {
        if (ticket.status == TicketStatus::Failed)
            failed.insert(ticket.id);
    }
    QVERIFY2(!failed.isEmpty(), qPrintable(first));
    // The first run never sent a ticket that was FAILED before it: it was not pending.
    const QSet<int> pendingAfterFirst = pendingTickets(*portal);

    PortalConfig calm = portal->config();
    calm.failRate = 0.0;
    QCOMPARE(portal->setConfig(calm), QString());
    portal->resetAudit();
    const QString retry = runCli(*portal, retryable, { u"--yes"_s, u"--retry-failed"_s });
    QHash<int, int> sent;
    for (const QJsonValue &value : portal->audit().value(u"releases"_s).toArray())
        ++sent[value.toObject().value(u"ticket"_s).toInt()];
    QVERIFY2(!sent.isEmpty(), qPrintable(retry));
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        QVERIFY2(failed.contains(it.key()), qPrintable(u"#%1 was not FAILED\n%2"_s.arg(it.key()).arg(retry)));
        QCOMPARE(it.value(), 1);
        QCOMPARE(portal->ticket(it.key())->status, TicketStatus::Released);
    }
    for (const int id : pendingAfterFirst)
        QVERIFY2(!sent.contains(id), qPrintable(u"pending #%1 was sent by --retry-failed"_s.arg(id)));
    // A FAILED ticket is left only when a dependency of it is not released.
    for (const int id : std::as_const(failed)) {
        if (sent.contains(id))
            continue;
        const DemoTicket *ticket = portal->ticket(id);
        QVERIFY2(std::any_of(ticket->dependsOn.cbegin(), ticket->dependsOn.cend(),
                     [&](int dependency) {
                         return portal->ticket(dependency)->status != TicketStatus::Released;
                     }),
            qPrintable(u"#%1 FAILED and not retried\n%2"_s.arg(id).arg(retry)));
    }
    QVERIFY(portal->audit().value(u"duplicates"_s).toArray().isEmpty());
    QVERIFY(portal->audit().value(u"violations"_s).toArray().isEmpty());
}

void TestFlavourRelease::renewalWhileIntentsAreCommitted_data()
{
    releaseEverything_data();
}

// The intents of a batch wait for the history (another connection holds the database) while
// the session is renewed. Each release then goes with the new session's cookie AND its values
// (spa: the X-CSRF-Token of the new login; legacy: its confirm page read again, as a confirm
// token may belong to the session), so the portal takes every one: none refused, none twice.
void TestFlavourRelease::renewalWhileIntentsAreCommitted()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    const auto portal = startPortal(PortalFlavor(flavor), 30);
    QVERIFY(portal);
    const SiteProfile site = ScrapeFixture::profileFor(profile, *portal);
    PortalSession session(site);
    QVERIFY(!ScrapeFixture::login(session, u"demo"_s, chinesePassword).isError());
    const ScrapeFixture::Scraped scraped = ScrapeFixture::scrape(session);
    QVERIFY(!scraped.tickets.isEmpty());
    const PlanBatch chosen = approvedParallelBatch(scraped.tickets, site.planning, 4);
    QVERIFY2(chosen.ticketIds.size() >= 3, "no parallel batch of three tickets to release");
    ReleasePlan plan;
    plan.batches = { chosen };
    const int count = int(chosen.ticketIds.size());

    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    history.setBusyTimeout(120000); // the writer waits for the lock below, however long
    ReleaseExecutor executor(&session, &history);
    executor.setOptions(inProcessOptions(count));
    QSignalSpy finished(&executor, &ReleaseExecutor::finished);
    QVERIFY(executor.start(plan, scraped.tickets));
    const quint64 before = session.generation();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(history.path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        // Every ticket prepared (legacy: its confirm page read) and its intent handed to the
        // writer, which cannot commit it yet.
        QTRY_COMPARE_WITH_TIMEOUT(executor.pendingHistoryWrites(), count, 60000);
        QSignalSpy renewed(&session, &PortalSession::renewed);
        session.reportExpired(session.generation());
        QVERIFY(renewed.wait(60000));
        QVERIFY(session.generation() != before);
        QCOMPARE(portal->audit().value(u"releases"_s).toArray().size(), 0);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    QVERIFY(finished.wait(120000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    const QJsonObject audit = portal->audit();
    QHash<int, int> sent;
    for (const QJsonValue &value : audit.value(u"releases"_s).toArray()) {
        const QJsonObject release = value.toObject();
        QVERIFY2(release.value(u"result"_s).toString() == u"success"_s,
            qPrintable(u"ticket %1: %2"_s.arg(release.value(u"ticket"_s).toInt())
                           .arg(release.value(u"result"_s).toString())));
        ++sent[release.value(u"ticket"_s).toInt()];
    }
    QCOMPARE(summary.succeeded, count);
    QCOMPARE(summary.unknown, 0);
    QCOMPARE(sent.size(), count);
    for (const QString &id : std::as_const(chosen.ticketIds))
        QCOMPARE(sent.value(id.toInt()), 1);
    QVERIFY(audit.value(u"duplicates"_s).toArray().isEmpty());
}

void TestFlavourRelease::resendSendsTheProfilesRelease_data()
{
    releaseEverything_data();
}

// A person's "send again" of a ticket goes out as the profile's release does: spa with its JSON
// body and the captured X-CSRF-Token, legacy through its confirm page and one-time token. The
// portal takes it once.
void TestFlavourRelease::resendSendsTheProfilesRelease()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    const auto portal = startPortal(PortalFlavor(flavor), 10);
    QVERIFY(portal);
    const SiteProfile site = ScrapeFixture::profileFor(profile, *portal);
    PortalSession session(site);
    QVERIFY(!ScrapeFixture::login(session, u"demo"_s, chinesePassword).isError());
    const ScrapeFixture::Scraped scraped = ScrapeFixture::scrape(session);
    const ReleasePlan plan = Planner::plan(scraped.tickets, site.planning);
    QVERIFY(!plan.batches.isEmpty());
    const QString id = plan.batches.first().ticketIds.first();
    ReleaseTicket ticket;
    for (const ReleaseTicket &scrapedTicket : scraped.tickets) {
        if (scrapedTicket.id == id)
            ticket = scrapedTicket;
    }
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    Reconciler reconciler(&session, &history);
    QSignalSpy resent(&reconciler, &Reconciler::resendFinished);
    QVERIFY(reconciler.resend(ticket, u"alice"_s));
    QVERIFY(resent.wait(60000));
    const ReleaseResult result = resent.first().first().value<ReleaseResult>();
    QVERIFY2(result.outcome == ReleaseOutcome::Succeeded, qPrintable(result.message));
    const QJsonArray releases = portal->audit().value(u"releases"_s).toArray();
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.first().toObject().value(u"ticket"_s).toInt(), id.toInt());
    QCOMPARE(releases.first().toObject().value(u"result"_s).toString(), u"success"_s);
}

// A release with a read step before the acting one, on spa: the session ends before the read,
// which logs in again and reads on. The acting request then carries the new login's CSRF token
// (the old one, kept from before the read, would be refused with the new cookie).
void TestFlavourRelease::stepsAfterARenewalCarryTheNewLoginsValues()
{
    PortalConfig config = flavourConfig(PortalFlavor::Spa, 10);
    const auto portal = ScrapeFixture::startPortal(config);
    QVERIFY(portal);
    QFile embedded(SiteProfile::embeddedPath(u"demo-spa"_s));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(embedded.readAll()).object();
    QJsonObject release = json.value(u"release"_s).toObject();
    QJsonArray steps = release.value(u"steps"_s).toArray();
    steps.prepend(QJsonObject { { u"name"_s, u"look"_s }, { u"method"_s, u"GET"_s },
        { u"url"_s, u"api/v1/releases?offset=0&limit=1"_s } });
    release.insert(u"steps"_s, steps);
    json.insert(u"release"_s, release);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"spa-two-steps.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    ProfileError error;
    std::optional<SiteProfile> site = SiteProfile::load(path, &error);
    QVERIFY2(site, qPrintable(error.text()));
    site->setBaseUrl(portal->baseUrl());
    PortalSession session(*site);
    QVERIFY(!ScrapeFixture::login(session, u"demo"_s, chinesePassword).isError());
    const ScrapeFixture::Scraped scraped = ScrapeFixture::scrape(session);
    QVERIFY(!scraped.tickets.isEmpty());
    const quint64 before = session.generation();
    const QString oldToken = session.pool()->capturedValues().value(u"csrf"_s);
    // The session in use has answered more than this: the read step meets its end.
    config.sessionMaxRequests = 1;
    QCOMPARE(portal->setConfig(config), QString());

    ReleasePreparation preparation(&session, scraped.tickets.first(), 60000);
    preparation.setAutoDelete(false); // on the stack
    std::optional<PreparedRelease> answer;
    connect(&preparation, &ReleasePreparation::finished, this,
        [&answer](const PreparedRelease &prepared) { answer = prepared; });
    preparation.start();
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60000);
    const PreparedRelease prepared = *answer;
    QVERIFY2(prepared.isValid(), qPrintable(prepared.error));
    QVERIFY(session.generation() != before);
    QCOMPARE(prepared.sessionGeneration, session.generation());
    const QString newToken = session.pool()->capturedValues().value(u"csrf"_s);
    QVERIFY(!newToken.isEmpty() && newToken != oldToken);
    QByteArray sent;
    for (const auto &header : prepared.request.headers) {
        if (header.first.compare("X-CSRF-Token", Qt::CaseInsensitive) == 0)
            sent = header.second;
    }
    QCOMPARE(QString::fromLatin1(sent), newToken);
}

// legacy's two-step release with a session whose stated life (3 requests) holds fewer confirm
// reads than the releases prepared at once (6): each new session went to the confirm reads and
// no release ever went out (the run never ended). Now fewer are prepared at once and the run
// releases every ticket of the batch once.
void TestFlavourRelease::readStepsThatUseUpTheSessionStillRelease()
{
    const auto portal = startPortal(PortalFlavor::Legacy, 30);
    QVERIFY(portal);
    SiteProfile site = ScrapeFixture::profileFor(u"demo-legacy"_s, *portal);
    PortalSession session(site);
    QVERIFY(!ScrapeFixture::login(session, u"demo"_s, chinesePassword).isError());
    const ScrapeFixture::Scraped scraped = ScrapeFixture::scrape(session);
    site.login.session.maxRequests = 3;
    PortalSession shortLived(site);
    QVERIFY(!ScrapeFixture::login(shortLived, u"demo"_s, chinesePassword).isError());
    const PlanBatch chosen = approvedParallelBatch(scraped.tickets, site.planning, 6);
    QVERIFY2(chosen.ticketIds.size() >= 4, "no parallel batch of four tickets to release");
    ReleasePlan plan;
    plan.batches = { chosen };
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    ReleaseExecutor executor(&shortLived, &history);
    executor.setOptions(inProcessOptions(6));
    QSignalSpy finished(&executor, &ReleaseExecutor::finished);
    QVERIFY(executor.start(plan, scraped.tickets));
    QVERIFY2(finished.wait(120000), "the run did not end");
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.succeeded, int(chosen.ticketIds.size()));
    QHash<int, int> sent;
    for (const QJsonValue &value : portal->audit().value(u"releases"_s).toArray())
        ++sent[value.toObject().value(u"ticket"_s).toInt()];
    QCOMPARE(sent.size(), int(chosen.ticketIds.size()));
    for (const QString &id : std::as_const(chosen.ticketIds))
        QCOMPARE(sent.value(id.toInt()), 1);
}

QSet<int> TestFlavourRelease::pendingTickets(const DemoPortal &portal)
{
    QSet<int> pending;
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending)
            pending.insert(ticket.id);
    }
    return pending;
}

void TestFlavourRelease::verifyReleasedOnce(
    const DemoPortal &portal, const QSet<int> &pendingBefore, const QString &output)
{
    const QJsonObject audit = portal.audit();
    QVERIFY2(audit.value(u"duplicates"_s).toArray().isEmpty(), qPrintable(output));
    QVERIFY2(audit.value(u"violations"_s).toArray().isEmpty(),
        QJsonDocument(audit.value(u"violations"_s).toArray()).toJson().constData());
    QHash<int, int> handled;
    for (const QJsonValue &value : audit.value(u"releases"_s).toArray()) {
        const QJsonObject release = value.toObject();
        const QString result = release.value(u"result"_s).toString();
        QVERIFY2(result == u"success"_s || result == u"failed"_s || result == u"dependency"_s,
            qPrintable(u"ticket %1: %2\n%3"_s.arg(release.value(u"ticket"_s).toInt()).arg(result, output)));
        ++handled[release.value(u"ticket"_s).toInt()];
    }
    QVERIFY2(!handled.isEmpty(), qPrintable(output));
    // Every ticket pending before the run that could go (every dependency released on the
    // portal by its end) was sent, exactly once.
    QHash<int, TicketStatus> after;
    for (const DemoTicket &ticket : portal.tickets())
        after.insert(ticket.id, ticket.status);
    for (const DemoTicket &ticket : portal.tickets()) {
        if (!pendingBefore.contains(ticket.id))
            continue;
        const bool releasable = std::all_of(ticket.dependsOn.cbegin(), ticket.dependsOn.cend(),
            [&](int dependency) { return after.value(dependency) == TicketStatus::Released; });
        if (releasable)
            QVERIFY2(handled.value(ticket.id) == 1,
                qPrintable(u"ticket %1 was sent %2 times\n%3"_s.arg(ticket.id)
                               .arg(handled.value(ticket.id))
                               .arg(output)));
    }
    QVERIFY2(!output.contains(u"unknown:"_s, Qt::CaseInsensitive) || output.contains(u"0 unknown"_s),
        qPrintable(output));
}

QTEST_GUILESS_MAIN(TestFlavourRelease)
#include "tst_flavourrelease.moc"
