#include "mainwindow.h"

#include "approvaldialog.h"
#include "appsettings.h"
#include "historydialog.h"
#include "logindialog.h"
#include "logpane.h"
#include "passwordstore.h"
#include "planmodel.h"
#include "planpanel.h"
#include "runstatuswidget.h"
#include "runsummarypanel.h"
#include "timelineview.h"
#include "notify/webhooknotifier.h"
#include "scrapebanner.h"
#include "settingsdialog.h"
#include "statepresentation.h"
#include "ticketpanel.h"
#include "tickettablemodel.h"
#include "runtimeline.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ReleaseWorkflow(this))
    , m_passwords(new PasswordStore(this))
    , m_tickets(new TicketPanel(m_controller->tickets(), this))
    , m_plan(new PlanPanel(m_controller, this))
    , m_log(new LogPane(this))
    , m_status(new RunStatusWidget(this))
    , m_summary(new RunSummaryPanel(this))
    , m_timeline(new TimelineView(this))
    , m_tabs(new QTabWidget(this))
    , m_webhook(new WebhookNotifier(this))
    , m_scrapeBanner(new ScrapeBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_clock(new QTimer(this))
{
    buildLayout();
    createActions();
    createMenus();
    connectWorkflow();
    connectNextSteps();
    connectTeamChat();
    connectLoginAndKeychain();
    connect(m_plan, &PlanPanel::approveRequested, this, &MainWindow::requestApproval);

    // Elapsed and ETA keep moving between progress signals.
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::showRunStatus);

    restoreWindowState();
    updateActions();
    statusBar()->showMessage(tr("Not connected. Choose Connect… to log in to a release portal."));
}

MainWindow::~MainWindow() = default;

// Tickets on the left; the last run's summary, the plan and the timeline on the right; the log
// docked below.
void MainWindow::buildLayout()
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ReleaseDesk"));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_tickets);
    // The right side: what the last run left (with the next steps) above the plan and the
    // run's timeline.
    m_tabs->setObjectName(u"planTabs"_s);
    m_tabs->addTab(m_plan, tr("Plan"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_scrapeBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_scrapeBanner, &ScrapeBanner::retryRequested, m_controller, &ReleaseWorkflow::scrape);

    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(u"logDock"_s);
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    statusBar()->addPermanentWidget(m_status);
}

