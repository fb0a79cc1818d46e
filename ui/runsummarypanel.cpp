#include "runsummarypanel.h"

#include "countsbar.h"
#include "runstatuswidget.h"
#include "statepresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RunSummaryPanel::RunSummaryPanel(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_bar(new CountsBar(this))
    , m_retry(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"runSummaryPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setObjectName(u"runSummaryHeadline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_details->setObjectName(u"runSummaryDetails"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_bar->setObjectName(u"runSummaryBar"_s);
    m_bar->setMinimumHeight(m_bar->fontMetrics().height() + 8);
    m_retry->setObjectName(u"retryFailedButton"_s);
    m_retry->setIcon(StatePresentation::icon(ReleaseState::Failed));
    m_resume->setObjectName(u"resumeRestButton"_s);
    m_resume->setIcon(StatePresentation::icon(ReleaseState::Skipped));
    m_check->setObjectName(u"checkUnknownButton"_s);
    m_check->setIcon(StatePresentation::icon(ReleaseState::Unknown));
    m_retry->setToolTip(tr("Reads the portal, then plans exactly the failed tickets it shows "
                           "pending again; you approve the new plan before anything is sent."));
    m_resume->setToolTip(tr("Reads the portal, then plans the skipped tickets still pending; "
                            "you approve the new plan before anything is sent."));
    m_check->setToolTip(tr("Reads the portal's list to settle the unknown outcomes; sends "
                           "nothing."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_bar);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &RunSummaryPanel::retryFailedRequested);
    connect(m_resume, &QPushButton::clicked, this, &RunSummaryPanel::resumeRestRequested);
    connect(m_check, &QPushButton::clicked, this, &RunSummaryPanel::checkUnknownRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void RunSummaryPanel::showRun(
    ReleaseWorkflow::RunEnd how, const RunCounts &counts, qint64 elapsedMs)
{
    m_counts = counts;
    using RunEnd = ReleaseWorkflow::RunEnd;
    const QString duration = RunStatusWidget::duration(elapsedMs);
    switch (how) {
    case RunEnd::Finished:
        m_headline->setText(counts.released == counts.total()
                ? tr("Run finished: all %1 ticket(s) released in %2.").arg(counts.total()).arg(duration)
                : tr("Run finished in %1: %2 of %3 released.")
                      .arg(duration)
                      .arg(counts.released)
                      .arg(counts.total()));
        break;
    case RunEnd::Stopped:
        m_headline->setText(tr("Run stopped after %1: %2 of %3 released.")
                                .arg(duration)
                                .arg(counts.released)
                                .arg(counts.total()));
        break;
    case RunEnd::Cancelled:
        m_headline->setText(tr("Run cancelled after %1: %2 of %3 released.")
                                .arg(duration)
                                .arg(counts.released)
                                .arg(counts.total()));
        break;
    }
    m_bar->setCounts(counts);
    QStringList details { counts.text() };
    if (counts.unknown > 0)
        details << tr("Unknown outcomes may or may not have been released: check them on the "
                      "portal before anything else.");
    m_details->setText(details.join(u'\n'));
    setNextSteps(counts.failed, counts.skipped, counts.unknown);
    show();
}

void RunSummaryPanel::setNextSteps(int failed, int skipped, int unknown)
{
    m_failed = failed;
    m_skipped = skipped;
    m_unknown = unknown;
    m_retry->setText(tr("Retr&y failed (%1)…").arg(failed));
    m_resume->setText(tr("Resume the r&est (%1)…").arg(skipped));
    m_check->setText(tr("Check unknown on p&ortal (%1)").arg(unknown));
    setBusy(false);
}

void RunSummaryPanel::setBusy(bool busy)
{
    m_retry->setEnabled(!busy && m_failed > 0);
    m_resume->setEnabled(!busy && m_skipped > 0);
    m_check->setEnabled(!busy && m_unknown > 0);
}

QString RunSummaryPanel::headline() const
{
    return m_headline->text();
}
