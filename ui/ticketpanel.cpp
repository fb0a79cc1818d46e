#include "ticketpanel.h"

#include "itemroles.h"
#include "ticketfilterproxy.h"
#include "tickettablemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TicketPanel::TicketPanel(TicketTableModel *tickets, QWidget *parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_proxy(new TicketFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_unknownOnly(new QCheckBox(tr("Only unkno&wn outcomes"), this))
    , m_view(new QTableView(this))
{
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter tickets (any column)"));
    m_filter->setClearButtonEnabled(true);
    m_unknownOnly->setObjectName(u"unknownOnlyCheck"_s);
    m_unknownOnly->setToolTip(tr("Show only the tickets whose release may or may not have "
                                 "happened; check them on the portal."));
    m_view->setObjectName(u"ticketView"_s);

    m_proxy->setSourceModel(tickets);
    m_proxy->setStateColumn(TicketTableModel::StateColumn);
    m_proxy->setPalette(m_view->palette());
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TicketTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: no per-row size hints, so 100,000 rows scroll without measuring each.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TicketPanel::showHeaderMenu);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_unknownOnly, &QCheckBox::toggled, m_proxy, &TicketFilterProxy::setUnknownOnly);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_unknownOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
}

void TicketPanel::setUnknownOnly(bool unknownOnly)
{
    m_unknownOnly->setChecked(unknownOnly);
}

QStringList TicketPanel::selectedTicketIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ItemRoles::TicketId).toString();
    return ids;
}

QByteArray TicketPanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TicketPanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void TicketPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_proxy->setPalette(m_view->palette());
    QWidget::changeEvent(event);
}

void TicketPanel::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(
            m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool visible) {
            // At least one column stays, or the header (and this menu) would be unreachable.
            if (visible || header->count() - header->hiddenSectionCount() > 1)
                header->setSectionHidden(column, !visible);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}