// What the workflow reports: phases, messages, scrape and run progress, incidents.
void MainWindow::connectWorkflow()
{
    connect(m_controller, &ReleaseWorkflow::phaseChanged, this, &MainWindow::onPhaseChanged);
    connect(m_controller, &ReleaseWorkflow::message, m_log, &LogPane::appendMessage);
    connect(m_controller, &ReleaseWorkflow::errorOccurred, this, [this](const QString &text) {
        m_log->appendError(text);
        statusBar()->showMessage(text, 10000);
    });
    connect(
        m_controller, &ReleaseWorkflow::scrapeProgress, m_status, &RunStatusWidget::showScrape);
    connect(m_controller, &ReleaseWorkflow::scrapeFinished, this,
        [this](bool, const QString &summary) {
            // A full bar left standing reads as release progress: the count goes to the status
            // line and the bar away.
            m_status->showIdle();
            m_scrapeBanner->showResult(m_controller->lastScrape());
            statusBar()->showMessage(summary, 10000);
        });
    connect(m_controller, &ReleaseWorkflow::planReady, this, &MainWindow::updateActions);
    connect(
        m_controller->plan(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_controller->plan(), &PlanModel::violationsChanged, this, &MainWindow::updateActions);
    connect(m_controller, &ReleaseWorkflow::runProgress, this, &MainWindow::showRunStatus);
    connect(m_controller, &ReleaseWorkflow::runEnded, this, &MainWindow::onRunEnded);
    connect(m_controller, &ReleaseWorkflow::runIncident, this,
        [this](ReleaseState state, const QString &, const QString &text) {
            notify(state == ReleaseState::Failed ? tr("A release failed")
                                                 : tr("A release outcome is unknown"),
                text);
        });
}

// The run summary's next steps (retry failed, resume the rest, check unknown outcomes).
void MainWindow::connectNextSteps()
{
    connect(m_summary, &RunSummaryPanel::retryFailedRequested, this,
        [this] { planNextStep(ReleaseWorkflow::NextStep::RetryFailed); });
    connect(m_summary, &RunSummaryPanel::resumeRestRequested, this,
        [this] { planNextStep(ReleaseWorkflow::NextStep::ResumeRest); });
    connect(m_summary, &RunSummaryPanel::checkUnknownRequested, m_controller,
        &ReleaseWorkflow::checkUnknownOfRun);
    connect(m_controller, &ReleaseWorkflow::nextStepPlanned, this,
        [this](ReleaseWorkflow::NextStep, int planned, const QStringList &left) {
            m_summary->setNextSteps(
                int(m_controller->nextStepTickets(ReleaseWorkflow::NextStep::RetryFailed).size()),
                int(m_controller->nextStepTickets(ReleaseWorkflow::NextStep::ResumeRest).size()),
                int(m_controller->runTicketIds(ReleaseState::Unknown).size()));
            m_tabs->setCurrentWidget(m_plan);
            statusBar()->showMessage(left.isEmpty()
                    ? tr("Planned %n ticket(s); approve them to send.", nullptr, planned)
                    : tr("Planned %n ticket(s); %1 left out (see the log).", nullptr, planned)
                          .arg(left.size()));
            if (planned > 0)
                requestApproval({});
        });
}

// Team-chat messages: the signing secret comes from the keychain, deliveries go to the log.
void MainWindow::connectTeamChat()
{
    m_controller->setWebhookNotifier(m_webhook);
    connect(m_passwords, &PasswordStore::readFinished, this,
        [this](const QString &key, const QString &secret, const QString &) {
            if (m_webhook->isEnabled()
                && key == AppSettings::webhookSecretKey(m_webhook->config().url)) {
                WebhookConfig current = m_webhook->config();
                current.secret = secret;
                m_webhook->setConfig(current);
            }
        });
    connect(m_webhook, &WebhookNotifier::delivered, this,
        [this](const QString &kind, const QString &error) {
            if (error.isEmpty())
                m_log->appendMessage(tr("Team chat told (%1).").arg(kind));
            else
                m_log->appendError(tr("The team chat message was not delivered: %1").arg(error));
        });
    applyWebhookSettings();
}

// After a login: close the dialog or show why, remember the password if asked, scrape.
void MainWindow::connectLoginAndKeychain()
{
    connect(m_controller, &ReleaseWorkflow::runFinished, this, &MainWindow::onRunFinished);
    connect(m_controller, &ReleaseWorkflow::loginFinished, this,
        [this](bool ok, const QString &message) {
            if (m_loginDialog) {
                m_loginDialog->setBusy(false);
                if (ok)
                    m_loginDialog->accept();
                else
                    m_loginDialog->showError(message); // the portal's own words, as plain text
            }
            if (!ok)
                return;
            const LoginRequest saved = std::exchange(m_pendingPasswordSave, {});
            if (saved.rememberPassword) {
                m_passwords->write(
                    PasswordStore::keyFor(saved.baseUrlOverride.toString(), saved.user),
                    saved.password);
            }
            if (std::exchange(m_autoScrape, false))
                m_controller->scrape();
        });
    connect(m_passwords, &PasswordStore::writeFinished, this,
        [this](const QString &, const QString &error) {
            if (error.isEmpty())
                m_log->appendMessage(tr("Password remembered in the system keychain."));
            else
                m_log->appendMessage(
                    tr("The password was not remembered: no system keychain answered (%1).")
                        .arg(error));
        });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QAction *MainWindow::addAction(const QString &name, const QString &text,
    const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createActions()
{
    QStyle *style = this->style();
    QAction *connectAction
        = addAction(u"connectAction"_s, tr("&Connect…"), QKeySequence::Open, nullptr);
    connectAction->setIcon(style->standardIcon(QStyle::SP_DriveNetIcon));
    connect(connectAction, &QAction::triggered, this, [this] { openLoginDialog(); });

    QAction *scrape
        = addAction(u"scrapeAction"_s, tr("Rea&d tickets"), QKeySequence::Refresh, nullptr);
    scrape->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    connect(scrape, &QAction::triggered, m_controller, &ReleaseWorkflow::scrape);
    QAction *cancelScrape
        = addAction(u"cancelScrapeAction"_s, tr("Stop readin&g"), Qt::Key_Escape, nullptr);
    cancelScrape->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    connect(cancelScrape, &QAction::triggered, m_controller, &ReleaseWorkflow::cancelScrape);

    QAction *plan = addAction(u"planAction"_s, tr("Plan a&gain"), Qt::CTRL | Qt::Key_P, nullptr);
    plan->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(plan, &QAction::triggered, m_controller, &ReleaseWorkflow::makePlan);
    QAction *approveBatch
        = addAction(u"approveBatchAction"_s, tr("Approve &batch…"), Qt::CTRL | Qt::Key_B, nullptr);
    approveBatch->setIcon(style->standardIcon(QStyle::SP_DialogYesButton));
    connect(approveBatch, &QAction::triggered, this, &MainWindow::approveSelectedOrNext);
    QAction *approveAll = addAction(u"approveAllAction"_s, tr("Approve &all remaining…"),
        Qt::CTRL | Qt::SHIFT | Qt::Key_B, nullptr);
    approveAll->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    connect(approveAll, &QAction::triggered, this, [this] { requestApproval({}); });

    QAction *start = addAction(
        u"startAction"_s, tr("Start re&lease"), Qt::CTRL | Qt::Key_R, &MainWindow::startRelease);
    start->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    QAction *pause
        = addAction(u"pauseAction"_s, tr("Pa&use"), Qt::Key_Pause, &MainWindow::togglePause);
    pause->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    QAction *cancelRun
        = addAction(u"cancelRunAction"_s, tr("Cancel ru&n"), Qt::CTRL | Qt::Key_Period, nullptr);
    cancelRun->setIcon(style->standardIcon(QStyle::SP_MediaStop));
    connect(cancelRun, &QAction::triggered, this, &MainWindow::confirmCancel);
    QAction *check = addAction(
        u"checkAction"_s, tr("Chec&k on portal"), Qt::CTRL | Qt::Key_K, &MainWindow::checkOnPortal);
    check->setIcon(StatePresentation::icon(ReleaseState::Unknown));
    check->setToolTip(tr("Read the selected (or all unknown) tickets' status on the portal"));

    QAction *history = addAction(
        u"historyAction"_s, tr("H&istory…"), Qt::CTRL | Qt::Key_H, &MainWindow::openHistory);
    history->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    addAction(u"settingsAction"_s, tr("Se&ttings…"), QKeySequence::Preferences,
        &MainWindow::openSettings);
    QAction *quit = addAction(u"quitAction"_s, tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction *unknownOnly
        = addAction(u"showUnknownAction"_s, tr("Only unkno&wn outcomes"), {}, nullptr);
    unknownOnly->setCheckable(true);
    connect(unknownOnly, &QAction::toggled, m_tickets, &TicketPanel::setUnknownOnly);

    addAction(u"shortcutsAction"_s, tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
        &MainWindow::showShortcuts);
    addAction(u"aboutAction"_s, tr("&About ReleaseDesk"), {}, &MainWindow::showAbout);
    QAction *follow = addAction(u"followRunAction"_s, tr("&Follow the run"), Qt::CTRL | Qt::Key_F, nullptr);
    follow->setCheckable(true);
    follow->setChecked(true);
    connect(follow, &QAction::toggled, m_timeline, &TimelineView::setFollowing);
    connect(m_timeline, &TimelineView::followingChanged, follow, &QAction::setChecked);
    QAction *showTimeline = addAction(u"showTimelineAction"_s, tr("&Timeline"), Qt::CTRL | Qt::Key_T, nullptr);
    connect(showTimeline, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_timeline); });
    QAction *showPlan = addAction(u"showPlanAction"_s, tr("&Plan"), Qt::CTRL | Qt::Key_L, nullptr);
    connect(showPlan, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_plan); });
}

