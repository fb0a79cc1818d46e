#pragma once

#include <QStyledItemDelegate>

// Paints a batch row's progress column as a CountsBar (released / failed / unknown / skipped /
// remaining, from the model's Counts role); ticket rows and other columns are left to the base
// class.
class CountsBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
