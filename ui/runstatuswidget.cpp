#include "runstatuswidget.h"

#include "countsbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

RunStatusWidget::RunStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_countsBar(new CountsBar(this))
    , m_counts(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_time(new QLabel(this))
{
    m_progress->setObjectName(u"overallProgress"_s);
    m_progress->setMinimumWidth(220);
    m_progress->setTextVisible(true);
    m_countsBar->setObjectName(u"runCountsBar"_s);
    m_countsBar->setMinimumWidth(180);
    m_counts->setObjectName(u"runCountsLabel"_s);
    m_counts->setTextFormat(Qt::PlainText);
    m_inFlight->setObjectName(u"inFlightLabel"_s);
    m_time->setObjectName(u"timeLabel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inFlight);
    layout->addWidget(m_time);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_countsBar);
    showIdle();
}

QString RunStatusWidget::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void RunStatusWidget::showScrape(int pagesDone, int pagesKnown, int rows)
{
    m_countsBar->hide();
    m_counts->clear();
    m_progress->show();
    // While the page count is unknown the bar is busy rather than pretending a percentage.
    m_progress->setRange(0, pagesKnown > 0 ? pagesKnown : 0);
    m_progress->setValue(pagesDone);
    m_progress->setFormat(pagesKnown > 0
            ? tr("%1 / %2 pages · %3 tickets").arg(pagesDone).arg(pagesKnown).arg(rows)
            : tr("%1 pages · %2 tickets").arg(pagesDone).arg(rows));
    m_inFlight->clear();
    m_time->clear();
}

void RunStatusWidget::showRun(const RunCounts &counts, int inFlight, qint64 elapsedMs, qint64 etaMs)
{
    // The reading bar is not release progress: it goes while a run is shown.
    m_progress->hide();
    m_countsBar->show();
    m_countsBar->setCounts(counts);
    m_counts->setText(counts.text());
    m_inFlight->setText(tr("%n request(s) in flight", nullptr, inFlight));
    m_time->setText(etaMs >= 0
            ? tr("elapsed %1, about %2 left").arg(duration(elapsedMs), duration(etaMs))
            : tr("elapsed %1").arg(duration(elapsedMs)));
}

void RunStatusWidget::showIdle()
{
    m_progress->hide();
    m_countsBar->hide();
    m_counts->clear();
    m_inFlight->clear();
    m_time->clear();
}
