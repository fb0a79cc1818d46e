// GUI tests of the desktop window: the real MainWindow, offscreen, against the
// in-process demo portal over loopback HTTP. Each step checks what the widgets show.
#include "approvaldialog.h"
#include "countsbar.h"
#include "fixture_window.h"
#include "historydialog.h"
#include "logindialog.h"
#include "logpane.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "planpanel.h"
#include "releaseworkflow.h"
#include "runstatuswidget.h"
#include "ticketfilterproxy.h"
#include "ticketpanel.h"
#include "tickettablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QMenuBar>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {
constexpr int timeout = 60000; // generous: two tests may share two loaded cores

PortalConfig smallPortal()
{
    PortalConfig config;
    config.tickets = 120;
    config.pageSize = 20;
    config.releaseLatencyMs = 20;
    return config;
}

// The approval dialog the window opened.
ApprovalDialog *approvalDialog(MainWindow &window)
{
    // Opened with open(), not exec(): it is there as soon as the action returns.
    // A closed one may still wait for its deferred delete: the newest is the last child.
    const QList<ApprovalDialog *> dialogs = window.findChildren<ApprovalDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

int countStates(const TicketTableModel *model, ReleaseState state)
{
    int n = 0;
    for (const ReleaseTicket &ticket : model->tickets())
        n += ticket.state == state ? 1 : 0;
    return n;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolate(m_dir); }
    void failedLoginShowsPortalMessage();
    void loginDialogConnects();
    void scrapeFillsTableWithProgress();
    void filterAndSort();
    void planTreeAndEdits();
    void startDoesNothingWithoutApproval();
    void approveAndRelease();
    void pauseResumeAndCancel();
    void unknownOutcomeStandsOutAndIsChecked();
    void portalErrorIsShown();
    void windowStateIsRemembered();
    void accessKeysAreUnique();
    void helpAndConnectShowWhatIsCurrent();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::failedLoginShowsPortalMessage()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    LoginDialog *dialog = window->openLoginDialog(loginFor(*portal, u"wrong"_s));
    QVERIFY(dialog->isVisible());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *message = dialog->findChild<QLabel *>(u"loginMessage"_s);
    // The portal's own words ("用户名或密码错误"), shown as plain text in the dialog.
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"用户名或密码错误"_s), timeout);
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY(dialog->isVisible());
    QCOMPARE(window->controller()->phase(), ReleaseWorkflow::Phase::Disconnected);
    QVERIFY(window->logPane()->toPlainText().contains(u"用户名或密码错误"_s));
    QVERIFY(!window->action(u"scrapeAction"_s)->isEnabled());
}

void TestMainWindow::loginDialogConnects()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QPointer<LoginDialog> dialog = window->openLoginDialog(loginFor(*portal));
    QCOMPARE(
        dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->text(), portal->baseUrl().toString());
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberPassword"_s);
    if (remember->isEnabled())
        remember->setChecked(true);
    const bool remembering = remember->isChecked();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        window->controller()->phase(), ReleaseWorkflow::Phase::Connected, timeout);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    // Headless there is no Secret Service: the keychain says so quickly and the log tells the
    // user whether the password was remembered (it is never written anywhere else).
    if (remembering) {
        QTRY_VERIFY_WITH_TIMEOUT(
            window->logPane()->toPlainText().contains(u"remembered"_s), timeout);
        qInfo("%s", qPrintable(window->logPane()->toPlainText().section(u'\n', -1)));
    } else {
        qInfo("keychain: %s",
            qPrintable(dialog ? dialog->findChild<QCheckBox *>(u"rememberPassword"_s)->toolTip()
                              : u"?"_s));
    }
    QVERIFY(window->action(u"scrapeAction"_s)->isEnabled());
    QVERIFY(window->windowTitle().contains(portal->baseUrl().toDisplayString()));
}

