// "The window tells the truth at a glance, and always offers the next step". The real
// MainWindow, offscreen, against the in-process demo portal over loopback HTTP: after a stopped
// run the status bar, the batch rows and the summary show the true counts; "retry failed" plans
// exactly the failed tickets and releases them after approval; cancel asks first and says how
// many will be skipped; "resume the rest" releases the skipped ones; the team chat gets one
// message per event with the run's counts; the timeline follows the run.
#include "approvaldialog.h"
#include "countsbar.h"
#include "fixture_webhookreceiver.h"
#include "fixture_window.h"
#include "logpane.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "runstatuswidget.h"
#include "runsummarypanel.h"
#include "settingsdialog.h"
#include "timelineview.h"
#include "tickettablemodel.h"
#include "notify/webhooknotifier.h"
#include "profile/siteprofile.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {
constexpr int timeout = 120000; // generous: two tests may share two loaded cores

ApprovalDialog *approvalDialog(MainWindow &window)
{
    const QList<ApprovalDialog *> dialogs = window.findChildren<ApprovalDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

// Approves through the dialog as a person would, ticking the production confirmation if the
// scope needs it.
bool approveInDialog(ApprovalDialog *dialog)
{
    if (!dialog)
        return false;
    if (auto *confirm = dialog->findChild<QCheckBox *>(u"productionConfirm"_s))
        confirm->setChecked(true);
    auto *approve = dialog->findChild<QPushButton *>(u"approveButton"_s);
    if (!approve->isEnabled())
        return false;
    approve->click();
    return true;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// The demo profile, except that the portal's "failed" status counts as pending: on this portal a
// failed ticket may be released again, and the list shows it so.
QString retryableProfile(const QTemporaryDir &dir)
{
    QFile embedded(SiteProfile::embeddedPath(u"demo"_s));
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = embedded.readAll();
    json.replace("\"pending_statuses\": [\"待上线\"]", "\"pending_statuses\": [\"待上线\", \"上线失败\"]");
    const QString path = dir.filePath(u"retryable.json"_s);
    QFile out(path);
    if (!json.contains("上线失败\"]") || !out.open(QIODevice::WriteOnly) || out.write(json) < 0)
        return {};
    return path;
}

// The embedded spa profile, with the portal's FAILED status listed as retryable (or not).
QString spaProfile(const QTemporaryDir &dir, bool retryable)
{
    QFile embedded(SiteProfile::embeddedPath(u"demo-spa"_s));
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(embedded.readAll()).object();
    if (retryable) {
        QJsonObject list = json.value(u"list"_s).toObject();
        list.insert(u"retryable_statuses"_s, QJsonArray { u"FAILED"_s });
        json.insert(u"list"_s, list);
    }
    const QString path
        = dir.filePath(retryable ? u"spa-retryable.json"_s : u"spa-not-retryable.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0)
        return {};
    return path;
}

bool connectWith(MainWindow &window, const LoginRequest &request)
{
    QSignalSpy planned(window.controller(), &ReleaseWorkflow::planReady);
    window.connectDirectly(request, true);
    return planned.wait(timeout);
}
} // namespace

class TestNextSteps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolate(m_dir); }
    void stoppedRunTellsTheTruthAndRetriesFailed();
    void cancelAsksFirstThenResumeTheRest();
    void webhookTestButtonAndNoSecretsInLogs();
    void samePlanInTheWindowTheCliAndOnTwoLaunches();
    void retryFailedOffersRetryableStatusesOnly_data();
    void retryFailedOffersRetryableStatusesOnly();

private:
    QTemporaryDir m_dir;
};

