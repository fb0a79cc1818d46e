#include "countsbar.h"

#include "statepresentation.h"

#include <QPainter>

CountsBar::CountsBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CountsBar::setCounts(const RunCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    setToolTip(counts.text());
    setAccessibleDescription(counts.text());
    update();
}

QString CountsBar::text() const
{
    return m_counts.releasedOfTotal();
}

QSize CountsBar::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(text()) + 40, fontMetrics().height() + 6 };
}

QSize CountsBar::minimumSizeHint() const
{
    return { fontMetrics().horizontalAdvance(text()) + 12, fontMetrics().height() + 4 };
}

void CountsBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, rect(), m_counts, palette(), text());
}

void CountsBar::paint(QPainter *painter, const QRect &rect, const RunCounts &counts,
    const QPalette &palette, const QString &text)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect inner = rect.adjusted(0, 0, -1, -1);
    painter->fillRect(inner, StatePresentation::fill(ReleaseState::Pending, palette));
    const int total = counts.total();
    if (total > 0) {
        const std::pair<ReleaseState, int> segments[] = {
            { ReleaseState::Succeeded, counts.released },
            { ReleaseState::Failed, counts.failed },
            { ReleaseState::Unknown, counts.unknown },
            { ReleaseState::Skipped, counts.skipped },
        };
        // Cumulative edges, so rounding never leaves a gap or overflows the bar.
        int before = 0;
        for (const auto &[state, count] : segments) {
            if (count <= 0)
                continue;
            const int x0 = inner.left() + int(qint64(inner.width()) * before / total);
            before += count;
            const int x1 = inner.left() + int(qint64(inner.width()) * before / total);
            painter->fillRect(QRect(x0, inner.top(), std::max(1, x1 - x0), inner.height()),
                StatePresentation::fill(state, palette));
        }
    }
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawRect(inner);
    if (!text.isEmpty()) {
        // Text with a halo in the window colour stays readable over every segment colour.
        QFont font = painter->font();
        painter->setFont(font);
        const QRect textRect = inner.adjusted(4, 0, -4, 0);
        painter->setPen(palette.color(QPalette::Base));
        for (const QPoint offset : { QPoint(-1, 0), QPoint(1, 0), QPoint(0, -1), QPoint(0, 1) })
            painter->drawText(textRect.translated(offset), Qt::AlignCenter, text);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(textRect, Qt::AlignCenter, text);
    }
    painter->restore();
}
