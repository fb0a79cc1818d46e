#pragma once

#include "releaseworkflow.h"
#include "runcounts.h"

#include <QFrame>

class CountsBar;
class QLabel;
class QPushButton;

// Shown after a run stops, is cancelled or finishes: what happened in counts and words, and the
// next steps as buttons (retry the failed tickets, resume the skipped ones, check the unknown
// ones on the portal). A button is only enabled when there is something for it to do.
class RunSummaryPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit RunSummaryPanel(QWidget *parent = nullptr);

    void showRun(ReleaseWorkflow::RunEnd how, const RunCounts &counts, qint64 elapsedMs);
    // What the next steps would take up (across this connection's runs).
    void setNextSteps(int failed, int skipped, int unknown);
    void setBusy(bool busy); // a next step is reading the portal
    QString headline() const;
    CountsBar *countsBar() const { return m_bar; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *checkButton() const { return m_check; }

signals:
    void retryFailedRequested();
    void resumeRestRequested();
    void checkUnknownRequested();

private:
    QLabel *m_headline;
    QLabel *m_details;
    CountsBar *m_bar;
    QPushButton *m_retry;
    QPushButton *m_resume;
    QPushButton *m_check;
    QPushButton *m_close;
    RunCounts m_counts;
    int m_failed = 0;
    int m_skipped = 0;
    int m_unknown = 0;
};
