#pragma once

#include "runcounts.h"

#include <QWidget>

class QPainter;

// A bar of stacked segments, one per outcome (released, failed, unknown, skipped, remaining),
// each as wide as its share, with the counts as text. The status bar, the run summary and the
// plan's batch rows (through CountsBarDelegate) all paint it with paint(), so they agree.
class CountsBar final : public QWidget
{
    Q_OBJECT
public:
    explicit CountsBar(QWidget *parent = nullptr);

    void setCounts(const RunCounts &counts);
    const RunCounts &counts() const { return m_counts; }
    QString text() const; // what it shows, for tests and accessibility

    // Paints counts into rect with the palette's colours; text centred on top (empty: none).
    static void paint(QPainter *painter, const QRect &rect, const RunCounts &counts,
        const QPalette &palette, const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    RunCounts m_counts;
};
