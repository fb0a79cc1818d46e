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
#include "scrapebanner.h"
#include "settingsdialog.h"
#include "statepresentation.h"
#include "ticketpanel.h"
#include "tickettablemodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ReleaseWorkflow(this))
    , m_passwords(new PasswordStore(this))
    , m_tickets(new TicketPanel(m_controller->tickets(), this))
    , m_plan(new PlanPanel(m_controller, this))
    , m_log(new LogPane(this))
    , m_status(new RunStatusWidget(this))
    , m_scrapeBanner(new ScrapeBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ReleaseDesk"));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_tickets);
    m_splitter->addWidget(m_plan);
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

    createActions();
    createMenus();

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
            m_scrapeBanner->showResult(m_controller->lastScrape());
            statusBar()->showMessage(summary, 10000);
        });
    connect(m_controller, &ReleaseWorkflow::planReady, this, &MainWindow::updateActions);
    connect(
        m_controller->plan(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_controller->plan(), &PlanModel::violationsChanged, this, &MainWindow::updateActions);
    connect(m_controller, &ReleaseWorkflow::runProgress, this,
        [this](int done, int total, int inFlight) {
            m_status->showRun(
                done, total, inFlight, m_controller->elapsedMs(), m_controller->etaMs());
        });
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
    connect(m_plan, &PlanPanel::approveRequested, this, &MainWindow::requestApproval);

    // Elapsed and ETA keep moving between progress signals.
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_status->showRun(m_controller->runDone(), m_controller->runTotal(),
            m_controller->inFlight(), m_controller->elapsedMs(), m_controller->etaMs());
    });

    restoreWindowState();
    updateActions();
    statusBar()->showMessage(tr("Not connected. Choose Connect… to log in to a release portal."));
}

MainWindow::~MainWindow() = default;

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
        = addAction(u"scrapeAction"_s, tr("&Read tickets"), QKeySequence::Refresh, nullptr);
    scrape->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    connect(scrape, &QAction::triggered, m_controller, &ReleaseWorkflow::scrape);
    QAction *cancelScrape
        = addAction(u"cancelScrapeAction"_s, tr("Stop &reading"), Qt::Key_Escape, nullptr);
    cancelScrape->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    connect(cancelScrape, &QAction::triggered, m_controller, &ReleaseWorkflow::cancelScrape);

    QAction *plan = addAction(u"planAction"_s, tr("&Plan again"), Qt::CTRL | Qt::Key_P, nullptr);
    plan->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(plan, &QAction::triggered, m_controller, &ReleaseWorkflow::makePlan);
    QAction *approveBatch
        = addAction(u"approveBatchAction"_s, tr("Approve &batch…"), Qt::CTRL | Qt::Key_B, nullptr);
    approveBatch->setIcon(style->standardIcon(QStyle::SP_DialogYesButton));
    connect(approveBatch, &QAction::triggered, this, [this] {
        const QList<int> batches = m_plan->selectedBatches();
        if (batches.isEmpty())
            statusBar()->showMessage(tr("Select a batch in the plan first."), 5000);
        else
            requestApproval(batches);
    });
    QAction *approveAll = addAction(u"approveAllAction"_s, tr("Approve &all remaining…"),
        Qt::CTRL | Qt::SHIFT | Qt::Key_B, nullptr);
    approveAll->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    connect(approveAll, &QAction::triggered, this, [this] { requestApproval({}); });

    QAction *start = addAction(
        u"startAction"_s, tr("&Start release"), Qt::CTRL | Qt::Key_R, &MainWindow::startRelease);
    start->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    QAction *pause
        = addAction(u"pauseAction"_s, tr("&Pause"), Qt::Key_Pause, &MainWindow::togglePause);
    pause->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    QAction *cancelRun
        = addAction(u"cancelRunAction"_s, tr("&Cancel run"), Qt::CTRL | Qt::Key_Period, nullptr);
    cancelRun->setIcon(style->standardIcon(QStyle::SP_MediaStop));
    connect(cancelRun, &QAction::triggered, m_controller, &ReleaseWorkflow::cancelRun);
    QAction *check = addAction(
        u"checkAction"_s, tr("C&heck on portal"), Qt::CTRL | Qt::Key_K, &MainWindow::checkOnPortal);
    check->setIcon(StatePresentation::icon(ReleaseState::Unknown));
    check->setToolTip(tr("Read the selected (or all unknown) tickets' status on the portal"));

    QAction *history = addAction(
        u"historyAction"_s, tr("&History…"), Qt::CTRL | Qt::Key_H, &MainWindow::openHistory);
    history->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    addAction(u"settingsAction"_s, tr("Se&ttings…"), QKeySequence::Preferences,
        &MainWindow::openSettings);
    QAction *quit = addAction(u"quitAction"_s, tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction *unknownOnly
        = addAction(u"showUnknownAction"_s, tr("Only &unknown outcomes"), {}, nullptr);
    unknownOnly->setCheckable(true);
    connect(unknownOnly, &QAction::toggled, m_tickets, &TicketPanel::setUnknownOnly);
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
    view->addAction(findChild<QDockWidget *>(u"logDock"_s)->toggleViewAction());

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
    view->addAction(toolBar->toggleViewAction());
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
    pause->setText(phase == Phase::Paused ? tr("Res&ume") : tr("&Pause"));
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
    dialog->setRequest(prefill);
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
    auto *dialog = new ApprovalDialog(scope, this);
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
    connect(dialog, &QDialog::accepted, this, [this] {
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
    m_status->showRun(m_controller->runDone(), m_controller->runTotal(), 0, elapsedMs, -1);
    m_log->appendMessage(summary);
    statusBar()->showMessage(summary);
    updateActions();
    if (elapsedMs >= m_notifyAfterMs)
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