void MainWindow::createMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(action(u"connectAction"_s));
    session->addSeparator();
    session->addAction(action(u"settingsAction"_s));
    session->addSeparator();
    session->addAction(action(u"quitAction"_s));
    QMenu *tickets = menuBar()->addMenu(tr("&Tickets"));
    tickets->addAction(action(u"scrapeAction"_s));
    tickets->addAction(action(u"cancelScrapeAction"_s));
    tickets->addSeparator();
    tickets->addAction(action(u"showUnknownAction"_s));
    tickets->addAction(action(u"checkAction"_s));
    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->addAction(action(u"planAction"_s));
    plan->addAction(action(u"approveBatchAction"_s));
    plan->addAction(action(u"approveAllAction"_s));
    QMenu *release = menuBar()->addMenu(tr("&Release"));
    release->addAction(action(u"startAction"_s));
    release->addAction(action(u"pauseAction"_s));
    release->addAction(action(u"cancelRunAction"_s));
    release->addSeparator();
    release->addAction(action(u"historyAction"_s));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(u"showPlanAction"_s));
    view->addAction(action(u"showTimelineAction"_s));
    view->addAction(action(u"followRunAction"_s));
    view->addSeparator();
    QAction *logToggle = findChild<QDockWidget *>(u"logDock"_s)->toggleViewAction();
    logToggle->setText(tr("&Log"));
    view->addAction(logToggle);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"shortcutsAction"_s));
    help->addAction(action(u"aboutAction"_s));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : { "connectAction", "scrapeAction", "cancelScrapeAction", "",
             "approveBatchAction", "approveAllAction", "startAction", "pauseAction",
             "cancelRunAction", "", "checkAction", "historyAction" }) {
        if (*name)
            toolBar->addAction(action(QString::fromLatin1(name)));
        else
            toolBar->addSeparator();
    }
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Main toolbar"));
    view->addAction(toolBarToggle);
}