void TestMainWindow::scrapeFillsTableWithProgress()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QSignalSpy connected(window->controller(), &ReleaseWorkflow::loginFinished);
    window->connectDirectly(loginFor(*portal), false);
    QVERIFY(connected.wait(timeout));
    QVERIFY(connected.first().first().toBool());

    QSignalSpy progress(window->controller(), &ReleaseWorkflow::scrapeProgress);
    QSignalSpy planned(window->controller(), &ReleaseWorkflow::planReady);
    window->action(u"scrapeAction"_s)->trigger();
    QVERIFY(planned.wait(timeout));
    const int tickets = int(portal->tickets().size());
    QCOMPARE(window->controller()->tickets()->rowCount(), tickets);
    QCOMPARE(window->ticketPanel()->view()->model()->rowCount(), tickets);
    QVERIFY(!progress.isEmpty());
    QProgressBar *bar = window->runStatus()->progressBar();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY2(bar->text().contains(u"6 / 6"_s) && bar->text().contains(QString::number(tickets)),
        qPrintable(bar->text()));
    // A finished reading bar left full reads as release progress; it goes.
    QVERIFY(!bar->isVisible());
    QVERIFY(window->statusBar()->currentMessage().contains(QString::number(tickets)));
}

void TestMainWindow::filterAndSort()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    QAbstractItemModel *view = window->ticketPanel()->view()->model();
    const QString app = window->controller()->tickets()->ticket(0).application;
    // Case-insensitive, any column.
    window->ticketPanel()->filterEdit()->setText(app.toUpper());
    QVERIFY(view->rowCount() > 0);
    QVERIFY(view->rowCount() < portal->tickets().size());
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, TicketTableModel::ApplicationColumn).data().toString(), app);
    window->ticketPanel()->filterEdit()->clear();
    QCOMPARE(view->rowCount(), portal->tickets().size());

    window->ticketPanel()->view()->sortByColumn(
        TicketTableModel::ApplicationColumn, Qt::DescendingOrder);
    for (int row = 1; row < view->rowCount(); ++row) {
        QVERIFY(
            view->index(row - 1, TicketTableModel::ApplicationColumn)
                .data()
                .toString()
                .compare(view->index(row, TicketTableModel::ApplicationColumn).data().toString(),
                    Qt::CaseInsensitive)
            >= 0);
    }
}