void TestNextSteps::stoppedRunTellsTheTruthAndRetriesFailed()
{
    PortalConfig config;
    config.tickets = 120;
    config.pageSize = 20;
    config.releaseLatencyMs = 20;
    config.failRate = 0.25;
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    window->resize(1440, 900);
    LoginRequest login = loginFor(*portal);
    login.profilePath = retryableProfile(m_dir);
    QVERIFY(!login.profilePath.isEmpty());
    QVERIFY(connectWith(*window, login));
    ReleaseWorkflow *controller = window->controller();
    PlanModel *plan = controller->plan();

    WebhookReceiver receiver;
    WebhookConfig hook;
    hook.flavour = WebhookConfig::Flavour::Slack;
    hook.url = receiver.url();
    window->webhookNotifier()->setConfig(hook);

    controller->approve(controller->scopeForRemaining()); // the dialog is covered below
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QVERIFY(controller->startRelease(u"stop"_s));
    QVERIFY(finished.wait(timeout));

    // The true counts: something failed, the rest was skipped, nothing counted twice.
    const RunCounts counts = controller->runCounts();
    qInfo("stopped run: %s", qPrintable(counts.text()));
    QVERIFY(counts.failed >= 1);
    QVERIFY(counts.skipped >= 1);
    QCOMPARE(counts.remaining, 0);
    QVERIFY(counts.released < counts.total());
    QCOMPARE(counts.total(), plan->plan().plannedCount());

    // Status bar: the same counts, in words and in the stacked bar; never "n / n released".
    RunStatusWidget *status = window->runStatus();
    QCOMPARE(status->countsLabel()->text(), counts.text());
    QCOMPARE(status->countsBar()->counts(), counts);
    QVERIFY(status->countsBar()->isVisible());
    QVERIFY(!status->countsBar()->text().startsWith(QString::number(counts.total()) + u" /"_s));

    // Batch rows add up to the run, and each batch's state says what happened to it.
    RunCounts batches;
    bool sawSkippedBatch = false;
    bool sawFailedBatch = false;
    for (int b = 0; b < plan->rowCount(); ++b) {
        const RunCounts c = plan->batchCounts(b);
        batches += c;
        QCOMPARE(plan->index(b, PlanModel::ProgressColumn).data(PlanModel::CountsRole).value<RunCounts>(), c);
        const QString state = plan->index(b, PlanModel::StateColumn).data().toString();
        if (c.skipped == c.total()) {
            sawSkippedBatch = true;
            QCOMPARE(state, u"skipped"_s);
            // Progress text of a skipped batch: nothing released.
            QVERIFY2(plan->index(b, PlanModel::ProgressColumn).data().toString().startsWith(u"0 / "_s),
                qPrintable(plan->index(b, PlanModel::ProgressColumn).data().toString()));
        }
        if (c.failed > 0) {
            sawFailedBatch = true;
            QVERIFY2(state == u"partly failed"_s || state == u"failed"_s, qPrintable(state));
        }
        if (c.released == c.total())
            QCOMPARE(state, u"done"_s);
    }
    QCOMPARE(batches, counts);
    QVERIFY(sawSkippedBatch);
    QVERIFY(sawFailedBatch);

    // The summary panel: counts, and the next steps.
    RunSummaryPanel *summary = window->runSummary();
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->countsBar()->counts(), counts);
    QVERIFY2(summary->headline().contains(QString::number(counts.released))
            && summary->headline().contains(QString::number(counts.total())),
        qPrintable(summary->headline()));
    QVERIFY(summary->retryButton()->isEnabled());
    QVERIFY(summary->retryButton()->text().contains(QString::number(counts.failed)));
    QVERIFY(summary->resumeButton()->isEnabled());
    QVERIFY(!summary->checkButton()->isEnabled()); // nothing unknown

    // The status line is whole: it fits beside the counters at 1440 px.
    const QString line = window->statusBar()->currentMessage();
    QCOMPARE(line, summary->headline());
    QVERIFY2(window->statusBar()->fontMetrics().horizontalAdvance(line)
            < window->statusBar()->width() - status->width() - 20,
        qPrintable(line));

    // The team chat: exactly one message for the first failure and one for the stop, the
    // latter with the run's counts.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.posts().size(), 2, timeout);
    QTest::qWait(300); // nothing more comes
    QCOMPARE(receiver.posts().size(), 2);
    const QString first = QJsonDocument::fromJson(receiver.posts().at(0).body).object().value(u"text"_s).toString();
    const QString last = QJsonDocument::fromJson(receiver.posts().at(1).body).object().value(u"text"_s).toString();
    QVERIFY2(first.contains(u"failed"_s), qPrintable(first));
    QVERIFY2(last.contains(counts.text()), qPrintable(last));
    QCOMPARE(receiver.posts().at(1).target, QByteArray("/hook"));

    // Retry failed: the portal is read, then a plan of exactly the failed tickets is offered
    // for approval.
    const QStringList failed = controller->runTicketIds(ReleaseState::Failed);
    QCOMPARE(failed.size(), counts.failed);
    PortalConfig calm = portal->config();
    calm.failRate = 0.0; // the cause was fixed; the retries go through
    QCOMPARE(portal->setConfig(calm), QString());
    const int callsBefore = releaseCalls(*portal);
    QSignalSpy planned(controller, &ReleaseWorkflow::nextStepPlanned);
    summary->retryButton()->click();
    QVERIFY(planned.wait(timeout));
    QCOMPARE(planned.first().at(1).toInt(), failed.size());
    QStringList inPlan;
    for (const PlanBatch &batch : plan->plan().batches)
        inPlan += batch.ticketIds;
    QCOMPARE(toSet(inPlan), toSet(failed));
    QCOMPARE(inPlan.size(), failed.size());
    ApprovalDialog *dialog = approvalDialog(*window);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(toSet(dialog->scope().ticketIds), toSet(failed));
    QVERIFY(approveInDialog(dialog));
    finished.clear();
    window->action(u"startAction"_s)->trigger();
    QVERIFY(finished.wait(timeout));
    for (const QString &id : failed) {
        const ReleaseTicket &ticket = controller->tickets()->ticket(controller->tickets()->rowOf(id));
        QCOMPARE(ticket.state, ReleaseState::Succeeded);
    }
    QCOMPARE(releaseCalls(*portal), callsBefore + failed.size());
    QCOMPARE(controller->runCounts().released, failed.size());
}

