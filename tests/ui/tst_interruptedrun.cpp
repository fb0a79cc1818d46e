// "After a crash or a kill mid-run, the next start shows the interrupted run,
// reconciles, and never re-sends on its own" — for the desktop app's controller. A history with
// intent rows and no answers stands for the killed run; logging in again must show it, read the
// portal's list, record the verdicts, and send no release.
#include "fixture_window.h"
#include "historystore.h"
#include "logpane.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "tickettablemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {
constexpr int timeout = 60000; // generous: two tests may share two loaded cores

QString outcomeOf(const QList<HistoryRequest> &requests, const QString &ticket)
{
    for (const HistoryRequest &request : requests) {
        if (request.ticket == ticket)
            return request.outcome;
    }
    return {};
}
} // namespace

class TestInterruptedRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolate(m_dir); }
    void interruptedRunIsReconciledNotResent();

private:
    QTemporaryDir m_dir;
};

void TestInterruptedRun::interruptedRunIsReconciledNotResent()
{
    PortalConfig config;
    config.tickets = 60;
    config.pageSize = 20;
    config.releaseLatencyMs = 20;
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();
    const ReleasePlan plan = controller->plan()->plan();
    QVERIFY(plan.batches.size() >= 2);
    // The portal performs the first batch's releases; the second batch stays pending.
    const QString released = plan.batches.at(0).ticketIds.first();
    const QString pending = plan.batches.at(1).ticketIds.first();
    controller->approve(controller->scopeFor({ 0 }));
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QVERIFY(controller->startRelease(u"continue"_s));
    QVERIFY(finished.wait(timeout));
    const TicketTableModel *tickets = controller->tickets();
    QCOMPARE(tickets->ticket(tickets->rowOf(released)).state, ReleaseState::Succeeded);

    // The killed run: intents written (as before each send), no answer, run left "running".
    qint64 releasedRequest = -1;
    qint64 pendingRequest = -1;
    qint64 killedRun = -1;
    {
        HistoryStore store(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        killedRun = store.startRun(u"demo"_s, portal->baseUrl(), u"demo"_s, u"continue"_s);
        QVERIFY(killedRun >= 0);
        const ReleaseTicket releasedTicket = tickets->ticket(tickets->rowOf(released));
        const ReleaseTicket pendingTicket = tickets->ticket(tickets->rowOf(pending));
        releasedRequest
            = store.recordIntent(killedRun, releasedTicket, releasedTicket.releaseUrl, u"GET"_s);
        pendingRequest
            = store.recordIntent(killedRun, pendingTicket, pendingTicket.releaseUrl, u"GET"_s);
        QVERIFY(releasedRequest >= 0 && pendingRequest >= 0);
    }
    portal->resetAudit();

    // The next start: log in again through the controller.
    QSignalSpy messages(controller, &ReleaseWorkflow::message);
    QSignalSpy loggedIn(controller, &ReleaseWorkflow::loginFinished);
    controller->login(loginFor(*portal));
    QVERIFY(loggedIn.wait(timeout));
    QVERIFY(loggedIn.first().first().toBool());
    const QString summaryStart = u"Checked 2 earlier request(s) on the portal"_s;
    auto logged = [&](const QString &needle) {
        for (const QList<QVariant> &args : std::as_const(messages)) {
            if (args.first().toString().contains(needle))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged(summaryStart), timeout);

    const QString log = window->logPane()->toPlainText();
    QVERIFY2(log.contains(
                 u"Run %1 was interrupted: 2 release request(s) had no answer"_s.arg(killedRun)),
        qPrintable(log));
    QVERIFY2(log.contains(u"#%1 was released"_s.arg(released)), qPrintable(log));
    QVERIFY2(log.contains(u"#%1 is still pending on the portal"_s.arg(pending)), qPrintable(log));
    QVERIFY2(log.contains(summaryStart + u": 1 settled, 1 not; nothing was re-sent."_s),
        qPrintable(log));

    // Nothing was sent: not the released ticket, not the pending one.
    QCOMPARE(releaseCalls(*portal), 0);

    HistoryStore store(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    const QList<HistoryRequest> requests = store.requestsForRun(killedRun);
    QCOMPARE(outcomeOf(requests, released), u"succeeded"_s);
    QCOMPARE(outcomeOf(requests, pending), u"unknown"_s); // pending: a person decides
    QCOMPARE(store.run(killedRun).state, u"interrupted"_s);
    QVERIFY(store.interruptedRequests().isEmpty());
    QVERIFY(!store.unresolvedTickets(portal->baseUrl()).contains(released));
}

QTEST_MAIN(TestInterruptedRun)
#include "tst_interruptedrun.moc"