void TestMainWindow::planTreeAndEdits()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    PlanModel *plan = window->controller()->plan();
    QTreeView *tree = window->planPanel()->view();
    QVERIFY(plan->rowCount() > 1);
    QCOMPARE(tree->model(), plan);
    // Every planned ticket shows a reason.
    const QModelIndex firstBatch = plan->index(0, 0);
    QVERIFY(plan->rowCount(firstBatch) > 0);
    QVERIFY(!plan->index(0, PlanModel::ReasonColumn, firstBatch).data().toString().isEmpty());
    QVERIFY(window->planPanel()->violationList()->isHidden());

    // Move a ticket next to another of the same application: the violation shows at once.
    const ReleasePlan &current = plan->plan();
    QString moved;
    int target = -1;
    for (int b = 0; b < current.batches.size() && target < 0; ++b) {
        for (int other = 0; other < current.batches.size() && target < 0; ++other) {
            if (other == b || current.batches.at(other).kind != PlanBatch::Kind::Parallel)
                continue;
            for (const QString &id : current.batches.at(b).ticketIds) {
                const QString app = window->controller()
                                        ->tickets()
                                        ->ticket(window->controller()->tickets()->rowOf(id))
                                        .application;
                for (const QString &there : current.batches.at(other).ticketIds) {
                    if (window->controller()
                            ->tickets()
                            ->ticket(window->controller()->tickets()->rowOf(there))
                            .application
                        == app) {
                        moved = id;
                        target = other;
                        break;
                    }
                }
                if (target >= 0)
                    break;
            }
        }
    }
    QVERIFY2(target >= 0, "the demo data has two batches sharing an application");
    std::unique_ptr<QMenu> menu(
        window->planPanel()->contextMenuFor(plan->ticketIndex(moved), nullptr));
    auto *moveMenu = menu->findChild<QMenu *>(u"moveToBatchMenu"_s);
    QVERIFY(moveMenu);
    QAction *toTarget = nullptr;
    for (QAction *action : moveMenu->actions()) {
        if (action->data().toInt() == target && !action->isSeparator() && action->data().isValid())
            toTarget = action;
    }
    QVERIFY(toTarget);
    toTarget->trigger();
    QVERIFY(plan->plan().batchIndexOf(moved) >= 0);
    QVERIFY(!plan->violations().isEmpty());
    QVERIFY(!window->planPanel()->violationList()->isHidden());
    QCOMPARE(window->planPanel()->violationList()->count(), plan->violations().size());
    QVERIFY(!window->action(u"startAction"_s)->isEnabled());

    // Exclude it: the conflict is gone.
    menu.reset(window->planPanel()->contextMenuFor(plan->ticketIndex(moved), nullptr));
    menu->findChild<QAction *>(u"excludeAction"_s)->trigger();
    QCOMPARE(plan->plan().batchIndexOf(moved), -1);
    QVERIFY(plan->violations().isEmpty());
    QVERIFY(window->planPanel()->violationList()->isHidden());

    // Split a batch of several tickets, then merge it back.
    int big = -1;
    for (int b = 0; b < plan->plan().batches.size(); ++b) {
        if (plan->plan().batches.at(b).size() > 3) {
            big = b;
            break;
        }
    }
    QVERIFY(big >= 0);
    const int batches = int(plan->plan().batches.size());
    const int size = plan->plan().batches.at(big).size();
    menu.reset(window->planPanel()->contextMenuFor(plan->batchIndex(big), nullptr));
    menu->findChild<QAction *>(u"splitAction"_s)->trigger();
    QCOMPARE(plan->plan().batches.size(), batches + 1);
    QCOMPARE(plan->plan().batches.at(big).size() + plan->plan().batches.at(big + 1).size(), size);
    menu.reset(window->planPanel()->contextMenuFor(plan->batchIndex(big), nullptr));
    menu->findChild<QAction *>(u"mergeAction"_s)->trigger();
    QCOMPARE(plan->plan().batches.size(), batches);
    QCOMPARE(plan->plan().batches.at(big).size(), size);
    QVERIFY(plan->violations().isEmpty());
}

void TestMainWindow::startDoesNothingWithoutApproval()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    QVERIFY(!window->action(u"startAction"_s)->isEnabled());
    window->action(u"startAction"_s)->trigger(); // disabled: nothing
    QVERIFY(!window->controller()->startRelease(u"continue"_s));

    // An approval dialog that is cancelled approves nothing either.
    window->action(u"approveAllAction"_s)->trigger();
    ApprovalDialog *dialog = approvalDialog(*window);
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(window->controller()->approvedBatchCount(), 0);
    QVERIFY(!window->controller()->startRelease(u"continue"_s));
    QTest::qWait(200);
    QCOMPARE(releaseCalls(*portal), 0);
    QCOMPARE(countStates(window->controller()->tickets(), ReleaseState::Sending), 0);
}