void TestNextSteps::cancelAsksFirstThenResumeTheRest()
{
    PortalConfig config;
    config.tickets = 120;
    config.pageSize = 20;
    config.releaseLatencyMs = 150;
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();

    // Approve with nothing selected: the first unapproved batch, named in the dialog.
    window->action(u"approveBatchAction"_s)->trigger();
    ApprovalDialog *dialog = approvalDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope().batches, QList<int> { 0 });
    const QString title = controller->plan()->batchTitle(0);
    QVERIFY2(dialog->findChild<QLabel *>(u"approvalSummary"_s)->text().contains(title),
        qPrintable(dialog->findChild<QLabel *>(u"approvalSummary"_s)->text()));
    QVERIFY(approveInDialog(dialog));
    controller->approve(controller->scopeForRemaining());

    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    window->action(u"startAction"_s)->trigger();
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Releasing);
    QTRY_VERIFY_WITH_TIMEOUT(controller->runCounts().released >= 3, timeout);

    // The timeline is live and keeps the active batch in sight.
    window->planTabs()->setCurrentWidget(window->timeline());
    QTRY_VERIFY_WITH_TIMEOUT(window->timeline()->timeline().drawnGroupCount() >= 1, timeout);
    const int active = window->timeline()->timeline().activeGroup();
    QVERIFY(active >= 0);
    QVERIFY(window->timeline()->viewport()->rect().intersects(window->timeline()->groupRect(active)));

    // Cancel asks first, and says how many tickets would be skipped; "keep running" keeps it.
    window->action(u"cancelRunAction"_s)->trigger();
    auto *box = window->findChild<QMessageBox *>(u"cancelRunConfirmation"_s);
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(u"skipped"_s), qPrintable(box->text()));
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Releasing);
    box->defaultButton()->click(); // the default is "keep running"
    QTest::qWait(100);
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Releasing);
    QVERIFY(finished.isEmpty());

    window->action(u"cancelRunAction"_s)->trigger();
    QTRY_VERIFY(window->findChild<QMessageBox *>(u"cancelRunConfirmation"_s));
    box = window->findChild<QMessageBox *>(u"cancelRunConfirmation"_s);
    box->findChild<QPushButton *>(u"confirmCancelButton"_s)->click();
    QVERIFY(finished.wait(timeout));
    const RunCounts counts = controller->runCounts();
    qInfo("cancelled run: %s", qPrintable(counts.text()));
    QVERIFY(counts.skipped > 0);
    QVERIFY(window->runSummary()->isVisible());
    QVERIFY(window->runSummary()->headline().contains(u"cancelled"_s));

    // Resume the rest: the skipped tickets, still pending on the portal, planned and released.
    const QStringList skipped = controller->runTicketIds(ReleaseState::Skipped);
    QCOMPARE(skipped.size(), counts.skipped);
    QSignalSpy planned(controller, &ReleaseWorkflow::nextStepPlanned);
    window->runSummary()->resumeButton()->click();
    QVERIFY(planned.wait(timeout));
    QCOMPARE(planned.first().at(1).toInt(), skipped.size());
    dialog = approvalDialog(*window);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(toSet(dialog->scope().ticketIds), toSet(skipped));
    QVERIFY(approveInDialog(dialog));
    finished.clear();
    PortalConfig quick = portal->config();
    quick.releaseLatencyMs = 10;
    QCOMPARE(portal->setConfig(quick), QString());
    window->action(u"startAction"_s)->trigger();
    QVERIFY(finished.wait(timeout));
    for (const QString &id : skipped)
        QCOMPARE(controller->tickets()->ticket(controller->tickets()->rowOf(id)).state,
            ReleaseState::Succeeded);
}

