#include "timelineview.h"

#include "statepresentation.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
constexpr int laneHeight = 8;
constexpr int laneGap = 2;
constexpr int groupGap = 8;
constexpr int axisHeight = 22;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"timelineView"_s);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the axis always fits the width
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
}

QSize TimelineView::sizeHint() const
{
    return { 600, 400 };
}

void TimelineView::setTimeline(const RunTimeline &timeline)
{
    m_timeline = timeline;
    const qsizetype before = m_timeline.groups.size();
    m_timeline.groups.removeIf([](const TimelineGroup &group) { return group.bars.isEmpty(); });
    m_notStarted = int(before - m_timeline.groups.size());
    updateScrollBar();
    if (m_following)
        scrollToActive();
    viewport()->update();
}

void TimelineView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following)
        scrollToActive();
    Q_EMIT followingChanged(following);
}

int TimelineView::groupHeight(int group) const
{
    const int header = fontMetrics().height() * 2 + 4;
    const int lanes = std::max(1, m_timeline.groups.at(group).lanes);
    return std::max(header, lanes * (laneHeight + laneGap) + 6) + groupGap;
}

int TimelineView::groupTop(int group) const
{
    int y = axisHeight;
    for (int g = 0; g < group; ++g)
        y += groupHeight(g);
    return y;
}

int TimelineView::contentHeight() const
{
    return groupTop(int(m_timeline.groups.size()));
}

QRect TimelineView::groupRect(int group) const
{
    if (group < 0 || group >= m_timeline.groups.size())
        return {};
    return { 0, groupTop(group) - verticalScrollBar()->value(), viewport()->width(),
        groupHeight(group) };
}

int TimelineView::groupAt(const QPoint &pos) const
{
    for (int g = 0; g < m_timeline.groups.size(); ++g) {
        if (groupRect(g).contains(pos))
            return g;
    }
    return -1;
}

void TimelineView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(laneHeight * 4);
    m_scrollingByCode = true;
    bar->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    m_scrollingByCode = false;
}

void TimelineView::scrollToActive()
{
    const int active = m_timeline.activeGroup();
    if (active < 0)
        return;
    const int top = groupTop(active);
    const int bottom = top + groupHeight(active);
    QScrollBar *bar = verticalScrollBar();
    m_scrollingByCode = true;
    if (top - axisHeight < bar->value())
        bar->setValue(top - axisHeight);
    else if (bottom > bar->value() + viewport()->height())
        bar->setValue(bottom - viewport()->height());
    m_scrollingByCode = false;
}

void TimelineView::scrollContentsBy(int, int)
{
    // A person scrolling wants to look somewhere else: stop following until asked again.
    if (!m_scrollingByCode && m_following) {
        m_following = false;
        Q_EMIT followingChanged(false);
    }
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int g = groupAt(help->pos());
        if (g >= 0) {
            const TimelineGroup &group = m_timeline.groups.at(g);
            const int labelWidth = std::min(260, viewport()->width() / 3);
            const double scale = m_timeline.spanMs > 0
                ? double(viewport()->width() - labelWidth - 12) / double(m_timeline.spanMs)
                : 0.0;
            const int laneTop = groupRect(g).top() + 2;
            for (const TimelineBar &bar : group.bars) {
                const QRectF rect(labelWidth + bar.startMs * scale,
                    laneTop + bar.lane * (laneHeight + laneGap),
                    std::max(2.0, (bar.endMs - bar.startMs) * scale), laneHeight);
                if (rect.adjusted(-1, -1, 1, 1).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(),
                        tr("#%1 %2: %3, %4")
                            .arg(bar.ticketId, bar.application,
                                StatePresentation::label(bar.state),
                                RunTimeline::durationText(bar.endMs - bar.startMs)),
                        viewport());
                    return true;
                }
            }
            QToolTip::showText(help->globalPos(), group.counts.text(), viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const int width = viewport()->width();
    if (m_timeline.isEmpty() && m_notStarted > 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter,
            tr("%n batch(es) waiting to start.", nullptr, m_notStarted));
        return;
    }
    if (m_timeline.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
            Qt::AlignCenter | Qt::TextWordWrap,
            tr("No run yet. Once a release starts, each ticket's release shows here as a bar "
               "on a time axis, grouped by batch."));
        return;
    }
    const int labelWidth = std::min(260, width / 3);
    const int plotWidth = std::max(20, width - labelWidth - 12);
    const double scale
        = m_timeline.spanMs > 0 ? double(plotWidth) / double(m_timeline.spanMs) : 0.0;
    const int scroll = verticalScrollBar()->value();
    const QFontMetrics metrics = fontMetrics();
    const int active = m_timeline.activeGroup();

    for (int g = 0; g < m_timeline.groups.size(); ++g) {
        const int top = groupTop(g) - scroll;
        const int height = groupHeight(g);
        if (top + height < axisHeight || top > viewport()->height())
            continue;
        const TimelineGroup &group = m_timeline.groups.at(g);
        if (g == active && group.isActive())
            painter.fillRect(QRect(0, top, width, height - groupGap), pal.color(QPalette::AlternateBase));
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        const QString title = group.bars.isEmpty()
            ? tr("%1 · not started").arg(group.title)
            : tr("%1 · %2").arg(group.title, RunTimeline::durationText(group.durationMs()));
        painter.drawText(QRect(6, top, labelWidth - 10, metrics.height()), Qt::AlignLeft,
            metrics.elidedText(title, Qt::ElideMiddle, labelWidth - 10));
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString counts = tr("✓%1  ✗%2  ?%3  skipped %4")
                                   .arg(group.counts.released)
                                   .arg(group.counts.failed)
                                   .arg(group.counts.unknown)
                                   .arg(group.counts.skipped);
        painter.drawText(QRect(6, top + metrics.height(), labelWidth - 10, metrics.height()),
            Qt::AlignLeft, metrics.elidedText(counts, Qt::ElideRight, labelWidth - 10));
        for (const TimelineBar &bar : group.bars) {
            const QRectF rect(labelWidth + bar.startMs * scale,
                top + 2 + bar.lane * (laneHeight + laneGap),
                std::max(2.0, (bar.endMs - bar.startMs) * scale), laneHeight);
            painter.fillRect(rect, StatePresentation::fill(bar.state, pal));
        }
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(0, top + height - groupGap / 2, width, top + height - groupGap / 2);
    }

    // The axis last, over the groups, so it stays at the top while scrolling.
    painter.fillRect(QRect(0, 0, width, axisHeight), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labelWidth, axisHeight - 1, width, axisHeight - 1);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(6, 0, labelWidth - 10, axisHeight), Qt::AlignVCenter | Qt::AlignLeft,
        m_notStarted > 0 ? tr("%1 started, %2 not started")
                               .arg(m_timeline.groups.size())
                               .arg(m_notStarted)
                         : tr("%n batch(es)", nullptr, int(m_timeline.groups.size())));
    constexpr int ticks = 5;
    for (int tick = 0; tick <= ticks; ++tick) {
        const qint64 ms = m_timeline.spanMs * tick / ticks;
        const int x = labelWidth + int(double(ms) * scale);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(x, axisHeight - 5, x, axisHeight - 1);
        painter.setPen(pal.color(QPalette::Text));
        const QString text = RunTimeline::durationText(ms);
        const int textWidth = metrics.horizontalAdvance(text);
        const int left = tick == ticks ? x - textWidth : tick == 0 ? x : x - textWidth / 2;
        painter.drawText(QRect(left, 0, textWidth + 2, axisHeight - 5), Qt::AlignBottom, text);
    }
}