void TestMainWindow::approveAndRelease()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();

    // Approve the first batch only, through its context menu and the confirmation.
    const ApprovalScope first = controller->scopeFor({ 0 });
    std::unique_ptr<QMenu> menu(
        window->planPanel()->contextMenuFor(controller->plan()->batchIndex(0), nullptr));
    menu->findChild<QAction *>(u"approveBatchAction"_s)->trigger();
    ApprovalDialog *dialog = approvalDialog(*window);
    QVERIFY(dialog);
    const QString summary = dialog->findChild<QLabel *>(u"approvalSummary"_s)->text();
    QVERIFY2(summary.contains(QString::number(first.ticketIds.size())), qPrintable(summary));
    for (const QString &app : first.applications.keys())
        QVERIFY2(summary.contains(app), qPrintable(summary));
    for (const QString &env : first.environments.keys())
        QVERIFY2(summary.contains(env), qPrintable(summary));
    // A batch releasing to production needs the second confirmation before Approve works.
    auto *approveButton = dialog->findChild<QPushButton *>(u"approveButton"_s);
    if (auto *confirm = dialog->findChild<QCheckBox *>(u"productionConfirm"_s)) {
        QVERIFY(controller->plan()->touchesProduction(0));
        QVERIFY(!approveButton->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"productionMarker"_s));
        confirm->setChecked(true);
    }
    QVERIFY(approveButton->isEnabled());
    approveButton->click();
    QCOMPARE(controller->approvedBatchCount(), 1);
    QVERIFY(window->action(u"startAction"_s)->isEnabled());

    // Then everything remaining.
    window->action(u"approveAllAction"_s)->trigger();
    dialog = approvalDialog(*window);
    QVERIFY(dialog);
    if (auto *confirm = dialog->findChild<QCheckBox *>(u"productionConfirm"_s))
        confirm->setChecked(true);
    dialog->findChild<QPushButton *>(u"approveButton"_s)->click();
    QCOMPARE(controller->approvedBatchCount(), controller->plan()->rowCount());
    const int planned = controller->plan()->plan().plannedCount();

    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QSignalSpy progress(controller, &ReleaseWorkflow::runProgress);
    window->action(u"startAction"_s)->trigger();
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Releasing);
    QVERIFY(window->action(u"pauseAction"_s)->isEnabled());
    QVERIFY(finished.wait(120000));
    QVERIFY(progress.size() > 1);
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Ready);

    // Final states: every planned ticket is final; the portal saw each release once.
    const TicketTableModel *tickets = controller->tickets();
    const int succeeded = countStates(tickets, ReleaseState::Succeeded);
    const int final = succeeded + countStates(tickets, ReleaseState::Failed)
        + countStates(tickets, ReleaseState::Skipped) + countStates(tickets, ReleaseState::Unknown);
    QCOMPARE(final, planned);
    QVERIFY(succeeded > 0);
    QCOMPARE(releaseCalls(*portal), succeeded + countStates(tickets, ReleaseState::Failed));
    // The status bar counts outcomes, not settled tickets.
    const RunCounts counts = controller->runCounts();
    QCOMPARE(counts.released, succeeded);
    QCOMPARE(window->runStatus()->countsBar()->counts(), counts);
    QCOMPARE(window->runStatus()->countsLabel()->text(), counts.text());
    QVERIFY(
        window->runStatus()->findChild<QLabel *>(u"timeLabel"_s)->text().contains(u"elapsed"_s));
    for (int b = 0; b < controller->plan()->rowCount(); ++b)
        QCOMPARE(controller->plan()->batchProgress(b), 100);
    // The state column shows an icon (from the style) for a released ticket.
    QAbstractItemModel *view = window->ticketPanel()->view()->model();
    bool sawIcon = false;
    for (int row = 0; row < view->rowCount() && !sawIcon; ++row) {
        const QModelIndex index = view->index(row, TicketTableModel::StateColumn);
        if (ReleaseState(index.data(ItemRoles::State).toInt()) == ReleaseState::Succeeded)
            sawIcon = !index.data(Qt::DecorationRole).value<QIcon>().isNull();
    }
    QVERIFY(sawIcon);
    QVERIFY(window->logPane()->toPlainText().contains(u"Release finished"_s));
    // Nothing runs twice: starting again has nothing approved that has not run.
    QVERIFY(!controller->startRelease(u"continue"_s));

    // The run is in the history dialog, with its requests, and exports in three formats.
    window->action(u"historyAction"_s)->trigger();
    auto *history = window->findChild<HistoryDialog *>();
    QVERIFY(history);
    QVERIFY(history->runTable()->rowCount() >= 1);
    QVERIFY(history->selectedRun() > 0);
    QCOMPARE(history->requestTable()->rowCount(), planned);
    for (const QString &format : { u"csv"_s, u"json"_s, u"html"_s }) {
        const QString path = m_dir.filePath(u"run."_s + format);
        QCOMPARE(history->exportRun(history->selectedRun(), format, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(first.ticketIds.first().toUtf8()));
    }
    history->close();
}