namespace {
QStringList g_logged;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}
} // namespace

void TestNextSteps::webhookTestButtonAndNoSecretsInLogs()
{
    auto window = makeWindow(m_dir);
    WebhookReceiver receiver;
    window->action(u"settingsAction"_s)->trigger();
    auto *settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings && settings->isVisible());
    auto *flavour = settings->findChild<QComboBox *>(u"webhookFlavourCombo"_s);
    flavour->setCurrentIndex(flavour->findData(u"dingtalk"_s));
    settings->findChild<QLineEdit *>(u"webhookUrlEdit"_s)
        ->setText(receiver.url(u"/robot/send?access_token=TOKEN123"_s).toString());
    settings->findChild<QLineEdit *>(u"webhookSecretEdit"_s)->setText(u"SECRET456"_s);

    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    settings->testButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(settings->testResult()->text(), settings->tr("Delivered."), timeout);
    QCOMPARE(receiver.posts().size(), 1);
    const WebhookReceiver::Post post = receiver.posts().first();
    QVERIFY(post.target.startsWith("/robot/send?access_token=TOKEN123&timestamp="));
    QVERIFY(post.target.contains("&sign="));
    QVERIFY(!post.target.contains("SECRET456") && !post.body.contains("SECRET456"));
    QVERIFY(post.body.contains("\"msgtype\":\"text\""));

    // A refusal (bad signature) is shown with the service's words, and no secret is logged.
    receiver.answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
    settings->testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(settings->testResult()->text().contains(u"sign not match"_s), timeout);
    qInstallMessageHandler(previous);
    QVERIFY(!g_logged.isEmpty()); // the refusal is logged...
    for (const QString &line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(u"SECRET456"_s) && !line.contains(u"TOKEN123"_s), qPrintable(line));
    }
    QVERIFY(!settings->testResult()->text().contains(u"TOKEN123"_s));
    settings->reject();
}

namespace {
QStringList planShape(const ReleasePlan &plan)
{
    QStringList shape;
    for (const PlanBatch &batch : plan.batches)
        shape << PlanBatch::kindName(batch.kind) + u':' + batch.ticketIds.join(u',');
    return shape;
}
} // namespace

void TestNextSteps::samePlanInTheWindowTheCliAndOnTwoLaunches()
{
    // The plan changed between launches on identical portal data and differed from
    // releasedesk-cli --plan-only. Pages answer in whatever order (jitter): two windows and the
    // command line's path through the workflow (plan when asked, after the read) must agree.
    PortalConfig config;
    config.tickets = 300;
    config.pageSize = 20;
    config.latencyMs = 30;
    config.jitter = 0.9;
    auto portal = startPortal(config);
    QStringList first;
    for (int launch = 0; launch < 2; ++launch) {
        auto window = makeWindow(m_dir);
        QVERIFY(connectAndScrape(*window, *portal));
        const QStringList shape = planShape(window->controller()->plan()->plan());
        QVERIFY(shape.size() > 3);
        if (launch == 0)
            first = shape;
        else
            QCOMPARE(shape, first);
    }
    ReleaseWorkflow cli; // as app/cli drives it: no widgets, planning when told
    cli.setHistoryPath(m_dir.filePath(u"cli-history.sqlite"_s));
    cli.setPlanAfterScrape(false);
    QSignalSpy loggedIn(&cli, &ReleaseWorkflow::loginFinished);
    cli.login(loginFor(*portal));
    QVERIFY(loggedIn.wait(timeout));
    QVERIFY(loggedIn.first().first().toBool());
    QSignalSpy scraped(&cli, &ReleaseWorkflow::scrapeFinished);
    cli.scrape();
    QVERIFY(scraped.wait(timeout));
    QSignalSpy planned(&cli, &ReleaseWorkflow::planReady);
    cli.makePlan();
    QVERIFY(planned.wait(timeout));
    QCOMPARE(planShape(cli.plan()->plan()), first);
}

