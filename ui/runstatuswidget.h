#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// The permanent part of the status bar: one progress bar (pages while reading, tickets while
// releasing), requests in flight, elapsed and estimated time left.
class RunStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusWidget(QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }

    void showScrape(int pagesDone, int pagesKnown, int rows);
    void showRun(int done, int total, int inFlight, qint64 elapsedMs, qint64 etaMs);
    void showIdle();

    static QString duration(qint64 ms); // "1:05" or "1:02:03"

private:
    QProgressBar *m_progress;
    QLabel *m_inFlight;
    QLabel *m_time;
};
