#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in the one column it is installed on (qBittorrent's progress painter):
// the value is ItemRoles::Progress (0..100) and the text the cell's display text ("3 / 12");
// colours come from the view's palette and style. Rows that are not progress rows (no
// ItemRoles::IsBatch) are painted by the base class.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
