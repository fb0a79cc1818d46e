// The window over the workflow when the portal ends sessions and lists fail: a renewal mid-run is
// not a login, a re-scrape does not drop approved batches, an incomplete
// list is shown as such with a way to read it again.
#include "fixture_window.h"

#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "scrapebanner.h"
#include "session/portalsession.h"
#include "tickettablemodel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {
constexpr int timeout = 120000;

QStringList approvedTicketIds(const PlanModel &plan)
{
    QStringList ids;
    for (const PlanBatch &batch : plan.plan().batches) {
        if (batch.approved)
            ids += batch.ticketIds;
    }
    return ids;
}

QSet<QString> releasedOnPortal(const DemoPortal &portal)
{
    QSet<QString> ids;
    for (const auto &call : portal.audit().value(u"releases"_s).toArray()) {
        if (call.toObject().value(u"result"_s).toString() == u"success")
            ids.insert(QString::number(call.toObject().value(u"ticket"_s).toInt()));
    }
    return ids;
}
} // namespace

class TestSessionWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { isolate(m_dir); }

    // A renewal during a run is not a login: the phase stays Releasing, Connect stays disabled,
    // the leftovers of earlier runs are not reconciled against the live run, and the run ends
    // with every ticket released.
    void sessionExpiringMidRunKeepsTheRunGoing()
    {
        PortalConfig config;
        config.tickets = 120;
        config.pageSize = 40;
        config.sessionMaxRequests = 9;
        config.releaseLatencyMs = 20;
        auto portal = startPortal(config);
        auto window = makeWindow(m_dir);
        QVERIFY(connectAndScrape(*window, *portal));
        ReleaseWorkflow *workflow = window->controller();
        workflow->approve(workflow->scopeForRemaining());
        const QStringList approved = approvedTicketIds(*workflow->plan());
        QVERIFY(approved.size() > 20);

        QList<ReleaseWorkflow::Phase> phases;
        connect(workflow, &ReleaseWorkflow::phaseChanged, this,
            [&](ReleaseWorkflow::Phase phase) { phases << phase; });
        int renewalsSeen = 0;
        bool controlsRightAtEveryRenewal = true;
        connect(workflow->session(), &PortalSession::renewed, this, [&] {
            ++renewalsSeen;
            controlsRightAtEveryRenewal = controlsRightAtEveryRenewal
                && !window->action(u"connectAction"_s)->isEnabled()
                && window->action(u"pauseAction"_s)->isEnabled()
                && window->action(u"cancelRunAction"_s)->isEnabled();
        });
        QSignalSpy finished(workflow, &ReleaseWorkflow::runFinished);
        window->action(u"startAction"_s)->trigger();
        QVERIFY(finished.wait(timeout));
        QVERIFY2(renewalsSeen >= 2, qPrintable(QString::number(renewalsSeen)));
        QVERIFY(controlsRightAtEveryRenewal);
        // Releasing, then Ready once at the end: never Connected, never a second login.
        QCOMPARE(phases.first(), ReleaseWorkflow::Phase::Releasing);
        QCOMPARE(phases.count(ReleaseWorkflow::Phase::Connected), 0);
        QCOMPARE(phases.last(), ReleaseWorkflow::Phase::Ready);
        QCOMPARE(phases.count(ReleaseWorkflow::Phase::Ready), 1);
        QCOMPARE(workflow->lastRun().succeeded, int(approved.size()));
        QCOMPARE(workflow->lastRun().unknown, 0);
        QVERIFY(portal->audit().value(u"duplicates"_s).toArray().isEmpty());
    }

    // Batch ids restart with every plan: after a re-scrape, approving the new plan's batches
    // runs every approved ticket, none is silently dropped.
    void rescrapeThenApproveRunsEveryApprovedTicket()
    {
        PortalConfig config;
        config.tickets = 90;
        config.pageSize = 30;
        config.releaseLatencyMs = 5;
        auto portal = startPortal(config);
        auto window = makeWindow(m_dir);
        QVERIFY(connectAndScrape(*window, *portal));
        ReleaseWorkflow *workflow = window->controller();
        workflow->approve(workflow->scopeFor({ 0 }));
        QSignalSpy finished(workflow, &ReleaseWorkflow::runFinished);
        window->action(u"startAction"_s)->trigger();
        QVERIFY(finished.wait(timeout));

        QSignalSpy planned(workflow, &ReleaseWorkflow::planReady);
        window->action(u"scrapeAction"_s)->trigger();
        QVERIFY(planned.wait(timeout));
        workflow->approve(workflow->scopeForRemaining());
        const QStringList approved = approvedTicketIds(*workflow->plan());
        QVERIFY(approved.size() > 10);
        window->action(u"startAction"_s)->trigger();
        QVERIFY(finished.wait(timeout));
        const QSet<QString> released = releasedOnPortal(*portal);
        for (const QString &id : approved)
            QVERIFY2(released.contains(id), qPrintable(id));
        QCOMPARE(workflow->lastRun().total, int(approved.size()));
    }

    // A page that cannot be read leaves an incomplete list: a banner says so above everything,
    // nothing is planned, and reading again once the portal recovers completes it.
    void incompleteListShowsBannerAndRetry()
    {
        PortalConfig config;
        config.tickets = 100;
        config.pageSize = 20;
        auto portal = startPortal(config);
        QVERIFY(portal->setFault(u"page-500@3"_s).isEmpty());
        auto window = makeWindow(m_dir);
        ReleaseWorkflow *workflow = window->controller();
        QSignalSpy scraped(workflow, &ReleaseWorkflow::scrapeFinished);
        QSignalSpy planned(workflow, &ReleaseWorkflow::planReady);
        window->connectDirectly(loginFor(*portal), true);
        QVERIFY(scraped.wait(timeout));
        QCOMPARE(scraped.first().first().toBool(), false);
        ScrapeBanner *banner = window->scrapeBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"1 of 5"_s), qPrintable(banner->text()));
        QCOMPARE(planned.count(), 0);
        QVERIFY(workflow->plan()->plan().batches.isEmpty());

        portal->clearFaults();
        banner->retryButton()->click();
        QVERIFY(planned.wait(timeout));
        QVERIFY(!banner->isVisible());
        QCOMPARE(workflow->tickets()->rowCount(), 100);
    }
};

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
