#include "ticketfilterproxy.h"

#include "itemroles.h"
#include "releaseticket.h"
#include "statepresentation.h"

TicketFilterProxy::TicketFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // the filter text may match any column
    setSortRole(ItemRoles::RawValue);
    // Sorting stays on while rows arrive page by page and states change during a run.
    setDynamicSortFilter(true);
}

void TicketFilterProxy::setUnknownOnly(bool unknownOnly)
{
    if (unknownOnly == m_unknownOnly)
        return;
    m_unknownOnly = unknownOnly;
    invalidateFilter();
}

QVariant TicketFilterProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == m_stateColumn
        && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const auto state = ReleaseState(index.data(ItemRoles::State).toInt());
        if (role == Qt::DecorationRole)
            return StatePresentation::icon(state);
        return StatePresentation::colour(state, m_palette);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool TicketFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_unknownOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (ReleaseState(index.data(ItemRoles::State).toInt()) != ReleaseState::Unknown)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
