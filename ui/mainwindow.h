#pragma once

#include "loginrequest.h"
#include "releaseworkflow.h"

#include <QMainWindow>
#include <QPointer>

class LogPane;
class LoginDialog;
class PasswordStore;
class PlanPanel;
class QAction;
class QSplitter;
class QTimer;
class RunStatusWidget;
class RunSummaryPanel;
class QTabWidget;
class TimelineView;
class WebhookNotifier;
class ScrapeBanner;
class TicketPanel;

// The desktop window: a view of the ReleaseWorkflow. Tickets on the left, the plan and run
// controls on the right, the log in a dock, progress in the status bar. Every dialog is opened
// non-blocking (open(), not exec()), so the event loop never stops while one is up.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReleaseWorkflow *controller() const { return m_controller; }
    TicketPanel *ticketPanel() const { return m_tickets; }
    PlanPanel *planPanel() const { return m_plan; }
    LogPane *logPane() const { return m_log; }
    RunStatusWidget *runStatus() const { return m_status; }
    RunSummaryPanel *runSummary() const { return m_summary; }
    TimelineView *timeline() const { return m_timeline; }
    QTabWidget *planTabs() const { return m_tabs; }
    WebhookNotifier *webhookNotifier() const { return m_webhook; }
    ScrapeBanner *scrapeBanner() const { return m_scrapeBanner; }
    QAction *action(const QString &objectName) const; // tests and scripts

    // Opens the login dialog (prefilled with request, if given).
    LoginDialog *openLoginDialog(const LoginRequest &prefill = {});
    // Logs in without a dialog (command line / demo); then scrapes when autoScrape.
    void connectDirectly(const LoginRequest &request, bool autoScrape);
    // Asks for approval of the batches (or every remaining one when empty) with the
    // confirmation dialog; nothing is approved unless the dialog is accepted.
    void requestApproval(const QList<int> &batches);

    // Long runs end with a desktop notification; shorter ones only with a status message.
    void setNotifyAfterMs(qint64 ms) { m_notifyAfterMs = ms; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void createActions();
    void createMenus();
    void connectWorkflow();
    void connectNextSteps();
    void connectTeamChat();
    void connectLoginAndKeychain();
    void restoreWindowState();
    void saveWindowState() const;
    void updateActions();
    void onPhaseChanged(ReleaseWorkflow::Phase phase);
    void onRunFinished(const QString &summary, qint64 elapsedMs);
    void notify(const QString &title, const QString &text);
    void startRelease();
    void togglePause();
    void checkOnPortal();
    void openSettings();
    void openHistory();
    void confirmCancel();
    void approveSelectedOrNext();
    void refreshTimeline();
    void onRunEnded(ReleaseWorkflow::RunEnd how, const RunCounts &counts);
    void planNextStep(ReleaseWorkflow::NextStep step);
    void showShortcuts();
    void showAbout();
    void applyWebhookSettings();
    void showRunStatus();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
        void (MainWindow::*slot)());

    ReleaseWorkflow *m_controller;
    PasswordStore *m_passwords;
    TicketPanel *m_tickets;
    PlanPanel *m_plan;
    LogPane *m_log;
    RunStatusWidget *m_status;
    RunSummaryPanel *m_summary;
    TimelineView *m_timeline;
    QTabWidget *m_tabs;
    WebhookNotifier *m_webhook;
    ScrapeBanner *m_scrapeBanner;
    QSplitter *m_splitter;
    QTimer *m_clock;
    QPointer<LoginDialog> m_loginDialog;
    LoginRequest m_pendingPasswordSave;
    bool m_autoScrape = false;
    qint64 m_notifyAfterMs = 30000;
};
