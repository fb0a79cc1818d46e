#include "statedelegate.h"

#include "itemroles.h"
#include "releaseticket.h"
#include "statepresentation.h"

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ItemRoles::IsBatch).toBool() || !index.data(ItemRoles::State).isValid())
        return;
    const auto state = ReleaseState(index.data(ItemRoles::State).toInt());
    const QIcon icon = StatePresentation::icon(state);
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    option->palette.setColor(QPalette::Text, StatePresentation::colour(state, option->palette));
}