void MainWindow::updateActions()
{
    using Phase = ReleaseWorkflow::Phase;
    const Phase phase = m_controller->phase();
    const bool ready = phase == Phase::Ready;
    const bool running = phase == Phase::Releasing || phase == Phase::Paused;
    const bool hasPlan = m_controller->plan()->rowCount() > 0;
    action(u"connectAction"_s)->setEnabled(!running && phase != Phase::LoggingIn);
    action(u"scrapeAction"_s)->setEnabled(phase == Phase::Connected || ready);
    action(u"cancelScrapeAction"_s)->setEnabled(phase == Phase::Scraping);
    action(u"planAction"_s)->setEnabled(ready && m_controller->tickets()->rowCount() > 0);
    action(u"approveBatchAction"_s)->setEnabled(ready && hasPlan);
    action(u"approveAllAction"_s)->setEnabled(ready && hasPlan);
    action(u"startAction"_s)->setEnabled(ready && m_controller->approvedBatchCount() > 0);
    QAction *pause = action(u"pauseAction"_s);
    pause->setEnabled(running);
    pause->setText(phase == Phase::Paused ? tr("Resu&me") : tr("Pa&use"));
    pause->setIcon(style()->standardIcon(
        phase == Phase::Paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    action(u"cancelRunAction"_s)->setEnabled(running);
    action(u"checkAction"_s)->setEnabled(ready && m_controller->tickets()->rowCount() > 0);
    m_plan->policyCombo()->setEnabled(!running);
}

void MainWindow::onPhaseChanged(ReleaseWorkflow::Phase phase)
{
    using Phase = ReleaseWorkflow::Phase;
    updateActions();
    switch (phase) {
    case Phase::Disconnected:
        setWindowTitle(tr("ReleaseDesk"));
        statusBar()->showMessage(tr("Not connected."));
        break;
    case Phase::LoggingIn:
        statusBar()->showMessage(tr("Logging in…"));
        break;
    case Phase::Connected:
        setWindowTitle(
            tr("ReleaseDesk — %1").arg(m_controller->profile().baseUrl.toDisplayString()));
        statusBar()->showMessage(tr("Connected as %1.").arg(m_controller->user()));
        break;
    case Phase::Scraping:
        statusBar()->showMessage(tr("Reading the ticket list…"));
        break;
    case Phase::Releasing:
        m_summary->hide(); // it spoke of the previous run
        m_clock->start();
        statusBar()->showMessage(tr("Releasing…"));
        break;
    case Phase::Paused:
        statusBar()->showMessage(tr("Paused: requests in flight finish, no new ones start."));
        break;
    case Phase::Ready:
        m_clock->stop();
        break;
    }
}

namespace {

LoginRequest withSettings(LoginRequest request)
{
    request.concurrencyLimit = AppSettings::concurrencyLimit();
    request.minIntervalMs = AppSettings::minIntervalMs();
    return request;
}

} // namespace

LoginDialog *MainWindow::openLoginDialog(const LoginRequest &prefill)
{
    if (m_loginDialog) {
        m_loginDialog->raise();
        return m_loginDialog;
    }
    auto *dialog = new LoginDialog(m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    LoginRequest request = prefill;
    // Connecting again starts from where the window is connected now, not from the defaults.
    if (request.user.isEmpty() && m_controller->phase() != ReleaseWorkflow::Phase::Disconnected) {
        request.profilePath = m_controller->profilePath();
        request.baseUrlOverride = m_controller->profile().baseUrl;
        request.user = m_controller->user();
    }
    dialog->setRequest(request);
    connect(
        dialog, &LoginDialog::connectRequested, this, [this, dialog](const LoginRequest &request) {
            dialog->setBusy(true);
            AppSettings::setLastUser(request.user);
            AppSettings::setRememberPassword(request.rememberPassword);
            if (!request.profilePath.startsWith(u':'))
                AppSettings::addRecentProfile(request.profilePath);
            m_pendingPasswordSave = request;
            m_controller->login(withSettings(request));
        });
    m_loginDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::connectDirectly(const LoginRequest &request, bool autoScrape)
{
    m_autoScrape = autoScrape;
    m_controller->login(withSettings(request));
}

void MainWindow::requestApproval(const QList<int> &batches)
{
    const ApprovalScope scope
        = batches.isEmpty() ? m_controller->scopeForRemaining() : m_controller->scopeFor(batches);
    if (scope.isEmpty()) {
        statusBar()->showMessage(tr("Nothing left to approve."), 5000);
        return;
    }
    ApprovalScope named = scope;
    const PlanModel *plan = m_controller->plan();
    for (int batch : scope.batches) {
        named.batchTitles << plan->batchTitle(batch);
        if (plan->touchesProduction(batch))
            named.productionBatches << plan->batchTitle(batch);
    }
    auto *dialog = new ApprovalDialog(named, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_controller->approve(dialog->scope());
        updateActions();
    });
    dialog->open();
}

void MainWindow::startRelease()
{
    ReleaseOptions options;
    options.failurePolicy = failurePolicyFromName(m_plan->failurePolicy());
    options.overlapBatches = AppSettings::overlapBatches();
    m_controller->startRelease(options);
}

void MainWindow::togglePause()
{
    if (m_controller->phase() == ReleaseWorkflow::Phase::Paused)
        m_controller->resume();
    else
        m_controller->pause();
}

void MainWindow::checkOnPortal()
{
    QStringList ids = m_tickets->selectedTicketIds();
    if (ids.isEmpty()) {
        for (const ReleaseTicket &ticket : m_controller->tickets()->tickets()) {
            if (ticket.state == ReleaseState::Unknown)
                ids << ticket.id;
        }
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No ticket is selected and no outcome is unknown."), 5000);
        return;
    }
    m_controller->checkOnPortal(ids);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordStore(m_passwords);
    dialog->setCurrentSecret(m_webhook->config().secret);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_webhook->setConfig(dialog->webhookConfig());
        SettingsDialog::fillFailurePolicies(m_plan->policyCombo(), AppSettings::failurePolicy());
        m_log->appendMessage(tr("Settings saved. Limits apply from the next connection; the "
                                "language from the next start."));
    });
    dialog->open();
}

void MainWindow::openHistory()
{
    HistoryStore *store = m_controller->history();
    if (!store)
        return;
    auto *dialog = new HistoryDialog(store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onRunFinished(const QString &summary, qint64 elapsedMs)
{
    m_clock->stop();
    m_status->showRun(m_controller->runCounts(), 0, elapsedMs, -1);
    // The whole sentence goes to the log and the summary panel; the status line keeps a short
    // one, so it is never cut off by the counters beside it.
    m_log->appendMessage(summary);
    updateActions();
    refreshTimeline();
    if (elapsedMs >= m_notifyAfterMs || !isActiveWindow())
        notify(tr("Release finished"), summary);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon().isNull()
                    ? style()->standardIcon(QStyle::SP_ComputerIcon)
                    : windowIcon(),
                this);
            tray->show();
        }
        tray->showMessage(title, text);
    }
    // The taskbar entry asks for attention too, where there is no tray.
    QApplication::alert(this);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::windowValue(u"geometry"_s);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(AppSettings::windowValue(u"state"_s));
    const QByteArray splitter = AppSettings::windowValue(u"splitter"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_tickets->restoreState(AppSettings::windowValue(u"ticketHeader"_s));
    m_plan->restoreState(AppSettings::windowValue(u"planHeader"_s));
}

void MainWindow::saveWindowState() const
{
    AppSettings::setWindowValue(u"geometry"_s, saveGeometry());
    AppSettings::setWindowValue(u"state"_s, saveState());
    AppSettings::setWindowValue(u"splitter"_s, m_splitter->saveState());
    AppSettings::setWindowValue(u"ticketHeader"_s, m_tickets->saveState());
    AppSettings::setWindowValue(u"planHeader"_s, m_plan->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    using Phase = ReleaseWorkflow::Phase;
    const Phase phase = m_controller->phase();
    if (phase == Phase::Releasing || phase == Phase::Paused) {
        // Closing mid-run would leave requests in flight unrecorded; ask instead of guessing.
        statusBar()->showMessage(
            tr("A release is running: pause or cancel it before quitting."), 8000);
        QApplication::alert(this);
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::showRunStatus()
{
    m_status->showRun(m_controller->runCounts(), m_controller->inFlight(),
        m_controller->elapsedMs(), m_controller->etaMs());
    refreshTimeline();
}

void MainWindow::refreshTimeline()
{
    const PlanModel *plan = m_controller->plan();
    const QHash<QString, int> batchOf = plan->plan().batchIndexByTicket();
    const TicketTableModel *tickets = m_controller->tickets();
    QList<RunTimeline::Entry> entries;
    entries.reserve(m_controller->runTickets().size());
    for (const QString &id : m_controller->runTickets()) {
        const int row = tickets->rowOf(id);
        if (row < 0)
            continue;
        const ReleaseTicket &ticket = tickets->ticket(row);
        RunTimeline::Entry entry;
        entry.group = plan->batchTitle(batchOf.value(id, -1));
        entry.ticketId = id;
        entry.application = ticket.application;
        entry.state = ticket.state;
        // Only a ticket sent in this run has a bar; times of an earlier attempt do not count.
        const bool sent = ticket.state == ReleaseState::Sending
            || ticket.state == ReleaseState::Succeeded || ticket.state == ReleaseState::Failed
            || ticket.state == ReleaseState::Unknown;
        if (sent) {
            entry.start = ticket.startedAt;
            entry.end = ticket.state == ReleaseState::Sending ? QDateTime() : ticket.finishedAt;
            if (!entry.end.isValid() && ticket.state != ReleaseState::Sending)
                entry.end = entry.start;
        }
        entries << entry;
    }
    m_timeline->setTimeline(RunTimeline::build(entries, QDateTime::currentDateTimeUtc()));
}

void MainWindow::onRunEnded(ReleaseWorkflow::RunEnd how, const RunCounts &counts)
{
    m_summary->showRun(how, counts, m_controller->elapsedMs());
    m_summary->setNextSteps(
        int(m_controller->nextStepTickets(ReleaseWorkflow::NextStep::RetryFailed).size()),
        int(m_controller->nextStepTickets(ReleaseWorkflow::NextStep::ResumeRest).size()),
        counts.unknown);
    statusBar()->showMessage(m_summary->headline());
}

void MainWindow::planNextStep(ReleaseWorkflow::NextStep step)
{
    if (m_controller->planNextStep(step))
        m_summary->setBusy(true);
}

void MainWindow::confirmCancel()
{
    const int skipped = m_controller->notYetSentCount();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the run?"),
        tr("%n ticket(s) not yet sent will be skipped. Requests in flight finish; nothing is "
           "taken back.",
            nullptr, skipped),
        QMessageBox::NoButton, this);
    box->setObjectName(u"cancelRunConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Cancel the run"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmCancelButton"_s);
    QPushButton *no = box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(no); // Enter must not cancel by accident
    connect(yes, &QPushButton::clicked, m_controller, &ReleaseWorkflow::cancelRun);
    box->open();
}

void MainWindow::approveSelectedOrNext()
{
    QList<int> batches = m_plan->selectedBatches();
    if (batches.isEmpty()) {
        // Nothing selected: the first batch not yet approved, in run order (never a later one
        // before it).
        const ReleasePlan &plan = m_controller->plan()->plan();
        for (int b = 0; b < plan.batches.size(); ++b) {
            if (!plan.batches.at(b).approved && m_controller->plan()->batchDoneCount(b) == 0) {
                batches << b;
                break;
            }
        }
    }
    if (batches.isEmpty()) {
        statusBar()->showMessage(tr("Nothing left to approve."), 5000);
        return;
    }
    requestApproval(batches);
}

void MainWindow::applyWebhookSettings()
{
    WebhookConfig config = AppSettings::webhook();
    const WebhookConfig old = m_webhook->config();
    config.secret = old.url == config.url ? old.secret : QString();
    m_webhook->setConfig(config);
    if (!config.isEnabled())
        return;
    // The signing secret lives in the keychain only; it arrives asynchronously.
    m_passwords->read(AppSettings::webhookSecretKey(config.url));
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->objectName().isEmpty())
            continue;
        lines << tr("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText),
            action->text().remove(u'&').remove(u'…'));
    }
    std::sort(lines.begin(), lines.end());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"),
        lines.join(u'\n'), QMessageBox::Close, this);
    box->setObjectName(u"shortcutsDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About ReleaseDesk"),
        tr("ReleaseDesk %1\n\nPlans, approves and runs releases on a web release portal, and "
           "keeps a history of every request.\n\nBuilt with Qt %2.")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
