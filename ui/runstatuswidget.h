#pragma once

#include "runcounts.h"

#include <QWidget>

class CountsBar;
class QLabel;
class QProgressBar;

// The permanent part of the status bar: a progress bar while reading pages; while releasing and
// after, the run's tickets by outcome as a stacked bar and in words (a failed or skipped ticket
// is never counted as released), requests in flight, elapsed and estimated time left.
class RunStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusWidget(QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    CountsBar *countsBar() const { return m_countsBar; }
    QLabel *countsLabel() const { return m_counts; }

    void showScrape(int pagesDone, int pagesKnown, int rows);
    void showRun(const RunCounts &counts, int inFlight, qint64 elapsedMs, qint64 etaMs);
    void showIdle();

    static QString duration(qint64 ms); // "1:05" or "1:02:03"

private:
    QProgressBar *m_progress;
    CountsBar *m_countsBar;
    QLabel *m_counts;
    QLabel *m_inFlight;
    QLabel *m_time;
};