void TestNextSteps::retryFailedOffersRetryableStatusesOnly_data()
{
    QTest::addColumn<bool>("retryable");
    QTest::newRow("FAILED listed in retryable_statuses") << true;
    QTest::newRow("no retryable_statuses") << false;
}

// The spa portal leaves a failed ticket FAILED (it takes the release again). With FAILED in
// retryable_statuses "retry failed" plans exactly the run's failed tickets and releases them;
// without it, it plans nothing and says why. Either way the first plan never holds a ticket the
// portal showed FAILED before the run.
void TestNextSteps::retryFailedOffersRetryableStatusesOnly()
{
    QFETCH(bool, retryable);
    PortalConfig config;
    config.flavor = PortalFlavor::Spa;
    config.tickets = 60;
    config.pageSize = 50;
    config.releaseLatencyMs = 10;
    config.failRate = 0.3;
    auto portal = startPortal(config);
    QSet<QString> failedBefore;
    for (const DemoTicket &ticket : portal->tickets()) {
        if (ticket.status == TicketStatus::Failed)
            failedBefore.insert(QString::number(ticket.id));
    }
    QVERIFY(!failedBefore.isEmpty());
    auto window = makeWindow(m_dir);
    LoginRequest login = loginFor(*portal);
    login.profilePath = spaProfile(m_dir, retryable);
    QVERIFY(!login.profilePath.isEmpty());
    QVERIFY(connectWith(*window, login));
    ReleaseWorkflow *controller = window->controller();
    PlanModel *plan = controller->plan();
    QStringList firstPlan;
    for (const PlanBatch &batch : plan->plan().batches)
        firstPlan += batch.ticketIds;
    QVERIFY(!toSet(firstPlan).intersects(failedBefore));

    controller->approve(controller->scopeForRemaining());
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QVERIFY(controller->startRelease(u"continue"_s));
    QVERIFY(finished.wait(timeout));
    const QStringList failed = controller->runTicketIds(ReleaseState::Failed);
    QVERIFY(!failed.isEmpty());
    for (const QString &id : failed)
        QCOMPARE(portal->ticket(id.toInt())->status, TicketStatus::Failed);

    PortalConfig calm = portal->config();
    calm.failRate = 0.0;
    QCOMPARE(portal->setConfig(calm), QString());
    const int callsBefore = releaseCalls(*portal);
    QSignalSpy planned(controller, &ReleaseWorkflow::nextStepPlanned);
    window->runSummary()->retryButton()->click();
    QVERIFY(planned.wait(timeout));
    if (!retryable) {
        QCOMPARE(planned.first().at(1).toInt(), 0);
        QCOMPARE(toSet(planned.first().at(2).toStringList()), toSet(failed));
        QVERIFY(window->logPane()->toPlainText().contains(u"is not pending on the portal (FAILED)"_s));
        QCOMPARE(releaseCalls(*portal), callsBefore);
        return;
    }
    QCOMPARE(planned.first().at(1).toInt(), failed.size());
    QStringList inPlan;
    for (const PlanBatch &batch : plan->plan().batches)
        inPlan += batch.ticketIds;
    QCOMPARE(toSet(inPlan), toSet(failed));
    QVERIFY(approveInDialog(approvalDialog(*window)));
    finished.clear();
    window->action(u"startAction"_s)->trigger();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(controller->lastRun().succeeded, int(failed.size()));
    QCOMPARE(releaseCalls(*portal), callsBefore + failed.size());
    for (const QString &id : failed)
        QCOMPARE(portal->ticket(id.toInt())->status, TicketStatus::Released);
    // The portal counts a second call for a ticket as a duplicate: only the retried ones have it.
    for (const QJsonValue &id : portal->audit().value(u"duplicates"_s).toArray())
        QVERIFY2(failed.contains(QString::number(id.toInt())), qPrintable(QString::number(id.toInt())));
}

QTEST_MAIN(TestNextSteps)
#include "tst_nextsteps.moc"
