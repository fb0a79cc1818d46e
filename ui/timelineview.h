#pragma once

#include "runtimeline.h"

#include <QAbstractScrollArea>

// The run as a picture: each ticket's release a bar on a time axis, grouped by batch (a header
// with the batch's duration and counts), packed into lanes, coloured by outcome; bars still
// sending grow until their answer comes. While following, the view keeps the active batch in
// sight; scrolling by hand stops following until follow(true) again.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Draws the batches that have started; the others are only counted (a run of 37 batches
    // would otherwise show a wall of empty rows under the one that matters).
    void setTimeline(const RunTimeline &timeline);
    const RunTimeline &timeline() const { return m_timeline; }
    void setFollowing(bool following);
    // The rectangle of group g in viewport coordinates (tests: is the active batch in sight?).
    QRect groupRect(int group) const;
    // The group at a viewport position, -1 if none.
    int groupAt(const QPoint &pos) const;

    QSize sizeHint() const override;

signals:
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int groupTop(int group) const; // in content coordinates
    int groupHeight(int group) const;
    int contentHeight() const;
    void updateScrollBar();
    void scrollToActive();

    RunTimeline m_timeline;
    int m_notStarted = 0;
    bool m_following = true;
    bool m_scrollingByCode = false;
};
