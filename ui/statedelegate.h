#pragma once

#include <QStyledItemDelegate>

// Shows a ticket's release state with StatePresentation's icon and palette colour (never a fixed
// colour) in the column it is installed on; batch rows and other columns are left as they are.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
