#include "countsbardelegate.h"

#include "countsbar.h"
#include "itemroles.h"
#include "runcounts.h"

#include <QApplication>
#include <QPainter>

void CountsBarDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant counts = index.data(ItemRoles::Counts);
    if (!index.data(ItemRoles::IsBatch).toBool() || !counts.canConvert<RunCounts>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection background first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    CountsBar::paint(painter, option.rect.adjusted(2, 2, -2, -2), counts.value<RunCounts>(),
        option.palette, index.data(Qt::DisplayRole).toString());
}