void TestMainWindow::pauseResumeAndCancel()
{
    PortalConfig config = smallPortal();
    config.releaseLatencyMs = 400;
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();
    controller->approve(controller->scopeForRemaining()); // the dialog is covered above
    QVERIFY(controller->startRelease(u"continue"_s));
    QTRY_VERIFY_WITH_TIMEOUT(controller->inFlight() > 0, timeout);

    window->action(u"pauseAction"_s)->trigger();
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Paused);
    QCOMPARE(window->action(u"pauseAction"_s)->text().remove(u'&'), window->tr("Resume"));
    QTRY_COMPARE_WITH_TIMEOUT(controller->inFlight(), 0, timeout);
    const int callsWhenPaused = releaseCalls(*portal);
    QTest::qWait(1000);
    QCOMPARE(releaseCalls(*portal), callsWhenPaused); // nothing new while paused

    window->action(u"pauseAction"_s)->trigger();
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Releasing);
    QTRY_VERIFY_WITH_TIMEOUT(releaseCalls(*portal) > callsWhenPaused, timeout);

    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    window->action(u"cancelRunAction"_s)->trigger(); // asks first
    auto *confirmation = window->findChild<QMessageBox *>(u"cancelRunConfirmation"_s);
    QVERIFY(confirmation);
    confirmation->findChild<QPushButton *>(u"confirmCancelButton"_s)->click();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.first().first().toString().contains(u"cancelled"_s),
        qPrintable(finished.first().first().toString()));
    QVERIFY(countStates(controller->tickets(), ReleaseState::Skipped) > 0);
    QCOMPARE(controller->phase(), ReleaseWorkflow::Phase::Ready);
}

