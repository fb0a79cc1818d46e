// Screenshots for the README, taken from the real window against the demo portal.
// Skipped unless RELEASEDESK_SCREENSHOT_DIR is set: scripts/screenshots runs it under Xvfb.
// RELEASEDESK_SCREENSHOT_LANG picks the language (default zh_CN, the users' language).
#include "fixture_window.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "planpanel.h"
#include "runsummarypanel.h"
#include "timelineview.h"
#include "releaseworkflow.h"
#include "ticketpanel.h"
#include "tickettablemodel.h"
#include "translations.h"

#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void planViewAndRelease();

private:
    QString shot(const QString &name) const; // file path, language-suffixed but for zh_CN
    QTemporaryDir m_dir;
    QString m_out;
    QString m_lang;
};

QString TestScreenshots::shot(const QString &name) const
{
    // zh_CN (the users' language) keeps the plain names the README shows first.
    return m_out + u'/' + name + (m_lang == u"zh_CN"_s ? QString() : u'-' + m_lang) + u".png"_s;
}

void TestScreenshots::initTestCase()
{
    m_out = qEnvironmentVariable("RELEASEDESK_SCREENSHOT_DIR");
    if (m_out.isEmpty())
        QSKIP("RELEASEDESK_SCREENSHOT_DIR not set (scripts/screenshots sets it)");
    QDir().mkpath(m_out);
    isolate(m_dir);
    m_lang = qEnvironmentVariable("RELEASEDESK_SCREENSHOT_LANG", u"zh_CN"_s);
    Translations::install(QCoreApplication::instance(), m_lang);
}

void TestScreenshots::planViewAndRelease()
{
    PortalConfig config;
    config.tickets = 400;
    config.pageSize = 50;
    config.latencyMs = 20;
    config.releaseLatencyMs = 900;
    config.jitter = 0.5;
    config.failRate = 0.03;
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    window->resize(1440, 900);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();
    auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);

    // The plan view: the plan gets most of the width, the first batches open.
    splitter->setSizes({ 560, 880 });
    QTreeView *tree = window->planPanel()->view();
    tree->collapseAll();
    for (int b = 0; b < qMin(4, controller->plan()->rowCount()); ++b)
        tree->expand(controller->plan()->batchIndex(b));
    tree->setColumnWidth(PlanModel::ProgressColumn, 190);
    tree->selectionModel()->select(controller->plan()->batchIndex(1),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(300);
    QVERIFY(window->grab().save(shot(u"plan-view"_s)));

    // Mid-release: approved, started, some way in.
    controller->approve(controller->scopeForRemaining());
    QVERIFY(controller->startRelease(u"continue"_s));
    splitter->setSizes({ 820, 620 });
    tree->collapseAll();
    // The release state right after the version, where a release manager looks first.
    QHeaderView *header = window->ticketPanel()->view()->horizontalHeader();
    header->moveSection(header->visualIndex(TicketTableModel::StateColumn), 3);
    header->moveSection(header->visualIndex(TicketTableModel::MessageColumn), 4);
    QTRY_VERIFY_WITH_TIMEOUT(controller->runDone() >= controller->runTotal() / 4, 120000);
    // Open the batch that is running now (some tickets done, some on the wire).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int b = 0; b < controller->plan()->rowCount(); ++b) {
                const int progress = controller->plan()->batchProgress(b);
                if (progress > 10 && progress < 80
                    && controller->plan()->plan().batches.at(b).size() > 4) {
                    tree->expand(controller->plan()->batchIndex(b));
                    tree->scrollTo(
                        controller->plan()->batchIndex(b), QAbstractItemView::PositionAtTop);
                    return true;
                }
            }
            return false;
        }(),
        120000);
    QTest::qWait(150);
    QVERIFY(window->grab().save(shot(u"main-window-release"_s)));

    // The timeline, live: bars per ticket on a time axis, the running batch in sight.
    window->planTabs()->setCurrentWidget(window->timeline());
    splitter->setSizes({ 560, 880 });
    QTRY_VERIFY_WITH_TIMEOUT(window->timeline()->timeline().drawnGroupCount() >= 6, 120000);
    QTest::qWait(1200);
    QVERIFY(window->grab().save(shot(u"timeline"_s)));

    // Cancelled: the summary with the true counts and the next steps.
    controller->cancelRun();
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QVERIFY(finished.wait(60000));
    window->planTabs()->setCurrentWidget(window->planPanel());
    QTest::qWait(300);
    QVERIFY(window->runSummary()->isVisible());
    QVERIFY(window->grab().save(shot(u"run-summary"_s)));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
