#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in the one column it is installed on (qBittorrent's progress painter):
// the value comes from a model role as done/total, colours from the view's palette and style.
// Rows without a total (tickets inside a batch) are painted by the base class.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // doneRole and totalRole hold integers; a row with total <= 0 is not a progress row.
    ProgressDelegate(int doneRole, int totalRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    int m_doneRole;
    int m_totalRole;
};