void TestMainWindow::unknownOutcomeStandsOutAndIsChecked()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(connectAndScrape(*window, *portal));
    ReleaseWorkflow *controller = window->controller();
    const QString victim = controller->plan()->plan().batches.at(0).ticketIds.first();
    // The portal releases the ticket, then drops the connection: the answer is lost.
    QVERIFY(portal->setFault(u"release-drop-after-read@"_s + victim).isEmpty());
    controller->approve(controller->scopeFor({ 0 }));
    QSignalSpy finished(controller, &ReleaseWorkflow::runFinished);
    QVERIFY(controller->startRelease(u"continue"_s));
    QVERIFY(finished.wait(timeout));
    const TicketTableModel *tickets = controller->tickets();
    QCOMPARE(tickets->ticket(tickets->rowOf(victim)).state, ReleaseState::Unknown);

    // "Only unknown outcomes" shows exactly that ticket, with the warning icon.
    window->action(u"showUnknownAction"_s)->trigger();
    QAbstractItemModel *view = window->ticketPanel()->view()->model();
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(ItemRoles::TicketId).toString(), victim);
    QVERIFY(!view->index(0, TicketTableModel::StateColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Check on portal: the portal says it was released.
    QVERIFY(window->action(u"checkAction"_s)->isEnabled());
    window->action(u"checkAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        tickets->ticket(tickets->rowOf(victim)).state, ReleaseState::Succeeded, timeout);
    QTRY_COMPARE(view->rowCount(), 0);
    QCOMPARE(
        releaseCalls(*portal), controller->scopeFor({ 0 }).ticketIds.size()); // nothing re-sent
}

void TestMainWindow::portalErrorIsShown()
{
    PortalConfig config = smallPortal();
    config.faults = QStringList { u"page-500@3:20"_s }; // page 3 fails, retries too
    auto portal = startPortal(config);
    auto window = makeWindow(m_dir);
    QSignalSpy done(window->controller(), &ReleaseWorkflow::scrapeFinished);
    window->connectDirectly(loginFor(*portal), true);
    QVERIFY(done.wait(timeout));
    QVERIFY(!done.first().first().toBool());
    const QString log = window->logPane()->toPlainText();
    QVERIFY2(log.contains(u"500"_s) && log.contains(u"page=3"_s.left(4)), qPrintable(log));
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    // The rows of the other pages are kept.
    QCOMPARE(window->controller()->tickets()->rowCount(), portal->tickets().size() - 20);
}

void TestMainWindow::windowStateIsRemembered()
{
    {
        auto window = makeWindow(m_dir);
        QHeaderView *header = window->ticketPanel()->view()->horizontalHeader();
        header->setSectionHidden(TicketTableModel::SubmitterColumn, true);
        header->moveSection(TicketTableModel::VersionColumn, 0);
        window->close();
    }
    auto window = makeWindow(m_dir);
    QHeaderView *header = window->ticketPanel()->view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(TicketTableModel::SubmitterColumn));
    QCOMPARE(header->logicalIndex(0), int(TicketTableModel::VersionColumn));
}

namespace {
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// Keys used more than once among texts: "r: &Read tickets | Stop &reading".
QStringList duplicates(const QStringList &texts)
{
    QMultiMap<QChar, QString> keys;
    for (const QString &text : texts) {
        const QChar key = accessKey(text);
        if (!key.isNull())
            keys.insert(key, text);
    }
    QStringList out;
    for (const QChar &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            out << QString(key) + u": "_s + keys.values(key).join(u" | "_s);
    }
    return out;
}
} // namespace

void TestMainWindow::accessKeysAreUnique()
{
    // No access key twice: (R) was there three times, (H) twice. Alt+key in the window reaches
    // the menu bar, the toolbar buttons and every button or labelled field of the panels: one
    // owner per key.
    auto window = makeWindow(m_dir);
    QStringList windowScope;
    for (QAction *action : window->menuBar()->actions())
        windowScope << action->text();
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions())
            windowScope << action->text();
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<QToolButton *>(button) && button->window() == window.get())
            windowScope << button->text();
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && label->window() == window.get())
            windowScope << label->text();
    }
    // Both texts of the pause action are in use at different times.
    windowScope << window->tr("Resu&me");
    QStringList dup = duplicates(windowScope);
    QVERIFY2(dup.isEmpty(), qPrintable(dup.join(u"; "_s)));
    // Within each menu too.
    for (QAction *menuAction : window->menuBar()->actions()) {
        QStringList texts;
        for (QAction *action : menuAction->menu()->actions())
            texts << action->text();
        dup = duplicates(texts);
        QVERIFY2(dup.isEmpty(), qPrintable(menuAction->text() + u": "_s + dup.join(u"; "_s)));
    }
}

void TestMainWindow::helpAndConnectShowWhatIsCurrent()
{
    auto portal = startPortal(smallPortal());
    auto window = makeWindow(m_dir);
    QVERIFY(window->action(u"aboutAction"_s));
    QCOMPARE(window->action(u"shortcutsAction"_s)->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window->action(u"shortcutsAction"_s)->trigger();
    auto *shortcuts = window->findChild<QMessageBox *>(u"shortcutsDialog"_s);
    QVERIFY(shortcuts && shortcuts->isVisible());
    QVERIFY2(shortcuts->text().contains(window->action(u"startAction"_s)->shortcut().toString(QKeySequence::NativeText)),
        qPrintable(shortcuts->text()));
    shortcuts->close();
    window->action(u"aboutAction"_s)->trigger();
    QVERIFY(window->findChild<QMessageBox *>(u"aboutDialog"_s));

    // Connected: Connect… opens on the current portal and user, not on the defaults.
    QSignalSpy connected(window->controller(), &ReleaseWorkflow::loginFinished);
    window->connectDirectly(loginFor(*portal), false);
    QVERIFY(connected.wait(timeout));
    LoginDialog *dialog = window->openLoginDialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->text(), portal->baseUrl().toString());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
